import Canonical
import Diagnostics
import Foundation
import Formats
import Mapping

/// The Visma.net customer payment (`PaymentUpdateDto`, `POST /v1/payment`) for a paid order, on a
/// target with `document: customer-payment`: type `Payment`, the customer, the day it was paid as
/// application date, the amount paid, the payment provider's transaction id (else the order
/// number) as payment reference, the payment method through the value map `payment-methods`, the
/// cash account of option `cash-account`; with `invoice-reference: order-number` one payment line
/// that applies it to the order's invoice, numbered with the order number.
struct VismaCustomerPaymentPayload {
    let options: ConnectorOptions

    /// The payment an order brings, when it has one: a paid amount above zero and the moment it
    /// was paid. Unpaid orders (and free ones) get no payment.
    static func payment(of order: Order) -> (amount: Decimal, paidAt: Date, transactionId: String?)? {
        guard let payment = order.payment, payment.amount > 0, let paidAt = payment.paidAt else { return nil }
        let transaction = payment.transactionId?.trimmingCharacters(in: .whitespaces)
        return (payment.amount, paidAt, transaction?.isEmpty == false ? transaction : nil)
    }

    /// Whether the invoices of the order are numbered with the order number (option
    /// `invoice-reference: order-number`, on the sales-invoice and the customer-payment target alike).
    static func invoiceNumberedByOrder(_ options: ConnectorOptions) -> Bool {
        options.text("invoice-reference") == InvoiceReference.orderNumber.rawValue
    }

    /// Option `invoice-reference`: how the invoice Ferry writes is numbered in Visma.net.
    enum InvoiceReference: String, CaseIterable {
        /// Visma.net's number series numbers it; a payment is not applied by Ferry.
        case none
        /// The order number: the invoice's `referenceNumber`, the payment line's `refNbr`.
        case orderNumber = "order-number"
    }

    /// The body; for an order without payment (which the target's lifecycle leaves out, so it
    /// is never written, only shown by `ferry preview`) without date, amount and line.
    func body(for order: Order) throws -> Node {
        let at = { (field: String) in Location(file: "order \(order.number)", field: field) }
        let payment = Self.payment(of: order)
        let maps = VismaSalesOrderPayload(options: options)
        var body = VismaObject()
        body.text("type", "Payment")
        body.text("customer", try VismaCustomerNumber.of(order, options: options))
        if let paidAt = payment?.paidAt { body.text("applicationDate", VismaObject.day(.instant(paidAt))) }
        body.text("paymentRef", payment?.transactionId ?? order.number)
        body.text("paymentMethod", try maps.mapped("payment-methods", order.paymentMethod, field: "paymentMethod", at: at))
        body.text("cashAccount", options.text("cash-account"))
        body.text("currency", order.currency)
        body.number("paymentAmount", payment?.amount)
        body.text("invoiceText", "\(order.sourceSystem) order \(order.number)")
        body.bool("hold", options.bool("hold"))
        if let payment, Self.invoiceNumberedByOrder(options) {
            var line = VismaObject()
            line.plain("operation", "Insert")
            line.text("documentType", "Invoice")
            line.text("refNbr", order.number)
            line.number("amountPaid", payment.amount)
            body.rows("paymentLines", [line])
        }
        return body.node
    }
}
