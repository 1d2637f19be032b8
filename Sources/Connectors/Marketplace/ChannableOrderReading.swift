import Canonical
import Diagnostics
import Foundation
import Formats
import Mapping

/// Where a marketplace order stands, as the marketplace says: what Ferry acts on.
public enum MarketplaceOrderState: String, Sendable, Hashable, Codable {
    /// Neither shipped nor cancelled: goes to the webshop.
    case open
    case shipped
    case cancelled

    /// The lifecycle event this state is (`created` for an open order).
    public var event: EventName {
        switch self {
        case .open: .created
        case .shipped: .shipped
        case .cancelled: .cancelled
        }
    }
}

/// Brings Channable's order connection API JSON into one shape for the bundled layout
/// `channable-order` (`ChannableProfile.layouts`): one order with its events
/// (`{"order": …, "events": […]}`, `GET /v2/…/orders/{id}`), a list with its wrapper
/// (`{"orders": […], "total": …, "error_count": …}`, `GET /v2/…/orders`), a bare order (an element
/// of an array), and the push form Channable's webhook posts (flat keys, `channable_id`,
/// `order_status`) all become the API's order object. What a table cannot express happens here:
/// the status from the newest event when the order has none, `created` without an offset read as
/// UTC, a line's SKU (`article_number`, else `id`) and unit price excluding VAT (`price` −
/// `price_tax`), `state` and `address1` where the NL-style fields are missing.
///
/// The canonical order's number is Channable's own order id (`id`, `channable_id`): the id the
/// shipment and cancel calls take. The marketplace's order id (`channel_id`), the channel, the
/// payment status and each line's `channable_order_item_id` are kept in custom fields.
public enum ChannableOrderReading {
    public static let system = "channable"

    /// Custom field names on the canonical order and its lines.
    public enum Field {
        public static let channelOrderId = "channel-order-id"
        public static let channel = "channel"
        public static let paymentStatus = "payment-status"
        public static let platformId = "platform-id"
        public static let testOrder = "test-order"
        public static let orderItemId = "channable-order-item-id"
        public static let referenceCode = "reference-code"
    }

    /// One order in the API's shape, or why a record holds none.
    public enum Normalized {
        case order(Node)
        case failure(DecodeResult)
    }

    /// The orders of one JSON record (a file's top-level object or an array element).
    public static func orders(in root: Node) -> [Normalized] {
        if root["orders"] != nil, root["order"] == nil {
            guard case .array(let items) = root["orders"]?.value ?? .null else {
                let error = FerryError(.mapWrongStructure, at: root["orders"]?.location ?? root.location, ["field": "orders", "expected": "list"])
                return [.failure(.failure(key: nil, errors: [error], location: root.location))]
            }
            return items.map { normalizeAPI($0, events: []) }
        }
        if let order = root["order"], case .object = order.value {
            return [normalizeAPI(order, events: root["events"]?.items ?? [])]
        }
        if root["channable_id"] != nil { return [normalizeAPI(apiShape(ofPush: root), events: [])] }
        if root["data"] != nil, root["id"] != nil || root["channel_id"] != nil || root["status_shipped"] != nil {
            return [normalizeAPI(root, events: [])]
        }
        return [.failure(.failure(key: nil, errors: [FerryError(.mktChannableShape, at: root.location)], location: root.location))]
    }

    /// The state an order is in: `status_shipped`, or else the newest "Changed shipping status"
    /// event. `nil` with an error for an unknown status, `nil` alone when there is none.
    static func shippingStatus(of order: Node, events: [Node]) -> (status: String?, error: FerryError?) {
        if let node = order["status_shipped"], let status = node.text, !status.isBlankText {
            guard ChannableShippingStatus.states[status.lowercased()] != nil else {
                return (nil, FerryError(.mktChannableStatus, at: node.location, ["value": status, "allowed": ChannableShippingStatus.allowed]))
            }
            return (status.lowercased(), nil)
        }
        let changes = events.compactMap { event -> (String, String)? in
            guard let message = event["message"]?.text, let range = message.range(of: "-> ") else { return nil }
            return (event["created"]?.text ?? "", String(message[range.upperBound...]).trimmingCharacters(in: .whitespaces).lowercased())
        }
        guard let newest = changes.max(by: { $0.0 < $1.0 }), ChannableShippingStatus.states[newest.1] != nil else { return (nil, nil) }
        return (newest.1, nil)
    }

