import Diagnostics
import Foundation
import GRDB

/// What `ferry reprocess` should take.
public struct ReprocessRequest: Sendable {
    /// Ledger ids or archived paths (relative to the root or absolute).
    public var selectors: [String]
    public var failed: Bool
    public var flow: String?
    public var since: Date?
    public var reason: String?
    public var force: Bool
    public var dryRun: Bool

    public init(
        selectors: [String] = [], failed: Bool = false, flow: String? = nil, since: Date? = nil, reason: String? = nil,
        force: Bool = false, dryRun: Bool = false
    ) {
        self.selectors = selectors
        self.failed = failed
        self.flow = flow
        self.since = since
        self.reason = reason
        self.force = force
        self.dryRun = dryRun
    }
}

/// A selector that named no archived file.
public struct UnknownFile: Error, Sendable, CustomStringConvertible {
    public var selector: String
    public var description: String { "no archived file matches '\(selector)' (give a ledger id or an archived path)" }
}

extension Engine {
    /// The archived files a request names.
    public func files(for request: ReprocessRequest) throws -> [FileRecord] {
        try context.ledger.read { db in
            var files: [FileRecord] = []
            for selector in request.selectors {
                let file: FileRecord?
                if let id = Int64(selector) {
                    file = try FileRecord.fetchOne(db, key: id)
                } else {
                    let relative = context.layout.relative(context.layout.resolve(selector))
                    let path = relative.hasSuffix(".status.json") ? String(relative.dropLast(".status.json".count)) : relative
                    file = try FileRecord.filter(Column("archivePath") == path).fetchOne(db)
                }
                guard let file else { throw UnknownFile(selector: selector) }
                files.append(file)
            }
            if request.failed {
                var sql = "SELECT * FROM file WHERE outcome IN ('failed', 'partial') AND resolvedAt IS NULL AND state = 'archived'"
                var arguments: StatementArguments = []
                if let flow = request.flow {
                    sql += " AND flow = ?"
                    arguments += [flow]
                }
                if let since = request.since {
                    sql += " AND receivedAt >= ?"
                    arguments += [since]
                }
                files += try FileRecord.fetchAll(db, sql: sql + " ORDER BY id", arguments: arguments)
            }
            return files
        }
    }

    /// Runs archived files through their flow again as a new attempt.
    ///
    /// A file another live process is reprocessing is skipped (listed in `skipped`); one
    /// whose reprocessing was interrupted is resumed in the same attempt, so what that
    /// attempt already exported counts as exported and is not exported again.
    public func reprocess(_ request: ReprocessRequest) -> RunReport {
        var report = RunReport()
        do {
            try recover(&report)
            for file in try files(for: request) {
                guard let id = file.id else { continue }
                if let taken = try reprocess(fileId: id, request: request, report: &report) { report.taken.append(taken) }
            }
        } catch {
            report.stop(because: error)
        }
        return report
    }

    /// Reprocessing that stopped with its process: finished now, in the same attempt.
    func resumeInterruptedReprocessing(_ recovery: Recovery) throws -> [TakenFile] {
        let stuck = try context.ledger.read { db in
            try FileRecord.filter(Column("state") == FileRecord.State.reprocessing.rawValue).fetchAll(db)
        }
        var report = RunReport()
        var taken: [TakenFile] = []
        for file in stuck where recovery.isStale(file.owner) {
            guard let id = file.id else { continue }
            if let result = try reprocess(fileId: id, request: nil, report: &report) { taken.append(result) }
        }
        return taken
    }

