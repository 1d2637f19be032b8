/// A lookup table from source values to target values (`Goedgekeurd` → `approved`).
public struct ValueMap: Sendable, Hashable {
    /// What a value without an entry becomes.
    public enum Unmapped: String, Sendable, Hashable, CaseIterable {
        /// A located document error (MAP-110).
        case error
        /// The map's or the field's `default`.
        case `default`
        /// The value unchanged.
        case pass
    }

    public var name: String
    /// Source value → target value, in the order written. Keys match ignoring case and
    /// surrounding spaces; an exact match wins.
    public var entries: [(key: String, value: String)]
    public var unmapped: Unmapped
    public var fallback: String?

    public init(name: String, entries: [(key: String, value: String)], unmapped: Unmapped = .error, fallback: String? = nil) {
        self.name = name
        self.entries = entries
        self.unmapped = unmapped
        self.fallback = fallback
    }

    public func lookup(_ value: String) -> String? {
        if let exact = entries.first(where: { $0.key == value }) { return exact.value }
        let folded = value.trimmingCharacters(in: .whitespaces).lowercased()
        return entries.first { $0.key.trimmingCharacters(in: .whitespaces).lowercased() == folded }?.value
    }

    public static func == (lhs: ValueMap, rhs: ValueMap) -> Bool {
        lhs.name == rhs.name && lhs.unmapped == rhs.unmapped && lhs.fallback == rhs.fallback
            && lhs.entries.map(\.key) == rhs.entries.map(\.key) && lhs.entries.map(\.value) == rhs.entries.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        for entry in entries {
            hasher.combine(entry.key)
            hasher.combine(entry.value)
        }
    }
}