    private static func normalizeAPI(_ order: Node, events: [Node]) -> Normalized {
        guard case .object = order.value else {
            let error = FerryError(.mapWrongStructure, at: order.location, ["field": "order", "expected": "object"])
            return .failure(.failure(key: nil, errors: [error], location: order.location))
        }
        let key = order["id"]?.text.map { BusinessKey(system, "sales", NodeReading.trimmedKey($0)).rawValue }
        let (status, error) = shippingStatus(of: order, events: events)
        if let error { return .failure(.failure(key: key, errors: [error], location: order.location)) }
        guard let status else {
            let missing = FerryError(.mapRequiredFieldMissing, at: order.location.field("status_shipped"), ["field": "status_shipped"])
            return .failure(.failure(key: key, errors: [missing], location: order.location))
        }
        let products = order["data"]?["products"]
        switch products?.value ?? .null {
        case .array(let items) where !items.isEmpty:
            break
        case .array, .null:
            let missing = FerryError(.mapRequiredFieldMissing, at: order.location.field("data.products"), ["field": "data.products"])
            return .failure(.failure(key: key, errors: [missing], location: order.location))
        default:
            let wrong = FerryError(.mapWrongStructure, at: products?.location ?? order.location, ["field": "data.products", "expected": "list"])
            return .failure(.failure(key: key, errors: [wrong], location: order.location))
        }
        var fields = order.children
        fields["status_shipped"] = Node(.scalar(status), at: order["status_shipped"]?.location ?? order.location)
        if let created = order["created"], let text = created.text { fields["created"] = Node(.scalar(utc(text)), at: created.location) }
        if let data = order["data"], case .object(var parts) = data.value {
            for name in ["billing", "shipping"] {
                if let address = parts[name], case .object = address.value { parts[name] = completeAddress(address) }
            }
            if let customer = parts["customer"], case .object(var person) = customer.value, blank(customer["phone"]),
               let mobile = customer["mobile"], !blank(mobile) {
                person["phone"] = mobile
                parts["customer"] = Node(.object(person), at: customer.location)
            }
            if let products = parts["products"], case .array(let items) = products.value {
                parts["products"] = Node(.array(items.map(completeProduct)), at: products.location)
            }
            fields["data"] = Node(.object(parts), at: data.location)
        }
        return .order(Node(.object(fields), at: order.location))
    }

    /// The push form as the API's order object.
    static func apiShape(ofPush push: Node) -> Node {
        var order: [(String, Node)] = []
        func copy(_ from: String, as name: String? = nil) {
            if let node = push[from] { order.append((name ?? from, node)) }
        }
        copy("channable_id", as: "id")
        copy("channel_id")
        copy("channel_name")
        copy("order_status", as: "status_shipped")
        copy("created")
        copy("shipment_method")
        var data: [(String, Node)] = []
        for name in ["billing", "shipping", "customer", "price", "products"] {
            if let node = push[name] { data.append((name, node)) }
        }
        let extra = [("memo", push["memo"]), ("is_test_order", push["is_test"])].compactMap { name, node in node.map { (name, $0) } }
        if !extra.isEmpty { data.append(("extra", NodeBuilding.object(extra, at: push.location))) }
        order.append(("data", NodeBuilding.object(data, at: push.location)))
        return NodeBuilding.object(order, at: push.location)
    }

