import Foundation
import GRDB
import SharedFiles
import Testing

/// B2B order exchange in UBL 2.1 through the real binary (docs/connectors/ubl.md): purchase
/// orders to a supplier as UBL Orders, customer Orders into the ERP with an order response,
/// cancellations and despatch advices. Fixtures: invented files in UBL's shapes, Fixtures/ubl.
@Suite struct UBLEndToEndTests {
    static func fixture(_ name: String) throws -> String {
        let resources = try #require(Bundle.module.resourceURL)
        return String(decoding: try Data(contentsOf: resources.appendingPathComponent("Fixtures/ubl/" + name)), as: UTF8.self)
    }

    /// `schema:` on the supplier target when the OASIS schemas are at hand: every payload is
    /// then validated by libxml2 against the UBL 2.1 Order XSD before it is written.
    static var schemaLine: String {
        guard let root = SharedFolder.root else { return "" }
        return "schema: \(root.appendingPathComponent(SharedFolder.ublOrderSchema).path)"
    }

    static var supplierConfig: String {
        """
        flows:
          - name: articles
            kind: article
            pickup: { settle: 0 }
            targets:
              - { name: articles-json, format: json }
          - name: purchase-orders
            kind: order
            pickup: { settle: 0 }
            filters:
              - status: [placed]
            rules:
              - supplier-code-from-catalog
              - gtin-from-catalog
            targets:
              - name: groenrijk
                system: ubl
                format: xml
                options: { customization-id: "urn:fdc:peppol.eu:poacc:trns:order:3", profile-id: "urn:fdc:peppol.eu:poacc:bis:order_only:3" }
                \(schemaLine)
        """
    }

    static let customerConfig = """
        reference:
          partners:
            - { name: bloemenhal-vos, number: "D-20417", gln: "8712345000042", vat: NL809912345B01, email: inkoop@bloemenhalvos.nl }
        flows:
          - name: customer-orders
            kind: order
            source: ubl
            pickup: { settle: 0 }
            rules:
              - customer-known: { by: [identifier, email], set-number: true }
            targets:
              - { name: erp, format: json }
              - name: order-response
                system: ubl
                format: xml
                options: { document: order-response }
          - name: despatch-advices
            kind: shipment
            source: ubl
            pickup: { settle: 0 }
            targets:
              - { name: erp-shipments, format: json }
          - name: erp-decisions
            kind: order
            pickup: { settle: 0 }
            targets:
              - name: order-decision
                system: ubl
                format: xml
                options: { document: order-response }
        """

    static func exports(_ root: FerryRoot) throws -> [String] {
        try root.ledger { db in
            try Row.fetchAll(db, sql: "SELECT target, key, event, state FROM export ORDER BY target, key, event, generation").map {
                "\($0["target"] as String? ?? "") \($0["key"] as String? ?? "") \($0["event"] as String? ?? "") \($0["state"] as String? ?? "")"
            }
        }
    }