    /// One file: a new attempt for `request`, or (request nil, or the file's last
    /// reprocessing was interrupted) the interrupted attempt resumed.
    private func reprocess(fileId id: Int64, request: ReprocessRequest?, report: inout RunReport) throws -> TakenFile? {
        let now = context.now()
        struct Taken {
            var file: FileRecord
            var forced: Bool
        }
        let taken = try context.ledger.write { db -> Taken? in
            guard var current = try FileRecord.fetchOne(db, key: id) else { return nil }
            let interrupted = current.state == .reprocessing && (current.owner.map(context.owner.isDead) ?? true)
            guard current.state == .archived || interrupted else { return nil }
            current.owner = context.owner.token
            if interrupted {
                let row = try AttemptRecord.filter(Column("fileId") == id && Column("number") == current.attempt).fetchOne(db)
                try current.update(db)
                try Activity.log(db, at: now, flow: current.flow, fileId: id, action: "reprocess", detail: "attempt \(current.attempt) resumed")
                return Taken(file: current, forced: row?.forced ?? false)
            }
            guard let request else { return nil }
            current.state = .reprocessing
            current.attempt += 1
            try current.update(db)
            var row = AttemptRecord(
                id: nil, fileId: id, number: current.attempt, startedAt: now, finishedAt: nil, outcome: nil,
                trigger: "reprocess", reason: request.reason, forced: request.force)
            try row.insert(db)
            try Activity.log(
                db, at: now, flow: current.flow, fileId: id, action: "reprocess",
                detail: "attempt \(current.attempt)" + (request.force ? " (forced)" : "") + (request.reason.map { ": \($0)" } ?? ""))
            return Taken(file: current, forced: request.force)
        }
        guard let taken, let archivePath = taken.file.archivePath else {
            report.skipped.append("#\(id): being processed by another Ferry process")
            return nil
        }
        let file = taken.file
        guard let flow = flows.first(where: { $0.config.name == file.flow }) else {
            report.skipped.append("#\(id): flow '\(file.flow)' is no longer configured")
            try context.ledger.write { db in
                try db.execute(sql: "UPDATE file SET state = 'archived', owner = NULL WHERE id = ?", arguments: [id])
            }
            return nil
        }
        var result = ProcessResult()
        do {
            result = try FileProcessor(context: context).process(
                FileJob(
                    flow: flow, path: context.layout.resolve(archivePath), displayName: file.originalName, fileId: id,
                    attempt: file.attempt, forced: taken.forced))
        } catch let error as FerryError {
            result.fileErrors = [error]
        }
        let outcome = result.outcome
        let finished = context.now()
        try context.ledger.write { db in
            try db.execute(
                sql: "UPDATE file SET outcome = ?, processedAt = ?, errorsJSON = ? WHERE id = ?",
                arguments: [outcome.rawValue, finished, JSONText.encode(result.fileErrors), id])
            try db.execute(
                sql: "UPDATE attempt SET finishedAt = ?, outcome = ? WHERE fileId = ? AND number = ?",
                arguments: [finished, outcome.rawValue, id, file.attempt])
            try Activity.log(
                db, at: finished, flow: file.flow, fileId: id, action: "processed",
                detail: "\(file.originalName): \(outcome.rawValue) (attempt \(file.attempt))")
        }
        try StatusRecordWriter(context: context).write(fileId: id)
        try context.ledger.write { db in
            try db.execute(sql: "UPDATE file SET state = 'archived', owner = NULL WHERE id = ?", arguments: [id])
        }
        var done = TakenFile(id: id, flow: file.flow, name: file.originalName, outcome: outcome, statusRecord: archivePath + ".status.json")
        done.amended = result.amended
        if !outcome.isSuccess { notifyFailure(done) }
        return done
    }

    /// Marks a failed file as handled by hand.
    public func resolve(id: Int64, reason: String) throws {
        let found = try context.ledger.write { db -> Bool in
            guard var file = try FileRecord.fetchOne(db, key: id) else { return false }
            file.resolvedAt = context.now()
            file.resolvedReason = reason
            try file.update(db)
            try Activity.log(db, at: context.now(), flow: file.flow, fileId: id, action: "resolved", detail: reason)
            return true
        }
        guard found else { throw UnknownFile(selector: "\(id)") }
        try StatusRecordWriter(context: context).write(fileId: id)
    }
}
