import Diagnostics

/// Small text transforms. Lengths and indexes count characters as a reader sees them (`é` is one).
public enum TextTransform {
    public enum Side: String, Sendable, CaseIterable { case leading, trailing }

    /// `text` without leading and trailing white space, line breaks and no-break spaces included.
    public static func trim(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    /// Upper case, independent of any locale (`ß` becomes `SS`).
    public static func upper(_ text: String) -> String { text.uppercased() }

    /// Lower case, independent of any locale.
    public static func lower(_ text: String) -> String { text.lowercased() }

    /// The parts joined with `separator`, leaving out parts that are empty or only white space.
    public static func concatenate(_ parts: [String?], separator: String) -> String {
        parts.compactMap { $0 }.filter { !trim($0).isEmpty }.joined(separator: separator)
    }

    /// Part `index` of `text` cut at each `separator`: 0 is the first, -1 the last; `""` when there is no
    /// such part. MAP-109 for an empty separator.
    public static func split(_ text: String, separator: String, index: Int, at location: Location) throws -> String {
        guard !separator.isEmpty else { throw FerryError.badSetting("split", "separator", separator, at: location) }
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        let position = index < 0 ? parts.count + index : index
        guard parts.indices.contains(position) else { return "" }
        return String(parts[position])
    }

    /// `text` with every `target` replaced by `replacement`; MAP-109 for an empty target.
    public static func replace(
        _ target: String, with replacement: String, in text: String, at location: Location
    ) throws -> String {
        guard !target.isEmpty else { throw FerryError.badSetting("replace", "target", target, at: location) }
        return text.replacing(target, with: replacement)
    }

    /// `text` padded with `character` on `side` up to `length` characters; longer text is left as it is.
    /// MAP-109 for a negative length.
    public static func pad(
        _ text: String, toLength length: Int, with character: Character = " ", side: Side = .leading,
        at location: Location
    ) throws -> String {
        guard length >= 0 else { throw FerryError.badSetting("pad", "length", String(length), at: location) }
        let padding = String(repeating: character, count: max(0, length - text.count))
        return side == .leading ? padding + text : text + padding
    }

    /// The first `length` characters of `text`; MAP-109 for a negative length.
    public static func truncate(_ text: String, toLength length: Int, at location: Location) throws -> String {
        guard length >= 0 else { throw FerryError.badSetting("truncate", "length", String(length), at: location) }
        return String(text.prefix(length))
    }

    /// `text`, or `fallback` when `text` is absent, empty or only white space.
    public static func defaultIfEmpty(_ text: String?, _ fallback: String) -> String {
        guard let text, !trim(text).isEmpty else { return fallback }
        return text
    }
}
