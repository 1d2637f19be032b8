import Canonical
import Diagnostics
import Foundation
import Formats
import Mapping

/// The WooCommerce REST API v3 order body (`POST /wp-json/wc/v3/orders`) for a canonical order,
/// and the cancel body (`PUT /wp-json/wc/v3/orders/{id}`).
///
/// Lines carry `sku` and `quantity`: WooCommerce's orders controller looks the product up by SKU
/// when no `product_id` is given. Prices: a line's `total` (excluding tax, as WooCommerce wants
/// it) is written only when the order knows the unit price excluding VAT; otherwise WooCommerce
/// prices the line from the product. The marketplace order's ids go into `meta_data`, so that the
/// webshop order leads back to it (`_channable_order_id`).
public enum WooCommercePayload {
    /// Meta data keys Ferry writes into the webshop order.
    public enum MetaKey {
        public static let channableOrderId = "_channable_order_id"
        public static let channelOrderId = "_channable_channel_order_id"
        public static let channel = "_channable_channel"
    }

    /// How the body is filled.
    public struct Options: Sendable, Hashable {
        /// The order status to create the order with (`processing`: paid, to be shipped).
        public var status: String
        /// `shipping_lines[].method_id` (a shipping method the shop knows).
        public var shippingMethodId: String

        /// `set_paid`; `nil`: paid when the marketplace says so (or says nothing).
        public var setPaid: Bool?
        /// The order's payment method (or terms) → a WooCommerce payment gateway id (`payment_method`).
        public var paymentMethods: [String: String] = [:]
        /// `customer_id` of every order (a webshop account for orders from the ERP); nil: a guest order.
        public var customerId: Int?

        public init(status: String = "processing", shippingMethodId: String = "flat_rate", setPaid: Bool? = nil) {
            self.status = status
            self.shippingMethodId = shippingMethodId
            self.setPaid = setPaid
        }

        /// From a target's `options:` (`order-status`, `shipping-method-id`, `set-paid`).
        public init(_ options: ConnectorOptions) {
            self.init(status: options.text("order-status") ?? "processing",
                      shippingMethodId: options.text("shipping-method-id") ?? "flat_rate", setPaid: options.bool("set-paid"))
            paymentMethods = options.mapping("payment-methods") ?? [:]
            customerId = options.integer("customer-id")
        }
    }

    /// The stock update of one product or variation, by SKU (the sender looks up its id with
    /// `GET /products?sku=…` and sends `PUT /products/{id}` or `/products/{parent}/variations/{id}`).
    /// With `manageStock` WooCommerce counts the stock (`manage_stock`, `stock_quantity`, whole
    /// units, rounded down); without, only `stock_status` says whether it is in stock.
    public static func stock(_ level: StockLevel, manageStock: Bool) -> [UInt8] {
        var body = NodeBuilding()
        body.set("sku", level.sku)
        if manageStock {
            body.set("manage_stock", Node(.bool(true), at: NodeBuilding.nowhere))
            var value = level.available
            var whole = Decimal()
            NSDecimalRound(&whole, &value, 0, .down)
            body.set("stock_quantity", whole)
        } else {
            body.set("manage_stock", Node(.bool(false), at: NodeBuilding.nowhere))
            body.set("stock_status", level.available > 0 ? "instock" : "outofstock")
        }
        return JSONWriter(pretty: true).write(body.node)
    }

    /// The create-order body.
    public static func order(_ order: Order, options: Options = Options()) -> [UInt8] {
        var body = NodeBuilding()
        body.set("status", options.status)
        body.set("currency", order.currency)
        body.set("customer_note", order.notes)
        if let channel = order.customFields[ChannableOrderReading.Field.channel] {
            body.set("payment_method", "channable")
            body.set("payment_method_title", channel)
        } else {
            let gateway = [order.paymentMethod, order.paymentTerms].compactMap { $0 }.lazy.compactMap { options.paymentMethods[$0] }.first
            body.set("payment_method", gateway)
            body.set("payment_method_title", order.paymentMethod)
        }
        body.set("customer_id", options.customerId)
        let billing = order.billingAddress ?? order.shippingAddress
        body.set("billing", billing.map { address($0, party: order.buyer, withContact: true) })
        body.set("shipping", (order.shippingAddress ?? order.billingAddress).map { address($0, party: nil, withContact: false) })
        body.set("line_items", order.lines.map(line))
        var shipping = NodeBuilding()
        shipping.set("method_id", options.shippingMethodId)
        shipping.set("method_title", order.shippingMethod ?? order.customFields[ChannableOrderReading.Field.channel] ?? "Shipping")
        shipping.set("total", money(order.shippingCost ?? 0))
        body.set("shipping_lines", [shipping.node])
        body.set("meta_data", meta(order))
        // A marketplace order is paid at the marketplace: `set_paid` also reduces the shop's stock.
        let paid = order.customFields[ChannableOrderReading.Field.paymentStatus]
        body.set("set_paid", Node(.bool(options.setPaid ?? (paid == nil || paid == "paid")), at: NodeBuilding.nowhere))
        return JSONWriter(pretty: true).write(body.node)
    }

