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
    public func reprocess(_ request: ReprocessRequest) -> RunReport {
        var report = RunReport()
        do {
            try recover()
            for file in try files(for: request) {
                report.taken.append(try reprocess(file, request: request))
            }
        } catch let failure as IOFailure where failure.isEnvironmental {
            report.stoppedBy = failure.description
        } catch is LedgerLocked {
            report.stoppedByLock = true
            report.stoppedBy = LedgerLocked().description
        } catch {
            report.stoppedBy = "\(error)"
        }
        return report
    }

    private func reprocess(_ file: FileRecord, request: ReprocessRequest) throws -> TakenFile {
        guard let id = file.id, let archivePath = file.archivePath, file.state == .archived else {
            throw UnknownFile(selector: "\(file.id ?? 0)")
        }
        guard let flow = flows.first(where: { $0.config.name == file.flow }) else {
            throw UnknownFile(selector: "\(id) (flow '\(file.flow)' is no longer configured)")
        }
        let path = context.layout.resolve(archivePath)
        let now = context.now()
        // Take the file for this process, unless another live process is on it.
        let attempt = try context.ledger.write { db -> Int? in
            guard var current = try FileRecord.fetchOne(db, key: id) else { return nil }
            if let owner = current.owner, !context.owner.isDead(owner) { return nil }
            current.owner = context.owner.token
            current.attempt += 1
            try current.update(db)
            var row = AttemptRecord(
                id: nil, fileId: id, number: current.attempt, startedAt: now, finishedAt: nil, outcome: nil,
                trigger: "reprocess", reason: request.reason, forced: request.force)
            try row.insert(db)
            try Activity.log(
                db, at: now, flow: file.flow, fileId: id, action: "reprocess",
                detail: "attempt \(current.attempt)" + (request.force ? " (forced)" : "") + (request.reason.map { ": \($0)" } ?? ""))
            return current.attempt
        }
        guard let attempt else { throw UnknownFile(selector: "\(id) (being processed by another Ferry process)") }
        var result = ProcessResult()
        do {
            result = try FileProcessor(context: context).process(
                FileJob(flow: flow, path: path, displayName: file.originalName, fileId: id, attempt: attempt, forced: request.force))
        } catch let error as FerryError {
            result.fileErrors = [error]
        }
        let outcome = result.outcome
        let finished = context.now()
        try context.ledger.write { db in
            try db.execute(
                sql: "UPDATE file SET outcome = ?, processedAt = ?, errorsJSON = ?, owner = NULL WHERE id = ?",
                arguments: [outcome.rawValue, finished, JSONText.encode(result.fileErrors), id])
            try db.execute(
                sql: "UPDATE attempt SET finishedAt = ?, outcome = ? WHERE fileId = ? AND number = ?",
                arguments: [finished, outcome.rawValue, id, attempt])
            try Activity.log(db, at: finished, flow: file.flow, fileId: id, action: "processed", detail: "\(file.originalName): \(outcome.rawValue) (attempt \(attempt))")
        }
        try StatusRecordWriter(context: context).write(fileId: id)
        let taken = TakenFile(id: id, flow: file.flow, name: file.originalName, outcome: outcome, statusRecord: archivePath + ".status.json")
        if !outcome.isSuccess { notifyFailure(taken) }
        return taken
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
