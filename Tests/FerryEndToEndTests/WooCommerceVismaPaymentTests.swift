import Foundation
import SharedFiles
import Testing

/// WooCommerce orders to Visma.net customer payments through the real binary
/// (docs/connectors/visma-net.md, `document: customer-payment`): a paid order gives one
/// `PaymentUpdateDto` (`….visma-payment.json`, `POST /v1/payment`), once; an unpaid one nothing,
/// with the reason. Fixtures: Fixtures/woocommerce-visma (invented orders in the REST API's shape).
@Suite struct WooCommerceVismaPaymentTests {
    static let paymentTarget = """

              - name: visma-payments
                system: visma-net
                format: json
                options:
                  document: customer-payment
                  payment-methods: { iDEAL: IDEAL, "Direct bank transfer": BANK }
                  cash-account: "1920"
        """

    /// The integration's flow with a payment target; `paymentOnly`: the payment target alone.
    static func config(paymentOnly: Bool = false, extra: String = "") -> String {
        if paymentOnly {
            return """
                flows:
                  - name: webshop-orders
                    kind: order
                    source: woocommerce
                    pickup: { settle: 0 }
                    targets:
                """ + paymentTarget + extra
        }
        return WooCommerceVismaTests.invoiceConfig() + paymentTarget + extra
    }

    /// A wrapped number as written (JSONSerialization reads it as a Double).
    static func amount(_ object: [String: Any]?, _ key: String) -> Decimal? {
        (WooCommerceVismaTests.value(object, key) as? NSNumber).flatMap { Decimal(string: $0.stringValue) }
    }

    static func payments(_ root: FerryRoot) -> [String] {
        ConnectorFixtures.names(root, "webshop-orders", "visma-payments")
    }

