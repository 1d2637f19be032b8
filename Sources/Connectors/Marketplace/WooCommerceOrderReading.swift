import Canonical
import Diagnostics
import Foundation
import Formats

/// Reads WooCommerce REST API v3 orders into canonical orders: one order (`GET /orders/{id}`,
/// the response of a `PUT` or `DELETE`), a list (`GET /orders`, a JSON array), and the batch
/// envelope (`{"create": […], "update": […], "delete": […]}`). Refunds and products in an order
/// flow are errors (`MKT-002`), not orders.
///
/// The canonical order's number is WooCommerce's `number` (or `id`). The track & trace code
/// comes from the order's meta data: the Shipment Tracking extension's
/// `_wc_shipment_tracking_items` (its last item: `tracking_number`, `tracking_provider` or
/// `custom_tracking_provider`), or else the first plain meta key of `trackingMetaKeys` with a
/// value. The Channable order id Ferry wrote into the order (`_channable_order_id`) is kept,
/// so a completion or cancellation can be sent back.
public enum WooCommerceOrderReading {
    public static let system = "woocommerce"

    /// Plain meta keys searched for a track & trace code, in order, by default.
    public static let defaultTrackingMetaKeys = ["_tracking_number", "tracking_number", "_tracking_code", "track_and_trace"]

    /// Custom field names on the canonical order.
    public enum Field {
        public static let woocommerceId = "woocommerce-id"
        public static let trackingNumber = "tracking-number"
        public static let trackingProvider = "tracking-provider"
        public static let channableOrderId = "channable-order-id"
        public static let productId = "product-id"
        public static let variationId = "variation-id"
        /// The shop's customer id (`customer_id`; 0 for a guest).
        public static let customerId = "customer-id"
    }

    /// WooCommerce order statuses and the canonical status each is. `refunded`, `trash` and
    /// statuses added by plugins have none: they ask nothing of the marketplace.
    public static let statuses: [String: Order.Status] = [
        "pending": .open, "on-hold": .open, "failed": .open, "checkout-draft": .open,
        "processing": .processing, "completed": .completed, "cancelled": .cancelled,
    ]

    /// The documents of one JSON record (a file's top-level object or an array element).
    public static func decode(_ root: Node, trackingMetaKeys: [String] = defaultTrackingMetaKeys) -> [DecodeResult] {
        guard case .object = root.value else {
            return [.failure(key: nil, errors: [FerryError(.mktWooCommerceNotOrder, at: root.location, ["found": "value"])],
                             location: root.location)]
        }
        if root["id"] == nil, root["create"] != nil || root["update"] != nil || root["delete"] != nil {
            let items = ["create", "update", "delete"].flatMap { root[$0]?.items ?? [] }
            return items.flatMap { decode($0, trackingMetaKeys: trackingMetaKeys) }
        }
        if let found = notAnOrder(root) {
            return [.failure(key: nil, errors: [FerryError(.mktWooCommerceNotOrder, at: root.location, ["found": found])],
                             location: root.location)]
        }
        return [decodeOrder(root, trackingMetaKeys: trackingMetaKeys)]
    }

    /// What a non-order object is, by the fields only it has.
    static func notAnOrder(_ node: Node) -> String? {
        if node["refunded_by"] != nil || (node["amount"] != nil && node["status"] == nil) { return "refund" }
        if node["regular_price"] != nil || node["stock_quantity"] != nil || node["sku"] != nil { return "product" }
        if node["line_items"] == nil && node["status"] == nil { return "object without line_items or status" }
        return nil
    }

