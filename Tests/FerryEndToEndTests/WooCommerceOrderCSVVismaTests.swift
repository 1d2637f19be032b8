import Foundation
import SharedFiles
import Testing

/// The order CSV of the Customer/Order CSV Export plugin ("Default - One Row per Item") into
/// Visma.net through the real binary (docs/connectors/woocommerce.md): the same sales order and
/// customer payloads as the same orders as REST JSON, the status filter, the article catalog,
/// and a located error for a bad cell. Fixtures: Fixtures/woocommerce-order-csv (invented orders).
@Suite struct WooCommerceOrderCSVVismaTests {
    /// An article flow and one WooCommerce order flow (`format` csv or json) into Visma.net.
    /// Only the payment-method maps differ: the CSV carries the gateway id, the JSON its title.
    static func config(format: String) -> String {
        let csv = format == "csv"
        let methods = csv ? "{ mollie_wc_gateway_ideal: IDEAL, bacs: BANK }" : "{ iDEAL: IDEAL, \"Direct bank transfer\": BANK }"
        return """
        flows:
          - name: articles
            kind: article
            pickup: { settle: 0 }
            targets:
              - { name: articles-json, format: json }
          - name: webshop-orders
            kind: order
            source: woocommerce
            format: \(format)
            pickup: { settle: 0 }
        \(csv ? "    fields:\n      orderDate: { column: date, date: \"yyyy-MM-dd HH:mm:ss\", zone: Europe/Amsterdam }" : "")
            rules:
              - article-exists
            targets:
              - name: visma-customers
                system: visma-net
                format: json
                options: { document: customer, customer-class: WEBSHOP, vat-zones: { NL: "01", BE: "EU" } }
              - name: visma-orders
                system: visma-net
                format: json
                options:
                  branch: "1"
                  shipping-inventory-id: VERZEND
                  payment-methods: \(methods)
                  ship-via: { PostNL: POSTNL, Afhalen: PICKUP }
                  vat-zones: { NL: "01", BE: "EU" }
                  tax-categories: { NL: HOOG, BE: EU-ICL }
        """
    }

    static let articles = "sku;name\nVAAS-GL-30;Vaas glas helder 30 cm\nBIND-GR-06;Bindraad groen\nKAARS-IV-710;Kaars stomp ivoor\n"

    static func fixture(_ name: String) throws -> Data {
        let resources = try #require(Bundle.module.resourceURL)
        return try Data(contentsOf: resources.appendingPathComponent("Fixtures/woocommerce-order-csv/" + name))
    }

    /// A root with the articles in the catalog and `file` run through the order flow.
    static func run(format: String, file: String, bytes: Data, expectedStatus: Int32 = 0) throws -> FerryRoot {
        let root = try FerryRoot(config: config(format: format))
        try root.drop("articles.csv", into: "articles", articles)
        let articlesRun = try root.ferry(["run"])
        #expect(articlesRun.status == 0, "\(articlesRun.stdout)\(articlesRun.stderr)")
        try root.drop(file, into: "webshop-orders", bytes: bytes)
        let run = try root.ferry(["run"])
        #expect(run.status == expectedStatus, "\(run.stdout)\(run.stderr)")
        return root
    }

    /// Every outbox file of the order flow's two targets, by target and name, parsed.
    static func payloads(_ root: FerryRoot) throws -> [String: NSDictionary] {
        var result: [String: NSDictionary] = [:]
        for target in ["visma-customers", "visma-orders"] {
            for name in ConnectorFixtures.names(root, "webshop-orders", target) {
                result[target + "/" + name] = try ConnectorFixtures.json(root, "outbox/webshop-orders/\(target)/\(name)") as NSDictionary
            }
        }
        return result
    }

