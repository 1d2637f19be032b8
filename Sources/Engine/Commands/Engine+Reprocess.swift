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
    /// `--with FILE`: a corrected copy of the one named file's input. The real reprocess
    /// archives it next to the original (which is kept) as the new attempt's input.
    public var replacement: String?

    public init(
        selectors: [String] = [], failed: Bool = false, flow: String? = nil, since: Date? = nil, reason: String? = nil,
        force: Bool = false, dryRun: Bool = false, replacement: String? = nil
    ) {
        self.replacement = replacement
        self.selectors = selectors
        self.failed = failed
        self.flow = flow
        self.since = since
        self.reason = reason
        self.force = force
        self.dryRun = dryRun
    }
}

/// A selector that named no archived file (`reprocess` and `resolve` both exit 64 on it).
public struct UnknownFile: Error, Sendable, CustomStringConvertible {
    public var selector: String
    public var error: FerryError { FerryError(.engineUnknownFile, ["selector": selector]) }
    public var description: String { error.description }
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

    /// The input the latest attempt of `file` read, relative to the root: a corrected copy
    /// after `reprocess --with`, else the archived original.
    func currentInput(of file: FileRecord, _ db: Database) throws -> String? {
        let latest = try String.fetchOne(
            db, sql: "SELECT inputPath FROM attempt WHERE fileId = ? AND inputPath IS NOT NULL ORDER BY number DESC LIMIT 1",
            arguments: [file.id])
        return latest ?? file.archivePath
    }

    /// One attempt's passes over a file; a dry run passes a plan and writes nothing. The
    /// real reprocess and its dry run both go through here.
    /// - Throws: what stops the whole command (environment, locked ledger), never the file's own errors.
    func attempt(_ job: FileJob, plan: DryRunPlan? = nil) throws -> ProcessResult {
        var result = ProcessResult()
        do {
            result = try FileProcessor(context: context, plan: plan).process(job)
        } catch let error as FerryError {
            result.fileErrors = [error]
        }
        return result
    }

    /// The line a reprocessed (or dry-run) file contributes to the report, from which the
    /// exit code follows.
    func reprocessed(_ file: FileRecord, _ result: ProcessResult) -> TakenFile {
        var taken = TakenFile(
            id: file.id ?? 0, flow: file.flow, name: file.originalName, outcome: result.outcome,
            statusRecord: file.archivePath.map { $0 + ".status.json" })
        taken.amended = result.amended
        return taken
    }

