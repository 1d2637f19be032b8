import Canonical
import Foundation
import GRDB

/// `LedgerStore` on SQLite: export intents and their completion.
extension Ledger {
    func exportHistory(of unit: ExportUnit) throws -> [ExportRecord] {
        try readEach { db in try Self.exportHistory(db, unit) }
    }

    static func exportHistory(_ db: Database, _ unit: ExportUnit) throws -> [ExportRecord] {
        // Asked once per document and target: a cached statement, compiled once per connection.
        let statement = try db.cachedStatement(sql: HotQuery.exportHistory)
        return try ExportRecord.fetchAll(statement, arguments: [unit.target, unit.kind.rawValue, unit.key, unit.event.rawValue])
    }

    func isOutputRecorded(_ path: String) throws -> Bool {
        try readEach { db in try Self.isOutputRecorded(db, path) }
    }

    static func isOutputRecorded(_ db: Database, _ path: String) throws -> Bool {
        let statement = try db.cachedStatement(sql: HotQuery.isOutputRecorded)
        return try Bool.fetchOne(statement, arguments: [path]) ?? false
    }

    func commitIntents<T>(_ body: (any IntentTransaction) throws -> T) throws -> T {
        try write { db in try body(SQLiteIntentTransaction(db: db)) }
    }

    func markDone(
        _ placed: [Placement], documents: [DocumentRecord], masterData: [MasterDataRecorder.Entry], fileId: Int64, at date: Date,
        activity: [ActivityEntry], lifecycleStates: [LifecycleStateRecord]
    ) throws {
        try write { db in
            try Self.markDone(
                db, placed, documents: documents, masterData: masterData, fileId: fileId, at: date, activity: activity,
                lifecycleStates: lifecycleStates)
        }
    }

    /// Step 5 inside a write transaction (alone, or with a group's outcomes: `completeFiles`).
    static func markDone(
        _ db: Database, _ placed: [Placement], documents: [DocumentRecord], masterData: [MasterDataRecorder.Entry], fileId: Int64,
        at date: Date, activity: [ActivityEntry], lifecycleStates: [LifecycleStateRecord]
    ) throws {
        for placement in placed { try Self.markDone(db, placement, at: date) }
        try MasterDataRecorder.record(db, masterData, fileId: fileId, at: date)
        try Self.insert(db, documents)
        try LifecycleStateRecord.insert(db, lifecycleStates)
        for entry in activity { try Self.log(db, entry) }
    }

    /// Every intent sharing the placement's temporary file (a per-input-file delivery) at once.
    static func markDone(_ db: Database, _ placement: Placement, at date: Date) throws {
        let statement = try db.cachedStatement(sql: HotQuery.markDone)
        try statement.execute(arguments: [
            ExportRecord.State.done.rawValue, date.ledgerText, placement.outputPath, placement.tempPath, ExportRecord.State.pending.rawValue,
        ])
    }

    func pendingExports() throws -> [ExportRecord] {
        try read { db in try ExportRecord.filter(Column("state") == ExportRecord.State.pending.rawValue).fetchAll(db) }
    }

    func takeOverIntent(tempPath: String, from previous: String, to owner: String) throws -> Bool {
        try write { db -> Bool in
            try ExportRecord.filter(
                Column("tempPath") == tempPath && Column("state") == ExportRecord.State.pending.rawValue && Column("owner") == previous
            ).updateAll(db, Column("owner").set(to: owner)) > 0
        }
    }
}

/// The intent transaction on one SQLite write transaction.
private struct SQLiteIntentTransaction: IntentTransaction {
    let db: Database

    func exportHistory(of unit: ExportUnit) throws -> [ExportRecord] { try Ledger.exportHistory(db, unit) }
    func isOutputRecorded(_ path: String) throws -> Bool { try Ledger.isOutputRecorded(db, path) }

    func insertIntent(_ intent: ExportRecord) throws {
        var record = intent
        try record.insertRow(db)
    }

    func lifecycle(kind: DocumentKind, key: String) throws -> [LifecycleEvent] {
        try ExportRecord.filter(Column("kind") == kind.rawValue && Column("key") == key)
            .order(Column("exportedAt"), Column("id")).fetchAll(db)
            .map {
                LifecycleEvent(
                    target: $0.target, kind: DocumentKind($0.kind), key: $0.key, event: EventName($0.event), generation: $0.generation,
                    fileId: $0.fileId, outputPath: $0.outputPath, exportedAt: $0.exportedAt)
            }
    }

    func cancelTimers(awaiting event: String, target: String, key: String, at date: Date) throws {
        _ = try Ledger.cancelTimers(db, awaiting: event, target: target, key: key, at: date)
    }
}
