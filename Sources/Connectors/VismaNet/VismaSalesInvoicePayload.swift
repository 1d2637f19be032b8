import Canonical
import Diagnostics
import Foundation
import Formats
import Mapping

/// The Visma.net customer invoice (`CustomerInvoiceUpdateDto`, `POST /v1/customerinvoice`) for a
/// paid order, on a target with `document: sales-invoice`: the customer, the order date as
/// document date, the webshop's order number as the customer's reference, payment method and
/// credit terms through the value maps, and per line the inventory number, quantity, unit price,
/// discount, the revenue account of the destination country (option `revenue-accounts`) and its
/// VAT code (option `vat-codes`); shipping costs as one more line. With `invoice-reference:
/// order-number` the order number is the invoice's own number (`referenceNumber`).
struct VismaSalesInvoicePayload {
    let options: ConnectorOptions

    /// The orders an invoice is written for: the paid ones (WooCommerce `processing` and
    /// `completed`).
    static func isPaid(_ order: Order) -> Bool {
        order.status == .processing || order.status == .completed
    }

    func body(for order: Order) throws -> Node {
        let at = { (field: String) in Location(file: "order \(order.number)", field: field) }
        let maps = VismaSalesOrderPayload(options: options)
        var body = VismaObject()
        body.text("customerNumber", try VismaCustomerNumber.of(order, options: options))
        // `invoice-reference: order-number`: numbered with the order number, so a payment can name it.
        if VismaCustomerPaymentPayload.invoiceNumberedByOrder(options) { body.text("referenceNumber", order.number) }
        if let date = order.orderDate { body.text("documentDate", VismaObject.day(date)) }
        body.text("currencyId", order.currency)
        body.text("customerRefNumber", order.number)
        body.text("externalReference", order.customFields[WooCommerceOrderReading.Field.woocommerceId])
        body.text("invoiceText", "\(order.sourceSystem) order \(order.number)")
        body.text("note", order.notes)
        body.bool("hold", options.bool("hold"))
        body.text("paymentMethodId", try maps.mapped("payment-methods", order.paymentMethod, field: "paymentMethod", at: at))
        body.text("creditTermsId", try maps.mapped("payment-terms", order.paymentMethod, field: "paymentMethod", at: at))
        let country = (order.shippingAddress ?? order.billingAddress)?.country?.uppercased()
        let account = try maps.mapped("revenue-accounts", country, field: "shippingAddress.country", at: at)
        let vatCode = try maps.mapped("vat-codes", country, field: "shippingAddress.country", at: at)
        var rows: [VismaObject] = []
        for (index, line) in order.lines.enumerated() {
            let sku = try VismaSalesOrderPayload.sku(of: line, index: index, at: at)
            var row = VismaObject()
            row.plain("operation", "Insert")
            row.integer("lineNumber", index + 1)
            row.text("inventoryNumber", sku)
            row.text("description", line.description)
            row.number("quantity", line.quantity)
            row.number("unitPriceInCurrency", line.unitPriceExclVat ?? line.unitPriceInclVat)
            if let discount = line.discount, discount != 0 { row.number("discountAmountInCurrency", discount) }
            row.text("accountNumber", account)
            row.text("vatCodeId", vatCode)
            rows.append(row)
        }
        if let cost = order.shippingCost, cost != 0 {
            guard let item = options.text("shipping-inventory-id") else {
                throw FerryError(.vismaShippingItemMissing, at: at("shippingCost"), ["amount": NodeBuilding.plain(cost)])
            }
            var row = VismaObject()
            row.plain("operation", "Insert")
            row.integer("lineNumber", rows.count + 1)
            row.text("inventoryNumber", item)
            row.text("description", order.shippingMethod ?? "Shipping")
            row.number("quantity", 1)
            row.number("unitPriceInCurrency", cost)
            row.text("accountNumber", account)
            row.text("vatCodeId", vatCode)
            rows.append(row)
        }
        body.rows("invoiceLines", rows)
        return body.node
    }
}
