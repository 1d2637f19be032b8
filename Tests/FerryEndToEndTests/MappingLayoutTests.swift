import Foundation
import SharedFiles
import Testing

/// Flows defined only in ferry.yml (examples/dutch-erp): a Dutch ERP order export read
/// through a source layout and written through a partner's target layout.
@Suite struct MappingLayoutTests {
    static let payloadFolder = "outbox/erp-orders/partner/"

    @Test func dutchERPExportInBothEncodingsBecomesThePartnersJSON() throws {
        let root = try FerryRoot(config: try Examples.config("dutch-erp"))
        defer { root.remove() }
        try root.write("inbox/erp-orders/orders-cp1252.csv", try Examples.data("dutch-erp/samples/erp-orders/in/orders-cp1252.csv"))
        try root.write("inbox/erp-orders/orders-utf8bom.csv", try Examples.data("dutch-erp/samples/erp-orders/in/orders-utf8bom.csv"))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(try root.statusRecord(for: "orders-cp1252.csv").outcome == "exported")
        #expect(try root.statusRecord(for: "orders-utf8bom.csv").outcome == "exported")
        #expect(root.outbox("erp-orders", "partner").count == 8)

        // Windows-1252, two rows grouped into one order, quoted ; and "" inside fields.
        let nl = try root.jsonObject(Self.payloadFolder + "order_boekhouding-plus_sales_2026-0042.json")
        #expect(nl[path: "order_id"] as? String == "2026-0042")
        #expect(nl[path: "ordered_on"] as? String == "2026-11-21")
        #expect(nl[path: "state"] as? String == "open")
        #expect(nl[path: "payment"] as? String == "ideal")
        #expect(nl[path: "customer.name"] as? String == "José Müller / Bakkerij \"De Zon\"; Utrecht")
        #expect(nl[path: "customer.email"] as? String == "jose@example.nl")
        #expect(nl[path: "ship_to.street"] as? String == "Kerkstraat")
        #expect(nl[path: "ship_to.number"] as? String == "12")
        #expect(nl[path: "ship_to.suffix"] as? String == "A")
        #expect(nl[path: "ship_to.country"] as? String == "NL")
        #expect(nl[path: "note"] as? String == "Leveren bij de \"achterdeur\"")
        let items = try #require(nl["items"] as? [[String: Any]])
        #expect(items.count == 2)
        #expect(items[0][path: "name"] as? String == "Brood; volkoren")
        #expect((items[0][path: "price"] as? NSNumber)?.decimalValue == Decimal(string: "1249"))
        #expect((items[0][path: "price_incl"] as? NSNumber)?.decimalValue == Decimal(string: "1361.41"))
        #expect((items[1][path: "qty"] as? NSNumber)?.decimalValue == 1200)
        #expect((items[1][path: "price"] as? NSNumber)?.decimalValue == Decimal(string: "0.85"))
        #expect(items[1][path: "cost_centre"] as? String == "KP-10")
        let text = try root.read(Self.payloadFolder + "order_boekhouding-plus_sales_2026-0042.json")
        #expect(text.contains("\"price\": 1249.00"), "round: 2 keeps two decimals")

        // Belgian and German street lines, another status and payment method.
        let be = try root.jsonObject(Self.payloadFolder + "order_boekhouding-plus_sales_2026-0043.json")
        #expect(be[path: "state"] as? String == "shipped")
        #expect(be[path: "payment"] as? String == "invoice")
        #expect(be[path: "ship_to.street"] as? String == "Rue de la Loi")
        #expect(be[path: "ship_to.number"] as? String == "16")
        #expect(be[path: "ship_to.suffix"] as? String == "bus 3")
        #expect(be[path: "items.0.name"] as? String == "Koffie \"Extra\"")
        let de = try root.jsonObject(Self.payloadFolder + "order_boekhouding-plus_sales_2026-0044.json")
        #expect(de[path: "state"] as? String == "processing")
        #expect(de[path: "ship_to.street"] as? String == "Bahnhofstr.")
        #expect(de[path: "ship_to.number"] as? String == "5-7")
        #expect(de[path: "ship_to.suffix"] == nil)
        let hs = try root.jsonObject(Self.payloadFolder + "order_boekhouding-plus_sales_2026-0045.json")
        #expect(hs[path: "ship_to.street"] as? String == "Hoofdstraat")
        #expect(hs[path: "ship_to.number"] as? String == "1")
        #expect(hs[path: "ship_to.suffix"] as? String == "hs")
        #expect(hs[path: "ship_to.country"] as? String == "NL", "empty Land takes the default NL")
        #expect(hs[path: "payment"] as? String == "bancontact")

        // The UTF-8 file (order numbers 2026-014x) reads the same accented names.
        let utf8 = try root.jsonObject(Self.payloadFolder + "order_boekhouding-plus_sales_2026-0142.json")
        #expect(utf8[path: "customer.name"] as? String == "José Müller / Bakkerij \"De Zon\"; Utrecht")
    }

