import Configuration
import Foundation
import GRDB
import Testing

@testable import Engine

/// The windows of `expect:` (silence alerts), their ledger rows, and the status queries'
/// plans (issue 14).
@Suite struct SilenceWindowTests {
    static func date(_ text: String) throws -> Date { try #require(ISO8601DateFormatter().date(from: text)) }
    static let amsterdam = Expectation(.daily(hour: 6, minute: 0, timeZone: "Europe/Amsterdam"))

    @Test func aDayWithoutAFileIsMissedAtItsDeadlineInTheFlowsTimeZone() throws {
        let since = try Self.date("2026-01-05T12:00:00Z")
        let lastFile = try Self.date("2026-01-06T04:30:00Z")  // 05:30 in Amsterdam, before the 6 January deadline
        // 7 January 05:59 Amsterdam (04:59 UTC): the window of 7 January has not ended yet.
        #expect(SilenceWindow.missed(Self.amsterdam, now: try Self.date("2026-01-07T04:59:00Z"), lastFile: lastFile, since: since) == nil)
        // 06:00 Amsterdam is 05:00 UTC in winter: from then on the window 6 → 7 January is missed.
        let missed = try #require(
            SilenceWindow.missed(Self.amsterdam, now: try Self.date("2026-01-07T05:00:00Z"), lastFile: lastFile, since: since))
        #expect(missed.start == (try Self.date("2026-01-06T05:00:00Z")))
        #expect(missed.end == (try Self.date("2026-01-07T05:00:00Z")))
        // In summer the same deadline is 04:00 UTC.
        let summer = try #require(
            SilenceWindow.missed(Self.amsterdam, now: try Self.date("2026-07-07T04:00:00Z"), lastFile: nil, since: since))
        #expect(summer.end == (try Self.date("2026-07-07T04:00:00Z")))
    }

    @Test func aFileInTheWindowOrLateKeepsItFromBeingMissed() throws {
        let since = try Self.date("2026-01-01T00:00:00Z")
        let now = try Self.date("2026-01-07T09:00:00Z")
        #expect(SilenceWindow.missed(Self.amsterdam, now: now, lastFile: try Self.date("2026-01-06T20:00:00Z"), since: since) == nil)
        #expect(SilenceWindow.missed(Self.amsterdam, now: now, lastFile: try Self.date("2026-01-07T08:00:00Z"), since: since) == nil)
        // Exactly at the previous deadline belongs to the window before.
        #expect(SilenceWindow.missed(Self.amsterdam, now: now, lastFile: try Self.date("2026-01-06T05:00:00Z"), since: since) != nil)
    }

    @Test func windowsThatEndedBeforeTheExpectationWasWatchedAreNotJudged() throws {
        let since = try Self.date("2026-01-07T06:00:00Z")
        #expect(SilenceWindow.missed(Self.amsterdam, now: try Self.date("2026-01-07T10:00:00Z"), lastFile: nil, since: since) == nil)
        #expect(SilenceWindow.missed(Self.amsterdam, now: try Self.date("2026-01-08T05:00:00Z"), lastFile: nil, since: since) != nil)
    }

    @Test func withinCountsWholeSpansFromTheLastFile() throws {
        let expectation = Expectation(.within(seconds: 26 * 3600))
        let last = try Self.date("2026-01-01T00:00:00Z")
        #expect(SilenceWindow.missed(expectation, now: last.addingTimeInterval(26 * 3600 - 1), lastFile: last, since: last) == nil)
        let first = try #require(SilenceWindow.missed(expectation, now: last.addingTimeInterval(30 * 3600), lastFile: last, since: last))
        #expect(first.end == last.addingTimeInterval(26 * 3600))
        let second = try #require(SilenceWindow.missed(expectation, now: last.addingTimeInterval(53 * 3600), lastFile: last, since: last))
        #expect(second.end == last.addingTimeInterval(52 * 3600))
        #expect(second.start == first.end)
    }
}

extension SilenceWindowTests {
    static func ledger() throws -> (Ledger, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-silence-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return (try Ledger(path: folder + "/ledger.sqlite"), folder)
    }

    @Test func aMissedWindowIsRecordedAndNotifiedOnceAndClearedByALateFile() throws {
        let (ledger, folder) = try Self.ledger()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let window = (start: try Self.date("2026-01-06T05:00:00Z"), end: try Self.date("2026-01-07T05:00:00Z"))
        let now = try Self.date("2026-01-07T05:01:00Z")
        let first = try ledger.recordSilence(flow: "orders", lastFile: nil, missed: window, now: now)
        #expect(first.map(\.windowEnd) == [window.end])
        // Evaluated again (another process, a restart): recorded once, notified once.
        #expect(try ledger.recordSilence(flow: "orders", lastFile: nil, missed: window, now: now.addingTimeInterval(60)).isEmpty)
        #expect(try ledger.openSilences(flow: "orders").count == 1)
        #expect(try ledger.openSilences(flow: "other").isEmpty)
        // A file before the window's end does not clear it; one after does.
        _ = try ledger.recordSilence(flow: "orders", lastFile: window.start, missed: nil, now: now)
        #expect(try ledger.openSilences(flow: "orders").count == 1)
        _ = try ledger.recordSilence(flow: "orders", lastFile: now.addingTimeInterval(3600), missed: nil, now: now)
        #expect(try ledger.openSilences(flow: "orders").isEmpty)
    }

