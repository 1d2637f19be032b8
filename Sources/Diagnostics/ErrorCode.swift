/// A stable key into the message catalog: an error code such as `CSV-003`, or the key of an
/// operator text that is not an error, such as `waiting.settling` (lower case, dotted; see `Note`).
///
/// Scripts, tests and the ledger match on the code, never on the text. Codes are
/// defined next to their messages in the `Catalog/` files, one file per area.
public struct ErrorCode: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
}
