import Diagnostics
import Foundation
import GRDB

// The read queries of the operator console (`ferry serve`), each returning value types.
// Reads only (`Ledger.read`): a console never waits for a running `run` or `watch`.
// The one write is `acknowledgeAmended`, an activity row like `ferry resolve` writes.

/// Which files the console's Files page lists: newest first, one page at a time.
public struct ConsoleFileFilter: Sendable, Codable, Equatable {
    public var flow: String?
    public var outcome: String?
    /// Received on this UTC day (`yyyy-mm-dd`, as `from..<to`).
    public var receivedFrom: Date?
    public var receivedTo: Date?
    /// Part of the original file name (case-insensitive for ASCII letters).
    public var name: String?
    /// Keyset pagination: only files with a smaller id than this (the previous page's last).
    public var before: Int64?
    public var limit: Int

    public init(
        flow: String? = nil, outcome: String? = nil, receivedFrom: Date? = nil, receivedTo: Date? = nil, name: String? = nil,
        before: Int64? = nil, limit: Int = 50
    ) {
        self.flow = flow
        self.outcome = outcome
        self.receivedFrom = receivedFrom
        self.receivedTo = receivedTo
        self.name = name
        self.before = before
        self.limit = limit
    }
}

/// One line of the Files page.
public struct ConsoleFileRow: Sendable, Codable, Equatable {
    public var id: Int64
    public var flow: String
    public var file: String
    public var outcome: String?
    public var state: String
    public var attempt: Int
    public var receivedAt: Date
    public var processedAt: Date?
    public var resolved: Bool
    /// `ferry prune` removed its archived input and status record (`retention:`).
    public var pruned = false
}

/// A page of files and the `before` value of the next (older) page, if there is one.
public struct ConsoleFilePage: Sendable, Codable {
    public var files: [ConsoleFileRow]
    public var next: Int64?
}

/// One document of a file's latest attempt, with its coded errors.
public struct ConsoleDocument: Sendable, Codable {
    public var ordinal: Int
    public var kind: String
    public var key: String?
    public var outcome: String
    public var notes: [Note]
    public var outputs: [String]
    public var errors: [FerryError]
}

/// One attempt at a file.
public struct ConsoleAttempt: Sendable, Codable {
    public var number: Int
    public var startedAt: Date
    public var finishedAt: Date?
    public var outcome: String?
    public var trigger: String
    public var notes: [Note]
    public var forced: Bool
    public var input: String?
    /// Who started it, for a reprocess: an OS user, or `console:NAME`.
    public var by: String?
}

/// An amended document of the latest attempt that an operator acknowledged.
public struct ConsoleAcknowledgement: Sendable, Codable {
    public var key: String?
    public var at: Date
    public var reason: String
    public var by: String?
}

/// One payload a file's documents produced (an exactly-once unit), viewable by its id.
public struct ConsoleExport: Sendable, Codable {
    public var id: Int64
    public var fileId: Int64
    public var attempt: Int
    public var target: String
    public var kind: String
    public var key: String
    public var state: String
    public var forced: Bool
    /// Where the payload was written (the outbox), and Ferry's own copy in the archive.
    public var outputPath: String
    public var copyPath: String
    public var exportedAt: Date?
}

/// A file as the File page shows it: its status record, from the ledger.
public struct ConsoleFileDetail: Sendable, Codable {
    public var id: Int64
    public var flow: String
    public var file: String
    public var sha256: String
    public var size: Int64
    public var state: String
    public var outcome: String?
    public var attempt: Int
    public var receivedAt: Date
    public var processedAt: Date?
    public var archivePath: String?
    /// `ferry prune` removed its archived input and status record; its documents' rows are compacted away.
    public var pruned = false
    /// The input the latest attempt read (a corrected copy after `reprocess --with`), relative to the root.
    public var input: String?
    public var errors: [FerryError]
    public var resolvedAt: Date?
    public var resolvedReason: String?
    /// Who resolved it: an OS user, or `console:NAME`.
    public var resolvedBy: String?
    public var acknowledgements: [ConsoleAcknowledgement] = []
    public var attempts: [ConsoleAttempt]
    /// The latest attempt's documents, the first `documentLimit` of them.
    public var documents: [ConsoleDocument]
    public var documentCount: Int
    public var exports: [ConsoleExport]
}

