import Foundation
import GRDB
import Testing

@testable import Engine

/// The console's Files page must stay fast with a million files: every filter reads the
/// `file` table in primary-key order (a keyset page stops after `limit` rows, never sorts),
/// and a flow filter goes through the flow index.
@Suite struct ConsoleQueryPlanTests {
    func plan(_ filter: ConsoleFileFilter) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-plan-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let ledger = try Ledger(path: folder + "/ledger.sqlite")
        let (sql, arguments) = Ledger.consoleFilesQuery(filter, limit: 51)
        return try ledger.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String? ?? "" }
        }
    }

    static let day = Date(timeIntervalSince1970: 1_790_000_000)

    static let filters: [ConsoleFileFilter] = [
        ConsoleFileFilter(),
        ConsoleFileFilter(before: 900_000),
        ConsoleFileFilter(flow: "orders"),
        ConsoleFileFilter(flow: "orders", before: 900_000),
        ConsoleFileFilter(flow: "orders", outcome: "failed", before: 900_000),
        ConsoleFileFilter(outcome: "partial", name: "orders_2026"),
        ConsoleFileFilter(receivedFrom: day, receivedTo: day.addingTimeInterval(86_400), before: 900_000),
    ]

    @Test(arguments: filters)
    func filesAreReadInKeyOrderWithoutSorting(_ filter: ConsoleFileFilter) throws {
        let plan = try plan(filter)
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
        if filter.flow != nil {
            #expect(plan.contains { $0.contains("USING INDEX") && $0.contains("flow=?") }, "\(plan)")
        }
        if filter.before != nil && filter.flow == nil {
            #expect(plan.contains { $0.contains("INTEGER PRIMARY KEY") && $0.contains("rowid<?") }, "\(plan)")
        }
    }

    @Test func nameSearchTreatsWildcardsAsText() throws {
        let (sql, arguments) = Ledger.consoleFilesQuery(ConsoleFileFilter(name: "50%_off"), limit: 10)
        #expect(sql.contains("LIKE ? ESCAPE '\\'"))
        #expect(arguments == ["%50\\%\\_off%"])
    }
}