    @Test func theFirstEvaluationSetsSinceAndKeepsIt() throws {
        let (ledger, folder) = try Self.ledger()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try Self.date("2026-01-01T00:00:00Z")
        #expect(try ledger.expectationSince(flow: "orders", now: first, record: false) == nil)
        #expect(try ledger.expectationSince(flow: "orders", now: first, record: true) == first)
        #expect(try ledger.expectationSince(flow: "orders", now: first.addingTimeInterval(99), record: true) == first)
    }
}

/// A ledger of an earlier version gains migration v7 when it is opened.
@Suite struct MigrationV7Tests {
    @Test func aVersion6LedgerGainsTheIndexesAndTables() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-v7-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/ledger.sqlite"
        do {
            let pool = try DatabasePool(path: path)
            try Ledger.migrator.migrate(pool, upTo: "v6: the document a timer holds")
            try pool.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO file (flow, originalName, sha256, size, receivedAt, attempt, state, claimToken)
                        VALUES ('orders', 'a.json', 'x', 1, '2026-01-01 00:00:00.000', 1, 'archived', 'c1')
                        """)
            }
        }
        let ledger = try Ledger(path: path)
        let (migrations, indexes, tables, pruned) = try ledger.read { db in
            (
                try Ledger.migrator.appliedMigrations(db),
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'"),
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"),
                try String.fetchOne(db, sql: "SELECT pruned FROM file")
            )
        }
        #expect(migrations.contains("v7: status indexes and silence alerts"))
        for index in ["file_flow_outcome", "file_flow_processedAt", "file_state", "document_outcome", "file_flow_receivedAt", "file_pruned"] {
            #expect(indexes.contains(index), "\(index)")
        }
        #expect(tables.contains("silence") && tables.contains("expectation"))
        #expect(pruned == nil)
    }
}

/// `ferry status` and the console's overview per flow are index lookups, not a read of every
/// file of the flow (issue 14: 3.7 s at 1,000,000 files before).
@Suite struct StatusQueryPlanTests {
    static let statements: [(String, String)] = [
        ("counts", Ledger.flowSummarySQL.counts), ("failed", Ledger.flowSummarySQL.failed),
        ("amended", Ledger.flowSummarySQL.amended), ("in progress", Ledger.flowSummarySQL.inProgress),
        ("filtered", Ledger.flowSummarySQL.filtered), ("today and this week", Ledger.consoleOutcomeCountsSQL),
        ("last file", Ledger.lastFileSQL),
    ]

    @Test(arguments: statements)
    func aStatusStatementIsAnIndexLookup(_ name: String, _ sql: String) throws {
        let (ledger, folder) = try SilenceWindowTests.ledger()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let placeholders = sql.filter { $0 == "?" }.count
        let plan = try ledger.read { db -> [String] in
            try Row.fetchAll(
                db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: StatementArguments(Array(repeating: "x", count: placeholders))
            ).map { $0["detail"] as String? ?? "" }
        }
        // Every table is searched through an index (or its primary key), none scanned.
        #expect(!plan.contains { $0.hasPrefix("SCAN") }, "\(name): \(plan)")
        #expect(
            plan.contains { $0.contains("USING INDEX") || $0.contains("USING COVERING INDEX") || $0.contains("USING PRIMARY KEY") },
            "\(name): \(plan)")
    }

    @Test func theCountsReadOnlyTheIndex() throws {
        let (ledger, folder) = try SilenceWindowTests.ledger()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // The all-time counts are the running totals (Ledger+Counts): one row per outcome.
        let totals = try ledger.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + Ledger.flowSummarySQL.counts, arguments: ["orders"])
                .map { $0["detail"] as String? ?? "" }
        }
        #expect(totals.contains { $0.contains("SEARCH ledgerCount USING PRIMARY KEY (metric=? AND flow=?)") }, "\(totals)")
        for sql in [Ledger.consoleOutcomeCountsSQL] {
            let plan = try ledger.read { db in
                let arguments = Array(["orders", "2026-01-01", "2026-01-02"].prefix(sql.filter { $0 == "?" }.count))
                return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: StatementArguments(arguments))
                    .map { $0["detail"] as String? ?? "" }
            }
            #expect(plan.contains { $0.contains("USING COVERING INDEX file_flow_") }, "\(plan)")
        }
    }
}
