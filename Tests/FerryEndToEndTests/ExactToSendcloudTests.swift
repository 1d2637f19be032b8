import Foundation
import GRDB
import SharedFiles
import Testing

/// Exact Online sales orders to Sendcloud parcels and Sendcloud tracking back to Exact, through
/// the real binary: inbox files in Exact's REST and XML shapes, outbox payloads, status records,
/// the ledger.
@Suite struct ExactToSendcloudTests {
    static let reference = """
        reference:
          warehouses:
            - { code: AMS, name: Magazijn Amsterdam, street: Havenstraat, house-number: "10", postal-code: 1013 AB, city: Amsterdam, country: NL, default: true }
            - { code: TLB, name: Magazijn Tilburg, street: Ringbaan-Oost, house-number: "102", postal-code: 5013 CD, city: Tilburg, country: NL, phone: "+31 13 555 0000" }
        """

    static func config(flowOptions: String = "", targetOptions: String = "", targetFields: String = "", rules: String = "",
                       articles: Bool = false) -> String {
        """
        \(reference)
        flows:
        \(articles ? """
          - name: exact-items
            kind: article
            source: exact-online
            pickup: { settle: 0 }
            targets:
              - { name: catalog, format: json }
        """ : "")
          - name: exact-orders
            kind: order
            source: exact-online
            pickup: { settle: 0 }
            options: {\(flowOptions)}
            rules: \(rules.isEmpty ? "[]" : "\n" + rules)
            targets:
              - name: sendcloud
                system: sendcloud
                format: json
                options:
                  shipping-methods: { PNL: "8", BPOST: "1021" }
                  hs-code: "190590"
                  origin-country: NL
        \(targetOptions)
        \(targetFields.isEmpty ? "" : "        fields:\n" + targetFields)
          - name: sendcloud-tracking
            kind: shipment
            source: sendcloud
            pickup: { settle: 0 }
            targets:
              - { name: exact, system: exact-online, format: json }
        """
    }

    static func parcel(_ root: FerryRoot, _ number: String) throws -> [String: Any] {
        let body = try ConnectorFixtures.json(root, "outbox/exact-orders/sendcloud/order_exact-online_sales_\(number).sendcloud-parcel.json")
        return try #require(body["parcel"] as? [String: Any])
    }

    static func documents(_ record: [String: Any]) -> [String: [String: Any]] {
        Dictionary(record.documents.compactMap { document in (document["key"] as? String).map { ($0, document) } },
                   uniquingKeysWith: { first, _ in first })
    }

