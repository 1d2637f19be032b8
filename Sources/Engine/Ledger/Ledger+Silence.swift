import Foundation
import GRDB

/// A missed window of a flow's `expect:` (a silence alert): recorded once per (flow, window
/// end), so a restart neither repeats nor loses it; cleared by the first file after it.
public struct SilenceRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "silence"

    public var id: Int64?
    public var flow: String
    /// The window that passed without a file (UTC).
    public var windowStart: Date
    public var windowEnd: Date
    /// The flow's last file before the window ended, if it ever had one.
    public var lastFileAt: Date?
    /// When Ferry first saw the window missed.
    public var detectedAt: Date
    /// When the `on-failure` command was started for it (or found not configured); `nil` until then.
    public var notifiedAt: Date?
    /// When a file arrived after the window (the late file's time); `nil` while missing.
    public var clearedAt: Date?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// Migration v6: the alerts, and since when each flow's expectation has been watched
    /// (a flow that never had a file is judged from then on).
    static func createTable(_ db: Database) throws {
        try db.create(table: databaseTableName) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("flow", .text).notNull()
            t.column("windowStart", .datetime).notNull()
            t.column("windowEnd", .datetime).notNull()
            t.column("lastFileAt", .datetime)
            t.column("detectedAt", .datetime).notNull()
            t.column("notifiedAt", .datetime)
            t.column("clearedAt", .datetime)
            t.uniqueKey(["flow", "windowEnd"])
        }
        try db.create(table: "expectation") { t in
            t.primaryKey("flow", .text)
            t.column("since", .datetime).notNull()
        }
    }
}

/// The silence-alert operations of the ledger (`Engine.evaluateSilence`, `status`).
protocol SilenceLedger: Sendable {
    /// Since when `flow`'s expectation is watched; `record` sets it to `now` the first time.
    func expectationSince(flow: String, now: Date, record: Bool) throws -> Date?
    /// When `flow`'s newest file was received.
    func lastFileReceived(flow: String) throws -> Date?
    /// Clears `flow`'s open alerts whose window ended before `lastFile`; records `missed` if
    /// it is new. Returns the alerts not yet notified (claimed: marked notified at `now`), in one
    /// transaction, so of several processes exactly one notifies each alert.
    func recordSilence(
        flow: String, lastFile: Date?, missed: (start: Date, end: Date)?, now: Date
    ) throws -> [SilenceRecord]
    /// `flow`'s alerts that are not cleared, oldest first.
    func openSilences(flow: String) throws -> [SilenceRecord]
}

extension Ledger: SilenceLedger {
    func expectationSince(flow: String, now: Date, record: Bool) throws -> Date? {
        // A read first: a watch evaluates after every pass, and a write would bump the
        // ledger's generation (and the console's /metrics recomputation) each time.
        let since = try read { db in try Date.fetchOne(db, sql: "SELECT since FROM expectation WHERE flow = ?", arguments: [flow]) }
        if since == nil, record {
            return try write { db in
                try db.execute(sql: "INSERT OR IGNORE INTO expectation (flow, since) VALUES (?, ?)", arguments: [flow, now])
                return try Date.fetchOne(db, sql: "SELECT since FROM expectation WHERE flow = ?", arguments: [flow])
            }
        }
        return since
    }

    func lastFileReceived(flow: String) throws -> Date? {
        try read { db in try Self.lastFileReceived(flow: flow, db) }
    }

    static let lastFileSQL = "SELECT MAX(receivedAt) FROM file WHERE flow = ?"

    static func lastFileReceived(flow: String, _ db: Database) throws -> Date? {
        try Date.fetchOne(db, sql: lastFileSQL, arguments: [flow])
    }

    func recordSilence(flow: String, lastFile: Date?, missed: (start: Date, end: Date)?, now: Date) throws -> [SilenceRecord] {
        // Nearly always nothing changes: find out with a read (see `expectationSince`).
        let changes = try read { db -> Bool in
            if let lastFile, try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM silence WHERE flow = ? AND clearedAt IS NULL AND windowEnd < ?)",
                arguments: [flow, lastFile]) == true
            {
                return true
            }
            if let missed, try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM silence WHERE flow = ? AND windowEnd = ?)", arguments: [flow, missed.end]) != true
            {
                return true
            }
            return try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM silence WHERE flow = ? AND clearedAt IS NULL AND notifiedAt IS NULL)",
                arguments: [flow]) == true
        }
        guard changes else { return [] }
        return try write { db in
            if let lastFile {
                try db.execute(
                    sql: "UPDATE silence SET clearedAt = ? WHERE flow = ? AND clearedAt IS NULL AND windowEnd < ?",
                    arguments: [lastFile, flow, lastFile])
            }
            if let missed {
                try db.execute(
                    sql: """
                        INSERT OR IGNORE INTO silence (flow, windowStart, windowEnd, lastFileAt, detectedAt)
                        VALUES (?, ?, ?, ?, ?)
                        """,
                    arguments: [flow, missed.start, missed.end, lastFile, now])
            }
            let due = try SilenceRecord.filter(Column("flow") == flow && Column("clearedAt") == nil && Column("notifiedAt") == nil)
                .order(Column("windowEnd")).fetchAll(db)
            for var record in due {
                record.notifiedAt = now
                try record.update(db)
            }
            return due
        }
    }

    func openSilences(flow: String) throws -> [SilenceRecord] {
        try read { db in
            try SilenceRecord.filter(Column("flow") == flow && Column("clearedAt") == nil).order(Column("windowEnd")).fetchAll(db)
        }
    }
}