    @Test func theCSVGivesTheSameVismaPayloadsAsTheSameOrdersAsRESTJSON() throws {
        let csv = try Self.run(format: "csv", file: "orders-export.csv", bytes: try Self.fixture("orders-export.csv"))
        defer { csv.remove() }
        let json = try Self.run(format: "json", file: "orders-export.json", bytes: try Self.fixture("orders-export.json"))
        defer { json.remove() }

        // 6203 is cancelled: filtered by the default statuses (processing, completed) in both.
        let fromCSV = try Self.payloads(csv)
        #expect(fromCSV.keys.sorted() == [
            "visma-customers/order_customer_WC412.visma-customer-create.json",
            "visma-customers/order_customer_WC6202.visma-customer-create.json",
            "visma-orders/order_woocommerce_sales_6201.visma-salesorder.json",
            "visma-orders/order_woocommerce_sales_6202.visma-salesorder.json",
        ])
        #expect(fromCSV == (try Self.payloads(json)))
        let record = try csv.statusRecord(for: "orders-export.csv")
        #expect(record["outcome"] as? String == "exported")
        #expect(try csv.verdict(for: "orders-export.csv").documentOutcomes.contains("filtered"))

        let order = try #require(fromCSV["visma-orders/order_woocommerce_sales_6201.visma-salesorder.json"] as? [String: Any])
        #expect(WooCommerceVismaTests.value(order, "customer") as? String == "WC412")
        #expect(WooCommerceVismaTests.value(order, "customerOrder") as? String == "6201")
        #expect(WooCommerceVismaTests.value(order, "customerRefNo") as? String == "6201")
        #expect(WooCommerceVismaTests.value(order, "date") as? String == "2026-11-23T00:00:00")
        #expect(WooCommerceVismaTests.value(order, "paymentMethod") as? String == "IDEAL")
        #expect(WooCommerceVismaTests.value(order, "shipVia") as? String == "POSTNL")
        #expect(WooCommerceVismaTests.value(order, "note") as? String == "Achterom leveren, bel aan bij de zij-ingang")
        let contact = try #require(WooCommerceVismaTests.value(order, "soBillingContact") as? [String: Any])
        #expect(WooCommerceVismaTests.value(contact, "name") as? String == "Bakkerij \"De Korenschoof\", Zwolle")
        let lines = try #require(order["lines"] as? [[String: Any]])
        #expect(lines.count == 3)
        #expect(WooCommerceVismaTests.value(lines[0], "inventoryNumber") as? String == "VAAS-GL-30")
        #expect((WooCommerceVismaTests.value(lines[0], "unitPrice") as? NSNumber)?.decimalValue == 20)
        #expect((WooCommerceVismaTests.value(lines[0], "discountAmount") as? NSNumber)?.decimalValue == 5)
        #expect((WooCommerceVismaTests.value(lines[1], "quantity") as? NSNumber)?.decimalValue == 4)
        #expect(WooCommerceVismaTests.value(lines[1], "lineDescription") as? String == "Bindraad groen 0,6 mm")
        #expect(WooCommerceVismaTests.value(lines[2], "inventoryNumber") as? String == "VERZEND")
    }

    /// A bad quantity fails its order with the file, line and column; the other orders go on as
    /// the flow's rules say (6202 exported, 6203 filtered); the file is `partial`.
    @Test func aBadQuantityIsALocatedErrorAndTheOtherOrdersGoThrough() throws {
        let text = String(decoding: try Self.fixture("orders-export.csv"), as: UTF8.self)
        let bad = text.replacingOccurrences(of: ",BIND-GR-06,4,", with: ",BIND-GR-06,vier,")
        let root = try Self.run(format: "csv", file: "orders-bad.csv", bytes: Data(bad.utf8), expectedStatus: 1)
        defer { root.remove() }
        #expect(ConnectorFixtures.names(root, "webshop-orders", "visma-orders") == ["order_woocommerce_sales_6202.visma-salesorder.json"])
        let record = try root.statusRecord(for: "orders-bad.csv")
        #expect(record["outcome"] as? String == "partial")
        let failed = try #require((record["documents"] as? [[String: Any]])?.first { ($0["errors"] as? [Any])?.isEmpty == false })
        let error = try #require((failed["errors"] as? [[String: Any]])?.first)
        let location = try #require(error["location"] as? String)
        #expect(location.contains("orders-bad.csv"), "\(error)")
        #expect(location.contains("3"), "\(error)")
        #expect(location.contains("item_quantity"), "\(error)")
        #expect(try root.verdict(for: "orders-bad.csv").documentOutcomes.contains("filtered"))
    }

    /// `ferry mapping show` prints the CSV layout for a flow with `format: csv`.
    @Test func mappingShowPrintsTheCSVLayout() throws {
        let root = try FerryRoot(config: Self.config(format: "csv"))
        defer { root.remove() }
        let shown = try root.ferry(["mapping", "show", "webshop-orders"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("item_sku"), "\(shown.stdout)")
        #expect(shown.stdout.contains("order_id"), "\(shown.stdout)")
        #expect(shown.stdout.contains("Europe/Amsterdam"), "\(shown.stdout)")
    }
}