    private static func decodeOrder(_ node: Node, trackingMetaKeys: [String]) -> DecodeResult {
        var reading = NodeReading(naming: .camel)
        let number = reading.keyText(node, "number") ?? reading.requiredKeyText(node, "id")
        var order = Order(number: number ?? "", sourceSystem: system)
        let status = reading.text(node, "status")?.lowercased() ?? "pending"
        order.sourceStatus = status
        order.status = statuses[status]
        order.orderDate = localOrGMT(node, &reading)
        order.currency = reading.currency(node, "currency")
        order.billingAddress = reading.object(node, "billing").map { address($0, &reading) }
        order.shippingAddress = reading.object(node, "shipping").map { address($0, &reading) }
        if let billing = reading.object(node, "billing") {
            order.buyer = Party(companyName: reading.text(billing, "company"), contactName: name(billing, &reading),
                                email: reading.text(billing, "email"), phone: reading.text(billing, "phone"))
        }
        order.paymentMethod = reading.text(node, "payment_method_title") ?? reading.text(node, "payment_method")
        order.shippingCost = reading.decimal(node, "shipping_total")
        order.shippingMethod = reading.list(node, "shipping_lines").first.flatMap { reading.text($0, "method_title") }
        order.notes = reading.text(node, "customer_note")
        order.lines = reading.list(node, "line_items").enumerated().map { offset, item in line(item, offset + 1, &reading) }
        order.customFields[Field.woocommerceId] = reading.keyText(node, "id")
        if let customer = reading.keyText(node, "customer_id"), customer != "0" { order.customFields[Field.customerId] = customer }
        let meta = metaData(node, &reading)
        if let id = meta[WooCommercePayload.MetaKey.channableOrderId]?.text { order.customFields[Field.channableOrderId] = id }
        if let tracking = tracking(meta, keys: trackingMetaKeys) {
            order.customFields[Field.trackingNumber] = tracking.number
            order.customFields[Field.trackingProvider] = tracking.provider
        }
        if reading.errors.isEmpty { return .document(order, node.location) }
        return .failure(key: number.map { _ in order.key.rawValue }, errors: reading.errors, location: node.location)
    }

    /// `meta_data` as key → value node; a later entry of a key wins (WooCommerce appends).
    static func metaData(_ node: Node, _ reading: inout NodeReading) -> [String: Node] {
        var result: [String: Node] = [:]
        for entry in reading.list(node, "meta_data") {
            guard let key = entry["key"]?.text, let value = entry["value"] else { continue }
            result[key] = value
        }
        return result
    }

    /// The track & trace code of an order's meta data, with the carrier name given beside it.
    static func tracking(_ meta: [String: Node], keys: [String]) -> (number: String, provider: String?)? {
        if let items = meta["_wc_shipment_tracking_items"]?.items,
           let item = items.last(where: { !($0["tracking_number"]?.text ?? "").isBlankText }),
           let number = item["tracking_number"]?.text {
            let provider = [item["tracking_provider"]?.text, item["custom_tracking_provider"]?.text]
                .compactMap { $0 }.first { !$0.isBlankText }
            return (number.trimmingCharacters(in: .whitespaces), provider)
        }
        for key in keys {
            if let text = meta[key]?.text, !text.isBlankText { return (text.trimmingCharacters(in: .whitespaces), nil) }
        }
        return nil
    }

    private static func line(_ item: Node, _ number: Int, _ reading: inout NodeReading) -> OrderLine {
        var line = OrderLine(lineNumber: number, quantity: reading.requiredDecimal(item, "quantity") ?? 0)
        line.sku = reading.keyText(item, "sku")
        line.description = reading.text(item, "name")
        line.unitPriceExclVat = reading.decimal(item, "price")
        // A coupon lowers a line's `total` below its `subtotal` (both excluding tax): the difference
        // is its discount, and the unit price is the one before it (`price` is after it).
        if let subtotal = reading.decimal(item, "subtotal"), let total = reading.decimal(item, "total"), subtotal > total,
           line.quantity > 0 {
            line.discount = subtotal - total
            line.unitPriceExclVat = subtotal / line.quantity
        }
        if let productId = reading.keyText(item, "product_id") { line.customFields[Field.productId] = productId }
        if let variation = reading.keyText(item, "variation_id"), variation != "0" { line.customFields[Field.variationId] = variation }
        return line
    }

    private static func address(_ node: Node, _ reading: inout NodeReading) -> Address {
        Address(
            name: name(node, &reading), companyName: reading.text(node, "company"), street: reading.text(node, "address_1"),
            postalCode: reading.text(node, "postcode"), city: reading.text(node, "city"), region: reading.text(node, "state"),
            country: reading.country(node, "country"))
    }

