import Canonical
import Diagnostics
import Foundation
import Formats

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

/// Channable's shipping statuses (`status_shipped`, the push form's `order_status`) and the
/// state each one means. `partial` counts as shipped (some items left); `pending_cancellation`
/// and `cancellation_request` are not cancelled yet, so the order is still open.
public enum ChannableShippingStatus {
    public static let states: [String: MarketplaceOrderState] = [
        "not_shipped": .open, "waiting": .open, "processing": .open, "pending_shipment": .open,
        "awaiting_confirmation": .open, "manual": .open, "pending_cancellation": .open, "cancellation_request": .open,
        "shipped": .shipped, "partial": .shipped,
        "cancelled": .cancelled,
    ]
    public static var allowed: String { states.keys.sorted().joined(separator: ", ") }
}

/// Reads Channable's order connection API JSON into canonical orders: one order with its
/// events (`{"order": …, "events": […]}`, `GET /v2/…/orders/{id}`), a list with its wrapper
/// (`{"orders": […], "total": …, "error_count": …}`, `GET /v2/…/orders`), a bare order (an
/// element of an array), and the push form Channable's webhook posts (flat keys,
/// `channable_id`, `order_status`).
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

    /// The documents of one JSON record (a file's top-level object or an array element).
    public static func decode(_ root: Node) -> [DecodeResult] {
        if root["orders"] != nil, root["order"] == nil {
            var reading = NodeReading(naming: .camel)
            let items = reading.list(root, "orders")
            if let error = reading.errors.first { return [.failure(key: nil, errors: [error], location: root.location)] }
            return items.map { decodeOrder($0, events: []) }
        }
        if let order = root["order"], case .object = order.value {
            return [decodeOrder(order, events: root["events"]?.items ?? [])]
        }
        if root["channable_id"] != nil { return [decodePush(root)] }
        if root["data"] != nil, root["id"] != nil || root["channel_id"] != nil || root["status_shipped"] != nil { return [decodeOrder(root, events: [])] }
        return [.failure(key: nil, errors: [FerryError(.mktChannableShape, at: root.location)], location: root.location)]
    }

    /// The state an order is in: `status_shipped`, or else the newest "Changed shipping status"
    /// event.
    static func shippingState(status: String?, statusNode: Node?, events: [Node], reading: inout NodeReading) -> (MarketplaceOrderState, String)? {
        if let status {
            if let state = ChannableShippingStatus.states[status.lowercased()] { return (state, status) }
            reading.report(.mktChannableStatus, at: statusNode?.location ?? Location(file: ""),
                           ["value": status, "allowed": ChannableShippingStatus.allowed])
            return nil
        }
        let changes = events.compactMap { event -> (String, String)? in
            guard let message = event["message"]?.text, let range = message.range(of: "-> ") else { return nil }
            return (event["created"]?.text ?? "", String(message[range.upperBound...]).trimmingCharacters(in: .whitespaces))
        }
        guard let newest = changes.max(by: { $0.0 < $1.0 }),
              let state = ChannableShippingStatus.states[newest.1.lowercased()] else { return nil }
        return (state, newest.1)
    }

    private static func decodeOrder(_ node: Node, events: [Node]) -> DecodeResult {
        var reading = NodeReading(naming: .camel)
        let number = reading.requiredKeyText(node, "id")
        let data = reading.object(node, "data") ?? Node(.object([:]), at: node.location)
        let status = reading.text(node, "status_shipped")
        let state = shippingState(status: status, statusNode: node["status_shipped"], events: events, reading: &reading)
        if status == nil && state == nil { reading.missing("status_shipped", in: node) }
        var order = Order(number: number ?? "", sourceSystem: system)
        order.status = state.map { canonicalStatus($0.0) }
        order.sourceStatus = state?.1
        order.orderDate = instant(node, "created", &reading)
        fillCommon(&order, parts: data, &reading)
        if let extra = reading.object(data, "extra") {
            order.notes = reading.text(extra, "memo")
            if let test = extra["is_test_order"]?.text { order.customFields[Field.testOrder] = test }
        }
        order.customFields[Field.channelOrderId] = reading.keyText(node, "channel_id")
        order.customFields[Field.channel] = reading.text(node, "channel_name")
        order.customFields[Field.paymentStatus] = reading.text(node, "status_paid")
        order.customFields[Field.platformId] = reading.text(node, "platform_id")
        return result(order, number: number, reading: reading, location: node.location)
    }

    private static func decodePush(_ node: Node) -> DecodeResult {
        var reading = NodeReading(naming: .camel)
        let number = reading.requiredKeyText(node, "channable_id")
        let status = reading.requiredText(node, "order_status")
        let state = status.flatMap { shippingState(status: $0, statusNode: node["order_status"], events: [], reading: &reading) }
        var order = Order(number: number ?? "", sourceSystem: system)
        order.status = state.map { canonicalStatus($0.0) }
        order.sourceStatus = state?.1
        fillCommon(&order, parts: node, &reading)
        order.shippingMethod = reading.text(node, "shipment_method")
        order.notes = reading.text(node, "memo")
        order.customFields[Field.channelOrderId] = reading.keyText(node, "channel_id")
        order.customFields[Field.channel] = reading.text(node, "channel_name")
        if let test = node["is_test"]?.text { order.customFields[Field.testOrder] = test }
        return result(order, number: number, reading: reading, location: node.location)
    }

    private static func result(_ order: Order, number: String?, reading: NodeReading, location: Location) -> DecodeResult {
        if reading.errors.isEmpty { return .document(order, location) }
        return .failure(key: number.map { _ in order.key.rawValue }, errors: reading.errors, location: location)
    }

    static func canonicalStatus(_ state: MarketplaceOrderState) -> Order.Status {
        switch state {
        case .open: .open
        case .shipped: .shipped
        case .cancelled: .cancelled
        }
    }

    /// Addresses, customer, price and products: under `data` in the API, at the top in the push form.
    private static func fillCommon(_ order: inout Order, parts: Node, _ reading: inout NodeReading) {
        order.billingAddress = reading.object(parts, "billing").map { address($0, &reading) }
        order.shippingAddress = reading.object(parts, "shipping").map { address($0, &reading) }
        if let customer = reading.object(parts, "customer") {
            order.buyer = Party(
                companyName: reading.text(customer, "company"), contactName: personName(customer, &reading),
                email: reading.text(customer, "email"),
                phone: reading.text(customer, "phone") ?? reading.text(customer, "mobile"))
        }
        if let price = reading.object(parts, "price") {
            order.currency = reading.currency(price, "currency")
            order.shippingCost = reading.decimal(price, "shipping")
            order.paymentMethod = reading.text(price, "payment_method")
            if let discount = reading.decimal(price, "discount"), discount != 0 {
                order.discounts = [Discount(amount: discount)]
            }
        }
        order.lines = reading.list(parts, "products").enumerated().map { offset, product in line(product, offset + 1, &reading) }
        if order.lines.isEmpty { reading.missing("products", in: parts) }
    }

    private static func line(_ product: Node, _ number: Int, _ reading: inout NodeReading) -> OrderLine {
        var line = OrderLine(lineNumber: number, quantity: reading.requiredDecimal(product, "quantity") ?? 0)
        line.sku = reading.keyText(product, "article_number") ?? reading.requiredKeyText(product, "id")
        line.gtin = reading.keyText(product, "ean")
        line.description = reading.text(product, "title")
        line.unitPriceInclVat = reading.decimal(product, "price")
        if let price = line.unitPriceInclVat, let tax = reading.decimal(product, "price_tax") {
            line.unitPriceExclVat = price - tax
        }
        if let discount = reading.decimal(product, "discount"), discount != 0 { line.discount = discount }
        line.customFields[Field.orderItemId] = reading.keyText(product, "channable_order_item_id")
        line.customFields[Field.referenceCode] = reading.keyText(product, "reference_code")
        return line
    }

    private static func address(_ node: Node, _ reading: inout NodeReading) -> Address {
        var address = Address(
            name: personName(node, &reading), companyName: reading.text(node, "company"),
            street: reading.text(node, "street"), houseNumber: reading.keyText(node, "house_number"),
            houseNumberAddition: reading.keyText(node, "house_number_ext"), postalCode: reading.text(node, "zip_code"),
            city: reading.text(node, "city"), region: reading.text(node, "region") ?? reading.text(node, "state"),
            country: reading.country(node, "country_code"))
        address.servicePointId = reading.text(node, "pickup_point_name")
        // Without the NL-style street fields, the free address line stands as the street.
        if address.street == nil {
            address.street = reading.text(node, "address1") ?? reading.text(node, "address_line_1")
        }
        return address
    }

    private static func personName(_ node: Node, _ reading: inout NodeReading) -> String? {
        let parts = ["first_name", "middle_name", "last_name"].compactMap { reading.text(node, $0) }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// Channable's timestamps are UTC; the v1 samples leave the offset out.
    static func instant(_ node: Node, _ name: String, _ reading: inout NodeReading) -> BusinessDate? {
        guard let text = reading.text(node, name)?.trimmingCharacters(in: .whitespaces) else { return nil }
        let hasZone = text.count > 19 && (text.hasSuffix("Z") || text.dropFirst(19).contains("+") || text.dropFirst(19).contains("-"))
        if let value = BusinessDate(hasZone || !text.contains("T") ? text : text + "Z") { return value }
        reading.report(.mapInvalidDate, at: node[name]?.location ?? node.location, ["field": name, "value": text])
        return nil
    }
}

/// Reads a Channable order file document by document (`ChannableOrderReading`).
struct ChannableOrderSource: DocumentSource {
    private var reader: JSONRecordReader
    private var queued: [DecodeResult] = []
    var format: FileFormat { .json }

    init(path: String, displayName: String, settings: SourceSettings) throws {
        reader = try JSONRecordReader(path: path, displayName: displayName, options: JSONReaderOptions(limits: settings.limits))
    }

    mutating func next() throws -> DecodeResult? {
        while queued.isEmpty {
            guard let record = try reader.next() else { return nil }
            queued = ChannableOrderReading.decode(record.root)
        }
        return queued.removeFirst()
    }
}
