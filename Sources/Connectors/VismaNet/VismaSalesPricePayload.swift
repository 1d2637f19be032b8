import Canonical
import Foundation
import Formats
import Mapping

/// The Visma.net sales price of a price category (`CustomerSalesPriceUpdateDto`, `POST
/// /v1/customerSalesPrice`, Visma.net 10.56): price type `CustomerPriceClass`, the category as
/// `priceCode`, the SKU as `inventoryId`, unit, promotion flag, break quantity, price, currency,
/// VAT code, the first and last day (as Visma.net writes dates: the day at midnight without
/// offset) and the warehouse of option `warehouse`. Absent values are left out.
struct VismaSalesPricePayload {
    let options: ConnectorOptions

    /// `priceType` of a price per customer price class (the API's values: `Base`, `Customer`,
    /// `CustomerPriceClass`; Ferry writes no customer-specific prices).
    static let priceType = "CustomerPriceClass"

    func body(for price: SalesPrice) -> Node {
        var body = VismaObject()
        body.text("priceType", Self.priceType)
        body.text("priceCode", price.priceCategory)
        body.text("inventoryId", price.sku)
        body.text("uoM", price.unit)
        body.bool("promotion", price.promotion.map { $0 == .yes })
        body.number("breakQty", price.breakQuantity)
        body.number("price", price.price)
        body.text("currency", price.currency)
        body.text("vat", price.vatCode)
        body.text("effectiveDate", price.effectiveDate.map(VismaObject.day))
        body.text("expirationDate", price.expirationDate.map(VismaObject.day))
        body.text("warehouse", options.text("warehouse"))
        return body.node
    }
}
