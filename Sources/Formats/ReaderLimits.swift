/// Guards against inputs no real order file reaches; each is a coded error when exceeded.
public struct ReaderLimits: Sendable, Hashable, Codable {
    /// Longest field, string or text node, in bytes (64 MiB).
    public var maxFieldBytes: Int
    /// Deepest nesting of JSON containers or XML elements.
    public var maxDepth: Int
    /// Most CSV columns in one row.
    public var maxColumns: Int

    public init(maxFieldBytes: Int = 64 << 20, maxDepth: Int = 256, maxColumns: Int = 10_000) {
        self.maxFieldBytes = maxFieldBytes
        self.maxDepth = maxDepth
        self.maxColumns = maxColumns
    }

    public static let `default` = ReaderLimits()
}