    private static func name(_ node: Node, _ reading: inout NodeReading) -> String? {
        let parts = ["first_name", "last_name"].compactMap { reading.text(node, $0) }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// `date_created_gmt` (UTC without an offset), else `date_created` read as UTC too.
    private static func localOrGMT(_ node: Node, _ reading: inout NodeReading) -> BusinessDate? {
        let name = node["date_created_gmt"]?.text != nil ? "date_created_gmt" : "date_created"
        guard let text = reading.text(node, name) else { return nil }
        if let date = BusinessDate(ChannableOrderReading.utc(text)) { return date }
        reading.report(.mapInvalidDate, at: node[name]?.location ?? node.location, ["field": name, "value": text])
        return nil
    }
}

/// Reads WooCommerce orders as shipments: one per order that carries a track & trace code (the
/// same meta data as `WooCommerceOrderReading`), for the order's Channable order id when it has one,
/// else its own number; the carrier derived from the code (`CarrierTable`). An order without a
/// code fails with `MKT-009`: no parcel to report yet.
public enum WooCommerceShipmentReading {
    public static func decode(_ root: Node, trackingMetaKeys: [String] = WooCommerceOrderReading.defaultTrackingMetaKeys) -> [DecodeResult] {
        WooCommerceOrderReading.decode(root, trackingMetaKeys: trackingMetaKeys).map { result in
            guard case .document(let document, let location) = result, let order = document as? Order else { return result }
            let fields = order.customFields
            guard let code = fields[WooCommerceOrderReading.Field.trackingNumber] else {
                return .failure(key: order.key.rawValue, errors: [FerryError(.mktNoTrackingCode, at: location, ["order": order.number])],
                                location: location)
            }
            let carrier = CarrierTable.identify(trackingCode: code, provider: fields[WooCommerceOrderReading.Field.trackingProvider]).carrier
            let shipment = Shipment(
                orderNumber: fields[WooCommerceOrderReading.Field.channableOrderId] ?? order.number, trackingNumber: code,
                carrier: carrier.rawValue, sourceSystem: WooCommerceOrderReading.system)
            return .document(shipment, location)
        }
    }
}

/// Reads WooCommerce products and variations (`GET /products`, `/products/{id}/variations`)
/// as stock levels: the SKU and `stock_quantity` of each product that manages its stock.
public enum WooCommerceStockReading {
    public static func decode(_ root: Node) -> [DecodeResult] {
        var reading = NodeReading(naming: .camel)
        let id = reading.keyText(root, "id") ?? "?"
        guard root["manage_stock"]?.text == "true", root["stock_quantity"]?.text != nil else {
            return [.failure(key: nil, errors: [FerryError(.mktNoStockCount, at: root.location, ["product": id])], location: root.location)]
        }
        let sku = reading.requiredKeyText(root, "sku")
        let available = reading.requiredDecimal(root, "stock_quantity")
        guard let sku, let available, reading.errors.isEmpty else {
            return [.failure(key: sku, errors: reading.errors, location: root.location)]
        }
        return [.document(StockLevel(sku: sku, available: available), root.location)]
    }
}

/// Reads a WooCommerce file record by record through one of the decoders above.
struct WooCommerceSource: DocumentSource {
    private var reader: JSONRecordReader
    private var queued: [DecodeResult] = []
    private let decode: @Sendable (Node) -> [DecodeResult]
    var format: FileFormat { .json }

    init(path: String, displayName: String, settings: SourceSettings, decode: @escaping @Sendable (Node) -> [DecodeResult]) throws {
        reader = try JSONRecordReader(path: path, displayName: displayName, options: JSONReaderOptions(limits: settings.limits))
        self.decode = decode
    }

    mutating func next() throws -> DecodeResult? {
        while queued.isEmpty {
            guard let record = try reader.next() else { return nil }
            queued = decode(record.root)
        }
        return queued.removeFirst()
    }
}

extension String {
    var isBlankText: Bool { allSatisfy(\.isWhitespace) }
}
