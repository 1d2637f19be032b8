import Foundation

/// How Ferry reads yes/no values in data and settings.
public enum Truthiness {
    /// The values a `flag:` filter takes as set: true, 1, yes, ja, y, j, on, oui, x (any case).
    public static let truthy: Set<String> = ["true", "1", "yes", "ja", "y", "j", "on", "oui", "x"]
    static let falsy: Set<String> = ["false", "0", "no", "nee", "nein", "non", "n", "off"]

    /// Whether a data value counts as set: one of `truthy`, after trimming.
    public static func isSet(_ text: String) -> Bool {
        truthy.contains(text.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// A yes/no setting or reference cell: `true`, `false`, `nil` when it is neither.
    public static func strict(_ text: String) -> Bool? {
        let folded = text.trimmingCharacters(in: .whitespaces).lowercased()
        if truthy.contains(folded) && folded != "x" { return true }
        if falsy.contains(folded) { return false }
        return nil
    }
}
