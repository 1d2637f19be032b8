import Foundation
import GRDB
import SharedFiles
import Testing

/// WooCommerce orders to Visma.net through the real binary (docs/connectors/visma-net.md):
/// sales order and customer payloads, exactly once, company and person debtors, the default
/// debtor, value maps. Fixtures: invented orders in the REST API's shape, Fixtures/woocommerce-visma.
@Suite struct WooCommerceVismaTests {
    static func config(salesOrderOptions: String = "", customerTarget: Bool = true, rules: String = "") -> String {
        """
        flows:
          - name: webshop-orders
            kind: order
            source: woocommerce
            pickup: { settle: 0 }
            options: { statuses: "processing, completed" }
        \(rules)
            targets:
        \(customerTarget ? """
              - name: visma-customers
                system: visma-net
                format: json
                options: { document: customer, customer-class: WEBSHOP, vat-zones: { NL: "01", BE: "EU" } }
        """ : "")
              - name: visma-orders
                system: visma-net
                format: json
                options:
                  order-type: SO
                  branch: "1"
                  shipping-inventory-id: VERZEND
                  payment-methods: { iDEAL: IDEAL, "Direct bank transfer": BANK }
                  payment-terms: { iDEAL: "00", "Direct bank transfer": "14" }
                  ship-via: { PostNL: POSTNL, Afhalen: PICKUP }
                  vat-zones: { NL: "01", BE: "EU" }
                  tax-categories: { NL: HOOG, BE: EU-ICL }
        \(salesOrderOptions)
        """
    }

    static func fixture(_ name: String) throws -> String {
        let resources = try #require(Bundle.module.resourceURL)
        return try String(contentsOf: resources.appendingPathComponent("Fixtures/woocommerce-visma/" + name), encoding: .utf8)
    }

