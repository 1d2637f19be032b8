/// An error an operator can act on: a stable code, a location, and the values
/// that the message in each language is built from.
///
/// The error carries no rendered text; `message(in:)` and `hint(in:)` build it from
/// the catalog, so the same error reads correctly in English, Dutch, German and French.
public struct FerryError: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    public var code: ErrorCode
    public var location: Location?
    /// Values the message templates refer to as `{name}`.
    public var arguments: [String: String]

    public init(_ code: ErrorCode, at location: Location? = nil, _ arguments: [String: String] = [:]) {
        self.code = code
        self.location = location
        self.arguments = arguments
    }

    public func message(in language: Language = .en) -> String {
        Catalog.render(code, part: .message, language: language, arguments: arguments)
    }

    public func hint(in language: Language = .en) -> String {
        Catalog.render(code, part: .hint, language: language, arguments: arguments)
    }

    /// `[CSV-003] orders.csv:12 field sku: unclosed quote…` in English.
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "[\(code)] \(place)\(message(in: .en))"
    }

    /// The same error, placed at `location` unless it already has one.
    public func located(_ location: Location) -> FerryError {
        var copy = self
        if copy.location == nil { copy.location = location }
        return copy
    }
}
