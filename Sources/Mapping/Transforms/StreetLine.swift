/// A street line taken apart: street name, house number and addition.
public struct StreetLine: Hashable, Sendable, CustomStringConvertible {
    /// The street name (or `Postbus`, `Postfach`: the PO-box word) as written.
    public var street: String
    /// The house or PO-box number as written, a range like `5-7` included; `nil` when the line has none.
    public var number: String?
    /// What follows the number: `A`, `III`, `hs`, `bus 3`; `nil` when nothing does.
    public var addition: String?

    public init(street: String, number: String? = nil, addition: String? = nil) {
        self.street = street
        self.number = number
        self.addition = addition
    }

    public var description: String {
        [street, number ?? "-", addition ?? "-"].joined(separator: " / ")
    }
}