    @Test func placedPurchaseOrdersBecomeUBLOrdersWithSupplierCodesFromTheCatalog() throws {
        let root = try FerryRoot(config: Self.supplierConfig)
        defer { root.remove() }
        try root.drop("catalog.csv", into: "articles", try Self.fixture("catalog.csv"))
        let first = try root.ferry(["run"])
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        try root.drop("po.json", into: "purchase-orders", try Self.fixture("purchase-orders.json"))
        let run = try root.ferry(["run"])
        #expect(run.status == 1, "one order fails: \(run.stdout)\(run.stderr)")

        let outbox = root.outbox("purchase-orders", "groenrijk")
        #expect(outbox == ["outbox/purchase-orders/groenrijk/order_canonical_purchase_PO-26-0412.ubl-order.xml"])
        let xml = try root.read(outbox.first ?? "missing")
        #expect(xml.contains("<cbc:CustomizationID>urn:fdc:peppol.eu:poacc:trns:order:3</cbc:CustomizationID>"))
        #expect(xml.contains("<cbc:ID>PO-26-0412</cbc:ID>"))
        #expect(xml.contains("<cbc:IssueDate>2026-12-01</cbc:IssueDate>"))
        // Supplier codes and the EAN come from the catalog: the order names only our SKUs.
        #expect(xml.contains("<cac:SellersItemIdentification>\n          <cbc:ID>GR-77120</cbc:ID>"))
        #expect(xml.contains("<cac:SellersItemIdentification>\n          <cbc:ID>GR-30040</cbc:ID>"))
        #expect(xml.contains("<cbc:ID schemeID=\"0160\">8712345110307</cbc:ID>"))
        #expect(xml.contains("<cbc:Quantity unitCode=\"C62\">60</cbc:Quantity>"))
        #expect(xml.contains("<cbc:PriceAmount currencyID=\"EUR\">2.1</cbc:PriceAmount>"))
        #expect(xml.contains("<cbc:EndpointID schemeID=\"0088\">5412345000013</cbc:EndpointID>"))
        #expect(xml.contains("<cbc:CityName>Berkel en Rodenrijs</cbc:CityName>"))

        let record = try root.statusRecord(for: "po.json")
        let outcomes = record.documents.map { "\($0["key"] as? String ?? "") \($0["outcome"] as? String ?? "")" }
        #expect(outcomes == ["canonical/purchase/PO-26-0412 exported", "canonical/purchase/PO-26-0413 filtered",
                             "canonical/purchase/PO-26-0414 failed"])
        // The line with neither EAN nor a Groenrijk code fails its order, named.
        let error = try #require((record.documents[2]["errors"] as? [[String: Any]])?.first)
        #expect(error["code"] as? String == "RULE-006", "\(error)")
        #expect((error["message"] as? String)?.contains("RAKE-WOOD") == true, "\(error)")
        #expect((error["location"] as? String)?.contains("lines[1].supplierArticleCode") == true, "\(error)")
        #expect(try Self.exports(root) == [
            "articles-json POT-TERRA-30 state done", "articles-json RAKE-WOOD state done", "articles-json SOIL-40L state done",
            "groenrijk canonical/purchase/PO-26-0412 created done",
        ])

        // The order changed after it was sent: not sent again, the amendment is what the operator sees.
        let all = try #require(try JSONSerialization.jsonObject(with: Data(Self.fixture("purchase-orders.json").utf8)) as? [[String: Any]])
        var placed = try #require(all.first)
        var lines = try #require(placed["lines"] as? [[String: Any]])
        lines[1]["quantity"] = 80
        placed["lines"] = lines
        try root.drop("po-changed.json", into: "purchase-orders",
                      String(decoding: try JSONSerialization.data(withJSONObject: [placed]), as: UTF8.self))
        let again = try root.ferry(["run"])
        #expect(again.status == 5, "an amended order needs attention: \(again.stdout)\(again.stderr)")
        #expect(root.outbox("purchase-orders", "groenrijk").count == 1)
        let amended = try root.statusRecord(for: "po-changed.json").documents.first
        #expect(amended?["outcome"] as? String == "amended-after-export")
    }

    static let csvSupplierConfig = """
        layouts:
          hovenier-csv:
            direction: target
            kind: order
            format: csv
            groups:
              lines: lines
            fields:
              bestelnummer: number
              datum: orderDate
              lines.artikelcode: { path: supplierArticleCode, required: true }
              lines.ean: gtin
              lines.aantal: quantity
        flows:
          - name: articles
            kind: article
            pickup: { settle: 0 }
            targets:
              - { name: articles-json, format: json }
          - name: hovenier-orders
            kind: order
            pickup: { settle: 0 }
            filters:
              - status: [placed]
            rules:
              - supplier-code-from-catalog
              - gtin-from-catalog
            targets:
              - { name: hovenier-direct, layout: hovenier-csv }
        """

    @Test func aSupplierThatTakesCSVGetsItsOwnLayoutFromCanonicalCSVPurchaseOrders() throws {
        let root = try FerryRoot(config: Self.csvSupplierConfig)
        defer { root.remove() }
        try root.drop("catalog.csv", into: "articles", try Self.fixture("catalog.csv"))
        #expect(try root.ferry(["run"]).status == 0)
        try root.drop("po.csv", into: "hovenier-orders", try Self.fixture("purchase-orders-hovenier.csv"))
        let run = try root.ferry(["run"])
        #expect(run.status == 1, "PO-26-0421's potting soil has no Hovenier code and no EAN: \(run.stdout)\(run.stderr)")
        let outbox = root.outbox("hovenier-orders", "hovenier-direct")
        #expect(outbox == ["outbox/hovenier-orders/hovenier-direct/order_canonical_purchase_PO-26-0420.csv"])
        // CSV payloads end their rows with CRLF (RFC 4180).
        let csv = try root.read(outbox.first ?? "missing").replacingOccurrences(of: "\r\n", with: "\n")
        #expect(csv == "bestelnummer;datum;artikelcode;ean;aantal\nPO-26-0420;2026-12-04;HD-0915;;5\nPO-26-0420;2026-12-04;HD-3030;8712345110307;12\n", "\(csv)")
        let failed = try root.statusRecord(for: "po.csv").documents.last
        #expect(failed?["key"] as? String == "canonical/purchase/PO-26-0421")
        let error = try #require((failed?["errors"] as? [[String: Any]])?.first)
        #expect(error["code"] as? String == "RULE-006")
        #expect((error["message"] as? String)?.contains("SOIL-40L") == true, "\(error)")
        #expect((error["message"] as? String)?.contains("hovenier-direct") == true, "\(error)")
    }

    @Test(.needsSharedFolder) func everyUBLOrderTheBinaryWritesIsValidAgainstTheOASISSchema() throws {
        let root = try FerryRoot(config: Self.supplierConfig)
        defer { root.remove() }
        #expect(Self.supplierConfig.contains("UBL-Order-2.1.xsd"))
        try root.drop("catalog.csv", into: "articles", try Self.fixture("catalog.csv"))
        #expect(try root.ferry(["run"]).status == 0)
        // Every order with identified lines, including a minimal one without prices or addresses.
        let orders = """
            [{"number": "PO-X1", "orderKind": "purchase", "status": "placed", "orderDate": "2026-12-04T08:00:00Z",
              "buyer": {"companyName": "Tuinhuis Vermeer BV"}, "seller": {"number": "groenrijk"},
              "lines": [{"sku": "SOIL-40L", "quantity": 2.5, "unit": "kg"}]},
             {"number": "PO-X2", "orderKind": "purchase", "status": "placed", "orderDate": "2026-12-04", "currency": "EUR",
              "buyer": {"companyName": "Tuinhuis Vermeer BV", "identifiers": [{"scheme": "KVK", "value": "27123456"}]},
              "seller": {"number": "groenrijk", "email": "orders@groenrijk.example"},
              "billingAddress": {"street": "Veilingweg", "houseNumber": "4", "city": "Berkel", "country": "NL"},
              "lines": [{"lineNumber": 7, "gtin": "8712345110307", "quantity": 3, "unitPriceExclVat": 6.35, "vatRate": 0,
                         "hsCode": "69149000", "countryOfOrigin": "IT", "discount": 1.05}]}]
            """
        try root.drop("po-x.json", into: "purchase-orders", orders)
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let written = root.outbox("purchase-orders", "groenrijk")
        #expect(written.count == 2)
        // The check is live: the same order against another document's schema is refused, not written.
        let cancellationSchema = try SharedFolder.path("reference/xsd/ubl-2.1/maindoc/UBL-OrderCancellation-2.1.xsd")
        let other = try FerryRoot(config: Self.supplierConfig.replacingOccurrences(
            of: try SharedFolder.path(SharedFolder.ublOrderSchema), with: cancellationSchema))
        defer { other.remove() }
        try other.drop("catalog.csv", into: "articles", try Self.fixture("catalog.csv"))
        #expect(try other.ferry(["run"]).status == 0)
        try other.drop("po-x.json", into: "purchase-orders", orders)
        #expect(try other.ferry(["run"]).status == 1)
        #expect(other.outbox("purchase-orders", "groenrijk").isEmpty)
        let refused = try #require((try other.statusRecord(for: "po-x.json").documents.first?["errors"] as? [[String: Any]])?.first)
        #expect((refused["code"] as? String)?.hasPrefix("XML-") == true, "\(refused)")
    }

    @Test func aCustomerOrderGoesToTheERPOnceWithAnOrderResponseAndItsBuyerMatched() throws {
        let root = try FerryRoot(config: Self.customerConfig)
        defer { root.remove() }
        try root.drop("bv-2291.xml", into: "customer-orders", try Self.fixture("customer-order.xml"))
        try root.drop("unknown.xml", into: "customer-orders", try Self.fixture("unknown-customer-order.xml"))
        let run = try root.ferry(["run"])
        #expect(run.status == 1, "the unknown customer's order fails: \(run.stdout)\(run.stderr)")

        let erp = root.outbox("customer-orders", "erp")
        #expect(erp == ["outbox/customer-orders/erp/order_ubl_8712345000042_sales_BV-2291.json"])
        let order = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: root.url(erp.first ?? "missing"))) as? [String: Any])
        #expect(order["number"] as? String == "BV-2291")
        #expect(order["sourceSystem"] as? String == "ubl")
        #expect(order["orderDate"] as? String == "2026-12-02T08:14:00Z")
        #expect(order["notes"] as? String == "Graag voor 10:00 leveren")
        let buyer = try #require(order["buyer"] as? [String: Any])
        #expect(buyer["companyName"] as? String == "Bloemenhal Vos")
        #expect(buyer["email"] as? String == "inkoop@bloemenhalvos.nl")
        // Matched by its GLN to the partner: the ERP order carries the customer's number.
        #expect(buyer["number"] as? String == "D-20417")
        let shipping = try #require(order["shippingAddress"] as? [String: Any])
        #expect(shipping["street"] as? String == "Goudse Houtsingel")
        #expect(shipping["houseNumber"] as? String == "120")
        let lines = try #require(order["lines"] as? [[String: Any]])
        #expect(lines.map { $0["sku"] as? String } == ["POT-TERRA-30", "SOIL-40L"])
        #expect(lines.first?["gtin"] as? String == "8712345110307")
        #expect("\(lines.first?["quantity"] ?? "")" == "12")
        #expect("\(lines.first?["unitPriceExclVat"] ?? "")" == "12.95")

        let response = root.outbox("customer-orders", "order-response")
        #expect(response == ["outbox/customer-orders/order-response/order_ubl_8712345000042_sales_BV-2291.ubl-order-response.xml"])
        let answer = try root.read(response.first ?? "missing")
        #expect(answer.contains("<cbc:AcceptedIndicator>true</cbc:AcceptedIndicator>"))
        #expect(answer.contains("<cbc:ID>BV-2291</cbc:ID>"))
        #expect(answer.contains("<cbc:EndpointID schemeID=\"0088\">8712345000042</cbc:EndpointID>"))

        // The unknown buyer is reported, named by its identifier.
        let unknown = try root.statusRecord(for: "unknown.xml")
        #expect(unknown.outcome == "failed")
        let error = try #require((unknown.documents.first?["errors"] as? [[String: Any]])?.first)
        #expect(error["code"] as? String == "RULE-010", "\(error)")
        #expect((error["message"] as? String)?.contains("info@kwekerij-onbekend.example") == true, "\(error)")
        #expect(unknown.documents.first?["key"] as? String == "ubl/8712345999990/sales/ZZ-0007")

        // The same order sent again (a second delivery by the access point): nothing twice.
        try root.drop("bv-2291-again.xml", into: "customer-orders", try Self.fixture("customer-order.xml") + "\n")
        #expect(try root.ferry(["run"]).status == 0)
        #expect(root.outbox("customer-orders", "erp").count == 1)
        #expect(root.outbox("customer-orders", "order-response").count == 1)
        #expect(try root.statusRecord(for: "bv-2291-again.xml").documents.first?["outcome"] as? String == "already-exported")
    }

    @Test func theERPsRejectionGoesBackAsARejectedOrderResponse() throws {
        let root = try FerryRoot(config: Self.customerConfig)
        defer { root.remove() }
        try root.drop("bv-2291.xml", into: "customer-orders", try Self.fixture("customer-order.xml"))
        #expect(try root.ferry(["run"]).status == 0)
        // The ERP hands the order back (the canonical JSON Ferry gave it) with its decision.
        let erp = try #require(root.outbox("customer-orders", "erp").first)
        var decided = try root.jsonObject(erp)
        decided["approval"] = "rejected"
        var custom = decided["customFields"] as? [String: Any] ?? [:]
        custom["rejection-reason"] = "Potgrond 40 l niet meer leverbaar"
        decided["customFields"] = custom
        try root.drop("decision.json", into: "erp-decisions",
                      String(decoding: try JSONSerialization.data(withJSONObject: decided), as: UTF8.self))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let outbox = root.outbox("erp-decisions", "order-decision")
        #expect(outbox == ["outbox/erp-decisions/order-decision/order_ubl_8712345000042_sales_BV-2291.ubl-order-response.xml"])
        let answer = try root.read(outbox.first ?? "missing")
        #expect(answer.contains("<cbc:AcceptedIndicator>false</cbc:AcceptedIndicator>"))
        #expect(answer.contains("<cbc:RejectionNote>Potgrond 40 l niet meer leverbaar</cbc:RejectionNote>"))
        #expect(answer.contains("<cbc:EndpointID schemeID=\"0088\">8712345000042</cbc:EndpointID>"))
        #expect(answer.contains("<cbc:ProfileID>urn:fdc:peppol.eu:poacc:bis:ordering:3</cbc:ProfileID>"))
    }

    @Test func aCancellationOfAnOrderNeverSentExportsNothingAndSaysWhy() throws {
        let root = try FerryRoot(config: Self.customerConfig)
        defer { root.remove() }
        try root.drop("cx.xml", into: "customer-orders", try Self.fixture("cancellation.xml"))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(root.outbox("customer-orders", "erp").isEmpty)
        #expect(root.outbox("customer-orders", "order-response").isEmpty)
        let document = try #require(try root.statusRecord(for: "cx.xml").documents.first)
        #expect(document["key"] as? String == "ubl/8712345000042/sales/BV-2291")
        #expect(document["outcome"] as? String == "filtered", "\(document)")
        #expect((document["reason"] as? String)?.contains("cancelled by the customer (cancellation CX-BV-2291) before it was sent") == true,
                "\(document)")
        #expect(try Self.exports(root).isEmpty)
    }

    /// The cancellation that came first is remembered per target (`lifecycleState` in the ledger):
    /// the order delivered after it, in a later file and process, goes neither to the ERP nor
    /// gets an order response.
    @Test func anOrderArrivingAfterItsOwnCancellationIsNotExported() throws {
        let root = try FerryRoot(config: Self.customerConfig)
        defer { root.remove() }
        try root.drop("cx.xml", into: "customer-orders", try Self.fixture("cancellation.xml"))
        #expect(try root.ferry(["run"]).status == 0)
        try root.drop("bv-2291.xml", into: "customer-orders", try Self.fixture("customer-order.xml"))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(root.outbox("customer-orders", "erp").isEmpty)
        #expect(root.outbox("customer-orders", "order-response").isEmpty)
        let document = try #require(try root.statusRecord(for: "bv-2291.xml").documents.first)
        #expect(document["outcome"] as? String == "filtered", "\(document)")
        #expect(document["reason"] as? String
                == "order BV-2291 arrived after the customer had cancelled it (cancellation CX-BV-2291): nothing to export", "\(document)")
        #expect(try Self.exports(root).isEmpty)
        #expect(try root.ledger { db in
            try Row.fetchAll(db, sql: "SELECT target, event FROM lifecycleState ORDER BY target").map {
                "\($0["target"] as String? ?? "") \($0["event"] as String? ?? "")"
            }
        } == ["erp cancelled", "order-response cancelled"])
    }

    @Test func aCancellationOfAnExportedOrderIsReportedAsAnAmendment() throws {
        let root = try FerryRoot(config: Self.customerConfig)
        defer { root.remove() }
        try root.drop("bv-2291.xml", into: "customer-orders", try Self.fixture("customer-order.xml"))
        #expect(try root.ferry(["run"]).status == 0)
        try root.drop("cx.xml", into: "customer-orders", try Self.fixture("cancellation.xml"))
        let run = try root.ferry(["run"])
        #expect(run.status == 5, "the cancellation needs attention: \(run.stdout)\(run.stderr)")
        let document = try #require(try root.statusRecord(for: "cx.xml").documents.first)
        #expect(document["key"] as? String == "ubl/8712345000042/sales/BV-2291")
        #expect(document["outcome"] as? String == "amended-after-export")
        #expect(root.outbox("customer-orders", "erp").count == 1)
        #expect(root.outbox("customer-orders", "order-response").count == 1, "a cancellation is not answered")
        #expect(try Self.exports(root) == [
            "erp ubl/8712345000042/sales/BV-2291 created done",
            "order-response ubl/8712345000042/sales/BV-2291 created done",
        ])
    }

    @Test func aDespatchAdviceBecomesAShipmentWithItsTrackingCode() throws {
        let root = try FerryRoot(config: Self.customerConfig)
        defer { root.remove() }
        try root.drop("da.xml", into: "despatch-advices", try Self.fixture("despatch-advice.xml"))
        try root.drop("wrong.xml", into: "despatch-advices", try Self.fixture("cancellation.xml"))
        #expect(try root.ferry(["run"]).status == 1)
        let outbox = root.outbox("despatch-advices", "erp-shipments")
        #expect(outbox == ["outbox/despatch-advices/erp-shipments/shipment_ubl_PO-26-0412_JVGL06240987654321.json"])
        let shipment = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: root.url(outbox.first ?? "missing"))) as? [String: Any])
        #expect(shipment["orderNumber"] as? String == "PO-26-0412")
        #expect(shipment["trackingNumber"] as? String == "JVGL06240987654321")
        #expect(shipment["carrier"] as? String == "DHL Parcel")
        #expect(shipment["shippedAt"] as? String == "2026-12-03T14:20:00Z")
        let wrong = try root.statusRecord(for: "wrong.xml")
        #expect(wrong.outcome == "failed")
        let error = try #require((wrong.documents.first?["errors"] as? [[String: Any]])?.first ?? (wrong["errors"] as? [[String: Any]])?.first)
        #expect(error["code"] as? String == "UBL-001")
    }
}

