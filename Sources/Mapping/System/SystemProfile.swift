import Canonical

/// What one system (`exact-online`, `sendcloud`, ...) reads and writes, the options it
/// takes and its default field mappings: everything `ferry check` needs to judge a flow or
/// target that names it, without the connector's code.
public struct SystemProfile: Sendable {
    /// The name written as `source:` or `system:` in `ferry.yml`.
    public var name: String
    /// Document kinds a flow with `source: <name>` may read.
    public var reads: Set<DocumentKind>
    /// Document kinds a target with `system: <name>` may write.
    public var writes: Set<DocumentKind>
    /// The keys allowed under `options:` of a flow (source) or target.
    public var options: [OptionSpec]
    /// The default field mappings, as the text of a `layouts:` section in the mapping language
    /// (docs/mapping.md). A layout applies to the flows or targets of its `kind:` and `direction:`;
    /// `fields:` overrides it field by field. `nil`: the system has no table (the canonical formats).
    public var layouts: String?
    /// The filters a flow reading this system starts with, as the text of a `filters:` list in
    /// ferry.yml's own syntax, chosen by the flow's kind and `options:`; the flow's own `filters:`
    /// come after them. `nil`: none.
    public var defaultFilters: (@Sendable (DocumentKind, ConnectorOptions) -> String?)?
    /// Defaults this system, as a target of a flow, gives the options of the flow's source
    /// system, by source system name (Visma.net takes the paid WooCommerce orders: `statuses`
    /// `processing, completed`). An option the flow sets itself wins.
    public var sourceOptionDefaults: [String: [String: String]] = [:]

    public init(name: String, reads: Set<DocumentKind>, writes: Set<DocumentKind>, options: [OptionSpec] = [],
                layouts: String? = nil, defaultFilters: (@Sendable (DocumentKind, ConnectorOptions) -> String?)? = nil) {
        self.name = name
        self.reads = reads
        self.writes = writes
        self.options = options
        self.layouts = layouts
        self.defaultFilters = defaultFilters
    }

    /// The options documented for one direction.
    public func options(for direction: LayoutDirection) -> [OptionSpec] {
        options.filter { $0.direction == direction }
    }
}

/// One documented key under `options:`.
public struct OptionSpec: Sendable, Hashable {
    public enum ValueType: Sendable, Hashable {
        case text
        case bool
        /// A whole number of at least `minimum`.
        case integer(minimum: Int)
        /// One of a fixed set of words.
        case choice([String])
        /// A mapping of names to text (`manual` customer fields, ...).
        case mapping
        /// Ferry's durations: `30s`, `15m`, `3h`, `2d`.
        case duration

        /// How the expected value is described in a message.
        public var summary: String {
            switch self {
            case .text: "text"
            case .bool: "true or false"
            case .integer(let minimum): "a whole number of at least \(minimum)"
            case .choice(let words): words.joined(separator: " | ")
            case .mapping: "a mapping of names to text"
            case .duration: "a duration such as 30s, 15m, 3h or 2d"
            }
        }
    }

    public var key: String
    public var direction: LayoutDirection
    public var type: ValueType
    /// `ferry check` reports a flow (source) or target that leaves it out (CONFIG-080).
    public var required: Bool
    /// Required only on flows of these kinds (`price-categories` of a WooCommerce price flow).
    public var requiredFor: Set<DocumentKind>
    /// For a choice: the words allowed on flows of a kind, where that kind allows fewer
    /// (`document: price` only on a price flow, and nothing else there).
    public var choicesFor: [DocumentKind: [String]]

    public init(_ key: String, _ direction: LayoutDirection, _ type: ValueType, required: Bool = false,
                requiredFor: Set<DocumentKind> = [], choicesFor: [DocumentKind: [String]] = [:]) {
        self.key = key
        self.direction = direction
        self.type = type
        self.required = required
        self.requiredFor = requiredFor
        self.choicesFor = choicesFor
    }

    /// Whether a flow of `kind` must set the option.
    public func isRequired(for kind: DocumentKind?) -> Bool {
        required || kind.map(requiredFor.contains) == true
    }
}

/// The `options:` of a flow or target, checked against the system's `OptionSpec`s.
public struct ConnectorOptions: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        case text(String)
        case bool(Bool)
        case integer(Int)
        case mapping([String: String])
        /// Seconds.
        case duration(Double)
    }

    public var values: [String: Value]
    /// The line of each key in ferry.yml (0 when built in), for errors found while running.
    public var lines: [String: Int]

    public init(values: [String: Value] = [:], lines: [String: Int] = [:]) {
        self.values = values
        self.lines = lines
    }

    public func text(_ key: String) -> String? {
        if case .text(let value)? = values[key] { return value }
        return nil
    }

    public func bool(_ key: String) -> Bool? {
        if case .bool(let value)? = values[key] { return value }
        return nil
    }

    public func integer(_ key: String) -> Int? {
        if case .integer(let value)? = values[key] { return value }
        return nil
    }

    public func mapping(_ key: String) -> [String: String]? {
        if case .mapping(let value)? = values[key] { return value }
        return nil
    }

    public func duration(_ key: String) -> Double? {
        if case .duration(let value)? = values[key] { return value }
        return nil
    }
}
