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

    func exports(of keys: [DocumentKind: Set<String>]) throws -> ExportSnapshot {
        try readEach { db in try ExportSnapshot.read(db, keys: keys) }
    }

    func isOutputRecorded(_ path: String) throws -> Bool {
        try readEach { db in try Self.isOutputRecorded(db, path) }
    }

    static func isOutputRecorded(_ db: Database, _ path: String) throws -> Bool {
        let statement = try db.cachedStatement(sql: HotQuery.isOutputRecorded)
        return try Bool.fetchOne(statement, arguments: [path]) ?? false
    }

    @discardableResult
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
        try Self.markDone(db, placed, at: date)
        try MasterDataRecorder.record(db, masterData, fileId: fileId, at: date)
        try Self.insert(db, documents)
        try LifecycleStateRecord.insert(db, lifecycleStates)
        for entry in activity { try Self.log(db, entry) }
    }

    /// The intents of each placement `done`: those placed under the name they were recorded
    /// with and known by id (the exporter's), in one statement per 500; the others (renamed
    /// aside, or recovery's) by their temporary file, every intent sharing it (a
    /// per-input-file delivery) at once, with the name they ended up under.
    static func markDone(_ db: Database, _ placed: [Placement], at date: Date) throws {
        let byId = placed.filter { !$0.intentIds.isEmpty && !$0.renamedAside }.flatMap(\.intentIds)
        if !byId.isEmpty {
            let statement = try db.cachedStatement(sql: HotQuery.markDoneByIds)
            for start in stride(from: 0, to: byId.count, by: 500) {
                let ids = byId[start..<min(start + 500, byId.count)].map(String.init).joined(separator: ",")
                try statement.execute(arguments: [
                    ExportRecord.State.done.rawValue, date.ledgerText, ExportRecord.State.pending.rawValue, "[" + ids + "]",
                ])
            }
        }
        for placement in placed where placement.intentIds.isEmpty || placement.renamedAside {
            try markDone(db, placement, at: date)
        }
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
    func exports(of keys: [DocumentKind: Set<String>]) throws -> ExportSnapshot { try ExportSnapshot.read(db, keys: keys) }
    func isOutputRecorded(_ path: String) throws -> Bool { try Ledger.isOutputRecorded(db, path) }

    func insertIntent(_ intent: ExportRecord) throws -> Int64 {
        var record = intent
        try record.insertRow(db)
        return record.id ?? db.lastInsertedRowID
    }

    func hasWaitingTimers() throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: HotQuery.anyWaitingTimer)) ?? true
    }

    func lifecycle(kind: DocumentKind, key: String) throws -> [LifecycleEvent] {
        try ExportRecord.filter(Column("kind") == kind.rawValue && Column("key") == key)
            .order(Column("exportedAt"), Column("id")).fetchAll(db)
            .map(LifecycleEvent.init)
    }

    func cancelTimers(awaiting event: String, target: String, key: String, at date: Date) throws {
        _ = try Ledger.cancelTimers(db, awaiting: event, target: target, key: key, at: date)
    }
}