    @Test func valuesThatFailATransformAreLocatedDocumentErrors() throws {
        let root = try FerryRoot(config: try Examples.config("dutch-erp"))
        defer { root.remove() }
        let header = "Ordernummer;Orderdatum;Status;Betaalwijze;Klantnummer;Naam;Bedrijf;E-mail;Adres;Postcode;Plaats;Land;Artikelcode;Omschrijving;Aantal;Prijs excl;BTW %;Kostenplaats;Opmerking"
        let text = [
            header,
            "A-1;31-02-2026;Goedgekeurd;iDEAL;K1;Jan;;jan@example.nl;Dorpsstraat 3;1234 AB;Ede;NL;X;Ding;1;1,00;21;;",
            "A-2;01-02-2026;Onbekend;iDEAL;K1;Jan;;jan@example.nl;Dorpsstraat 3;1234 AB;Ede;NL;X;Ding;1;1,00;21;;",
            "A-3;01-02-2026;Goedgekeurd;iDEAL;K1;Jan;;jan@example.nl;Dorpsstraat 3;1234 AB;Ede;NL;X;Ding;twee;1,00;21;;",
            "A-4;01-02-2026;Goedgekeurd;iDEAL;K1;Jan;;jan@example.nl;Dorpsstraat 3;1234 AB;Ede;NL;X;Ding;2;1,00;21;;",
        ].joined(separator: "\r\n")
        try root.write("inbox/erp-orders/bad.csv", Data(text.utf8))
        let run = try root.ferry(["run"])
        #expect(run.status == 1)
        let record = try root.statusRecord(for: "bad.csv")
        #expect(record.outcome == "partial")
        let documents = record.documents
        #expect(documents.count == 4)
        func error(_ index: Int) -> [String: Any]? { (documents[index]["errors"] as? [[String: Any]])?.first }
        #expect(error(0)?["code"] as? String == "MAP-105")
        #expect((error(0)?["location"] as? String)?.contains("bad.csv:2") == true)
        #expect((error(0)?["location"] as? String)?.contains("Orderdatum") == true)
        #expect(error(1)?["code"] as? String == "MAP-110")
        #expect((error(1)?["message"] as? String)?.contains("Onbekend") == true)
        #expect(error(2)?["code"] as? String == "MAP-002")
        #expect((error(2)?["location"] as? String)?.contains("bad.csv:4 field Aantal") == true)
        #expect(documents[3]["outcome"] as? String == "exported")
        #expect(root.outbox("erp-orders", "partner").count == 1)
    }

