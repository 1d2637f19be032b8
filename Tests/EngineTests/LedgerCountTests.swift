import Configuration
import Foundation
import GRDB
import Logging
import SharedFiles
import Testing

@testable import Engine

/// The running totals behind `/metrics` (Ledger+Counts, ledger migration v9): kept by
/// triggers, they must always equal a count of the tables, and reading them must not read
/// the tables.
@Suite struct LedgerCountTests {
    static func temporaryRoot() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-counts-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: root + "/inbox/orders", withIntermediateDirectories: true)
        return root
    }

    /// The totals as the triggers kept them, and as a count of the tables (rows at 0 left out).
    static func totals(_ ledger: Ledger) throws -> (kept: [String], counted: [String], durationsKept: Int, durationsCounted: Int) {
        try ledger.read { db in
            let kept = try Row.fetchAll(db, sql: "SELECT metric, flow, outcome, n FROM ledgerCount WHERE n <> 0 ORDER BY 1, 2, 3")
                .map { "\($0["metric"] as String) \($0["flow"] as String) \($0["outcome"] as String) \($0["n"] as Int)" }
            let counted = try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM (
                      SELECT 'document' AS metric, f.flow, d.outcome, COUNT(*) AS n FROM document d
                        JOIN file f ON f.id = d.fileId AND f.attempt = d.attempt GROUP BY f.flow, d.outcome
                      UNION ALL SELECT 'file', flow, outcome, COUNT(*) FROM file WHERE outcome IS NOT NULL GROUP BY flow, outcome
                      UNION ALL SELECT 'unresolved', flow, outcome, COUNT(*) FROM file
                        WHERE outcome IN ('failed', 'partial') AND resolvedAt IS NULL GROUP BY flow, outcome)
                    ORDER BY 1, 2, 3
                    """
            ).map { "\($0["metric"] as String) \($0["flow"] as String) \($0["outcome"] as String) \($0["n"] as Int)" }
            let durationsKept = try Int.fetchOne(db, sql: "SELECT SUM(n) FROM exportDuration") ?? 0
            let durationsCounted = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM export WHERE exportedAt IS NOT NULL") ?? 0
            return (kept, counted, durationsKept, durationsCounted)
        }
    }

    @Test func theTotalsFollowRunsReprocessingResolvingAndPruning() throws {
        let root = try Self.temporaryRoot()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let yaml = """
            retention: { archive: 1d }
            flows:
              - name: orders
                kind: order
                pickup: { settle: 0 }
                targets:
                  - { name: erp, format: json }
            """
        let checked = ConfigLoader.check(yaml: yaml, knownSystems: ["canonical"], systems: [])
        let config = try #require(checked.config, Comment(rawValue: "\(checked.issues)"))
        let clock = TestClock(Date(timeIntervalSince1970: 1_795_000_000))
        let engine = try Engine(root: root, config: config, logger: Logger(label: "test"), clock: { clock.now })
        for (name, text) in [
            ("a.json", #"[{"number":"SO-1"},{"number":"SO-2"}]"#), ("b.json", #"[{"number":"SO-3"}]"#), ("c.json", "[{not json"),
        ] {
            try TestFile.write(text, to: root + "/inbox/orders/" + name, atomically: true)
        }
        _ = engine.run(observe: false)
        var totals = try Self.totals(engine.ledger)
        #expect(totals.kept == totals.counted)
        #expect(totals.kept.contains("file orders failed 1") && totals.kept.contains("unresolved orders failed 1"), "\(totals.kept)")
        #expect(totals.kept.contains("document orders exported 3"), "\(totals.kept)")
        #expect(totals.durationsKept == 3 && totals.durationsCounted == 3)

        // A forced reprocess: attempt 2's documents replace attempt 1's in the counts; its exports add durations.
        let ids = try engine.ledger.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM file ORDER BY id") }
        _ = engine.reprocess(ReprocessRequest(selectors: ["\(ids[0])"], reason: "again", force: true))
        try engine.resolve(id: ids[2], reason: "by hand")
        totals = try Self.totals(engine.ledger)
        #expect(totals.kept == totals.counted)
        #expect(!totals.kept.contains { $0.hasPrefix("unresolved") }, "\(totals.kept)")
        #expect(totals.durationsKept == totals.durationsCounted && totals.durationsKept == 5)

        // Pruning compacts the documents away.
        clock.advance(hours: 72)
        _ = try engine.prune(dryRun: false)
        totals = try Self.totals(engine.ledger)
        #expect(totals.kept == totals.counted)
        #expect(!totals.kept.contains { $0.hasPrefix("document") }, "\(totals.kept)")

        let metrics = try engine.ledger.metrics(flows: ["orders"])
        #expect(metrics.files.filter { $0.count > 0 }.map(\.outcome).sorted() == ["exported", "failed"])
        #expect(metrics.unresolved["orders", default: 0] == 0)
        #expect(metrics.exportDurations.map(\.counts).map { $0.reduce(0, +) } == [5])
        #expect(metrics.lastSuccess["orders"] != nil)
    }

    @Test func aReplacedDocumentIsCountedOnce() throws {
        let root = try Self.temporaryRoot()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let ledger = try Ledger(path: root + "/ledger.sqlite")
        try ledger.write { db in
            try db.execute(
                sql: """
                    INSERT INTO file (id, flow, originalName, sha256, size, receivedAt, attempt, state, outcome, claimToken)
                      VALUES (1, 'orders', 'a.json', 'x', 1, '2026-01-01 00:00:00.000', 1, 'archived', 'exported', 't1');
                    INSERT INTO document (fileId, attempt, ordinal, kind, key, outcome, outputsJSON, errorsJSON)
                      VALUES (1, 1, 1, 'order', 'SO-1', 'failed', '[]', '[]');
                    INSERT OR REPLACE INTO document (fileId, attempt, ordinal, kind, key, outcome, outputsJSON, errorsJSON)
                      VALUES (1, 1, 1, 'order', 'SO-1', 'exported', '[]', '[]');
                    UPDATE document SET outcome = 'amended-after-export';
                    """)
        }
        let totals = try Self.totals(ledger)
        #expect(totals.kept == totals.counted)
        #expect(totals.kept.contains("document orders amended-after-export 1"), "\(totals.kept)")
    }

    @Test func aVersion7LedgerGetsItsTotalsCountedWhenMigrated() throws {
        let root = try Self.temporaryRoot()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/ledger.sqlite"
        do {
            let pool = try DatabasePool(path: path)
            try Ledger.migrator.migrate(pool, upTo: "v7: status indexes and silence alerts")
            try pool.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO file (id, flow, originalName, sha256, size, receivedAt, attempt, state, outcome, claimToken)
                          VALUES (1, 'orders', 'a.json', 'x', 1, '2026-01-01 00:00:00.000', 2, 'archived', 'exported', 't1'),
                                 (2, 'orders', 'b.json', 'y', 1, '2026-01-01 00:00:00.000', 1, 'archived', 'failed', 't2');
                        INSERT INTO document (fileId, attempt, ordinal, kind, key, outcome, outputsJSON, errorsJSON)
                          VALUES (1, 1, 1, 'order', 'SO-1', 'failed', '[]', '[]'), (1, 2, 1, 'order', 'SO-1', 'exported', '[]', '[]'),
                                 (2, 1, 1, 'order', 'SO-2', 'failed', '[]', '[]');
                        INSERT INTO export (target, kind, key, event, generation, state, fileId, attempt, owner, contentHash, documentJSON,
                                            tempPath, outputPath, copyPath, forced, createdAt, exportedAt)
                          VALUES ('erp', 'order', 'SO-1', 'created', 1, 'done', 1, 2, 'p', 'h', '{}', '', 'outbox/a', 'archive/a', 0,
                                  '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.040');
                        """)
            }
        }
        let ledger = try Ledger(path: path)
        let totals = try Self.totals(ledger)
        #expect(totals.kept == totals.counted)
        #expect(totals.kept == [
            "document orders exported 1", "document orders failed 1", "file orders exported 1", "file orders failed 1",
            "unresolved orders failed 1",
        ])
        let durations = try ledger.metrics(flows: ["orders"]).exportDurations
        #expect(durations.count == 1)
        #expect(durations.first?.counts[3] == 1, "40 ms falls in the bucket up to 50 ms: \(durations)")
        #expect(abs((durations.first?.seconds ?? 0) - 0.04) < 0.001)
    }

    /// Every statement of `/metrics` reads a small table of totals or an index range: none
    /// reads the file, document or export table through.
    @Test(arguments: [
        ("counts", Ledger.metricsSQL.counts), ("in progress", Ledger.metricsSQL.inProgress), ("amended", Ledger.metricsSQL.amended),
        ("last success", Ledger.metricsSQL.lastSuccess), ("durations", Ledger.metricsSQL.durations),
    ])
    func aMetricsStatementReadsNoTableThrough(_ name: String, _ sql: String) throws {
        let root = try Self.temporaryRoot()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let ledger = try Ledger(path: root + "/ledger.sqlite")
        let plan = try ledger.read { db in
            try Row.fetchAll(
                db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: StatementArguments(Array(repeating: "orders", count: sql.filter { $0 == "?" }.count))
            ).map { $0["detail"] as String? ?? "" }
        }
        for table in ["file", "document", "export", "activity", "attempt"] {
            let words = { (line: String) in line.split(separator: " ").map(String.init) }
            #expect(!plan.contains { words($0).prefix(2) == ["SCAN", table] && !$0.contains("USING") }, "\(name): \(plan)")
        }
        if name == "last success" {  // the newest first straight from the index, stopping at the first
            #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(name): \(plan)")
        }
        if !["counts", "durations"].contains(name) {
            #expect(plan.contains { $0.contains("USING INDEX") || $0.contains("USING COVERING INDEX") }, "\(name): \(plan)")
        }
    }
}
