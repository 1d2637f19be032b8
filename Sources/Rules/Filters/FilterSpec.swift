import Canonical

/// A filter as `ferry.yml` writes it in a flow's `filters:`.
public enum FilterSpec: Sendable, Hashable {
    /// `status: [open, processing]`: the order's status is one of these.
    case status([String])
    /// `order-date-within-days: 30`: ordered at most this many days before now (the engine's clock).
    case orderDateWithinDays(Int)
    /// `flag: customFields.syncToProductFlow`: the field holds a yes value (`Truthiness.truthy`).
    case flag(FieldPath)
    /// `{ field: buyer.email, exists: true }` and the other comparisons.
    case field(FieldPath, Comparison)

    /// What a `field:` filter compares: texts ignoring case, numbers by value.
    public enum Comparison: Sendable, Hashable {
        case equals(String)
        case notEquals(String)
        case oneOf([String])
        case noneOf([String])
        case exists(Bool)
        case matches(FieldPattern)

        /// The keys as written in ferry.yml.
        public static let keys = ["equals", "not-equals", "in", "not-in", "exists", "matches"]
    }

    /// The keys that start each kind of filter.
    public static let names = ["status", "order-date-within-days", "flag", "field"]

    /// The document kinds a filter of this name handles; `nil`: every kind.
    public static func kinds(of name: String) -> [DocumentKind]? {
        switch name {
        case "status", "order-date-within-days": [.order]
        default: nil
        }
    }
}
