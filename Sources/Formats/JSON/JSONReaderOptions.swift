/// Settings for reading a JSON file.
public struct JSONReaderOptions: Sendable, Hashable {
    public var limits: ReaderLimits
    /// A key written twice in one object: refused (`JSON-009`, the default: which value was
    /// meant is a guess), or the later value taken, for a system whose API is known to repeat
    /// a key (Sendcloud's parcels repeat `shipment`: `null`, then the object).
    public var laterKeyWins: Bool

    public init(limits: ReaderLimits = .default, laterKeyWins: Bool = false) {
        self.limits = limits
        self.laterKeyWins = laterKeyWins
    }
}
