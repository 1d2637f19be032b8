import Diagnostics
import Foundation
import GRDB
import Glibc

/// The SQLite ledger under the root: sightings, files, attempts, documents, exports, activity.
///
/// WAL with `synchronous=FULL`: a commit is durable before Ferry renames a payload into
/// place. Several Ferry processes share it; writers wait up to 30 s for the lock
/// (`LedgerLocked` after that, exit 3), readers never wait.
public final class Ledger: Sendable {
    public let pool: DatabasePool
    public let path: String
    let mirror: GenerationMirror

    /// Opens (creating with mode 0600) and migrates the ledger at `path`.
    public init(path: String, busyTimeout: TimeInterval = 30) throws {
        self.path = path
        let directory = PathText.folder(of: path)
        try FileIO.makeDirectories(directory)
        // SQLite gives the -wal and -shm files the database file's mode, so 0600 here
        // covers all three.
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw IOFailure("create", path) }
        fchmod(fd, 0o600)
        close(fd)
        for suffix in ["-wal", "-shm"] { chmod(path + suffix, 0o600) }
        var configuration = Configuration()
        // Poll for the lock every millisecond instead of SQLite's growing back-off (up to
        // 100 ms): a writer doing many short transactions in a row (a watch working
        // through a full inbox) would otherwise starve every other process for the whole
        // batch. Gives up after `busyTimeout`.
        let attempts = Int(busyTimeout * 1000)
        configuration.busyMode = .callback { tries in
            guard tries < attempts else { return false }
            usleep(1000)
            return true
        }
        mirror = try GenerationMirror(path: Ledger.generationPath(ledgerPath: path))
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            // GRDB switches the writer to WAL and then to `synchronous = NORMAL` after every
            // `prepareDatabase` hook has run, so FULL is set here, on the pool's one writer
            // connection, once it is ready. With NORMAL a power loss could undo an intent
            // commit whose payload rename was already durable: an export twice.
            try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
            // A read first: `status` and `log` must not wait for a writer's lock.
            if try !pool.read({ try Ledger.migrator.hasCompletedMigrations($0) }) {
                // Processes starting together on a new root would otherwise both create
                // the tables: one migrates at a time (flock), the others then find it done.
                let lock = open(directory + "/migrate.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
                guard lock >= 0 else { throw IOFailure("create", directory + "/migrate.lock") }
                defer { close(lock) }
                flock(lock, LOCK_EX)
                defer { flock(lock, LOCK_UN) }
                try Ledger.migrator.migrate(pool)
            }
            // Statement journals in memory: a statement that changes many rows inside a
            // batch's transaction (a batch's documents in one insert, its intents marked done)
            // journals the pages it changes, and SQLite spills more than 64 KiB of that to
            // temporary files in /var/tmp (on a disk even when the ledger is not): ~20,000
            // page writes for a 5 MB export. Set once the migrations have run: their sorts
            // (an index built, a count over every row of a large ledger) keep spilling to disk
            // instead of growing in memory. Only on the writer: readers' sorts stay on disk too.
            try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA temp_store = MEMORY") }
            try verify(mirror: mirror)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            throw LedgerLocked()
        } catch let error as DatabaseError {
            throw Ledger.translated(error, path: path)
        }
    }

    /// A write transaction that takes the lock at once (BEGIN IMMEDIATE).
    /// - Throws: `LedgerLocked` when another process held the lock for longer than the timeout.
    @discardableResult
    public func write<T>(_ updates: (Database) throws -> T) throws -> T {
        do {
            let (result, generation) = try pool.writeWithoutTransaction { db in
                var result: T?
                var generation: Int64 = 0
                try db.inTransaction(.immediate) {
                    result = try updates(db)
                    generation = try Ledger.nextGeneration(db)
                    return .commit
                }
                guard let result else { throw LedgerLocked() }
                return (result, generation)
            }
            // Durable now (synchronous=FULL): the mirror may show it (see GenerationMirror).
            mirror.record(generation)
            return result
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            throw LedgerLocked()
        } catch let error as DatabaseError {
            throw Ledger.translated(error, path: path)
        }
    }

    /// A SQLite failure as the error Ferry acts on: the ledger damaged (exit 7), the environment
    /// (exit 4), or the error itself.
    static func translated(_ error: DatabaseError, path: String) -> any Error {
        if let damaged = damaged(error, path: path) { return damaged }
        if let failure = environmental(error, path: path) { return failure }
        return error
    }

    /// SQLite failures that mean the ledger file itself is damaged (exit 7, not "a file failed").
    static func damaged(_ error: DatabaseError, path: String) -> LedgerDamaged? {
        switch error.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            LedgerDamaged(.ledgerMalformed, ledger: path, ["detail": error.message ?? "\(error.resultCode)"])
        default: nil
        }
    }

    /// SQLite failures that mean disk full, read-only or unreadable storage, as the
    /// `IOFailure` the rest of Ferry treats as "the environment stopped us" (exit 4).
    static func environmental(_ error: DatabaseError, path: String) -> IOFailure? {
        switch error.resultCode {
        case .SQLITE_FULL: IOFailure("write ledger", path, errno: ENOSPC)
        case .SQLITE_READONLY: IOFailure("write ledger", path, errno: EROFS)
        case .SQLITE_PERM, .SQLITE_CANTOPEN, .SQLITE_AUTH: IOFailure("open ledger", path, errno: EACCES)
        case .SQLITE_IOERR: IOFailure("write ledger", path, errno: EIO)
        default: nil
        }
    }

    /// The `synchronous` setting of the connection that commits (2 is FULL), for tests and checks.
    public func writerSynchronousMode() throws -> Int {
        try pool.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA synchronous") ?? -1 }
    }

    /// A read that never waits for writers.
    public func read<T>(_ value: (Database) throws -> T) throws -> T {
        try pool.read(value)
    }

    /// A hot read whose statements need no common snapshot (one statement, or several whose
    /// answers stand alone): run without a transaction around them, so no `BEGIN` and `COMMIT`
    /// to compile and run each time. Each statement still reads one consistent state (the
    /// latest commit, of any process). It runs on the writer's connection: taking a reader
    /// from GRDB's pool (a semaphore, two queues and a `PRAGMA schema_version` per read) cost
    /// more than the statements, and this process's writes are made on its one thread anyway.
    /// Reentrant: inside a write it sees that write's own changes.
    func readEach<T>(_ value: (Database) throws -> T) throws -> T {
        try pool.unsafeReentrantWrite(value)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: ledger") { db in
            try db.create(table: "sighting") { t in
                t.primaryKey("path", .text)
                t.column("size", .integer).notNull()
                t.column("modifiedNanos", .integer).notNull()
                t.column("inode", .integer).notNull()
                t.column("firstSeenAt", .datetime).notNull()
                t.column("changedAt", .datetime).notNull()
            }
            try db.create(table: "file") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("flow", .text).notNull().indexed()
                t.column("originalName", .text).notNull()
                t.column("sha256", .text).notNull().indexed()
                t.column("size", .integer).notNull()
                t.column("receivedAt", .datetime).notNull()
                t.column("processedAt", .datetime)
                t.column("attempt", .integer).notNull()
                t.column("state", .text).notNull()
                t.column("outcome", .text)
                t.column("claimToken", .text).notNull().unique()
                t.column("owner", .text)
                t.column("takenBy", .text)
                t.column("archivePath", .text).unique()
                t.column("markerPath", .text)
                t.column("errorsJSON", .text)
                t.column("resolvedAt", .datetime)
                t.column("resolvedReason", .text)
                t.column("timedOutAt", .datetime)
            }
            try db.create(table: "attempt") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("fileId", .integer).notNull().indexed().references("file")
                t.column("number", .integer).notNull()
                t.column("startedAt", .datetime).notNull()
                t.column("finishedAt", .datetime)
                t.column("outcome", .text)
                t.column("trigger", .text).notNull()
                t.column("reason", .text)
                t.column("forced", .boolean).notNull()
                t.uniqueKey(["fileId", "number"])
            }
            try db.create(table: "document") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("fileId", .integer).notNull().references("file")
                t.column("attempt", .integer).notNull()
                t.column("ordinal", .integer).notNull()
                t.column("kind", .text).notNull()
                t.column("key", .text).indexed()
                t.column("outcome", .text).notNull()
                t.column("reason", .text)
                t.column("outputsJSON", .text).notNull()
                t.column("errorsJSON", .text).notNull()
                t.uniqueKey(["fileId", "attempt", "ordinal"])
            }
            try db.create(table: "export") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("target", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("key", .text).notNull()
                t.column("event", .text).notNull()
                t.column("generation", .integer).notNull()
                t.column("state", .text).notNull()
                t.column("fileId", .integer).notNull().references("file")
                t.column("attempt", .integer).notNull()
                t.column("owner", .text).notNull()
                t.column("contentHash", .text).notNull()
                t.column("documentJSON", .text).notNull()
                t.column("tempPath", .text).notNull()
                t.column("outputPath", .text).notNull().indexed()
                t.column("copyPath", .text).notNull()
                t.column("asOf", .datetime)
                t.column("forced", .boolean).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("exportedAt", .datetime)
                // The exactly-once guarantee, enforced by the database itself.
                t.uniqueKey(["target", "kind", "key", "event", "generation"])
            }
            try db.create(index: "export_state", on: "export", columns: ["state"])
            try db.create(table: "activity") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("at", .datetime).notNull().indexed()
                t.column("flow", .text)
                t.column("fileId", .integer)
                t.column("action", .text).notNull()
                t.column("key", .text).indexed()
                t.column("detail", .text).notNull()
            }
            try db.create(table: "run") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("command", .text).notNull()
                t.column("startedAt", .datetime).notNull()
                t.column("finishedAt", .datetime)
                t.column("filesTaken", .integer).notNull()
                t.column("exitCode", .integer)
            }
        }
        migrator.registerMigration("v2: catalog and parties") { db in
            try MasterDataSchema.create(db)
        }
        migrator.registerMigration("v3: generation") { db in
            // One row: how many write transactions the ledger has committed (GenerationMirror).
            try db.create(table: "ledgerMeta") { t in
                t.column("id", .integer).primaryKey().check { $0 == 1 }
                t.column("generation", .integer).notNull()
            }
            try db.execute(sql: "INSERT INTO ledgerMeta (id, generation) VALUES (1, 0)")
        }
        migrator.registerMigration("v4: each attempt's input") { db in
            // The input an attempt read, with its bytes' hash and size: a reprocess reads a
            // corrected copy (`--with`) or an archived file edited in place. NULL on rows of
            // the first attempt until a reprocess fills them from the file row.
            try db.alter(table: "attempt") { t in
                t.add(column: "inputPath", .text)
                t.add(column: "sha256", .text)
                t.add(column: "size", .integer)
            }
        }
        migrator.registerMigration("v5: lifecycle and timers") { db in
            // "Which events of this key went out" without a target (Ledger+Lifecycle), and
            // durable timers (Ledger+Timers).
            try db.create(index: "export_kind_key", on: "export", columns: ["kind", "key"])
            try TimerRecord.createTable(db)
        }
        migrator.registerMigration("v6: the document a timer holds") { db in
            try TimerRecord.addDocumentColumns(db)
        }
        migrator.registerMigration("v7: status indexes and silence alerts") { db in
            // `status` and the console's overview per flow as index lookups, not a read of
            // every file of the flow (LedgerQueryPlanTests): counts per outcome (covering),
            // counts since a moment (covering), files not yet archived, and the few documents
            // that need attention or were filtered.
            try db.create(index: "file_flow_outcome", on: "file", columns: ["flow", "outcome"])
            try db.create(index: "file_flow_processedAt", on: "file", columns: ["flow", "processedAt", "outcome"])
            try db.create(index: "file_state", on: "file", columns: ["state"])
            try db.create(index: "document_outcome", on: "document", columns: ["outcome"])
            // The last file of a flow, for its silence alerts.
            try db.create(index: "file_flow_receivedAt", on: "file", columns: ["flow", "receivedAt"])
            // Silence alerts (Ledger+Silence): one row per flow and missed window.
            try SilenceRecord.createTable(db)
            // Retention (Ledger+Prune): a file's archived input and status record being
            // removed (`pruning`) or removed (`pruned`); a payload copy removed.
            try db.alter(table: "file") { t in
                t.add(column: "pruned", .text)
                t.add(column: "prunedAt", .datetime)
            }
            try db.create(index: "file_pruned", on: "file", columns: ["pruned"])
            try db.alter(table: "export") { t in t.add(column: "copyPrunedAt", .datetime) }
        }
        migrator.registerMigration("v8: lifecycle states without an export") { db in
            // Events of a key recorded for a target without an export (Ledger+Lifecycle): an
            // order cancelled before it was ever sent, so the order arriving later is refused.
            try LifecycleStateRecord.createTable(db)
        }
        migrator.registerMigration("v9: running totals and who acted") { db in
            // `/metrics` from two small tables kept by triggers (Ledger+Counts), not a count of
            // every file at each scrape.
            try LedgerCounts.create(db)
            // A file's payloads (the console's file page) without reading every export.
            try db.create(index: "export_fileId", on: "export", columns: ["fileId"])
            // Who resolved, reprocessed or acknowledged: the console's signed-in person or the
            // command's OS user (NULL on rows written before v9).
            try db.alter(table: "activity") { t in t.add(column: "actor", .text) }
            // A file's resolution and acknowledgements, for its status record.
            try db.create(index: "activity_fileId", on: "activity", columns: ["fileId", "action"])
            // `ferry log --key SO-1001` and the console's lineage by the last parts of a key: an
            // index on the key's last part (`KeyFilter.tail`), not a read of every document.
            try db.execute(sql: "CREATE INDEX document_keyTail ON document(\(KeyFilter.tail("key")))")
            try db.execute(sql: "CREATE INDEX activity_keyTail ON activity(\(KeyFilter.tail("key")))")
            try db.alter(table: "attempt") { t in t.add(column: "actor", .text) }
        }
        return migrator
    }
}

/// Another process held the ledger's write lock for longer than the timeout (exit 3).
public struct LedgerLocked: Error, Sendable, CustomStringConvertible {
    public init() {}
    public var description: String { note.text(in: .en) }
    public var note: Note { Note(.ledgerLocked) }
}