    /// One file: a new attempt for `request`, or (request nil, or the file's last
    /// reprocessing was interrupted) the interrupted attempt resumed.
    ///
    /// A new attempt records the input it reads with its bytes' sha256 and size: the
    /// corrected copy of `--with` (archived next to the original first), or the current
    /// input, which an operator may have edited in place.
    private func reprocess(fileId id: Int64, request: ReprocessRequest?, report: inout RunReport) throws -> TakenFile? {
        let now = context.now()
        struct Taken {
            var file: FileRecord
            var forced: Bool
            var input: String
        }
        // Copy and hash before the transaction: reading a large input must not hold the write lock.
        var staged: String?
        var hashed: (path: String, digest: (hex: String, size: Int64)?)?
        if let request, let before = try context.ledger.read({ db in try FileRecord.fetchOne(db, key: id) }),
            before.state == .archived
        {
            if let replacement = request.replacement { staged = try stageReplacement(replacement, for: before) }
            if let path = try staged ?? context.ledger.read({ db in try currentInput(of: before, db) }) {
                // A link planted in the archive would make the attempt read a file from anywhere.
                if FileStat(path: context.layout.resolve(path))?.isSymlink == true {
                    report.skipped.append(Note(.reprocessSkippedSymlink, ["id": String(id), "path": path]))
                    return nil
                }
                hashed = (path, try? FileIO.sha256(ofFile: context.layout.resolve(path)))
            }
        }
        let stagedInput = staged
        let hashedInput = hashed
        let taken = try context.ledger.write { db -> Taken? in
            guard var current = try FileRecord.fetchOne(db, key: id) else { return nil }
            let interrupted = current.state == .reprocessing && (current.owner.map(context.owner.isDead) ?? true)
            guard current.state == .archived || interrupted else { return nil }
            current.owner = context.owner.token
            if interrupted {
                let row = try AttemptRecord.filter(Column("fileId") == id && Column("number") == current.attempt).fetchOne(db)
                try current.update(db)
                try Activity.log(db, at: now, flow: current.flow, fileId: id, action: "reprocess", detail: "attempt \(current.attempt) resumed")
                return Taken(
                    file: current, forced: row?.forced ?? false, input: row?.inputPath ?? current.archivePath ?? "")
            }
            guard let request, let previousInput = try currentInput(of: current, db) else { return nil }
            let input = stagedInput ?? previousInput
            // The previous attempt keeps what it read (a first attempt's row has it only on the file row).
            try db.execute(
                sql: """
                    UPDATE attempt SET inputPath = COALESCE(inputPath, ?), sha256 = COALESCE(sha256, ?), size = COALESCE(size, ?)
                    WHERE fileId = ? AND number = ?
                    """,
                arguments: [previousInput, current.sha256, current.size, id, current.attempt])
            // Hashed above; again only if another reprocess changed the input meanwhile.
            let read = hashedInput?.path == input ? hashedInput?.digest : try? FileIO.sha256(ofFile: context.layout.resolve(input))
            if let read {
                current.sha256 = read.hex
                current.size = read.size
            }
            current.state = .reprocessing
            current.attempt += 1
            try current.update(db)
            var row = AttemptRecord(
                id: nil, fileId: id, number: current.attempt, startedAt: now, finishedAt: nil, outcome: nil,
                trigger: "reprocess", reason: request.reason, forced: request.force, inputPath: input,
                sha256: read?.hex, size: read?.size)
            try row.insert(db)
            try Activity.log(
                db, at: now, flow: current.flow, fileId: id, action: "reprocess",
                detail: "attempt \(current.attempt)" + (request.force ? " (forced)" : "")
                    + (stagedInput.map { " with \($0)" } ?? "") + (request.reason.map { ": \($0)" } ?? ""))
            return Taken(file: current, forced: request.force, input: input)
        }
        guard let taken, taken.file.archivePath != nil else {
            if let staged {  // not used after all: nothing refers to it
                FileIO.remove(context.layout.resolve(staged))
            }
            report.skipped.append(Note(.reprocessSkippedBusy, ["id": String(id)]))
            return nil
        }
        let file = taken.file
        guard let flow = flows.first(where: { $0.config.name == file.flow }) else {
            report.skipped.append(Note(.reprocessSkippedFlowGone, ["id": String(id), "flow": file.flow]))
            try context.ledger.write { db in
                try db.execute(sql: "UPDATE file SET state = 'archived', owner = NULL WHERE id = ?", arguments: [id])
            }
            return nil
        }
        let result = try attempt(
            FileJob(
                flow: flow, path: context.layout.resolve(taken.input), displayName: file.originalName, fileId: id,
                attempt: file.attempt, forced: taken.forced))
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
        let done = reprocessed(file, result)
        if !outcome.isSuccess { notifyFailure(done) }
        return done
    }

    /// Copies a corrected input next to the archived original as `<name>.attempt-<n>.<ext>`
    /// (`~2`… if taken), durably: written under a hidden name, fsynced, renamed without
    /// replacing, folder fsynced. The original is never touched. Returns the path relative
    /// to the root.
    private func stageReplacement(_ source: String, for file: FileRecord) throws -> String {
        guard let archivePath = file.archivePath else { throw UnknownFile(selector: "\(file.id ?? 0)") }
        let original = context.layout.resolve(archivePath)
        let folder = (original as NSString).deletingLastPathComponent
        let name = (original as NSString).lastPathComponent
        let marker = ".attempt-\(file.attempt + 1)"
        let base: String
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            base = String(name[..<dot]) + marker + String(name[dot...])
        } else {
            base = name + marker
        }
        let temp = folder + "/." + base + "." + context.owner.token + ".tmp"
        FileIO.remove(temp)
        try FileIO.copyNew(source, to: temp, mode: 0o644)
        defer { FileIO.remove(temp) }
        var candidate = base
        var number = 1
        while true {
            let path = folder + "/" + candidate
            let relative = context.layout.relative(path)
            let reserved = try context.ledger.read { db in
                try Bool.fetchOne(
                    db, sql: "SELECT 1 FROM file WHERE archivePath = ? UNION SELECT 1 FROM attempt WHERE inputPath = ?",
                    arguments: [relative, relative]) ?? false
            }
            if !reserved, !FileIO.exists(path + ".status.json"), try FileIO.renameNoReplace(temp, path) {
                try FileIO.syncDirectory(folder)
                return relative
            }
            number += 1
            candidate = OutputNaming.alternative(base, attempt: number)
        }
    }

    /// Marks a failed or partial file as handled by hand.
    /// - Throws: `UnknownFile`; `FerryError` `ENGINE-021` for a file that did not fail.
    public func resolve(id: Int64, reason: String) throws {
        let found = try context.ledger.write { db -> Bool in
            guard var file = try FileRecord.fetchOne(db, key: id) else { return false }
            let outcome = file.outcome.flatMap(FileOutcome.init(rawValue:))
            guard let outcome, !outcome.isSuccess else {
                throw FerryError(.engineResolveNotFailed, ["id": "\(id)", "outcome": file.outcome ?? file.state.rawValue])
            }
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