extension Ledger {
    /// The Files page: newest first (by id, the primary key: a keyset, never OFFSET), filtered.
    public func consoleFiles(_ filter: ConsoleFileFilter) throws -> ConsoleFilePage {
        let limit = max(1, min(filter.limit, 500))
        let (sql, arguments) = Self.consoleFilesQuery(filter, limit: limit + 1)
        let rows = try read { db in try Row.fetchAll(db, sql: sql, arguments: arguments) }
        let files = rows.prefix(limit).map { row in
            ConsoleFileRow(
                id: row["id"], flow: row["flow"], file: row["originalName"], outcome: row["outcome"], state: row["state"],
                attempt: row["attempt"], receivedAt: row["receivedAt"], processedAt: row["processedAt"],
                resolved: (row["resolvedAt"] as Date?) != nil, pruned: (row["pruned"] as String?) != nil)
        }
        return ConsoleFilePage(files: Array(files), next: rows.count > limit ? files.last?.id : nil)
    }

    /// The SQL of `consoleFiles` (public for the test that checks its query plan).
    public static func consoleFilesQuery(_ filter: ConsoleFileFilter, limit: Int) -> (String, StatementArguments) {
        var sql = "SELECT id, flow, originalName, outcome, state, attempt, receivedAt, processedAt, resolvedAt, pruned FROM file WHERE 1 = 1"
        var arguments: StatementArguments = []
        if let flow = filter.flow {
            sql += " AND flow = ?"
            arguments += [flow]
        }
        if let outcome = filter.outcome {
            sql += " AND outcome = ?"
            arguments += [outcome]
        }
        if let from = filter.receivedFrom {
            sql += " AND receivedAt >= ?"
            arguments += [from]
        }
        if let to = filter.receivedTo {
            sql += " AND receivedAt < ?"
            arguments += [to]
        }
        if let name = filter.name, !name.isEmpty {
            // LIKE with its wildcards escaped: the text is searched for as written.
            let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_")
            sql += " AND originalName LIKE ? ESCAPE '\\'"
            arguments += ["%" + escaped + "%"]
        }
        if let before = filter.before {
            sql += " AND id < ?"
            arguments += [before]
        }
        sql += " ORDER BY id DESC LIMIT \(limit)"
        return (sql, arguments)
    }

    /// The SQL of `consoleOutcomeCounts`: a range of the covering `file(flow, processedAt, outcome)`
    /// index (public for the test that checks its query plan).
    public static let consoleOutcomeCountsSQL = """
        SELECT outcome, COUNT(*) AS n FROM file INDEXED BY file_flow_processedAt
        WHERE flow = ? AND processedAt >= ? AND processedAt < ? AND outcome IS NOT NULL GROUP BY outcome
        """

