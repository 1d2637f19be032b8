import Formats

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
        /// Nothing: the field is left empty (a status a system has that the canonical model lacks).
        case empty
    }

    public var name: String
    /// Source value → target value, in the order written. Keys match ignoring case and
    /// surrounding spaces; an exact match wins.
    public var entries: [(key: String, value: String)] {
        didSet { index = Self.index(entries) }
    }
    public var unmapped: Unmapped
    public var fallback: String?

    public init(name: String, entries: [(key: String, value: String)], unmapped: Unmapped = .error, fallback: String? = nil) {
        self.name = name
        self.entries = entries
        index = Self.index(entries)
        self.unmapped = unmapped
        self.fallback = fallback
    }

    /// Exact keys and folded keys (trimmed, lower case) to values; the first entry written wins.
    private var index: (exact: [String: String], folded: [String: String])

    private static func index(_ entries: [(key: String, value: String)]) -> (exact: [String: String], folded: [String: String]) {
        var exact: [String: String] = [:]
        var folded: [String: String] = [:]
        for entry in entries {
            if exact[entry.key] == nil { exact[entry.key] = entry.value }
            let key = fold(entry.key)
            if folded[key] == nil { folded[key] = entry.value }
        }
        return (exact, folded)
    }

    private static func fold(_ text: String) -> String { text.trimmedWhitespace.lowercased() }

    public func lookup(_ value: String) -> String? {
        index.exact[value] ?? index.folded[Self.fold(value)]
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