/// The README's ferry.yml for this integration passes `ferry check` as written.
@Suite struct UBLReadmeTests {
    @Test func theReadmeConfigurationIsValid() throws {
        let readme = try String(contentsOf: SharedFolder.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let marker = "# ferry.yml — B2B order exchange in UBL 2.1"
        let start = try #require(readme.range(of: marker))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let yaml = String(readme[start.lowerBound..<end.lowerBound])
        #expect(yaml.contains("system: ubl") && yaml.contains("source: ubl"))
        let root = try FerryRoot(config: yaml)
        defer { root.remove() }
        let check = try root.ferry(["check"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("4 flows"), "\(check.stdout)")
    }

    /// The table part of reading a customer's Order is the bundled layout `ubl-order`: `ferry
    /// mapping show` prints it, and `fields:` changes what the ERP gets (our SKU from the buyer's
    /// item id instead of the supplier's; a field of our own).
    @Test func theBundledUBLOrderLayoutIsShownAndFieldsOverrideIt() throws {
        let config = """
            flows:
              - name: customer-orders
                kind: order
                source: ubl
                pickup: { settle: 0 }
                fields:
                  lines.sku: cac:Item/cac:BuyersItemIdentification/cbc:ID
                  customFields.contact: cac:BuyerCustomerParty/cac:Party/cac:Contact/cbc:Name
                targets:
                  - { name: erp, format: json }
            """
        let root = try FerryRoot(config: config)
        defer { root.remove() }
        #expect(try root.ferry(["check"]).status == 0)
        let shown = try root.ferry(["mapping", "show", "customer-orders"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let lines = shown.stdout.split(separator: "\n").map(String.init)
        #expect(shown.stdout.contains("source layout ubl-order (xml) → canonical order"), "\(shown.stdout)")
        let currency = try #require(lines.first { $0.contains("  currency ") })
        #expect(currency.contains("cbc:DocumentCurrencyCode") && currency.contains("[ubl (built in):"), "\(currency)")
        let gtin = try #require(lines.first { $0.contains("lines[].gtin") })
        #expect(gtin.contains("cac:Item/cac:StandardItemIdentification/cbc:ID") && gtin.contains("[ubl (built in):"), "\(gtin)")
        let sku = try #require(lines.first { $0.contains("lines[].sku") })
        #expect(sku.contains("cac:Item/cac:BuyersItemIdentification/cbc:ID") && sku.contains("[ferry.yml:7]"), "\(sku)")
        let contact = try #require(lines.first { $0.contains("customFields.contact") })
        #expect(contact.contains("[ferry.yml:8]"), "\(contact)")

        try root.drop("bv-2291.xml", into: "customer-orders", try UBLEndToEndTests.fixture("customer-order.xml"))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let erp = try #require(root.outbox("customer-orders", "erp").first)
        let order = try root.jsonObject(erp)
        let items = try #require(order["lines"] as? [[String: Any]])
        // Line 1 has the buyer's item id; line 2 has none, so its SKU is left out.
        #expect(items.map { $0["sku"] as? String } == ["BV-POT30", nil])
        #expect(items.first?["gtin"] as? String == "8712345110307")
        #expect((order["customFields"] as? [String: Any])?["contact"] as? String == "Ruud Vos")
        #expect((order["customFields"] as? [String: Any])?["customer-reference"] as? String == "Inkoop/BV/7713")
        #expect(order["currency"] as? String == "EUR")
        #expect((order["buyer"] as? [String: Any])?["companyName"] as? String == "Bloemenhal Vos", "the parties stay the connector's")
    }

    @Test func checkNamesAnOptionUBLDoesNotTakeAtItsLine() throws {
        let root = try FerryRoot(config: """
            flows:
              - name: po
                kind: order
                targets:
                  - name: supplier
                    system: ubl
                    format: xml
                    options: { document: invoice }
            """)
        defer { root.remove() }
        let check = try root.ferry(["check"])
        #expect(check.status != 0)
        #expect(check.stdout.contains("CONFIG-063") || check.stderr.contains("CONFIG-063"), "\(check.stdout)\(check.stderr)")
    }
}