    @Test func approvedOpenRecentOrdersBecomeParcelsAndTheOthersAreFilteredWithTheReason() throws {
        let root = try FerryRoot(config: Self.config(targetOptions: "          item-weight: \"25.000\""))
        defer { root.remove() }
        try root.drop("salesorders.json", into: "exact-orders", try ConnectorFixtures.text("salesorders-list.json"))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(ConnectorFixtures.names(root, "exact-orders", "sendcloud") == ["order_exact-online_sales_5001.sendcloud-parcel.json"])

        let parcel = try Self.parcel(root, "5001")
        // Dynamic customer data: the contact differs from the account, so the contact's data with the account as company.
        #expect(parcel["name"] as? String == "Joris Hendriks")
        #expect(parcel["company_name"] as? String == "Bakkerij Molenzicht")
        #expect(parcel["email"] as? String == "joris@molenzicht.example")
        #expect(parcel["telephone"] as? String == "+31 6 5550 0102")
        // One Exact address line, split; the second line kept.
        #expect(parcel["address"] as? String == "Molenweg")
        #expect(parcel["house_number"] as? String == "7 B")
        #expect(parcel["address_2"] as? String == "achteringang")
        #expect(parcel["postal_code"] as? String == "3512 JK")
        #expect(parcel["country"] as? String == "NL")
        #expect(parcel["order_number"] as? String == "5001")
        #expect(parcel["external_reference"] as? String == "exact-online-5001")
        #expect((parcel["shipment"] as? [String: Any])?["id"] as? Int == 8)
        #expect(parcel["request_label"] as? Bool == false)
        // Warehouse ZWL is not in reference.warehouses: the default warehouse is the sender.
        #expect(parcel["from_name"] as? String == "Magazijn Amsterdam")
        #expect(parcel["from_address_1"] as? String == "Havenstraat")
        #expect(parcel["from_house_number"] as? String == "10")
        let items = try #require(parcel["parcel_items"] as? [[String: Any]])
        #expect(items.count == 2)
        #expect(items[0]["sku"] as? String == "MEEL-25")
        #expect(items[0]["description"] as? String == "Tarwebloem 25 kg")
        #expect(items[0]["quantity"] as? Int == 2)
        #expect(items[0]["weight"] as? String == "25.000")
        #expect((items[0]["value"] as? NSNumber)?.decimalValue == Decimal(string: "31.5"))
        #expect(items[0]["hs_code"] as? String == "190590")
        #expect(items[0]["origin_country"] as? String == "NL")
        #expect(items[1]["quantity"] as? Int == 3)
        #expect(parcel["weight"] as? String == "125.000")
        #expect(parcel["total_order_value"] as? String == "75.75")
        #expect(parcel["customs_shipment_type"] == nil, "an EU parcel carries no customs data")

        let record = try root.statusRecord(for: "salesorders.json")
        #expect(record.outcome == "exported")
        let documents = Self.documents(record)
        #expect(documents["exact-online/sales/5001"]?["outcome"] as? String == "exported")
        for number in ["5002", "5003", "5004"] {
            #expect(documents["exact-online/sales/\(number)"]?["outcome"] as? String == "filtered", "\(number): \(documents)")
        }
        let reasons = String(describing: record.documents)
        #expect(reasons.contains("approval"), "\(reasons)")
        #expect(reasons.contains("cancelled"), "\(reasons)")
        #expect(reasons.contains("30"), "\(reasons)")
        let exports = try root.ledger { db in
            try Row.fetchAll(db, sql: "SELECT target, key, event FROM export ORDER BY key").map { "\($0["target"] as String) \($0["key"] as String) \($0["event"] as String)" }
        }
        #expect(exports == ["sendcloud exact-online/sales/5001 created"])
    }

