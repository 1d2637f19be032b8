import Canonical
import Diagnostics
import Foundation
import Formats
import Mapping

/// The Visma.net sales order (`SalesOrderUpdateDto`, `POST /v1/salesorder`) for a canonical
/// order: order type, customer, the webshop's order number as the customer's order reference,
/// addresses and contacts (overriding the customer's defaults), lines by inventory number with
/// quantity, unit price and discount, shipping costs as one more line, and the codes Visma.net
/// wants from the target's value maps: payment method and terms by the webshop's payment
/// method, ship-via by shipping method, VAT zone and tax category by destination country; branch,
/// warehouse, hold from options.
struct VismaSalesOrderPayload {
    let options: ConnectorOptions

    func body(for order: Order) throws -> Node {
        let at = { (field: String) in Location(file: "order \(order.number)", field: field) }
        var body = VismaObject()
        body.text("orderType", options.text("order-type") ?? "SO")
        body.text("customer", try VismaCustomerNumber.of(order, options: options))
        if let date = order.orderDate { body.text("date", VismaObject.day(date)) }
        body.text("customerOrder", order.number)
        body.text("customerRefNo", order.customFields[WooCommerceOrderReading.Field.woocommerceId])
        body.text("currency", order.currency)
        body.text("description", "\(order.sourceSystem) order \(order.number)")
        body.text("note", order.notes)
        body.bool("hold", options.bool("hold"))
        body.text("branchNumber", options.text("branch"))
        body.text("preferredWarehouse", options.text("warehouse"))
        let country = (order.shippingAddress ?? order.billingAddress)?.country?.uppercased()
        body.text("customerVATZone", try mapped("vat-zones", country, field: "shippingAddress.country", at: at))
        body.text("paymentMethod", try mapped("payment-methods", order.paymentMethod, field: "paymentMethod", at: at))
        body.text("terms", try mapped("payment-terms", order.paymentMethod, field: "paymentMethod", at: at))
        body.text("shipVia", try mapped("ship-via", order.shippingMethod, field: "shippingMethod", at: at))
        body.object("soBillingAddress", (order.billingAddress ?? order.shippingAddress).map(Self.address))
        body.object("soShippingAddress", (order.shippingAddress ?? order.billingAddress).map(Self.address))
        body.object("soBillingContact", Self.contact(order.billingAddress, buyer: order.buyer))
        body.object("soShippingContact", Self.contact(order.shippingAddress, buyer: order.buyer))
        let taxCategory = try mapped("tax-categories", country, field: "shippingAddress.country", at: at)
        var rows: [VismaObject] = []
        for (index, line) in order.lines.enumerated() {
            let sku = try Self.sku(of: line, index: index, at: at)
            var row = VismaObject()
            row.plain("operation", "Insert")
            row.integer("lineNbr", index + 1)
            row.text("inventoryNumber", sku)
            row.number("quantity", line.quantity)
            row.number("unitPrice", line.unitPriceExclVat ?? line.unitPriceInclVat)
            if let discount = line.discount, discount != 0 { row.number("discountAmount", discount) }
            row.text("lineDescription", line.description)
            row.text("taxCategory", taxCategory)
            row.text("warehouse", options.text("warehouse"))
            rows.append(row)
        }
        if let cost = order.shippingCost, cost != 0 {
            guard let item = options.text("shipping-inventory-id") else {
                throw FerryError(.vismaShippingItemMissing, at: at("shippingCost"), ["amount": NodeBuilding.plain(cost)])
            }
            var row = VismaObject()
            row.plain("operation", "Insert")
            row.integer("lineNbr", rows.count + 1)
            row.text("inventoryNumber", item)
            row.number("quantity", 1)
            row.number("unitPrice", cost)
            row.text("lineDescription", order.shippingMethod ?? "Shipping")
            row.text("taxCategory", taxCategory)
            rows.append(row)
        }
        body.rows("lines", rows)
        return body.node
    }

    /// The value `map` (an option) gives `value`; nil when the option is not set. A value the map
    /// does not know is an error naming the values it does know.
    /// A line's SKU, Visma.net's inventory number: every order and invoice line needs one.
    static func sku(of line: OrderLine, index: Int, at: (String) -> Location) throws -> String {
        guard let sku = line.sku?.trimmingCharacters(in: .whitespaces), !sku.isEmpty else {
            throw FerryError(.vismaLineWithoutSKU, at: at("lines[\(index + 1)].sku"), ["line": String(index + 1)])
        }
        return sku
    }

    func mapped(_ map: String, _ value: String?, field: String, at: (String) -> Location) throws -> String? {
        guard let table = options.mapping(map) else { return nil }
        guard let value, !value.isEmpty else { return nil }
        if let code = table[value] ?? table.first(where: { $0.key.caseInsensitiveCompare(value) == .orderedSame })?.value { return code }
        throw FerryError(.vismaValueNotMapped, at: at(field),
                         ["value": value, "option": map, "known": table.keys.sorted().joined(separator: ", ")])
    }

    static func address(_ address: Address) -> VismaObject {
        var value = VismaObject()
        value.bool("overrideAddress", true)
        let street = [address.street, address.houseNumber, address.houseNumberAddition].compactMap { $0 }.joined(separator: " ")
        value.text("addressLine1", street)
        value.text("postalCode", address.postalCode)
        value.text("city", address.city)
        value.text("countryId", address.country?.uppercased())
        value.text("county", address.region)
        return value
    }

    static func contact(_ address: Address?, buyer: Party?) -> VismaObject? {
        guard address != nil || buyer != nil else { return nil }
        var value = VismaObject()
        value.bool("overrideContact", true)
        value.text("name", address?.companyName ?? address?.name ?? buyer?.companyName ?? buyer?.contactName)
        if address?.companyName != nil { value.text("attention", address?.name ?? buyer?.contactName) }
        value.text("email", buyer?.email)
        value.text("phone1", buyer?.phone)
        return value
    }
}

/// The Visma.net customer number an order goes to: option `default-debtor`; else the buyer's
/// number; else `customer-number-prefix` (default `WC`) and the webshop's customer id; a guest
/// (no customer id) the prefix and the order number.
enum VismaCustomerNumber {
    static func of(_ order: Order, options: ConnectorOptions) throws -> String {
        if let debtor = options.text("default-debtor"), !debtor.isEmpty { return debtor }
        if let number = order.buyer?.number, !number.isEmpty { return number }
        let prefix = options.text("customer-number-prefix") ?? "WC"
        if let id = order.customFields[WooCommerceOrderReading.Field.customerId], !id.isEmpty, id != "0" { return prefix + id }
        guard !order.number.isEmpty else {
            throw FerryError(.vismaNoCustomer, at: Location(file: "order", field: "buyer"), ["order": order.number])
        }
        return prefix + order.number
    }
}