    /// The body that cancels a webshop order: `{"status": "cancelled"}`.
    public static func cancellation() -> [UInt8] {
        JSONWriter(pretty: true).write(NodeBuilding.object([("status", NodeBuilding.text("cancelled"))]))
    }

    private static func meta(_ order: Order) -> [Node] {
        var pairs: [(String, String)] = []
        if order.sourceSystem == ChannableOrderReading.system { pairs.append((MetaKey.channableOrderId, order.number)) }
        if let id = order.customFields[ChannableOrderReading.Field.channelOrderId] { pairs.append((MetaKey.channelOrderId, id)) }
        if let channel = order.customFields[ChannableOrderReading.Field.channel] { pairs.append((MetaKey.channel, channel)) }
        return pairs.map { key, value in NodeBuilding.object([("key", NodeBuilding.text(key)), ("value", NodeBuilding.text(value))]) }
    }

    private static func line(_ line: OrderLine) -> Node {
        var item = NodeBuilding()
        item.set("name", line.description)
        item.set("sku", line.sku)
        item.set("quantity", line.quantity)
        if let unit = line.unitPriceExclVat {
            item.set("total", money(unit * line.quantity - (line.discount ?? 0)))
        }
        return item.node
    }

    private static func address(_ address: Address, party: Party?, withContact: Bool) -> Node {
        var node = NodeBuilding()
        let (first, last) = splitName(address.name ?? party?.contactName)
        node.set("first_name", first)
        node.set("last_name", last)
        node.set("company", address.companyName ?? party?.companyName)
        node.set("address_1", streetLine(address))
        node.set("city", address.city)
        node.set("state", address.region)
        node.set("postcode", address.postalCode)
        node.set("country", address.country)
        if withContact {
            node.set("email", party?.email)
            node.set("phone", party?.phone)
        }
        return node.node
    }

    /// `Kerkstraat 12A`, `Shipmentstraat 42 bis`: a one-letter addition is joined to the number.
    static func streetLine(_ address: Address) -> String? {
        guard let street = address.street else { return nil }
        guard let number = address.houseNumber else { return street }
        guard let addition = address.houseNumberAddition, !addition.isEmpty else { return "\(street) \(number)" }
        return addition.count == 1 && addition.first?.isLetter == true ? "\(street) \(number)\(addition)" : "\(street) \(number) \(addition)"
    }

    /// The first word is the first name, the rest the last name (`Jan van Dijk` → `Jan`, `van Dijk`).
    static func splitName(_ name: String?) -> (String?, String?) {
        guard let name = name?.trimmingCharacters(in: .whitespaces), !name.isEmpty else { return (nil, nil) }
        guard let space = name.firstIndex(of: " ") else { return (name, nil) }
        return (String(name[..<space]), String(name[name.index(after: space)...]).trimmingCharacters(in: .whitespaces))
    }

    /// A money amount as WooCommerce writes it: a string with two decimals.
    static func money(_ value: Decimal) -> String {
        var rounded = Decimal()
        var copy = value
        NSDecimalRound(&rounded, &copy, 2, .plain)
        let text = NodeBuilding.plain(rounded)
        guard let dot = text.firstIndex(of: ".") else { return text + ".00" }
        let decimals = text.distance(from: dot, to: text.endIndex) - 1
        return decimals >= 2 ? text : text + String(repeating: "0", count: 2 - decimals)
    }
}