    @Test func theFilterIsConfigurable() throws {
        let root = try FerryRoot(config: Self.config(flowOptions: " statuses: \"open, cancelled\", approval: any, order-age-days: 0 "))
        defer { root.remove() }
        try root.drop("salesorders.json", into: "exact-orders", try ConnectorFixtures.text("salesorders-list.json"))
        #expect(try root.ferry(["run"]).status == 0)
        #expect(ConnectorFixtures.names(root, "exact-orders", "sendcloud") == [
            "order_exact-online_sales_5001.sendcloud-parcel.json", "order_exact-online_sales_5002.sendcloud-parcel.json",
            "order_exact-online_sales_5003.sendcloud-parcel.json", "order_exact-online_sales_5004.sendcloud-parcel.json",
        ])
        // 5002 has only ids for account and contact: the names beside them are used; no contact name, so the account's.
        let parcel = try Self.parcel(root, "5002")
        #expect(parcel["name"] as? String == "Fietsenmakerij Spaak")
        #expect(parcel["company_name"] == nil)
    }

    @Test func theXMLExportIsReadLikeTheRESTResponse() throws {
        let root = try FerryRoot(config: Self.config(targetOptions: "          item-weight: \"0.020\""))
        defer { root.remove() }
        try root.drop("salesorders.xml", into: "exact-orders", try ConnectorFixtures.text("salesorders-export.xml"))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(ConnectorFixtures.names(root, "exact-orders", "sendcloud") == ["order_exact-online_sales_5030.sendcloud-parcel.json"])
        let parcel = try Self.parcel(root, "5030")
        #expect(parcel["name"] as? String == "Lotte Peeters")
        #expect(parcel["company_name"] as? String == "Boekhandel Het Kantoor")
        #expect(parcel["email"] as? String == "lotte@hetkantoor.example")
        #expect(parcel["address"] as? String == "Meir")
        #expect(parcel["city"] as? String == "Antwerpen")
        #expect(parcel["country"] as? String == "BE")
        #expect((parcel["shipment"] as? [String: Any])?["id"] as? Int == 1021)
        let items = try #require(parcel["parcel_items"] as? [[String: Any]])
        #expect(items.first?["sku"] as? String == "PEN-ZW")
        #expect(items.first?["quantity"] as? Int == 5)
        let documents = Self.documents(try root.statusRecord(for: "salesorders.xml"))
        #expect(documents["exact-online/sales/5031"]?["outcome"] as? String == "filtered")
    }

    @Test func linesThatAreOnlyALinkFailTheOrderWithAHint() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        try root.drop("deferred.json", into: "exact-orders", try ConnectorFixtures.text("salesorders-deferred.json"))
        #expect(try root.ferry(["run"]).status == 1)
        let record = try root.statusRecord(for: "deferred.json")
        let error = try #require((record.documents.first?["errors"] as? [[String: Any]])?.first)
        #expect(error["code"] as? String == "EXACT-001")
        #expect((error["message"] as? String)?.contains("5020") == true)
        #expect(ConnectorFixtures.names(root, "exact-orders", "sendcloud").isEmpty)
    }

    @Test func aParcelOutsideTheEUCarriesCustomsWithHSCodesFromTheCatalog() throws {
        let root = try FerryRoot(config: Self.config(
            targetOptions: "          customs-shipment-type: commercial-goods",
            rules: "      - customs-from-catalog: { hs-code-field: FreeTextField_01 }", articles: true))
        defer { root.remove() }
        try root.drop("items.json", into: "exact-items", try ConnectorFixtures.text("items.json"))
        #expect(try root.ferry(["run"]).status == 0)
        try root.drop("order.json", into: "exact-orders", try ConnectorFixtures.text("salesorder-single-us.json"))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let parcel = try Self.parcel(root, "5010")
        // The contact has the account's name: the account's data, no company name.
        #expect(parcel["name"] as? String == "Hudson Valley Ceramics")
        #expect(parcel["company_name"] == nil)
        #expect(parcel["email"] as? String == "orders@hudsonceramics.example")
        #expect(parcel["address"] as? String == "Main Street")
        #expect(parcel["house_number"] as? String == "118")
        #expect(parcel["country"] as? String == "US")
        #expect(parcel["customs_shipment_type"] as? Int == 2)
        #expect(parcel["customs_invoice_nr"] as? String == "5010")
        let items = try #require(parcel["parcel_items"] as? [[String: Any]])
        #expect(items.map { $0["hs_code"] as? String } == ["320740", "250810"])
        #expect(items.map { $0["weight"] as? String } == ["1.100", "10.200"])
        #expect(items.map { $0["origin_country"] as? String } == ["NL", "NL"])
        #expect(parcel["weight"] as? String == "12.400")
    }

    @Test func aParcelOutsideTheEUWithoutCustomsDataFailsNamingTheLine() throws {
        let config = Self.config().replacingOccurrences(of: "          hs-code: \"190590\"\n", with: "")
        let root = try FerryRoot(config: config)
        defer { root.remove() }
        try root.drop("order.json", into: "exact-orders", try ConnectorFixtures.text("salesorder-single-us.json"))
        #expect(try root.ferry(["run"]).status == 1)
        let record = try root.statusRecord(for: "order.json")
        #expect(record.outcome == "failed")
        let error = try #require((record.documents.first?["errors"] as? [[String: Any]])?.first)
        #expect(error["code"] as? String == "SENDCLOUD-006")
        #expect((error["message"] as? String)?.contains("line 1 (GLAZE-BLUE)") == true, "\(error)")
        // Placed at the order in the input file, with the field the payload lacks.
        #expect((error["location"] as? String)?.hasPrefix("order.json:") == true, "\(String(describing: error["location"]))")
        #expect((error["location"] as? String)?.contains("field lines[0].hsCode") == true, "\(String(describing: error["location"]))")
        #expect(ConnectorFixtures.names(root, "exact-orders", "sendcloud").isEmpty)
    }

    @Test func manualCustomerMappingTakesTheFieldsAsMapped() throws {
        let root = try FerryRoot(config: Self.config(
            targetOptions: "          customer-mapping: manual",
            targetFields: """
                          name: buyer.contactName
                          company_name: buyer.companyName
                          email: buyer.email
                          telephone: buyer.phone

            """))
        defer { root.remove() }
        try root.drop("salesorders.json", into: "exact-orders", try ConnectorFixtures.text("salesorders-list.json"))
        #expect(try root.ferry(["run"]).status == 0)
        let parcel = try Self.parcel(root, "5001")
        #expect(parcel["name"] as? String == "Joris Hendriks")
        #expect(parcel["company_name"] as? String == "Bakkerij Molenzicht")
        // Manual: the account's email as mapped, not the contact's.
        #expect(parcel["email"] as? String == "inkoop@molenzicht.example")
        #expect(parcel["telephone"] as? String == "+31 30 555 0101")
    }

    @Test func theServicePointComesFromTheNamedField() throws {
        let root = try FerryRoot(config: Self.config(flowOptions: " service-point-field: Description "))
        defer { root.remove() }
        let text = try ConnectorFixtures.text("salesorders-list.json")
            .replacingOccurrences(of: "\"Description\": \"Webshop order WEB-88001\"", with: "\"Description\": \"10724\"")
        try root.drop("salesorders.json", into: "exact-orders", text)
        #expect(try root.ferry(["run"]).status == 0)
        #expect(try Self.parcel(root, "5001")["to_service_point"] as? Int == 10724)
    }

    @Test func labelsAreRequestedOnOrderOnlyWhenAskedFor() throws {
        let root = try FerryRoot(config: Self.config(targetOptions: "          create-label: on-order"))
        defer { root.remove() }
        try root.drop("salesorders.json", into: "exact-orders", try ConnectorFixtures.text("salesorders-list.json"))
        #expect(try root.ferry(["run"]).status == 0)
        #expect(try Self.parcel(root, "5001")["request_label"] as? Bool == true)
    }

    @Test func aGoodsDeliveryRequestsTheLabelOnce() throws {
        let deliveries = """

              - name: exact-deliveries
                kind: order
                source: exact-online
                pickup: { settle: 0 }
                options: { document: goods-deliveries }
                targets:
                  - name: sendcloud-labels
                    system: sendcloud
                    format: json
                    options: { create-label: on-goods-delivery, item-weight: "1.000", hs-code: "190590", origin-country: NL }
            """
        let root = try FerryRoot(config: Self.config(targetOptions: "          create-label: on-goods-delivery") + deliveries)
        defer { root.remove() }
        try root.drop("salesorders.json", into: "exact-orders", try ConnectorFixtures.text("salesorders-list.json"))
        #expect(try root.ferry(["run"]).status == 0)
        // The sales order goes to Sendcloud without a label request.
        #expect(try Self.parcel(root, "5001")["request_label"] as? Bool == false)

        try root.drop("deliveries.json", into: "exact-deliveries", try ConnectorFixtures.text("goodsdeliveries.json"))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(ConnectorFixtures.names(root, "exact-deliveries", "sendcloud-labels") == ["order_exact-online_sales_5001.sendcloud-parcel.json"])
        let body = try ConnectorFixtures.json(root, "outbox/exact-deliveries/sendcloud-labels/order_exact-online_sales_5001.sendcloud-parcel.json")
        let parcel = try #require(body["parcel"] as? [String: Any])
        #expect(parcel["request_label"] as? Bool == true)
        #expect(parcel["external_reference"] as? String == "exact-online-5001-D9001")
        #expect(parcel["order_number"] as? String == "5001")
        #expect(parcel["name"] as? String == "Joris Hendriks")
        // Warehouse TLB is in reference.warehouses: its sender address.
        #expect(parcel["from_name"] as? String == "Magazijn Tilburg")
        #expect(parcel["from_telephone"] as? String == "+31 13 555 0000")
        // Delivery lines carry no prices: inside the EU the incomplete items are left out (no customs needed).
        #expect(parcel["parcel_items"] == nil)
        let events = try root.ledger { db in
            try Row.fetchAll(db, sql: "SELECT target, event FROM export WHERE key = 'exact-online/sales/5001' ORDER BY target")
                .map { "\($0["target"] as String) \($0["event"] as String)" }
        }
        #expect(events == ["sendcloud created", "sendcloud-labels shipped"])
    }

    @Test func addressProblemsFailTheOrderWithTheFieldAndAreSentAfterTheFix() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        try root.drop("bad.json", into: "exact-orders", try ConnectorFixtures.text("salesorders-bad-addresses.json"))
        #expect(try root.ferry(["run"]).status == 1)
        let record = try root.statusRecord(for: "bad.json")
        let documents = Self.documents(record)
        func code(_ number: String) -> String? {
            ((documents["exact-online/sales/\(number)"]?["errors"] as? [[String: Any]])?.first?["code"]) as? String
        }
        #expect(code("5040") == "SENDCLOUD-005")
        // An unknown country code is refused as the order is read (the canonical model checks it).
        #expect(code("5041") == "MAP-006")
        #expect(code("5042") == "SENDCLOUD-002")
        let houseNumber = try #require((documents["exact-online/sales/5040"]?["errors"] as? [[String: Any]])?.first)
        #expect((houseNumber["location"] as? String)?.contains("shippingAddress.houseNumber") == true, "\(houseNumber)")
        let status = try root.ferry(["status"])
        #expect(status.stdout.contains("failed  #1 bad.json"), "\(status.stdout)")
        #expect(status.stdout.contains("exact-online/sales/5040: [SENDCLOUD-005] bad.json:2 record 1 $.d.results[0] field shippingAddress.houseNumber"),
                "\(status.stdout)")
        #expect(status.stdout.contains("exact-online/sales/5042: [SENDCLOUD-002]"), "\(status.stdout)")
        let log = try root.ferry(["log", "--key", "exact-online/sales/5040"])
        #expect(log.stdout.contains("exact-online/sales/5040: file #1 bad.json") && log.stdout.contains("→ failed"), "\(log.stdout)")
        #expect(ConnectorFixtures.names(root, "exact-orders", "sendcloud").isEmpty)

        // The operator maps the unknown country code; reprocessing the failed file sends that order.
        try root.write("ferry.yml", Self.config().replacingOccurrences(of: "    options: {}", with: """
                options: {}
                fields:
                  shippingAddress.country: { path: $.DeliveryAddress.Country, map: { XZ: NL }, unmapped: pass }
            """))
        #expect(try root.ferry(["check"]).status == 0)
        _ = try root.ferry(["reprocess", "--failed"])
        #expect(ConnectorFixtures.names(root, "exact-orders", "sendcloud") == ["order_exact-online_sales_5041.sendcloud-parcel.json"])
        #expect(try Self.parcel(root, "5041")["country"] as? String == "NL")

        // The house number added in the source data: the corrected file goes through, only 5040 is new.
        let corrected = try ConnectorFixtures.text("salesorders-bad-addresses.json")
            .replacingOccurrences(of: "\"AddressLine1\": \"Dorpsstraat\"", with: "\"AddressLine1\": \"Dorpsstraat 3\"")
        try root.write("corrected.json", corrected)
        _ = try root.ferry(["reprocess", "1", "--with", root.path + "/corrected.json"])
        #expect(ConnectorFixtures.names(root, "exact-orders", "sendcloud") == [
            "order_exact-online_sales_5040.sendcloud-parcel.json", "order_exact-online_sales_5041.sendcloud-parcel.json",
        ])
        #expect(try Self.parcel(root, "5040")["house_number"] as? String == "3")
    }

    @Test func trackingGoesBackToExactOnceFromAParcelOrAWebhook() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        try root.drop("parcel.json", into: "sendcloud-tracking", try ConnectorFixtures.text("parcel-announced.json"))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let outbox = ConnectorFixtures.names(root, "sendcloud-tracking", "exact")
        #expect(outbox == ["shipment_sendcloud_5001_3SABCD0012345.exact-goods-delivery-update.json"])
        let update = try ConnectorFixtures.json(root, "outbox/sendcloud-tracking/exact/" + (outbox.first ?? ""))
        #expect(update["SalesOrderNumber"] as? String == "5001")
        #expect(update["TrackingNumber"] as? String == "3SABCD0012345")
        #expect((update["Remarks"] as? String)?.contains("https://tracking.sendcloud.sc/forward?carrier=postnl&code=3SABCD0012345") == true)

        // The webhook for the same parcel later: the same (target, kind, key, event), so nothing more.
        try root.drop("webhook.json", into: "sendcloud-tracking", try ConnectorFixtures.text("webhook-status-changed.json"))
        #expect(try root.ferry(["run"]).status == 0)
        #expect(ConnectorFixtures.names(root, "sendcloud-tracking", "exact").count == 1)
        let exports = try root.ledger { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM export WHERE target = 'exact' AND kind = 'shipment'") ?? 0
        }
        #expect(exports == 1)
    }
}