    private static func completeAddress(_ address: Node) -> Node {
        var fields = address.children
        if blank(address["region"]), let state = address["state"] { fields["region"] = state }
        if blank(address["street"]), let line = [address["address1"], address["address_line_1"]].compactMap({ $0 }).first(where: { !blank($0) }) {
            fields["street"] = line
        }
        return Node(.object(fields), at: address.location)
    }

    private static func completeProduct(_ product: Node) -> Node {
        guard case .object(var fields) = product.value else { return product }
        let sku = [product["article_number"], product["id"]].compactMap { $0 }.first { !blank($0) }
        if let sku { fields["sku"] = sku }
        if let price = decimal(product["price"]), let tax = decimal(product["price_tax"]) {
            fields["price_excl"] = Node(.number(NodeBuilding.plain(price - tax)), at: product["price_tax"]?.location ?? product.location)
        }
        return Node(.object(fields), at: product.location)
    }

    private static func blank(_ node: Node?) -> Bool { node?.text.map(\.isBlankText) ?? true }

    private static func decimal(_ node: Node?) -> Decimal? {
        guard let node, case .number(let text) = node.value else { return nil }
        return NumberFormat.point.decimal(text)
    }

    /// Channable's timestamps are UTC; the v1 samples leave the offset out.
    static func utc(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count > 10, trimmed.contains("T") else { return trimmed }
        let time = trimmed.dropFirst(11)
        return time.hasSuffix("Z") || time.contains("+") || time.contains("-") ? trimmed : trimmed + "Z"
    }
}

/// Channable's shipping statuses (`status_shipped`, the push form's `order_status`) and the
/// state each one means. `partial` counts as shipped (some items left); `pending_cancellation`
/// and `cancellation_request` are not cancelled yet, so the order is still open. The bundled
/// layout's `status:` map says the same in the mapping language.
public enum ChannableShippingStatus {
    public static let states: [String: MarketplaceOrderState] = [
        "not_shipped": .open, "waiting": .open, "processing": .open, "pending_shipment": .open,
        "awaiting_confirmation": .open, "manual": .open, "pending_cancellation": .open, "cancellation_request": .open,
        "shipped": .shipped, "partial": .shipped,
        "cancelled": .cancelled,
    ]
    public static var allowed: String { states.keys.sorted().joined(separator: ", ") }
}

/// Reads a Channable order file document by document: each order brought into the API's shape
/// (`ChannableOrderReading`), then mapped through the layout (the bundled `channable-order` with
/// the flow's `fields:` over it).
struct ChannableOrderSource: DocumentSource {
    private var reader: JSONRecordReader
    private let layout: Layout
    private let evaluator: LayoutEvaluator
    private var queued: [ChannableOrderReading.Normalized] = []
    var format: FileFormat { .json }

    init(path: String, displayName: String, settings: SourceSettings, layout: Layout) throws {
        reader = try JSONRecordReader(path: path, displayName: displayName, options: JSONReaderOptions(limits: settings.limits))
        self.layout = layout
        evaluator = LayoutEvaluator(layout)
    }

    mutating func next() throws -> DecodeResult? {
        while queued.isEmpty {
            guard let record = try reader.next() else { return nil }
            queued = ChannableOrderReading.orders(in: record.root)
        }
        switch queued.removeFirst() {
        case .failure(let result): return result
        case .order(let order): return decode(order)
        }
    }

    private func decode(_ order: Node) -> DecodeResult {
        let built = evaluator.build(record: order)
        var reading = NodeReading(naming: .csvColumn)
        guard let mapped = DocumentMapping.document(from: built.tree, kind: .order, &reading) else {
            let error = FerryError(.mapUnsupportedKind, at: order.location, ["kind": "order", "system": layout.name])
            return .failure(key: nil, errors: [error], location: order.location)
        }
        let errors = built.errors + reading.errors
        if errors.isEmpty { return .document(mapped.document, order.location) }
        return .failure(key: mapped.key, errors: errors, location: order.location)
    }
}
