/// What a document is: `order`, `article`, `stock`, `shipment`, and kinds connectors add
/// (`customer`, `price`, `cancellation`, `goods-delivery`, ...).
public struct DocumentKind: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    public static let order = DocumentKind("order")
    public static let article = DocumentKind("article")
    public static let stock = DocumentKind("stock")
    public static let shipment = DocumentKind("shipment")
    /// A sales price per price category (`SalesPrice`).
    public static let price = DocumentKind("price")
}

/// How exactly-once applies to a kind of document.
public enum ExportSemantics: String, Sendable, Codable {
    /// Orders, shipments: exported once per (target, kind, key, event), ever.
    case event
    /// Articles, stock, prices: a new version is exported when its payload changes.
    case state
}

/// An event a connector distinguishes for a document (order created, shipped, cancelled).
/// Canonical flows have one event per kind.
public struct EventName: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    public static let created = EventName("created")
    public static let state = EventName("state")
    public static let shipped = EventName("shipped")
    public static let cancelled = EventName("cancelled")
}
