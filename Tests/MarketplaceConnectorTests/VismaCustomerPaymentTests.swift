import Canonical
@testable import Connectors
import Diagnostics
import Foundation
import Formats
import Mapping
import SharedFiles
import Testing

/// The payment of a WooCommerce order (`total`, `date_paid_gmt`, `transaction_id`) in the
/// canonical order, and the Visma.net customer payment (`PaymentUpdateDto`) written from it on a
/// `document: customer-payment` target (docs/connectors/visma-net.md).
@Suite struct VismaCustomerPaymentTests {
    let woo = WooCommerceConnector()
    let visma = VismaNetConnector()

    /// An invented WooCommerce order with `paid` fields spliced in.
    static func wooOrder(_ paid: String) -> String {
        WooSamples.order(status: "processing").replacingOccurrences(of: "\"total\": \"44.85\",", with: "\"total\": \"44.85\", \(paid)")
    }

    static func paidOrder(transactionId: String? = "tr_Wq8hT2") -> Order {
        var order = VismaCustomerSyncTests.order()
        order.status = .processing
        order.paymentMethod = "iDEAL"
        order.orderDate = .instant(Date(timeIntervalSince1970: 1_795_698_131))
        order.payment = Payment(amount: Decimal(string: "75.96") ?? 0, paidAt: ISODate.parse("2026-11-20T23:03:40Z"),
                                transactionId: transactionId)
        return order
    }

    static func target(_ values: [String: ConnectorOptions.Value]) -> LifecycleTarget {
        var settings = TargetSettings(kind: .order, format: .json)
        settings.options = ConnectorOptions(values: ["document": .text("customer-payment")].merging(values) { _, new in new })
        return LifecycleTarget(name: "visma-payments", settings: settings)
    }

