import Foundation
import GRDB
import Testing

@testable import Engine

/// The statements run per file and per document stay index lookups, so a ledger of millions of exports
/// answers them as fast as an empty one.
@Suite struct LedgerQueryPlanTests {
    @Test(arguments: HotQuery.all)
    func aPerDocumentStatementUsesAnIndex(_ sql: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-plan-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let ledger = try Ledger(path: folder + "/ledger.sqlite")
        let placeholders = sql.filter { $0 == "?" }.count
        let plan = try ledger.read { db -> String in
            try Row.fetchAll(
                db, sql: "EXPLAIN QUERY PLAN " + sql,
                arguments: StatementArguments(Array(repeating: "x", count: placeholders)))
                .map { $0["detail"] as String? ?? "" }.joined(separator: "; ")
        }
        #expect(
            plan.contains("USING INDEX") || plan.contains("USING COVERING INDEX") || plan.contains("USING INTEGER PRIMARY KEY"),
            "\(plan)")
        // No table read whole (a `SCAN CONSTANT ROW` of `SELECT EXISTS` reads none; a scan of
        // `json_each` reads the statement's own list of keys or ids).
        let scans = plan.components(separatedBy: "; ").filter {
            $0.hasPrefix("SCAN ") && $0 != "SCAN CONSTANT ROW" && !$0.hasPrefix("SCAN json_each VIRTUAL TABLE")
        }
        #expect(scans.isEmpty, "\(plan)")
    }
}
