import Canonical
import Connectors
import Diagnostics
import Foundation
import GRDB

/// One event of a business key exported to a target: a `done` row of the `export` table.
struct LifecycleEvent: Sendable, Equatable {
    var target: String
    var kind: DocumentKind
    var key: String
    var event: EventName
    var generation: Int
    var fileId: Int64
    /// Relative to the root.
    var outputPath: String
    var exportedAt: Date?
}

extension LifecycleEvent {
    init(_ export: ExportRecord) {
        self.init(
            target: export.target, kind: DocumentKind(export.kind), key: export.key, event: EventName(export.event),
            generation: export.generation, fileId: export.fileId, outputPath: export.outputPath, exportedAt: export.exportedAt)
    }
}

/// An event of a business key recorded for a target without an export (a connector's
/// `LifecycleDecision.record`: an order cancelled before it was ever sent): a row of the
/// `lifecycleState` table (migration v8), one per (target, kind, key, event).
struct LifecycleStateRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "lifecycleState"

    var id: Int64?
    var target: String
    var kind: String
    var key: String
    var event: String
    /// The file and attempt whose document was decided so.
    var fileId: Int64
    var attempt: Int
    /// The skip's reason as a JSON note (`StoredNotes`).
    var reason: String
    var recordedAt: Date

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    static func createTable(_ db: Database) throws {
        try db.create(table: databaseTableName) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("target", .text).notNull()
            t.column("kind", .text).notNull()
            t.column("key", .text).notNull()
            t.column("event", .text).notNull()
            t.column("fileId", .integer).notNull().references("file")
            t.column("attempt", .integer).notNull()
            t.column("reason", .text).notNull()
            t.column("recordedAt", .datetime).notNull()
            // Once per (target, key, event): the first record stands.
            t.uniqueKey(["target", "kind", "key", "event"])
        }
        try db.create(index: "lifecycleState_kind_key", on: databaseTableName, columns: ["kind", "key"])
    }

    /// Inserted unless the (target, kind, key, event) is recorded already.
    static func insert(_ db: Database, _ records: [LifecycleStateRecord]) throws {
        for var record in records {
            try record.insert(db, onConflict: .ignore)
        }
    }

    var recorded: LifecycleHistory.Recorded {
        LifecycleHistory.Recorded(
            target: target, event: EventName(event), reason: StoredNotes.decode(reason).first ?? .verbatim(reason),
            recordedAt: recordedAt)
    }
}

/// The lifecycle of a business key per target system: which of its events went out where.
///
/// The `export` table already holds each exported (target, kind, key, event), so this is a
/// read API over it: an intent still `pending` (its payload not yet in place) does not
/// count as exported. Events recorded without an export (`LifecycleDecision.record`) are in
/// the `lifecycleState` table, written with the batch's documents in export step 5
/// (`markDone(…lifecycleStates:)`).
protocol LifecycleLedger: Sendable {
    /// Whether `event` of (kind, key) was exported to `target` (any generation).
    func wasExported(_ event: EventName, kind: DocumentKind, key: String, to target: String) throws -> Bool
    /// The events of (kind, key) exported, to `target` or (nil) to any target, oldest first.
    func lifecycle(kind: DocumentKind, key: String, target: String?) throws -> [LifecycleEvent]
    /// The events exported of each of `keys` (all of one kind), to any target, oldest first,
    /// in one read: what the exporter's step 1 gives a batch's target connectors. Keys
    /// without exports are absent.
    func lifecycles(kind: DocumentKind, keys: [String]) throws -> [String: [LifecycleEvent]]
    /// The events recorded without an export for each of `keys` (all of one kind), every
    /// target, oldest first, in one read. Keys without any are absent.
    func recordedStates(kind: DocumentKind, keys: [String]) throws -> [String: [LifecycleStateRecord]]
}

extension Ledger: LifecycleLedger {
    func wasExported(_ event: EventName, kind: DocumentKind, key: String, to target: String) throws -> Bool {
        try read { db in
            try Self.lifecycleRequest(kind: kind, key: key, target: target)
                .filter(Column("event") == event.rawValue).fetchCount(db) > 0
        }
    }

    func lifecycle(kind: DocumentKind, key: String, target: String?) throws -> [LifecycleEvent] {
        try read { db in
            try Self.lifecycleRequest(kind: kind, key: key, target: target)
                .order(Column("exportedAt"), Column("id")).fetchAll(db)
                .map(LifecycleEvent.init)
        }
    }

    func lifecycles(kind: DocumentKind, keys: [String]) throws -> [String: [LifecycleEvent]] {
        guard !keys.isEmpty else { return [:] }
        return try readEach { db in
            let snapshot = try ExportSnapshot.read(db, keys: [kind: Set(keys)])
            var result: [String: [LifecycleEvent]] = [:]
            for key in Set(keys) {
                let done =
                    snapshot.isCovering(kind: kind, key: key)
                    ? snapshot.doneExports(kind: kind, key: key)
                    : try ExportRecord.fetchAll(db.cachedStatement(sql: HotQuery.doneExportsOfKey), arguments: [kind.rawValue, key])
                if !done.isEmpty { result[key] = done.map(LifecycleEvent.init) }
            }
            return result
        }
    }

    func recordedStates(kind: DocumentKind, keys: [String]) throws -> [String: [LifecycleStateRecord]] {
        guard !keys.isEmpty else { return [:] }
        return try readEach { db in
            var result: [String: [LifecycleStateRecord]] = [:]
            let statement = try db.cachedStatement(sql: HotQuery.lifecycleStatesOfKeys)
            for (_, json) in ExportSnapshot.jsonArrays(keys) {
                for row in try LifecycleStateRecord.fetchAll(statement, arguments: [kind.rawValue, json]) {
                    result[row.key, default: []].append(row)
                }
            }
            for key in Set(keys) where !ExportSnapshot.isBatchable(key) {
                let rows = try LifecycleStateRecord.fetchAll(
                    db.cachedStatement(sql: HotQuery.lifecycleStatesOfKey), arguments: [kind.rawValue, key])
                if !rows.isEmpty { result[key] = rows }
            }
            return result
        }
    }

    /// Done exports of (kind, key), of one target or all. Uses the unit's unique index with a
    /// target, `export_kind_key` without (migration v5).
    static func lifecycleRequest(kind: DocumentKind, key: String, target: String?) -> QueryInterfaceRequest<ExportRecord> {
        var request = ExportRecord.filter(
            Column("kind") == kind.rawValue && Column("key") == key && Column("state") == ExportRecord.State.done.rawValue)
        if let target { request = request.filter(Column("target") == target) }
        return request
    }
}