    @Test func rowsOfOneOrderThatDisagreeAreAnErrorAndDefaultsSkipTheMap() throws {
        let root = try FerryRoot(config: try Examples.config("dutch-erp").replacingOccurrences(
            of: "status: { column: Status, map: order-status }", with: "status: { column: Status, map: order-status, default: open }"))
        defer { root.remove() }
        let header = "Ordernummer;Orderdatum;Status;Betaalwijze;Klantnummer;Naam;Bedrijf;E-mail;Adres;Postcode;Plaats;Land;Artikelcode;Omschrijving;Aantal;Prijs excl;BTW %;Kostenplaats;Opmerking"
        let text = [
            header,
            "B-1;01-02-2026;Goedgekeurd;iDEAL;K1;Jan;;jan@example.nl;Dorpsstraat 3;1234 AB;Ede;NL;X;Ding;1;1,00;21;;",
            "B-1;01-02-2026;Verzonden;iDEAL;K1;Jan;;jan@example.nl;Dorpsstraat 3;1234 AB;Ede;NL;Y;Ding;1;1,00;21;;",
            "B-2;01-02-2026;;iDEAL;K1;Jan;;jan@example.nl;Dorpsstraat 3;1234 AB;Ede;NL;X;Ding;1;1,00;21;;",
        ].joined(separator: "\r\n")
        try root.write("inbox/erp-orders/mixed.csv", Data(text.utf8))
        #expect(try root.ferry(["run"]).status == 1)
        let documents = try root.statusRecord(for: "mixed.csv").documents
        let conflict = try #require((documents.first?["errors"] as? [[String: Any]])?.first)
        #expect(conflict["code"] as? String == "MAP-009")
        #expect((conflict["location"] as? String)?.contains("mixed.csv:3 field Status") == true)
        #expect(documents.last?["outcome"] as? String == "exported")
        let order = try root.jsonObject(Self.payloadFolder + "order_boekhouding-plus_sales_B-2.json")
        #expect(order[path: "state"] as? String == "open", "an empty Status takes the default, not looked up in the map")
    }

    @Test func aFileWhoseRecordsAllMissTheLayoutFailsInsteadOfLookingEmpty() throws {
        let root = try FerryRoot(config: """
            layouts:
              bestelling:
                kind: order
                format: xml
                record: Bestelling
                groups:
                  lines: Regels/Regel
                fields:
                  number: Nummer
                  lines.sku: Code
                  lines.quantity: Aantal
            flows:
              - name: orders
                kind: order
                layout: bestelling
                pickup: { settle: 0 }
                targets:
                  - { name: erp, format: json }
            """)
        defer { root.remove() }
        try root.drop("nested.xml", into: "orders", """
            <Export><Data><Bestelling><Nummer>1</Nummer><Regels><Regel><Code>A</Code><Aantal>1</Aantal></Regel></Regels></Bestelling></Data></Export>
            """)
        try root.drop("flat.xml", into: "orders", """
            <Export><Header>x</Header><Bestelling><Nummer>2</Nummer><Regels><Regel><Code>A</Code><Aantal>3</Aantal></Regel></Regels></Bestelling></Export>
            """)
        #expect(try root.ferry(["run"]).status == 1)
        let nested = try root.statusRecord(for: "nested.xml")
        #expect(nested.outcome == "failed")
        #expect(((nested["errors"] as? [[String: Any]])?.first?["code"] as? String) == "MAP-114")
        #expect(try root.statusRecord(for: "flat.xml").outcome == "exported", "the header sibling is skipped")
        #expect(root.outbox("orders", "erp").count == 1)
    }

    @Test func checkReportsMappingMistakesWithTheirLine() throws {
        var config = try Examples.config("dutch-erp")
        config = config.replacingOccurrences(of: "      buyer.contactName: Naam", with: "      buyer.contact: Naam")
        config = config.replacingOccurrences(of: "      lines.quantity: { column: Aantal, decimal: \"1.234,56\" }",
                                             with: "      lines.quantity: { column: Aantal, date: dd-MM-yyyy }")
        config = config.replacingOccurrences(of: "map: payment }", with: "map: betaling }")
        config = config.replacingOccurrences(of: "      items.name: description", with: "      items.name: descriptoin")
        let root = try FerryRoot(config: config)
        defer { root.remove() }
        let lines = config.split(separator: "\n", omittingEmptySubsequences: false)
        func line(of text: String) -> Int { (lines.firstIndex { $0.contains(text) } ?? -2) + 1 }
        let check = try root.ferry(["check"])
        #expect(check.status == 2)
        let output = check.stdout + check.stderr
        #expect(output.contains("ferry.yml:\(line(of: "buyer.contact: Naam")):"))
        #expect(output.contains("CONFIG-040"))
        #expect(output.contains("buyer.contactName"), "suggests the field meant")
        #expect(output.contains("ferry.yml:\(line(of: "lines.quantity:")):"))
        #expect(output.contains("CONFIG-041"))
        #expect(output.contains("ferry.yml:\(line(of: "map: betaling")):"))
        #expect(output.contains("CONFIG-042"))
        #expect(output.contains("ferry.yml:\(line(of: "items.name: descriptoin")):"))
    }

