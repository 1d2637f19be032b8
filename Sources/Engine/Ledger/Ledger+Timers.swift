import Foundation
import GRDB

/// Where "now" comes from for timers: the system clock, or one a test sets.
struct LedgerClock: Sendable {
    private let read: @Sendable () -> Date

    init(_ read: @escaping @Sendable () -> Date) { self.read = read }

    func now() -> Date { read() }

    static let system = LedgerClock { Date() }

    static func fixed(_ date: Date) -> LedgerClock { LedgerClock { date } }
}

/// A durable timer: `action` for (target, key) once `dueAt` passes, unless `event` arrives
/// first (then it is cancelled). Survives restarts; fires once across processes.
struct TimerRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "timer"

    enum State: String, Codable, Sendable {
        /// Not yet fired (possibly claimed by a process that is firing it now).
        case waiting
        case fired
        /// The awaited event arrived first.
        case cancelled
    }

    var id: Int64?
    var flow: String
    var target: String
    var key: String
    /// The event whose arrival makes the timer unnecessary.
    var event: String
    var action: String
    /// UTC.
    var dueAt: Date
    var state: State
    var createdAt: Date
    var firedAt: Date?
    /// The process that claimed it to fire it (owner lock token); nil while unclaimed.
    var owner: String?
    var claimedAt: Date?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// Migration v5. One timer per (target, key, action), whatever its state: scheduling
    /// again returns it.
    static func createTable(_ db: Database) throws {
        try db.create(table: databaseTableName) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("flow", .text).notNull()
            t.column("target", .text).notNull()
            t.column("key", .text).notNull()
            t.column("event", .text).notNull()
            t.column("action", .text).notNull()
            t.column("dueAt", .datetime).notNull()
            t.column("state", .text).notNull()
            t.column("createdAt", .datetime).notNull()
            t.column("firedAt", .datetime)
            t.column("owner", .text)
            t.column("claimedAt", .datetime)
            t.uniqueKey(["target", "key", "action"])
        }
        try db.create(index: "timer_due", on: databaseTableName, columns: ["state", "dueAt"])
        try db.create(index: "timer_awaiting", on: databaseTableName, columns: ["target", "key", "event"])
    }
}

/// What a timer is scheduled for.
struct TimerRequest: Sendable {
    var flow: String
    var target: String
    var key: String
    var event: String
    var action: String
    var dueAt: Date
}

/// Durable timers in the ledger (not yet wired into the pipeline).
protocol TimerLedger: Sendable {
    /// Schedules a timer, or returns the one (target, key, action) already has.
    func schedule(_ request: TimerRequest, at now: Date) throws -> TimerRecord
    /// The awaited `event` of (target, key) arrived: its waiting, unclaimed timers are
    /// cancelled. Returns how many.
    func cancelTimers(awaiting event: String, target: String, key: String) throws -> Int
    /// Claims every due, waiting, unclaimed timer for `owner` in one write transaction, so
    /// of several processes exactly one gets each; oldest due first, at most `limit`.
    func claimDue(now: Date, owner: String, limit: Int) throws -> [TimerRecord]
    /// The claimed timer fired; false when `owner` no longer holds it.
    func markFired(id: Int64, owner: String, at: Date) throws -> Bool
    /// Gives the claims of stopped processes back, so another claims their timers.
    func releaseTimerClaims(isStale: (String) -> Bool) throws -> Int
    func timer(id: Int64) throws -> TimerRecord?
}

extension Ledger: TimerLedger {
    func schedule(_ request: TimerRequest, at now: Date) throws -> TimerRecord {
        try write { db in
            if let existing = try TimerRecord.filter(
                Column("target") == request.target && Column("key") == request.key && Column("action") == request.action
            ).fetchOne(db) {
                return existing
            }
            var timer = TimerRecord(
                id: nil, flow: request.flow, target: request.target, key: request.key, event: request.event,
                action: request.action, dueAt: request.dueAt, state: .waiting, createdAt: now, firedAt: nil, owner: nil,
                claimedAt: nil)
            try timer.insert(db)
            return timer
        }
    }

    func cancelTimers(awaiting event: String, target: String, key: String) throws -> Int {
        try write { db in
            try TimerRecord.filter(
                Column("target") == target && Column("key") == key && Column("event") == event
                    && Column("state") == TimerRecord.State.waiting.rawValue && Column("owner") == nil
            ).updateAll(db, Column("state").set(to: TimerRecord.State.cancelled.rawValue))
        }
    }

    func claimDue(now: Date, owner: String, limit: Int) throws -> [TimerRecord] {
        try write { db in
            let due = try TimerRecord.filter(
                Column("state") == TimerRecord.State.waiting.rawValue && Column("dueAt") <= now && Column("owner") == nil
            ).order(Column("dueAt"), Column("id")).limit(limit).fetchAll(db)
            var claimed: [TimerRecord] = []
            for var timer in due {
                timer.owner = owner
                timer.claimedAt = now
                try timer.update(db)
                claimed.append(timer)
            }
            return claimed
        }
    }

    func markFired(id: Int64, owner: String, at date: Date) throws -> Bool {
        try write { db in
            try TimerRecord.filter(
                key: id
            ).filter(Column("owner") == owner && Column("state") == TimerRecord.State.waiting.rawValue).updateAll(
                db, Column("state").set(to: TimerRecord.State.fired.rawValue), Column("firedAt").set(to: date)) > 0
        }
    }

    func releaseTimerClaims(isStale: (String) -> Bool) throws -> Int {
        try write { db in
            let claimed = try TimerRecord.filter(Column("state") == TimerRecord.State.waiting.rawValue && Column("owner") != nil)
                .fetchAll(db)
            var released = 0
            for var timer in claimed where timer.owner.map(isStale) ?? false {
                timer.owner = nil
                timer.claimedAt = nil
                try timer.update(db)
                released += 1
            }
            return released
        }
    }

    func timer(id: Int64) throws -> TimerRecord? {
        try read { db in try TimerRecord.fetchOne(db, key: id) }
    }
}
