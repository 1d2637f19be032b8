import Canonical
import Diagnostics
import Foundation
import Formats
import Mapping
import OrderedCollections

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

    /// The create-order body: the target's layout (the bundled `woocommerce-order-create`, with the
    /// target's `fields:` over it) fills what a table can say; then the connector completes it
    /// (docs/connectors/woocommerce.md, "What the connector adds"): `status` from option
    /// `order-status`, the payment gateway, `customer_id`, first and last name and the street line
    /// of each address where the layout wrote none, each line's `total`, `shipping_lines`,
    /// `meta_data` and `set_paid`.
    /// - Throws: the first error of the layout (a target check, a failed step).
    public static func order(_ order: Order, layout: Layout, options: Options = Options(), explicitStatus: Bool = false) throws -> [UInt8] {
        let view = addressView(of: order)
        guard let tree = DocumentMapping.tree(for: view, stable: true) else {
            throw FerryError(.mapUnsupportedKind, at: nil, ["kind": "order", "system": layout.name])
        }
        let built = LayoutEvaluator(layout).build(record: tree)
        if let first = built.errors.first { throw first }
        var body = built.tree.children
        if explicitStatus || body["status"] == nil { body["status"] = NodeBuilding.text(options.status) }
        if let channel = order.customFields[ChannableOrderReading.Field.channel] {
            body["payment_method"] = NodeBuilding.text("channable")
            body["payment_method_title"] = NodeBuilding.text(channel)
        } else if body["payment_method"] == nil,
                  let gateway = [order.paymentMethod, order.paymentTerms].compactMap({ $0 }).lazy.compactMap({ options.paymentMethods[$0] }).first {
            body["payment_method"] = NodeBuilding.text(gateway)
        }
        if let customer = options.customerId { body["customer_id"] = Node(.number(String(customer)), at: NodeBuilding.nowhere) }
        complete(&body, "billing", from: view.billingAddress)
        complete(&body, "shipping", from: view.shippingAddress)
        if let items = body["line_items"], case .array(var lines) = items.value, lines.count == order.lines.count {
            for (index, line) in order.lines.enumerated() {
                guard case .object(var fields) = lines[index].value, fields["total"] == nil, let unit = line.unitPriceExclVat else { continue }
                fields["total"] = NodeBuilding.text(money(unit * line.quantity - (line.discount ?? 0)))
                lines[index] = Node(.object(fields), at: lines[index].location)
            }
            body["line_items"] = NodeBuilding.array(lines)
        }
        if body["shipping_lines"] == nil {
            var shipping = NodeBuilding()
            shipping.set("method_id", options.shippingMethodId)
            shipping.set("method_title", order.shippingMethod ?? order.customFields[ChannableOrderReading.Field.channel] ?? "Shipping")
            shipping.set("total", money(order.shippingCost ?? 0))
            body["shipping_lines"] = NodeBuilding.array([shipping.node])
        }
        let pairs = meta(order)
        if !pairs.isEmpty { body["meta_data"] = NodeBuilding.array(pairs) }
        // A marketplace order is paid at the marketplace: `set_paid` also reduces the shop's stock.
        let paid = order.customFields[ChannableOrderReading.Field.paymentStatus]
        body["set_paid"] = Node(.bool(options.setPaid ?? (paid == nil || paid == "paid")), at: NodeBuilding.nowhere)
        return JSONWriter(pretty: true).write(Node(.object(ordered(body, as: topLevelOrder)), at: NodeBuilding.nowhere))
    }

    /// The order as the layout reads it: an order with one address uses it for both (billing
    /// first falls back to shipping, shipping to billing), and the billing address takes the
    /// buyer's contact name and company name where it has none.
    static func addressView(of order: Order) -> Order {
        var view = order
        view.billingAddress = order.billingAddress ?? order.shippingAddress
        view.shippingAddress = order.shippingAddress ?? order.billingAddress
        if view.billingAddress != nil {
            if view.billingAddress?.name == nil { view.billingAddress?.name = order.buyer?.contactName }
            if view.billingAddress?.companyName == nil { view.billingAddress?.companyName = order.buyer?.companyName }
        }
        return view
    }

    /// The key order of WooCommerce's own examples; keys a layout adds follow in its order.
    static let topLevelOrder = ["status", "currency", "customer_note", "payment_method", "payment_method_title", "customer_id",
                                "billing", "shipping", "line_items", "shipping_lines", "meta_data", "set_paid"]
    static let addressOrder = ["first_name", "last_name", "company", "address_1", "address_2", "city", "state", "postcode",
                               "country", "email", "phone"]

    /// First and last name split from the address's name, and the street line from street,
    /// house number and addition, where the layout wrote neither.
    private static func complete(_ body: inout OrderedDictionary<String, Node>, _ key: String, from address: Address?) {
        guard let address, case .object(var fields)? = body[key]?.value else { return }
        let (first, last) = splitName(address.name)
        if fields["first_name"] == nil, let first { fields["first_name"] = NodeBuilding.text(first) }
        if fields["last_name"] == nil, let last { fields["last_name"] = NodeBuilding.text(last) }
        if fields["address_1"] == nil, let line = streetLine(address) { fields["address_1"] = NodeBuilding.text(line) }
        body[key] = Node(.object(ordered(fields, as: addressOrder)), at: NodeBuilding.nowhere)
    }

    private static func ordered(_ fields: OrderedDictionary<String, Node>, as order: [String]) -> OrderedDictionary<String, Node> {
        var result = OrderedDictionary<String, Node>()
        for key in order { if let value = fields[key] { result[key] = value } }
        for (key, value) in fields where result[key] == nil { result[key] = value }
        return result
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
