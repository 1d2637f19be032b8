/// How to read one CSV file: delimiter, encoding and size limits.
public struct CSVReaderOptions: Sendable, Hashable {
    /// A single ASCII character other than `"`, CR or LF; `nil` detects it from the header line.
    public var delimiter: Character?
    /// `nil` reads UTF-8 (BOM optional). A UTF-8 or UTF-16 byte order mark overrides this setting.
    public var encoding: TextEncoding?
    public var limits: ReaderLimits

    public init(delimiter: Character? = nil, encoding: TextEncoding? = nil, limits: ReaderLimits = .default) {
        self.delimiter = delimiter
        self.encoding = encoding
        self.limits = limits
    }
}