    @Test func aPaidOrderGivesOnePaymentAndAnUnpaidOneNone() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        try root.drop("paid.json", into: "webshop-orders", try WooCommerceVismaTests.fixture("order-company.json"))
        try root.drop("unpaid.json", into: "webshop-orders", try WooCommerceVismaTests.fixture("orders-export.json"))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        // 5121 is completed (its invoice goes) but WooCommerce recorded no payment for it; 5122 is on hold.
        #expect(Self.payments(root) == ["order_woocommerce_sales_5120.visma-payment.json"])
        #expect(ConnectorFixtures.names(root, "webshop-orders", "visma-invoices").count == 2)
        let payment = try ConnectorFixtures.json(root, "outbox/webshop-orders/visma-payments/order_woocommerce_sales_5120.visma-payment.json")
        #expect(WooCommerceVismaTests.value(payment, "type") as? String == "Payment")
        #expect(WooCommerceVismaTests.value(payment, "customer") as? String == "WC318")
        #expect(WooCommerceVismaTests.value(payment, "applicationDate") as? String == "2026-11-20T00:00:00")
        #expect(WooCommerceVismaTests.value(payment, "paymentRef") as? String == "tr_Wq8hT2")
        #expect(WooCommerceVismaTests.value(payment, "paymentMethod") as? String == "IDEAL")
        #expect(WooCommerceVismaTests.value(payment, "cashAccount") as? String == "1920")
        #expect(WooCommerceVismaTests.value(payment, "currency") as? String == "EUR")
        #expect(Self.amount(payment, "paymentAmount") == Decimal(string: "75.96"))
        #expect(payment["paymentLines"] == nil)
    }

    @Test func anUnpaidOrderIsFilteredWithTheReason() throws {
        let root = try FerryRoot(config: Self.config(paymentOnly: true))
        defer { root.remove() }
        try root.drop("unpaid.json", into: "webshop-orders", try WooCommerceVismaTests.fixture("orders-export.json"))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(Self.payments(root).isEmpty)
        let record = try root.statusRecord(for: "unpaid.json")
        #expect(record["outcome"] as? String == "filtered")
        let documents = try #require(record["documents"] as? [[String: Any]])
        let unpaid = try #require(documents.first { ($0["key"] as? String) == "woocommerce/sales/5121" })
        #expect(unpaid["outcome"] as? String == "filtered")
        #expect((unpaid["reason"] as? String)?.contains("no payment recorded (status completed): no customer payment for visma-payments") == true,
                "\(unpaid)")
    }

    /// The same order twice (a duplicate file), then inside another export file, then paid
    /// orders of the list again: one payment payload per order in total.
    @Test func theSameOrderAgainIsOnePaymentPayload() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        let order = try WooCommerceVismaTests.fixture("order-company.json")
        try root.drop("a.json", into: "webshop-orders", order)
        #expect(try root.ferry(["run"]).status == 0)
        try root.drop("b.json", into: "webshop-orders", order)
        #expect(try root.ferry(["run"]).status == 0)
        let list = "[" + (try WooCommerceVismaTests.fixture("orders-export.json")).dropFirst().dropLast(2) + ",\n" + order + "]"
        try root.drop("c.json", into: "webshop-orders", String(list))
        #expect(try root.ferry(["run"]).status == 0)
        #expect(Self.payments(root) == ["order_woocommerce_sales_5120.visma-payment.json"])
        #expect(try root.statusRecord(for: "b.json")["outcome"] as? String == "duplicate")
        #expect(try WooCommerceVismaTests.recordText(root, "c.json").contains("already-exported"))
        // Another order of the buyer, paid too: a payment of its own.
        try root.drop("d.json", into: "webshop-orders", try WooCommerceVismaTests.order("5130"))
        #expect(try root.ferry(["run"]).status == 0)
        #expect(Self.payments(root) == [
            "order_woocommerce_sales_5120.visma-payment.json", "order_woocommerce_sales_5130.visma-payment.json",
        ])
    }

    /// `invoice-reference: order-number` on the invoice and the payment target: the invoice is
    /// numbered with the order number and the payment applied to it.
    @Test func invoicesNumberedByOrderHaveThePaymentAppliedToThem() throws {
        let config = Self.config(extra: "\n          invoice-reference: order-number")
            .replacingOccurrences(of: "document: sales-invoice", with: "document: sales-invoice\n          invoice-reference: order-number")
        let root = try FerryRoot(config: config)
        defer { root.remove() }
        try root.drop("paid.json", into: "webshop-orders", try WooCommerceVismaTests.fixture("order-company.json"))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let invoice = try ConnectorFixtures.json(root, "outbox/webshop-orders/visma-invoices/order_woocommerce_sales_5120.visma-customerinvoice.json")
        #expect(WooCommerceVismaTests.value(invoice, "referenceNumber") as? String == "5120")
        let payment = try ConnectorFixtures.json(root, "outbox/webshop-orders/visma-payments/order_woocommerce_sales_5120.visma-payment.json")
        let lines = try #require(payment["paymentLines"] as? [[String: Any]])
        #expect(lines.count == 1)
        #expect(WooCommerceVismaTests.value(lines[0], "documentType") as? String == "Invoice")
        #expect(WooCommerceVismaTests.value(lines[0], "refNbr") as? String == "5120")
        #expect(Self.amount(lines[0], "amountPaid") == Decimal(string: "75.96"))
    }

    /// `ferry check` knows the new document and options, and says so at the line of a wrong value.
    @Test func checkValidatesThePaymentOptionsAtTheirLine() throws {
        let good = try FerryRoot(config: Self.config())
        defer { good.remove() }
        let check = try good.ferry(["check"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")

        let config = Self.config(extra: "\n          invoice-reference: invoice-number")
        let bad = try FerryRoot(config: config)
        defer { bad.remove() }
        let result = try bad.ferry(["check"])
        let output = result.stdout + result.stderr
        #expect(result.status == 2)
        let line = (config.components(separatedBy: "\n").firstIndex { $0.contains("invoice-reference: invoice-number") } ?? -1) + 1
        #expect(output.contains("[CONFIG-063]") && output.contains("ferry.yml:\(line):"), "\(output)")
        #expect(output.contains("order-number"), "\(output)")
    }
}
