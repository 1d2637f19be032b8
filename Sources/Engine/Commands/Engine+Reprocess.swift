import Diagnostics
import Foundation

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
    /// Who asks (recorded with the attempt and in the activity log): the console's signed-in
    /// person as `console:NAME`; nil for this process's OS user (a command).
    public var actor: String?

    public init(
        selectors: [String] = [], failed: Bool = false, flow: String? = nil, since: Date? = nil, reason: String? = nil,
        force: Bool = false, dryRun: Bool = false, replacement: String? = nil, actor: String? = nil
    ) {
        self.replacement = replacement
        self.actor = actor
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
    /// The file is known but `ferry prune` removed its archived input (`PRUNE-001`).
    public var pruned = false
    public var error: FerryError {
        FerryError(pruned ? .pruneFileGone : .engineUnknownFile, ["selector": selector])
    }
    public var description: String { error.description }
}

extension Engine {
    /// The archived files a request names.
    public func files(for request: ReprocessRequest) throws -> [FileRecord] {
        var files: [FileRecord] = []
        for selector in request.selectors {
            let file: FileRecord?
            if let id = Int64(selector) {
                file = try context.ledger.file(id: id)
            } else {
                let relative = context.layout.relative(context.layout.resolve(selector))
                let path = relative.hasSuffix(".status.json") ? String(relative.dropLast(".status.json".count)) : relative
                file = try context.ledger.file(archivePath: path)
            }
            guard let file else { throw UnknownFile(selector: selector) }
            if let id = file.id, let ledger = context.ledger as? any PruneLedger, try ledger.isPruned(fileId: id) {
                throw UnknownFile(selector: selector, pruned: true)
            }
            files.append(file)
        }
        if request.failed {
            files += try context.ledger.unresolvedArchivedFailures(flow: request.flow, since: request.since)
        }
        return files
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
                if let taken = try reprocess(fileId: id, request: request, report: &report) { report.add(taken) }
            }
        } catch {
            report.stop(because: error)
        }
        return report
    }

    /// Reprocessing that stopped with its process: finished now, in the same attempt.
    func resumeInterruptedReprocessing(_ recovery: Recovery) throws -> [TakenFile] {
        let stuck = try context.ledger.files(in: .reprocessing)
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
    func currentInput(of file: FileRecord) throws -> String? {
        guard let id = file.id else { return file.archivePath }
        return try context.ledger.latestInput(fileId: id) ?? file.archivePath
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
        // Copy and hash before the transaction: reading a large input must not hold the write lock.
        var staged: String?
        var hashed: (path: String, digest: (hex: String, size: Int64)?)?
        if let request, let before = try context.ledger.file(id: id),
            before.state == .archived
        {
            if let replacement = request.replacement { staged = try stageReplacement(replacement, for: before) }
            if let path = try staged ?? currentInput(of: before) {
                // A link planted in the archive would make the attempt read a file from anywhere.
                if FileStat(path: context.layout.resolve(path))?.isSymlink == true {
                    report.skipped.append(Note(.reprocessSkippedSymlink, ["id": String(id), "path": path]))
                    return nil
                }
                hashed = (path, try? FileIO.sha256(ofFile: context.layout.resolve(path)))
            }
        }
        let hashedInput = hashed
        let layout = context.layout
        let taken = try context.ledger.beginReprocess(
            ReprocessStart(
                fileId: id, owner: context.owner.token, at: now, request: request.map { $0.actor == nil ? $0.with(actor: Engine.osUser) : $0 },
                stagedInput: staged,
                isDead: context.owner.isDead,
                // Hashed above; again only if another reprocess changed the input meanwhile.
                digest: { input in hashedInput?.path == input ? hashedInput?.digest : try? FileIO.sha256(ofFile: layout.resolve(input)) }))
        guard let taken, taken.file.archivePath != nil else {
            if let staged {  // not used after all: nothing refers to it
                FileIO.remove(context.layout.resolve(staged))
            }
            report.skipped.append(Note(.reprocessSkippedBusy, ["id": String(id)]))
            return nil
        }
        var file = taken.file
        guard let flow = flows.first(where: { $0.config.name == file.flow }) else {
            report.skipped.append(Note(.reprocessSkippedFlowGone, ["id": String(id), "flow": file.flow]))
            try context.ledger.markArchived(fileId: id)
            return nil
        }
        let result = try attempt(
            FileJob(
                flow: flow, path: context.layout.resolve(taken.input), displayName: file.originalName, fileId: id,
                attempt: file.attempt, forced: taken.forced))
        let outcome = result.outcome
        try finish(
            &file, claim: nil, outcome: outcome, errors: result.fileErrors, note: nil,
            detail: "\(file.originalName): \(outcome.rawValue) (attempt \(file.attempt))")
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
        let folder = PathText.folder(of: original)
        let name = PathText.name(of: original)
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
            let reserved = try context.ledger.isArchivePathTaken(relative, includingAttemptInputs: true)
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
    /// - Parameter actor: who (`console:NAME`); nil for this process's OS user.
    public func resolve(id: Int64, reason: String, actor: String? = nil) throws {
        switch try context.ledger.resolve(fileId: id, reason: reason, at: context.now(), actor: actor ?? Engine.osUser) {
        case .resolved: break
        case .unknownFile: throw UnknownFile(selector: "\(id)")
        case .notFailed(let outcome): throw FerryError(.engineResolveNotFailed, ["id": "\(id)", "outcome": outcome])
        }
        try StatusRecordWriter(context: context).write(fileId: id)
    }
}