    @Test func overridingOneCanonicalFieldChangesTheOutput() throws {
        let base = """
            flows:
              - name: orders
                kind: order
                pickup: { settle: 0 }
                targets:
                  - name: erp
                    format: json
            """
        let order = Samples.orderJSON(number: "SO-77", lines: [("SKU-1", "2", "9.95")])

        let plain = try FerryRoot(config: base)
        defer { plain.remove() }
        try plain.drop("o.json", into: "orders", order)
        #expect(try plain.ferry(["run"]).status == 0)
        let before = try plain.jsonObject(try #require(plain.outbox("orders", "erp").first))

        let changed = try FerryRoot(config: """
            flows:
              - name: orders
                kind: order
                pickup: { settle: 0 }
                fields:
                  notes: { value: "imported by Ferry" }
                  lines.description: { path: sku, prefix: "Item " }
                targets:
                  - name: erp
                    format: json
                    fields:
                      customFields.channel: { value: webshop }
                      number: { path: number, lower: true }
            """)
        defer { changed.remove() }
        try changed.drop("o.json", into: "orders", order)
        let run = try changed.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let after = try changed.jsonObject(try #require(changed.outbox("orders", "erp").first))
        #expect(before[path: "notes"] as? String != "imported by Ferry")
        #expect(after[path: "notes"] as? String == "imported by Ferry")
        #expect(after[path: "lines.0.description"] as? String == "Item SKU-1")
        #expect(after[path: "customFields.channel"] as? String == "webshop")
        #expect(after[path: "number"] as? String == "so-77")
        #expect(before[path: "number"] as? String == "SO-77")
        #expect((after[path: "lines.0.quantity"] as? NSNumber) == (before[path: "lines.0.quantity"] as? NSNumber))
    }
}

/// An XML target layout with namespaces and attributes: a purchase order as UBL 2.1 Order XML.
@Suite struct XMLTargetLayoutTests {
    @Test func purchaseOrderBecomesAUBLOrder() throws {
        let root = try FerryRoot(config: try Examples.config("ubl-order"))
        defer { root.remove() }
        try root.write("inbox/purchase-orders/PO-2026-118.json", try Examples.data("ubl-order/samples/purchase-orders/in/PO-2026-118.json"))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let files = root.outbox("purchase-orders", "supplier-ubl")
        #expect(files == ["outbox/purchase-orders/supplier-ubl/order_canonical_purchase_PO-2026-118.xml"])
        let xml = try root.read(try #require(files.first))
        #expect(xml.contains("<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\""))
        #expect(xml.contains("xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\""))
        #expect(xml.contains("<cbc:ID>PO-2026-118</cbc:ID>"))
        #expect(xml.contains("<cbc:IssueDate>2026-11-20</cbc:IssueDate>"))
        #expect(xml.contains("<cbc:Quantity unitCode=\"KGM\">12</cbc:Quantity>"))
        #expect(xml.contains("<cbc:Quantity unitCode=\"C62\">40</cbc:Quantity>"), "the default unit code")
        #expect(xml.contains("<cbc:PriceAmount currencyID=\"EUR\">14.50</cbc:PriceAmount>"))
        #expect(xml.contains("<cbc:ID>GN-55-A</cbc:ID>"))
        #expect(xml.components(separatedBy: "<cac:OrderLine>").count == 3)
        #expect(xml.components(separatedBy: "<cac:StandardItemIdentification>").count == 2, "only the line with a GTIN")
    }

    @Test(.needsSharedFolder) func thePurchaseOrderPayloadPassesTheOASISSchema() throws {
        let root = try FerryRoot(config: try Examples.withOASISSchemas(try Examples.config("ubl-order")))
        defer { root.remove() }
        try root.write("inbox/purchase-orders/PO-2026-118.json", try Examples.data("ubl-order/samples/purchase-orders/in/PO-2026-118.json"))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(root.outbox("purchase-orders", "supplier-ubl").count == 1)
    }

    @Test(.needsSharedFolder) func aPayloadTheUBLSchemaWouldRejectFailsBeforeTheOutbox() throws {
        // The layout writes the supplier's article code after the item name, as UBL wants; swapped, the
        // payload breaks the OASIS schema and the document fails naming the element.
        let config = try Examples.withOASISSchemas(try Examples.config("ubl-order"))
        let nameLine = "      cac:OrderLine.cac:LineItem.cac:Item.cbc:Name: { path: description, max-length: 100 }\n"
        let codeLine = "      cac:OrderLine.cac:LineItem.cac:Item.cac:SellersItemIdentification.cbc:ID: supplierArticleCode\n"
        #expect(config.contains(nameLine + codeLine))
        let root = try FerryRoot(config: config.replacingOccurrences(of: nameLine + codeLine, with: codeLine + nameLine))
        defer { root.remove() }
        try root.write("inbox/purchase-orders/PO-2026-118.json", try Examples.data("ubl-order/samples/purchase-orders/in/PO-2026-118.json"))
        #expect(try root.ferry(["run"]).status == 1)
        let error = try #require((try root.statusRecord(for: "PO-2026-118.json").documents.first?["errors"] as? [[String: Any]])?.first)
        #expect(["XML-005", "XML-007"].contains(error["code"] as? String ?? ""))
        #expect((error["message"] as? String)?.contains("cbc:Name") == true)
        #expect(root.outbox("purchase-orders", "supplier-ubl").isEmpty)
    }

    @Test func aRequiredTargetFieldThatIsEmptyFailsTheDocumentNamingTheField() throws {
        let root = try FerryRoot(config: try Examples.config("ubl-order"))
        defer { root.remove() }
        let text = String(decoding: try Examples.data("ubl-order/samples/purchase-orders/in/PO-2026-118.json"), as: UTF8.self)
            .replacingOccurrences(of: "\"companyName\": \"Groothandel Noord BV\", ", with: "")
        try root.write("inbox/purchase-orders/PO-2026-119.json", Data(text.utf8))
        #expect(try root.ferry(["run"]).status == 1)
        let record = try root.statusRecord(for: "PO-2026-119.json")
        let error = try #require((record.documents.first?["errors"] as? [[String: Any]])?.first)
        #expect(error["code"] as? String == "MAP-111")
        #expect((error["message"] as? String)?.contains("cac:SellerSupplierParty.cac:Party.cac:PartyName.cbc:Name") == true)
        #expect(root.outbox("purchase-orders", "supplier-ubl").isEmpty)
    }
}

/// `ferry mapping show`: the effective table with the origin of every row.
@Suite struct MappingShowTests {
    @Test func canonicalTableWithAnOverrideShowsWhereEachRowCameFrom() throws {
        let root = try FerryRoot(config: """
            flows:
              - name: orders
                kind: order
                fields:
                  notes: { value: "imported by Ferry" }
                targets:
                  - { name: erp, format: json }
            """)
        defer { root.remove() }
        let show = try root.ferry(["mapping", "show", "orders"])
        #expect(show.status == 0, "\(show.stderr)")
        let lines = show.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("number") && $0.contains("[canonical default]") })
        #expect(lines.contains { $0.contains("lines[].quantity") && $0.contains("required") })
        #expect(lines.contains { $0.contains("notes") && $0.contains("value \"imported by Ferry\"") && $0.contains("[ferry.yml:5]") })
        #expect(lines.contains { $0.contains("target erp") })
        #expect(try root.ferry(["mapping", "show", "orders", "nope"]).status == 64)
        #expect(try root.ferry(["mapping", "show", "nope"]).status == 64)
    }

    @Test func everyExampleLayoutIsShown() throws {
        for (example, flow, expected) in [
            ("dutch-erp", "erp-orders", "Orderdatum | date dd-MM-yyyy (Europe/Amsterdam)"),
            ("woocommerce", "woo-products", "split \",\""),
            ("ubl-order", "ubl-orders", "each cac:OrderLine"),
        ] {
            let root = try FerryRoot(config: try Examples.config(example))
            defer { root.remove() }
            let show = try root.ferry(["mapping", "show", flow])
            #expect(show.status == 0, "\(example): \(show.stderr)")
            #expect(show.stdout.contains(expected), "\(example): \(show.stdout)")
            #expect(show.stdout.contains("[ferry.yml:"))
        }
    }
}
