import Foundation
import Testing

/// Invented Exact Online and Sendcloud files in their real shapes (Fixtures/exact-sendcloud),
/// with `@RECENT@` / `@OLD@` (Exact `/Date(ms)/`) and `@RECENTDAY@` (yyyy-MM-dd) filled relative
/// to today, so the 30-day filter has something to decide.
enum ConnectorFixtures {
    static func text(_ name: String) throws -> String {
        let resources = try #require(Bundle.module.resourceURL)
        var text = try String(contentsOf: resources.appendingPathComponent("Fixtures/exact-sendcloud/" + name), encoding: .utf8)
        let day = 86_400_000.0
        let today = (Date().timeIntervalSince1970 * 1000 / day).rounded(.down) * day
        let recent = today - 2 * day
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        text = text.replacingOccurrences(of: "@RECENT@", with: "/Date(\(Int64(recent)))/")
        text = text.replacingOccurrences(of: "@OLD@", with: "/Date(\(Int64(today - 60 * day)))/")
        text = text.replacingOccurrences(of: "@RECENTDAY@", with: formatter.string(from: Date(timeIntervalSince1970: recent / 1000)))
        return text
    }

    /// The names of the files in a target's outbox.
    static func names(_ root: FerryRoot, _ flow: String, _ target: String) -> [String] {
        root.outbox(flow, target).map { ($0 as NSString).lastPathComponent }.sorted()
    }

    /// The parsed JSON of an outbox file.
    static func json(_ root: FerryRoot, _ relative: String) throws -> [String: Any] {
        let data = try Data(contentsOf: root.url(relative))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}