    /// Files of `flow` processed from `since` up to `until`, per outcome.
    public func consoleOutcomeCounts(flow: String, since: Date, until: Date = .distantFuture) throws -> [String: Int] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: Self.consoleOutcomeCountsSQL, arguments: [flow, since, until])
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["outcome"] as String? ?? "?", $0["n"] as Int? ?? 0) })
        }
    }

    /// One file with its attempts, the first `documentLimit` documents of its latest attempt
    /// and every payload it produced; `nil` for an id the ledger does not have.
    public func consoleFile(id: Int64, documentLimit: Int = 500) throws -> ConsoleFileDetail? {
        try read { db in
            guard let file = try FileRecord.fetchOne(db, key: id) else { return nil }
            let attempts = try AttemptRecord.filter(Column("fileId") == id).order(Column("number")).fetchAll(db).map {
                ConsoleAttempt(
                    number: $0.number, startedAt: $0.startedAt, finishedAt: $0.finishedAt, outcome: $0.outcome, trigger: $0.trigger,
                    notes: StoredNotes.decode($0.reason), forced: $0.forced, input: $0.inputPath, by: $0.actor)
            }
            let resolution = try ActivityRecord.fetchOne(
                db, sql: "SELECT * FROM activity WHERE fileId = ? AND action = 'resolved' ORDER BY id DESC LIMIT 1", arguments: [id])
            let acknowledgements = try ActivityRecord.fetchAll(
                db, sql: "SELECT * FROM activity WHERE fileId = ? AND action = 'acknowledged' AND at >= ? ORDER BY id",
                arguments: [id, attempts.last?.startedAt ?? .distantPast]
            ).map { ConsoleAcknowledgement(key: $0.key, at: $0.at, reason: $0.detail, by: $0.actor) }
            let input = try String.fetchOne(
                db, sql: "SELECT inputPath FROM attempt WHERE fileId = ? AND inputPath IS NOT NULL ORDER BY number DESC LIMIT 1",
                arguments: [id]) ?? file.archivePath
            let documents = try DocumentRecord.filter(Column("fileId") == id && Column("attempt") == file.attempt)
                .order(Column("ordinal")).limit(max(0, documentLimit)).fetchAll(db).map {
                    ConsoleDocument(
                        ordinal: $0.ordinal, kind: $0.kind, key: $0.key, outcome: $0.outcome, notes: StoredNotes.decode($0.reason),
                        outputs: JSONText.decode([String].self, $0.outputsJSON) ?? [],
                        errors: JSONText.decode([FerryError].self, $0.errorsJSON) ?? [])
                }
            let documentCount = try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM document WHERE fileId = ? AND attempt = ?", arguments: [id, file.attempt]) ?? 0
            let exports = try ExportRecord.filter(Column("fileId") == id).order(Column("id")).fetchAll(db).map(Self.consoleExport)
            let pruned = try String.fetchOne(db, sql: "SELECT pruned FROM file WHERE id = ?", arguments: [id]) != nil
            return ConsoleFileDetail(
                id: id, flow: file.flow, file: file.originalName, sha256: file.sha256, size: file.size, state: file.state.rawValue,
                outcome: file.outcome, attempt: file.attempt, receivedAt: file.receivedAt, processedAt: file.processedAt,
                archivePath: file.archivePath, pruned: pruned, input: input, errors: JSONText.decode([FerryError].self, file.errorsJSON) ?? [],
                resolvedAt: file.resolvedAt, resolvedReason: file.resolvedReason, resolvedBy: file.resolvedAt == nil ? nil : resolution?.actor,
                acknowledgements: acknowledgements, attempts: attempts, documents: documents,
                documentCount: documentCount, exports: exports)
        }
    }

    /// One payload by its export id.
    public func consoleExport(id: Int64) throws -> ConsoleExport? {
        try read { db in try ExportRecord.fetchOne(db, key: id).map(Self.consoleExport) }
    }

    static func consoleExport(_ record: ExportRecord) -> ConsoleExport {
        ConsoleExport(
            id: record.id ?? 0, fileId: record.fileId, attempt: record.attempt, target: record.target, kind: record.kind,
            key: record.key, state: record.state.rawValue, forced: record.forced, outputPath: record.outputPath,
            copyPath: record.copyPath, exportedAt: record.exportedAt)
    }

    /// The flow and whole key of the document of `fileId`'s latest attempt that `key` names (the
    /// whole key or its last parts, as `ferry log --key`), is amended after export and not yet
    /// acknowledged; `nil` when there is none or `key` names more than one.
    func acknowledgeAmendment(fileId: Int64, key: String, reason: String, at date: Date, actor: String?) throws -> String? {
        try write { db in
            guard let found = try consoleAmendedAwaiting(fileId: fileId, key: key, db) else { return nil }
            try Self.log(
                db, ActivityEntry(at: date, flow: found.flow, fileId: fileId, action: "acknowledged", key: found.key, detail: reason, actor: actor))
            return found.key
        }
    }

    func consoleAmendedAwaiting(fileId: Int64, key: String, _ db: Database) throws -> (flow: String, key: String)? {
        let filter = KeyFilter.exact(key)
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT DISTINCT f.flow, d.key FROM document d JOIN file f ON f.id = d.fileId
                WHERE d.fileId = ? AND \(filter.sql("d.key")) AND d.attempt = f.attempt AND d.outcome = 'amended-after-export'
                  AND NOT \(Self.acknowledgedCondition(document: "d"))
                LIMIT 2
                """,
            arguments: [fileId] + filter.arguments)
        guard rows.count == 1, let row = rows.first else { return nil }
        return (row["flow"], row["key"])
    }

    /// SQL: the document aliased `document` (of its file's latest attempt) was acknowledged by
    /// an operator since that attempt started (an `acknowledged` activity row for its file and key).
    static func acknowledgedCondition(document d: String) -> String {
        """
        EXISTS (SELECT 1 FROM activity ack WHERE ack.key = \(d).key AND ack.fileId = \(d).fileId AND ack.action = 'acknowledged'
          AND ack.at >= (SELECT startedAt FROM attempt WHERE fileId = \(d).fileId AND number = \(d).attempt))
        """
    }
}