    /// A file's status record as JSON text, for what it mentions.
    static func recordText(_ root: FerryRoot, _ name: String) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: try root.statusRecord(for: name)), as: UTF8.self)
    }

    static func value(_ object: [String: Any]?, _ key: String) -> Any? {
        (object?[key] as? [String: Any])?["value"]
    }

    @Test func processingOrderBecomesSalesOrderWithCustomerAndMappedCodes() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        try root.drop("order-5120.json", into: "webshop-orders", try Self.fixture("order-company.json"))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")

        #expect(ConnectorFixtures.names(root, "webshop-orders", "visma-orders") == ["order_woocommerce_sales_5120.visma-salesorder.json"])
        let order = try ConnectorFixtures.json(root, "outbox/webshop-orders/visma-orders/order_woocommerce_sales_5120.visma-salesorder.json")
        #expect(Self.value(order, "orderType") as? String == "SO")
        #expect(Self.value(order, "customer") as? String == "WC318")
        #expect(Self.value(order, "customerOrder") as? String == "5120")
        #expect(Self.value(order, "date") as? String == "2026-11-20T00:00:00")
        #expect(Self.value(order, "branchNumber") as? String == "1")
        #expect(Self.value(order, "paymentMethod") as? String == "IDEAL")
        #expect(Self.value(order, "terms") as? String == "00")
        #expect(Self.value(order, "shipVia") as? String == "POSTNL")
        #expect(Self.value(order, "customerVATZone") as? String == "01")
        #expect(Self.value(order, "note") as? String == "Graag afleveren bij de receptie")
        let address = try #require(Self.value(order, "soShippingAddress") as? [String: Any])
        #expect(Self.value(address, "addressLine1") as? String == "Havenweg 41")
        #expect(Self.value(address, "overrideAddress") as? Bool == true)
        let lines = try #require(order["lines"] as? [[String: Any]])
        #expect(lines.count == 3)
        #expect(lines[0]["operation"] as? String == "Insert")
        #expect(Self.value(lines[0], "inventoryNumber") as? String == "VAAS-GL-30")
        #expect((Self.value(lines[0], "quantity") as? NSNumber)?.decimalValue == 2)
        #expect((Self.value(lines[0], "unitPrice") as? NSNumber)?.decimalValue == 20)
        #expect((Self.value(lines[0], "discountAmount") as? NSNumber)?.decimalValue == 5)
        #expect(Self.value(lines[0], "taxCategory") as? String == "HOOG")
        #expect(Self.value(lines[1], "discountAmount") == nil)
        #expect(Self.value(lines[2], "inventoryNumber") as? String == "VERZEND")
        #expect((Self.value(lines[2], "unitPrice") as? NSNumber)?.decimalValue == Decimal(string: "6.95"))

        // A billing company: a company debtor with the person as the contact's attention.
        let customer = try ConnectorFixtures.json(root, "outbox/webshop-orders/visma-customers/order_woocommerce_sales_5120.visma-customer.json")
        #expect(Self.value(customer, "number") as? String == "WC318")
        #expect(Self.value(customer, "name") as? String == "Brinkman Bloembinderij")
        #expect(Self.value(customer, "customerClassId") as? String == "WEBSHOP")
        #expect(Self.value(customer, "vatZoneId") as? String == "01")
        let contact = try #require(Self.value(customer, "mainContact") as? [String: Any])
        #expect(Self.value(contact, "attention") as? String == "Anouk Brinkman")
        #expect(Self.value(contact, "email") as? String == "inkoop@brinkman-bloem.example")
    }

    @Test func personDebtorGuestAndStatusFilter() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        try root.drop("orders.json", into: "webshop-orders", try Self.fixture("orders-export.json"))
        #expect(try root.ferry(["run"]).status == 0)
        // 5122 is on hold (not paid): filtered with the reason; 5121 (completed) goes through.
        #expect(ConnectorFixtures.names(root, "webshop-orders", "visma-orders") == ["order_woocommerce_sales_5121.visma-salesorder.json"])
        let record = try Self.recordText(root,  "orders.json")
        #expect(record.contains("\"filtered\""), "\(record)")
        let customer = try ConnectorFixtures.json(root, "outbox/webshop-orders/visma-customers/order_woocommerce_sales_5121.visma-customer.json")
        // No company: a person debtor, named after the person, numbered after the guest order.
        #expect(Self.value(customer, "name") as? String == "Jeroen Smit")
        #expect(Self.value(customer, "number") as? String == "WC5121")
        let contact = try #require(Self.value(customer, "mainContact") as? [String: Any])
        #expect(Self.value(contact, "attention") == nil)
        let order = try ConnectorFixtures.json(root, "outbox/webshop-orders/visma-orders/order_woocommerce_sales_5121.visma-salesorder.json")
        #expect(Self.value(order, "terms") as? String == "14")
        #expect(Self.value(order, "customerVATZone") as? String == "EU")
        // No shipping costs: no shipping line.
        #expect((order["lines"] as? [Any])?.count == 1)
    }

    @Test func sameOrderTwiceThenInAnotherFileIsOneCustomerAndOneSalesOrder() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        let order = try Self.fixture("order-company.json")
        try root.drop("a.json", into: "webshop-orders", order)
        #expect(try root.ferry(["run"]).status == 0)
        try root.drop("b.json", into: "webshop-orders", order)
        #expect(try root.ferry(["run"]).status == 0)
        let list = "[" + (try Self.fixture("orders-export.json")).dropFirst().dropLast(2) + ",\n" + order + "]"
        try root.drop("c.json", into: "webshop-orders", String(list))
        #expect(try root.ferry(["run"]).status == 0)

        let orders = ConnectorFixtures.names(root, "webshop-orders", "visma-orders")
        #expect(orders.filter { $0.contains("5120") } == ["order_woocommerce_sales_5120.visma-salesorder.json"], "\(orders)")
        let customers = ConnectorFixtures.names(root, "webshop-orders", "visma-customers")
        #expect(customers.filter { $0.contains("5120") }.count == 1, "\(customers)")
        // The same bytes again are a duplicate file; the order inside another file is already exported.
        #expect(try root.statusRecord(for: "b.json")["outcome"] as? String == "duplicate")
        #expect(try Self.recordText(root,  "c.json").contains("already-exported"))
    }

    @Test func defaultDebtorSendsEveryOrderToOneCustomerWithoutCustomerPayloads() throws {
        let root = try FerryRoot(config: Self.config(salesOrderOptions: "          default-debtor: \"10001\"", customerTarget: false))
        defer { root.remove() }
        try root.drop("order.json", into: "webshop-orders", try Self.fixture("order-company.json"))
        #expect(try root.ferry(["run"]).status == 0)
        let order = try ConnectorFixtures.json(root, "outbox/webshop-orders/visma-orders/order_woocommerce_sales_5120.visma-salesorder.json")
        #expect(Self.value(order, "customer") as? String == "10001")
        #expect(!FileManager.default.fileExists(atPath: root.url("outbox/webshop-orders/visma-customers").path)
                || ConnectorFixtures.names(root, "webshop-orders", "visma-customers").isEmpty)
    }

    @Test func unmappedPaymentMethodFailsLocatedAndCoded() throws {
        let text = try Self.fixture("order-company.json").replacingOccurrences(of: "\"iDEAL\"", with: "\"Klarna\"")
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        try root.drop("order.json", into: "webshop-orders", text)
        _ = try root.ferry(["run"])
        #expect(ConnectorFixtures.names(root, "webshop-orders", "visma-orders").isEmpty)
        let record = try Self.recordText(root,  "order.json")
        #expect(record.contains("VISMA-003"), "\(record)")
        #expect(record.contains("Klarna"))
        #expect(record.contains("paymentMethod"))
    }

    @Test func unknownSKUsFailTheOrderUntilTheArticlesArriveThenReprocessSendsIt() throws {
        let config = """
            flows:
              - name: articles
                kind: article
                pickup: { settle: 0 }
                targets:
                  - { name: articles-json, format: json }
            """ + "\n" + Self.config(rules: "    rules:\n      - article-exists").replacingOccurrences(of: "flows:\n", with: "")
        let root = try FerryRoot(config: config)
        defer { root.remove() }
        try root.drop("order.json", into: "webshop-orders", try Self.fixture("order-company.json"))
        #expect(try root.ferry(["run"]).status == 1)
        let record = try root.statusRecord(for: "order.json")
        let error = try #require(((record["documents"] as? [[String: Any]])?.first?["errors"] as? [[String: Any]])?.first)
        #expect(error["code"] as? String == "RULE-001")
        let messages = try #require(error["messages"] as? [String: String])
        for language in ["en", "nl", "de", "fr"] {
            #expect(messages[language]?.contains("VAAS-GL-30, BIND-GR-06") == true, "\(language): \(messages)")
        }
        #expect((error["location"] as? String)?.contains("lines[0].sku") == true, "\(error)")
        #expect(ConnectorFixtures.names(root, "webshop-orders", "visma-orders").isEmpty)

        try root.drop("a.csv", into: "articles", "sku;name\nVAAS-GL-30;Vaas glas helder 30 cm\nBIND-GR-06;Bindraad groen\n")
        #expect(try root.ferry(["run"]).status == 0)
        let again = try root.ferry(["reprocess", "--failed", "--reason", "articles arrived"])
        #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
        #expect(ConnectorFixtures.names(root, "webshop-orders", "visma-orders") == ["order_woocommerce_sales_5120.visma-salesorder.json"])
        #expect(ConnectorFixtures.names(root, "webshop-orders", "visma-customers").count == 1)
    }
}

/// The README's ferry.yml for the WooCommerce → Visma.net integration passes `ferry check`.
@Suite struct WooCommerceVismaReadmeTests {
    @Test func theReadmeConfigurationIsValid() throws {
        let readme = try String(contentsOf: SharedFolder.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "# ferry.yml — WooCommerce orders to Visma.net"))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let root = try FerryRoot(config: String(readme[start.lowerBound..<end.lowerBound]))
        defer { root.remove() }
        let check = try root.ferry(["check"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("4 flows"), "\(check.stdout)")
    }
}
