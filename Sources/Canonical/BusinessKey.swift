/// The identity of a document across files: source system, company/division where there
/// is one, order kind and number (an order), order and tracking number (a shipment), SKU
/// (an article). Rendered joined by `/`, e.g. `canonical/sales/SO-1001`.
public struct BusinessKey: Hashable, Sendable, Codable, CustomStringConvertible {
    public var parts: [String]
    public init(_ parts: [String]) { self.parts = parts }
    public init(_ parts: String...) { self.parts = parts }
    public var rawValue: String { parts.joined(separator: "/") }
    public var description: String { rawValue }
}
