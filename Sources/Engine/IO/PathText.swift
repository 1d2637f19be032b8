/// The folder and the name of a path, split at its last `/` as `NSString`'s
/// `deletingLastPathComponent` and `lastPathComponent` split it (trailing slashes ignored),
/// without bridging the path to `NSString` and back, which cost a big export about 3% of its
/// CPU (several paths per order). For the paths Ferry builds: no `.` or `..` components.
enum PathText {
    private static let slash = UInt8(ascii: "/")

    /// `/a/b.json` → `/a`; `/a` → `/`; `b.json` → `` (no folder).
    static func folder(of path: String) -> String {
        let bytes = trimmed(path)
        guard let last = bytes.lastIndex(of: slash) else { return "" }
        guard let end = bytes[..<last].lastIndex(where: { $0 != slash }) else { return "/" }
        return String(path[...end])
    }

    /// `/a/b.json` → `b.json`; `/` → `/`; `b.json` → `b.json`.
    static func name(of path: String) -> String {
        let bytes = trimmed(path)
        guard let last = bytes.lastIndex(of: slash) else { return String(path[bytes.startIndex..<bytes.endIndex]) }
        let start = bytes.index(after: last)
        return start == bytes.endIndex ? "/" : String(path[start..<bytes.endIndex])
    }

    /// The path's bytes without trailing slashes (`/` stays `/`).
    private static func trimmed(_ path: String) -> Substring.UTF8View {
        let bytes = path[...].utf8
        guard let last = bytes.lastIndex(where: { $0 != slash }) else { return bytes.prefix(1) }
        return bytes[...last]
    }
}
