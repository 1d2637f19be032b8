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
        let customer = try ConnectorFixtures.json(root, "outbox/webshop-orders/visma-customers/order_customer_WC318.visma-customer-create.json")
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
        let customer = try ConnectorFixtures.json(root, "outbox/webshop-orders/visma-customers/order_customer_WC5121.visma-customer-create.json")
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
        #expect(customers.filter { $0.contains("WC318") } == ["order_customer_WC318.visma-customer-create.json"], "\(customers)")
        // The same bytes again are a duplicate file; the order inside another file is already exported.
        #expect(try root.statusRecord(for: "b.json")["outcome"] as? String == "duplicate")
        #expect(try Self.recordText(root,  "c.json").contains("already-exported"))
    }

    /// Another order of the customer: `number` and `id` changed, optionally the billing street.
    static func order(_ number: String, street: String? = nil) throws -> String {
        var text = try fixture("order-company.json")
            .replacingOccurrences(of: "\"id\": 5120", with: "\"id\": \(number)")
            .replacingOccurrences(of: "\"number\": \"5120\"", with: "\"number\": \"\(number)\"")
        if let street {
            text = text.replacingOccurrences(of: "\"company\": \"Brinkman Bloembinderij\",\n    \"address_1\": \"Havenweg 41\", \"address_2\": \"\", \"city\": \"Zwolle\", \"state\": \"\", \"postcode\": \"8011 AB\",\n    \"country\": \"NL\", \"email\"",
                                                 with: "\"company\": \"Brinkman Bloembinderij\",\n    \"address_1\": \"\(street)\", \"address_2\": \"\", \"city\": \"Zwolle\", \"state\": \"\", \"postcode\": \"8011 AB\",\n    \"country\": \"NL\", \"email\"")
        }
        return text
    }

    /// The customer is its own key (`customer/WC318`) at the customer target: created with the
    /// buyer's first order, nothing for later orders with the same data, an update when the
    /// billing address changed: once, across files, runs and within one file. The orders' own
    /// exports are untouched (the first order in a later file is still `already-exported`).
    @Test func customerIsCreatedOnceThenUpdatedOnlyWhenItsDataChanged() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        try root.drop("a.json", into: "webshop-orders", try Self.order("5120"))
        #expect(try root.ferry(["run"]).status == 0)
        #expect(ConnectorFixtures.names(root, "webshop-orders", "visma-customers") == ["order_customer_WC318.visma-customer-create.json"])

        // A later order, same data: its sales order goes, no customer payload.
        try root.drop("b.json", into: "webshop-orders", try Self.order("5201"))
        #expect(try root.ferry(["run"]).status == 0)
        #expect(ConnectorFixtures.names(root, "webshop-orders", "visma-orders").contains("order_woocommerce_sales_5201.visma-salesorder.json"))
        #expect(ConnectorFixtures.names(root, "webshop-orders", "visma-customers") == ["order_customer_WC318.visma-customer-create.json"])
        #expect(try root.statusRecord(for: "b.json")["outcome"] as? String == "exported")

        // Two orders with a new billing street in one file: one update.
        let moved = "[" + (try Self.order("5202", street: "Spoorstraat 7")) + ",\n" + (try Self.order("5203", street: "Spoorstraat 7")) + "]"
        try root.drop("c.json", into: "webshop-orders", moved)
        #expect(try root.ferry(["run"]).status == 0)
        #expect(ConnectorFixtures.names(root, "webshop-orders", "visma-customers") == [
            "order_customer_WC318.visma-customer-create.json", "order_customer_WC318.visma-customer-update.json",
        ])
        let update = try ConnectorFixtures.json(root, "outbox/webshop-orders/visma-customers/order_customer_WC318.visma-customer-update.json")
        #expect(Self.value(update, "number") as? String == "WC318")
        let address = try #require(Self.value(update, "mainAddress") as? [String: Any])
        #expect(Self.value(address, "addressLine1") as? String == "Spoorstraat 7")

        // The moved orders again in another file, and the first order again: nothing new at all.
        let again = "[" + (try Self.order("5203", street: "Spoorstraat 7")) + ",\n" + (try Self.order("5120")) + "]"
        try root.drop("d.json", into: "webshop-orders", again)
        #expect(try root.ferry(["run"]).status == 0)
        #expect(ConnectorFixtures.names(root, "webshop-orders", "visma-customers").count == 2)
        #expect(ConnectorFixtures.names(root, "webshop-orders", "visma-orders").count == 4)
        let record = try Self.recordText(root, "d.json")
        #expect(record.contains("already-exported") && !record.contains("amended"), "\(record)")
        #expect(try root.statusRecord(for: "d.json")["outcome"] as? String != "failed")
    }

    /// A WooCommerce flow with a Visma.net target takes the paid orders by default
    /// (`processing`, `completed`), where WooCommerce's own default is `completed, cancelled`.
    @Test func vismaTargetMakesPaidOrdersTheDefaultStatuses() throws {
        let config = Self.config().replacingOccurrences(of: "    options: { statuses: \"processing, completed\" }\n", with: "")
        #expect(!config.contains("statuses"))
        let root = try FerryRoot(config: config)
        defer { root.remove() }
        try root.drop("a.json", into: "webshop-orders", try Self.fixture("order-company.json"))
        try root.drop("b.json", into: "webshop-orders", try Self.fixture("orders-export.json"))
        #expect(try root.ferry(["run"]).status == 0)
        #expect(ConnectorFixtures.names(root, "webshop-orders", "visma-orders") == [
            "order_woocommerce_sales_5120.visma-salesorder.json", "order_woocommerce_sales_5121.visma-salesorder.json",
        ])
        #expect(try Self.recordText(root, "b.json").contains("\"filtered\""))
    }

    /// The flow with a third target writing customer invoices (`document: sales-invoice`).
    static func invoiceConfig(statuses: String = "processing, completed", accounts: String = "{ NL: \"8000\", BE: \"8100\" }") -> String {
        config().replacingOccurrences(of: "statuses: \"processing, completed\"", with: "statuses: \"\(statuses)\"") + """

                  - name: visma-invoices
                    system: visma-net
                    format: json
                    options:
                      document: sales-invoice
                      shipping-inventory-id: VERZEND
                      payment-methods: { iDEAL: IDEAL, "Direct bank transfer": BANK }
                      revenue-accounts: \(accounts)
                      vat-codes: { NL: "1", BE: "4" }
            """
    }

    /// A paid order's customer invoice carries the revenue account and VAT code of its destination
    /// country on every line (shipping included); an unpaid one gets none, with the reason.
    @Test func paidOrdersGiveInvoicesWithTheRevenueAccountOfTheirCountry() throws {
        let root = try FerryRoot(config: Self.invoiceConfig(statuses: "processing, completed, open"))
        defer { root.remove() }
        try root.drop("a.json", into: "webshop-orders", try Self.fixture("order-company.json"))
        try root.drop("b.json", into: "webshop-orders", try Self.fixture("orders-export.json"))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(ConnectorFixtures.names(root, "webshop-orders", "visma-invoices") == [
            "order_woocommerce_sales_5120.visma-customerinvoice.json", "order_woocommerce_sales_5121.visma-customerinvoice.json",
        ])
        let dutch = try ConnectorFixtures.json(root, "outbox/webshop-orders/visma-invoices/order_woocommerce_sales_5120.visma-customerinvoice.json")
        #expect(Self.value(dutch, "customerNumber") as? String == "WC318")
        #expect(Self.value(dutch, "customerRefNumber") as? String == "5120")
        #expect(Self.value(dutch, "documentDate") as? String == "2026-11-20T00:00:00")
        #expect(Self.value(dutch, "paymentMethodId") as? String == "IDEAL")
        let lines = try #require(dutch["invoiceLines"] as? [[String: Any]])
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { Self.value($0, "accountNumber") as? String == "8000" && Self.value($0, "vatCodeId") as? String == "1" })
        #expect(Self.value(lines[0], "inventoryNumber") as? String == "VAAS-GL-30")
        #expect((Self.value(lines[0], "unitPriceInCurrency") as? NSNumber)?.decimalValue == 20)
        #expect((Self.value(lines[0], "discountAmountInCurrency") as? NSNumber)?.decimalValue == 5)
        #expect(Self.value(lines[2], "inventoryNumber") as? String == "VERZEND")
        let belgian = try ConnectorFixtures.json(root, "outbox/webshop-orders/visma-invoices/order_woocommerce_sales_5121.visma-customerinvoice.json")
        #expect((belgian["invoiceLines"] as? [[String: Any]])?.allSatisfy { Self.value($0, "accountNumber") as? String == "8100" } == true)
        // 5122 is on hold: its sales order goes (the flow takes open orders here), no invoice.
        #expect(ConnectorFixtures.names(root, "webshop-orders", "visma-orders").contains("order_woocommerce_sales_5122.visma-salesorder.json"))
    }

    /// A destination country the revenue-account map does not list fails the order, naming the
    /// country, the option and the field.
    @Test func countryWithoutRevenueAccountFailsLocatedAndCoded() throws {
        let root = try FerryRoot(config: Self.invoiceConfig(accounts: "{ NL: \"8000\" }"))
        defer { root.remove() }
        try root.drop("b.json", into: "webshop-orders", try Self.fixture("orders-export.json"))
        _ = try root.ferry(["run"])
        #expect(ConnectorFixtures.names(root, "webshop-orders", "visma-invoices").isEmpty)
        let record = try Self.recordText(root, "b.json")
        #expect(record.contains("VISMA-003") && record.contains("revenue-accounts") && record.contains("shippingAddress.country"), "\(record)")
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
        #expect(check.stdout.contains("5 flows"), "\(check.stdout)")
    }
}
