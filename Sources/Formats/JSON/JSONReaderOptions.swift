/// Settings for reading a JSON file.
public struct JSONReaderOptions: Sendable, Hashable {
    public var limits: ReaderLimits

    public init(limits: ReaderLimits = .default) {
        self.limits = limits
    }
}
