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
        /// Firing could not export the stored document (it no longer renders for the target).
        case failed
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
    /// What the engine needs to fire it (migration v6; nil on timers scheduled without a
    /// document): the document's kind, the file and attempt that scheduled it (the export
    /// it fires is recorded under them), the canonical document as JSON and its content hash.
    var kind: String?
    var fileId: Int64?
    var attempt: Int?
    var documentJSON: String?
    var contentHash: String?

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

    /// Migration v6: what firing needs (the document waiting, and where it came from).
    static func addDocumentColumns(_ db: Database) throws {
        try db.alter(table: databaseTableName) { t in
            t.add(column: "kind", .text)
            t.add(column: "fileId", .integer)
            t.add(column: "attempt", .integer)
            t.add(column: "documentJSON", .text)
            t.add(column: "contentHash", .text)
        }
        try db.create(index: "timer_flow", on: databaseTableName, columns: ["flow", "state"])
    }

    /// The events the action exports (`export:shipped` → `shipped`); empty for another action.
    var exports: [String] {
        guard action.hasPrefix("export:") else { return [] }
        return action.dropFirst("export:".count).split(separator: ",").map(String.init)
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
    var kind: String? = nil
    var fileId: Int64? = nil
    var attempt: Int? = nil
    var documentJSON: String? = nil
    var contentHash: String? = nil
}

/// Durable timers in the ledger. Scheduling, cancelling and firing each log an activity
/// entry under the timer's key (`ferry log --key`).
protocol TimerLedger: Sendable {
    /// Schedules a timer, or returns the one (target, key, action) already has.
    func schedule(_ request: TimerRequest, at now: Date) throws -> TimerRecord
    /// The awaited `event` of (target, key) arrived: its waiting, unclaimed timers are
    /// cancelled. Returns how many.
    func cancelTimers(awaiting event: String, target: String, key: String, at: Date) throws -> Int
    /// Claims every due, waiting, unclaimed timer for `owner` in one write transaction, so
    /// of several processes exactly one gets each; oldest due first, at most `limit`.
    func claimDue(now: Date, owner: String, limit: Int) throws -> [TimerRecord]
    /// The claimed timer fired; false when `owner` no longer holds it.
    func markFired(id: Int64, owner: String, at: Date) throws -> Bool
    /// Gives the claims of stopped processes back, so another claims their timers.
    func releaseTimerClaims(isStale: (String) -> Bool) throws -> Int
    /// The claimed timer could not fire (`detail`: why, in the activity log); false when
    /// `owner` no longer holds it.
    func markTimerFailed(id: Int64, owner: String, at: Date, detail: String) throws -> Bool
    func timer(id: Int64) throws -> TimerRecord?
    /// Waiting timers (claimed or not), of one flow or all, soonest due first.
    func waitingTimers(flow: String?) throws -> [TimerRecord]
    /// When the next waiting timer is due; nil when none waits.
    func nextTimerDue() throws -> Date?
}

extension TimerLedger {
    func cancelTimers(awaiting event: String, target: String, key: String) throws -> Int {
        try cancelTimers(awaiting: event, target: target, key: key, at: Date())
    }
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
                claimedAt: nil, kind: request.kind, fileId: request.fileId, attempt: request.attempt,
                documentJSON: request.documentJSON, contentHash: request.contentHash)
            try timer.insert(db)
            try Self.log(
                db,
                ActivityEntry(
                    at: now, flow: timer.flow, fileId: timer.fileId, action: "timer-scheduled", key: timer.key,
                    detail: "\(timer.action) for \(timer.target) due \(Self.utc(timer.dueAt)) unless \(timer.event) arrives first"))
            return timer
        }
    }

    func cancelTimers(awaiting event: String, target: String, key: String, at date: Date) throws -> Int {
        try write { db in try Self.cancelTimers(db, awaiting: event, target: target, key: key, at: date) }
    }

    /// Cancels the waiting, unclaimed timers of (target, key) that await `event`, inside a
    /// write transaction (the export intent's, so the cancel and the export commit together).
    static func cancelTimers(_ db: Database, awaiting event: String, target: String, key: String, at date: Date) throws -> Int {
        let waiting = try TimerRecord.fetchAll(db.cachedStatement(sql: HotQuery.waitingTimers), arguments: [target, key, event])
        for var timer in waiting {
            timer.state = .cancelled
            try timer.update(db)
            try log(
                db,
                ActivityEntry(
                    at: date, flow: timer.flow, fileId: timer.fileId, action: "timer-cancelled", key: timer.key,
                    detail: "\(timer.event) arrived for \(timer.target): \(timer.action) no longer needed"))
        }
        return waiting.count
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
        try end(id: id, owner: owner, as: .fired, at: date, action: "timer-fired") { timer in
            "\(timer.action) for \(timer.target): \(timer.event) did not arrive by \(Self.utc(timer.dueAt))"
        }
    }

    func markTimerFailed(id: Int64, owner: String, at date: Date, detail: String) throws -> Bool {
        try end(id: id, owner: owner, as: .failed, at: date, action: "timer-failed") { timer in
            "\(timer.action) for \(timer.target) could not be exported: \(detail)"
        }
    }

    /// Ends a waiting timer `owner` holds in `state`, with its activity entry; false when the
    /// owner no longer holds it.
    private func end(
        id: Int64, owner: String, as state: TimerRecord.State, at date: Date, action: String, detail: (TimerRecord) -> String
    ) throws -> Bool {
        try write { db in
            guard var timer = try TimerRecord.filter(key: id)
                .filter(Column("owner") == owner && Column("state") == TimerRecord.State.waiting.rawValue).fetchOne(db)
            else { return false }
            timer.state = state
            timer.firedAt = date
            try timer.update(db)
            try Self.log(
                db,
                ActivityEntry(at: date, flow: timer.flow, fileId: timer.fileId, action: action, key: timer.key, detail: detail(timer)))
            return true
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

    func waitingTimers(flow: String?) throws -> [TimerRecord] {
        try read { db in
            var request = TimerRecord.filter(Column("state") == TimerRecord.State.waiting.rawValue)
            if let flow { request = request.filter(Column("flow") == flow) }
            return try request.order(Column("dueAt"), Column("id")).fetchAll(db)
        }
    }

    func nextTimerDue() throws -> Date? {
        try read { db in
            try Date.fetchOne(
                db, TimerRecord.filter(Column("state") == TimerRecord.State.waiting.rawValue).select(min(Column("dueAt"))))
        }
    }

    /// An instant in the activity log's texts: ISO 8601, UTC.
    static func utc(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }
}
