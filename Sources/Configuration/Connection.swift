/// Credentials and settings an operator stores for a connector (`connections:` in
/// `ferry.yml`). Every value is kept as a `SecretValue`, so none can reach a log line,
/// a status record or `ferry check` output by being printed.
public struct Connection: Sendable, Hashable {
    public var name: String
    public var settings: [String: SecretValue]

    public init(name: String, settings: [String: SecretValue]) {
        self.name = name
        self.settings = settings
    }
}

/// A value that never prints itself.
public struct SecretValue: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    private let value: String

    public init(_ value: String) { self.value = value }

    /// The value itself, for the connector that sends it; never for messages.
    public func reveal() -> String { value }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }
}
