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

    /// Lineage and `ferry log --key` by the whole key or its last parts (`SO-1001`) look the
    /// key up in the key index or the last-part index (migration v9), never read every row.
    @Test(arguments: ["document", "activity"])
    func aKeyIsLookedUpByIndexWholeOrByItsLastParts(_ table: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-plan-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let ledger = try Ledger(path: folder + "/ledger.sqlite")
        let filter = KeyFilter.exact("sales/SO-1001")
        let plan = try ledger.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT id FROM \(table) t WHERE \(filter.sql("t.key"))", arguments: filter.arguments)
                .map { $0["detail"] as String? ?? "" }
        }
        #expect(plan.contains { $0.contains("MULTI-INDEX OR") }, "\(plan)")
        #expect(plan.contains { $0.contains("\(table)_keyTail") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN") }, "\(plan)")
        // And it finds what it did before: the whole key, or its last parts after a `/`.
        try ledger.write { db in
            try db.execute(
                sql: """
                    INSERT INTO file (id, flow, originalName, sha256, size, receivedAt, attempt, state, claimToken)
                      VALUES (1, 'orders', 'a.json', 'x', 1, '2026-01-01 00:00:00.000', 1, 'archived', 't1');
                    INSERT INTO document (fileId, attempt, ordinal, kind, key, outcome, outputsJSON, errorsJSON) VALUES
                      (1, 1, 1, 'order', 'canonical/sales/SO-1001', 'exported', '[]', '[]'),
                      (1, 1, 2, 'order', 'canonical/sales/SO-10011', 'exported', '[]', '[]'),
                      (1, 1, 3, 'order', 'canonical/presales/SO-1001', 'exported', '[]', '[]'),
                      (1, 1, 4, 'order', 'SO-1001', 'exported', '[]', '[]');
                    """)
        }
        func keys(_ filter: KeyFilter) throws -> [String] {
            try ledger.read { db in
                try String.fetchAll(db, sql: "SELECT key FROM document d WHERE \(filter.sql("d.key")) ORDER BY id", arguments: filter.arguments)
            }
        }
        #expect(try keys(.exact("sales/SO-1001")) == ["canonical/sales/SO-1001"])
        #expect(try keys(.exact("SO-1001")) == ["canonical/sales/SO-1001", "canonical/presales/SO-1001", "SO-1001"])
        #expect(try keys(.exact("canonical/sales/SO-1001")) == ["canonical/sales/SO-1001"])
    }

    @Test func nameSearchTreatsWildcardsAsText() throws {
        let (sql, arguments) = Ledger.consoleFilesQuery(ConsoleFileFilter(name: "50%_off"), limit: 10)
        #expect(sql.contains("LIKE ? ESCAPE '\\'"))
        #expect(arguments == ["%50\\%\\_off%"])
    }
}
