import Canonical
import Diagnostics
import Foundation
import Formats
import Mapping

/// Reads WooCommerce REST API v3 orders into canonical orders: one order (`GET /orders/{id}`,
/// the response of a `PUT` or `DELETE`), a list (`GET /orders`, a JSON array), and the batch
/// envelope (`{"create": […], "update": […], "delete": […]}`). Refunds and products in an order
/// flow are errors (`MKT-002`), not orders.
///
/// The field mapping is the bundled layout `woocommerce-order` (`WooCommerceProfile.layouts`, with
/// a flow's `fields:` over it). Around it the connector does what a table cannot: before the
/// layout, the order number falls back to `id` and the creation date to `date_created` (both
/// read as UTC); after it, the track & trace code from the order's meta data (the Shipment
/// Tracking extension's `_wc_shipment_tracking_items`, its last item: `tracking_number`,
/// `tracking_provider` or `custom_tracking_provider`; else the first plain meta key of
/// `trackingMetaKeys` with a value), the Channable order id Ferry wrote into the order
/// (`_channable_order_id`, so a completion or cancellation can be sent back), coupon discounts
/// per line, `payment_method` when there is no `payment_method_title`, and the payment (`total`,
/// `date_paid_gmt`, `transaction_id`) only for an order with a `date_paid`.
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

    /// The order objects of one JSON record (a file's top-level object or an array element), or
    /// the failure of a record that is not an order.
    static func orders(in root: Node) -> [Result<Node, FerryError>] {
        guard case .object = root.value else {
            return [.failure(FerryError(.mktWooCommerceNotOrder, at: root.location, ["found": "value"]))]
        }
        if root["id"] == nil, root["create"] != nil || root["update"] != nil || root["delete"] != nil {
            return ["create", "update", "delete"].flatMap { root[$0]?.items ?? [] }.flatMap(orders(in:))
        }
        if let found = notAnOrder(root) {
            return [.failure(FerryError(.mktWooCommerceNotOrder, at: root.location, ["found": found]))]
        }
        return [.success(root)]
    }

    /// The documents of one JSON record through `layout` (the flow's `woocommerce-order`).
    public static func decode(_ root: Node, layout: Layout, trackingMetaKeys: [String] = defaultTrackingMetaKeys) -> [DecodeResult] {
        let evaluator = LayoutEvaluator(layout)
        return orders(in: root).map { found in
            switch found {
            case .failure(let error): .failure(key: nil, errors: [error], location: error.location ?? root.location)
            case .success(let node): decodeOrder(node, evaluator: evaluator, trackingMetaKeys: trackingMetaKeys)
            }
        }
    }

    /// What a non-order object is, by the fields only it has.
    static func notAnOrder(_ node: Node) -> String? {
        if node["refunded_by"] != nil || (node["amount"] != nil && node["status"] == nil) { return "refund" }
        if node["regular_price"] != nil || node["stock_quantity"] != nil || node["sku"] != nil { return "product" }
        if node["line_items"] == nil && node["status"] == nil { return "object without line_items or status" }
        return nil
    }

    /// The order's own number: `number`, else `id`.
    static func number(of node: Node) -> String? {
        [node["number"], node["id"]].lazy.compactMap { $0?.text }.first { !$0.isBlankText }
    }

    private static func decodeOrder(_ node: Node, evaluator: LayoutEvaluator, trackingMetaKeys: [String]) -> DecodeResult {
        let built = evaluator.build(record: prepared(node))
        var reading = NodeReading(naming: .csvColumn)
        guard let mapped = DocumentMapping.document(from: built.tree, kind: .order, &reading), var order = mapped.document as? Order else {
            let error = FerryError(.mapUnsupportedKind, at: node.location, ["kind": "order", "system": evaluator.layout.name])
            return .failure(key: number(of: node), errors: [error], location: node.location)
        }
        let errors = built.errors + reading.errors
        guard errors.isEmpty else { return .failure(key: mapped.key, errors: errors, location: node.location) }
        complete(&order, from: node, trackingMetaKeys: trackingMetaKeys)
        return .document(order, node.location)
    }

    /// The record as the layout reads it: `number` from `id` when it has none, and
    /// `date_created_gmt` and `date_paid_gmt` (UTC without an offset) from `date_created` and
    /// `date_paid` when they have none, written as ISO 8601 UTC.
    static func prepared(_ node: Node) -> Node {
        guard case .object(var fields) = node.value else { return node }
        if fields["number"]?.text?.isBlankText ?? true, let id = fields["id"], id.text != nil { fields["number"] = id }
        for (gmt, local) in [("date_created_gmt", "date_created"), ("date_paid_gmt", "date_paid")] {
            guard let date = [fields[gmt], fields[local]].lazy.compactMap({ $0 }).first(where: { !($0.text?.isBlankText ?? true) }),
                  let text = date.text else { continue }
            fields[gmt] = Node(.scalar(ChannableOrderReading.utc(text)), at: date.location)
        }
        return Node(.object(fields), at: node.location)
    }

    /// What the layout cannot say: the tracking code and Channable order id from the meta data,
    /// coupon discounts of the lines, the payment method when there is no title, and no payment
    /// for an order WooCommerce has not marked paid.
    static func complete(_ order: inout Order, from node: Node, trackingMetaKeys: [String]) {
        var reading = NodeReading(naming: .camel)
        if order.paymentMethod == nil { order.paymentMethod = reading.text(node, "payment_method") }
        // WooCommerce marks an order paid with `date_paid`: without it `total` is what is due,
        // not a payment.
        if order.payment?.paidAt == nil { order.payment = nil }
        let meta = metaData(node)
        if let id = meta[WooCommercePayload.MetaKey.channableOrderId]?.text, !id.isBlankText {
            order.customFields[Field.channableOrderId] = id
        }
        if let tracking = tracking(meta, keys: trackingMetaKeys) {
            order.customFields[Field.trackingNumber] = tracking.number
            order.customFields[Field.trackingProvider] = tracking.provider
        }
        // A coupon lowers a line's `total` below its `subtotal` (both excluding tax): the difference
        // is its discount, and the unit price is the one before it (`price` is after it).
        let items = node["line_items"]?.items ?? []
        guard items.count == order.lines.count else { return }
        for (index, item) in items.enumerated() {
            guard let subtotal = reading.decimal(item, "subtotal"), let total = reading.decimal(item, "total"), subtotal > total,
                  order.lines[index].quantity > 0 else { continue }
            order.lines[index].discount = subtotal - total
            order.lines[index].unitPriceExclVat = subtotal / order.lines[index].quantity
        }
    }

    /// `meta_data` as key → value node; a later entry of a key wins (WooCommerce appends).
    static func metaData(_ node: Node) -> [String: Node] {
        var result: [String: Node] = [:]
        for entry in node["meta_data"]?.items ?? [] {
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
}

/// Reads WooCommerce orders as shipments: one per order that carries a track & trace code (the
/// same meta data as `WooCommerceOrderReading`), for the order's Channable order id when it has one,
/// else its own number; the carrier derived from the code (`CarrierTable`). An order without a
/// code fails with `MKT-009`: no parcel to report yet. All of it is connector logic (no layout).
public enum WooCommerceShipmentReading {
    public static func decode(_ root: Node, trackingMetaKeys: [String] = WooCommerceOrderReading.defaultTrackingMetaKeys) -> [DecodeResult] {
        WooCommerceOrderReading.orders(in: root).map { found in
            let node: Node
            switch found {
            case .failure(let error): return .failure(key: nil, errors: [error], location: error.location ?? root.location)
            case .success(let order): node = order
            }
            var reading = NodeReading(naming: .camel)
            guard let number = reading.keyText(node, "number") ?? reading.requiredKeyText(node, "id") else {
                return .failure(key: nil, errors: reading.errors, location: node.location)
            }
            let meta = WooCommerceOrderReading.metaData(node)
            let key = Order(number: number, sourceSystem: WooCommerceOrderReading.system).key.rawValue
            guard let tracking = WooCommerceOrderReading.tracking(meta, keys: trackingMetaKeys) else {
                return .failure(key: key, errors: [FerryError(.mktNoTrackingCode, at: node.location, ["order": number])],
                                location: node.location)
            }
            let carrier = CarrierTable.identify(trackingCode: tracking.number, provider: tracking.provider).carrier
            let channable = meta[WooCommercePayload.MetaKey.channableOrderId]?.text.flatMap { $0.isBlankText ? nil : $0 }
            let shipment = Shipment(orderNumber: channable ?? number, trackingNumber: tracking.number, carrier: carrier.rawValue,
                                    sourceSystem: WooCommerceOrderReading.system)
            return .document(shipment, node.location)
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