    func body(_ order: Order, _ values: [String: ConnectorOptions.Value] = [:]) throws -> (fileExtension: String, json: [String: Any]) {
        let payload = try visma.payload(for: [order], settings: Self.target(values).settings)
        return (payload.fileExtension, try #require(try Support.json(payload.bytes) as? [String: Any]))
    }

    static func value(_ object: [String: Any]?, _ key: String) -> Any? {
        (object?[key] as? [String: Any])?["value"]
    }

    /// A wrapped number as written (JSONSerialization reads it as a Double).
    static func amount(_ object: [String: Any]?, _ key: String) -> Decimal? {
        (value(object, key) as? NSNumber).flatMap { Decimal(string: $0.stringValue) }
    }

    // MARK: Reading the payment

    @Test func aPaidOrderCarriesItsPaymentInUTC() throws {
        let json = Self.wooOrder(#""date_paid": "2026-03-01T10:13:05", "date_paid_gmt": "2026-03-01T09:13:05", "transaction_id": "pi_3Nx8","#)
        let order = try #require(Support.documents(try Support.read("o.json", json, connector: woo), as: Order.self).first)
        let payment = try #require(order.payment)
        #expect(payment.amount == Decimal(string: "44.85"))
        #expect(payment.paidAt.map(ISODate.format) == "2026-03-01T09:13:05Z")
        #expect(payment.transactionId == "pi_3Nx8")
    }

    @Test func withoutDatePaidGmtTheLocalDateIsReadAsUTC() throws {
        let json = Self.wooOrder(#""date_paid": "2026-03-01T10:13:05", "date_paid_gmt": null, "transaction_id": "","#)
        let order = try #require(Support.documents(try Support.read("o.json", json, connector: woo), as: Order.self).first)
        #expect(order.payment?.paidAt.map(ISODate.format) == "2026-03-01T10:13:05Z")
        #expect(order.payment?.transactionId == nil)
    }

    @Test func anUnpaidOrderCarriesNoPayment() throws {
        let json = Self.wooOrder(#""date_paid": null, "date_paid_gmt": null, "transaction_id": "","#)
        let order = try #require(Support.documents(try Support.read("o.json", json, connector: woo), as: Order.self).first)
        #expect(order.payment == nil)
        // And the canonical JSON leaves it out.
        let tree = try #require(CanonicalTree.tree(of: order))
        #expect(tree["payment"] == nil)
        #expect(tree["paymentMethod"]?.text == "bol")
    }

    @Test(.needsSharedFolder) func theVendorSamplesPaymentsAreRead() throws {
        let retrieve = try SharedFolder.path("corpus/vendors/woocommerce/order-v3-retrieve-processing-docs-example.json")
        let order = try #require(Support.documents(try Support.read(path: retrieve, connector: woo, kind: .order), as: Order.self).first)
        #expect(order.payment == Payment(amount: Decimal(string: "29.35") ?? 0, paidAt: ISODate.parse("2017-03-22T19:28:08Z")))
        // The batch response: 728 pending and 723 completed without `date_paid`: no payment.
        let batch = try SharedFolder.path("corpus/vendors/woocommerce/orders-v3-batch-response-docs-example.json")
        let orders = Support.documents(try Support.read(path: batch, connector: woo, kind: .order), as: Order.self)
        #expect(orders.map(\.number) == ["728", "729", "727", "723"])
        #expect(orders.map { $0.payment?.amount } == [nil, Decimal(string: "54.40"), Decimal(string: "29.35"), nil])
        #expect(orders[1].payment?.paidAt.map(ISODate.format) == "2017-03-22T19:33:47Z")
        #expect(orders.allSatisfy { $0.payment?.transactionId == nil })
    }

    // MARK: The payload

    @Test func aPaidOrderGivesAPaymentUpdateDto() throws {
        let (fileExtension, json) = try body(Self.paidOrder(), [
            "payment-methods": .mapping(["iDEAL": "IDEAL"]), "cash-account": .text("1920"),
        ])
        #expect(fileExtension == "visma-payment.json")
        #expect(Self.value(json, "type") as? String == "Payment")
        #expect(Self.value(json, "customer") as? String == "WC318")
        // Paid at 23:03 UTC on 20 November: that day, the Visma.net way (midnight, no offset).
        #expect(Self.value(json, "applicationDate") as? String == "2026-11-20T00:00:00")
        #expect(Self.value(json, "paymentRef") as? String == "tr_Wq8hT2")
        #expect(Self.value(json, "paymentMethod") as? String == "IDEAL")
        #expect(Self.value(json, "cashAccount") as? String == "1920")
        #expect(Self.value(json, "currency") as? String == "EUR")
        #expect(Self.amount(json, "paymentAmount") == Decimal(string: "75.96"))
        #expect(Self.value(json, "invoiceText") as? String == "woocommerce order 5120")
        #expect(json["paymentLines"] == nil)
        #expect(json["hold"] == nil)
    }

    @Test func withoutTransactionIdTheOrderNumberIsTheReference() throws {
        let (_, json) = try body(Self.paidOrder(transactionId: "  "))
        #expect(Self.value(json, "paymentRef") as? String == "5120")
        // No value map, no cash account: left out, Visma.net takes its defaults.
        #expect(json["paymentMethod"] == nil)
        #expect(json["cashAccount"] == nil)
    }

    @Test func invoicesNumberedByOrderGetThePaymentApplied() throws {
        let (_, json) = try body(Self.paidOrder(), ["invoice-reference": .text("order-number"), "hold": .bool(true)])
        let lines = try #require(json["paymentLines"] as? [[String: Any]])
        #expect(lines.count == 1)
        #expect(lines[0]["operation"] as? String == "Insert")
        #expect(Self.value(lines[0], "documentType") as? String == "Invoice")
        #expect(Self.value(lines[0], "refNbr") as? String == "5120")
        #expect(Self.amount(lines[0], "amountPaid") == Decimal(string: "75.96"))
        #expect(Self.value(json, "hold") as? Bool == true)
        // The invoice target with the same option carries the order number as its own number.
        var settings = TargetSettings(kind: .order, format: .json)
        settings.options = ConnectorOptions(values: ["document": .text("sales-invoice"), "invoice-reference": .text("order-number")])
        let invoice = try #require(try Support.json(try visma.payload(for: [Self.paidOrder()], settings: settings).bytes) as? [String: Any])
        #expect(Self.value(invoice, "referenceNumber") as? String == "5120")
        settings.options = ConnectorOptions(values: ["document": .text("sales-invoice")])
        let plain = try #require(try Support.json(try visma.payload(for: [Self.paidOrder()], settings: settings).bytes) as? [String: Any])
        #expect(plain["referenceNumber"] == nil)
    }

    @Test func anUnmappedPaymentMethodFailsLocatedAndCoded() throws {
        #expect(throws: FerryError.self) {
            try body(Self.paidOrder(), ["payment-methods": .mapping(["PayPal": "PAYPAL"])])
        }
        do {
            _ = try body(Self.paidOrder(), ["payment-methods": .mapping(["PayPal": "PAYPAL"])])
        } catch let error as FerryError {
            #expect(error.code == .vismaValueNotMapped)
            #expect(error.arguments["option"] == "payment-methods")
            #expect(error.location?.field == "paymentMethod")
        }
    }

    // MARK: The lifecycle: once per order, nothing without a payment

    @Test func onlyAnOrderWithAPaymentIsExportedOnceAsItsCreatedEvent() throws {
        let target = Self.target([:])
        let paid = Self.paidOrder()
        let history = LifecycleHistory(kind: .order, key: paid.key.rawValue)
        #expect(visma.lifecycle(of: paid, for: target, history: history) == .export([.created]))
        #expect(visma.lifecycleKey(of: paid, for: target) == nil)

        var unpaid = paid
        unpaid.payment = nil
        unpaid.sourceStatus = "on-hold"
        guard case .skip(let note) = visma.lifecycle(of: unpaid, for: target, history: history) else {
            Issue.record("an order without payment is not skipped")
            return
        }
        #expect(note.key == .vismaPaymentNotPaid)
        #expect(note.arguments["status"] == "on-hold")
        #expect(note.arguments["target"] == "visma-payments")
        // A payment of nothing (a free order) is no payment either.
        var free = paid
        free.payment?.amount = 0
        #expect(visma.lifecycle(of: free, for: target, history: history) != .export([.created]))
        // Without the time it was paid there is no application date: no payment.
        var undated = paid
        undated.payment?.paidAt = nil
        #expect(visma.lifecycle(of: undated, for: target, history: history) != .export([.created]))
    }
}
