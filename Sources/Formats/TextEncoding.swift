/// Character encodings Ferry decodes, strictly: an undecodable byte is an error, never
/// a silent replacement character.
public enum TextEncoding: String, Sendable, Hashable, Codable, CaseIterable {
    /// UTF-8, with or without a byte order mark; UTF-16 is recognised by its BOM.
    case utf8 = "utf-8"
    /// UTF-16 with a byte order mark (LE or BE).
    case utf16 = "utf-16"
    case windows1252 = "windows-1252"
    case iso88591 = "iso-8859-1"

    /// Parses names operators write: `UTF-8`, `utf8`, `cp1252`, `latin1`, ...
    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "utf-16", "utf16", "utf-16le", "utf-16be": self = .utf16
        case "windows-1252", "cp1252", "win-1252", "windows1252": self = .windows1252
        case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "iso88591": self = .iso88591
        default: return nil
        }
    }
}
