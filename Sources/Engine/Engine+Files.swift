import CFerrySystem
import Diagnostics
import Foundation
import Glibc

extension Engine {
    /// Handles one claim; an error of Ferry's own (not the sender's, not the
    /// environment's) fails that file alone and the pass goes on with the others.
    /// With a `group`, a small file may join it instead of being finished here (then nil is
    /// returned and the group reports it once completed).
    func handleIsolated(
        _ claim: Claim, flow: FlowRuntime, trigger: String, group: ExportGroup? = nil, admitted: Admitted? = nil
    ) throws -> TakenFile? {
        // A file the watchdog gave up on before: failed, not tried again (an admitted file is new).
        let timedOut = try admitted == nil && context.ledger.file(claimToken: claim.token)?.timedOutAt != nil
        if timedOut {
            return try quarantine(
                claim, flow: flow,
                error: FerryError(.engineTimedOut, at: Location(file: claim.name), ["seconds": "\(Int(context.config.fileTimeout))"]))
        }
        watchdog.watch(claimToken: claim.token, file: claim.name)
        defer { watchdog.cancel() }
        do {
            return try handle(claim, flow: flow, trigger: trigger, group: group, admitted: admitted)
        } catch let failure as IOFailure where failure.isEnvironmental {
            throw failure
        } catch let locked as LedgerLocked {
            throw locked
        } catch let open as StillOpenForWriting {
            throw open
        } catch {
            context.logger.error(
                "file could not be finished", metadata: ["drop.file": "\(claim.name)", "error": "\(error)"])
            do {
                return try quarantine(claim, flow: flow, error: FerryError(.engineInternal, at: Location(file: claim.name), ["reason": "\(error)"]))
            } catch {
                // Left claimed: the next pass takes it up again.
                context.logger.error("file left claimed", metadata: ["drop.file": "\(claim.name)", "error": "\(error)"])
                return nil
            }
        }
    }

    /// Runs one claimed file through its flow and into the archive.
    func handle(_ claim: Claim, flow: FlowRuntime, trigger: String, group: ExportGroup? = nil, admitted: Admitted? = nil) throws -> TakenFile? {
        do {
            if let admitted { return try process(admitted, flow: flow, group: group) }
            return try handleClaim(claim, flow: flow, trigger: trigger, group: group)
        } catch let failure as IOFailure where failure.isEnvironmental {
            releaseIfUntouched(claim)
            // Hidden temporaries this pass wrote without an intent: once the group's seal has
            // ended (its status records are temporaries too until renamed), nothing else of
            // this process is in flight, so they go now rather than at the next start.
            group?.settleSeal()
            try? Recovery(context: context, includeOwn: true).removeOrphanTemporaries(
                outboxes: flow.targets.map(\.outbox), flows: [flow.config.name])
            throw failure
        }
    }

    private func handleClaim(_ claim: Claim, flow: FlowRuntime, trigger: String, group: ExportGroup?) throws -> TakenFile? {
        let claimer = context.claimer
        let existing = try context.ledger.file(claimToken: claim.token)
        if claim.isLoneMarker {
            // The input is archived already; file its marker beside it, or give it back.
            if let existing, let id = existing.id, let archivePath = existing.archivePath {
                try Archiver(context: context).archive(claim, fileId: id, archivePath: context.layout.resolve(archivePath))
            } else {
                claimer.release(claim)
            }
            claimer.finish(claim)
            return nil
        }
        if let existing, existing.state == .archived || existing.state == .reprocessing {
            claimer.finish(claim)  // only leftovers remain
            return nil
        }
        // A sender that paused longer than the settle time still has the file open for
        // writing: back to the inbox, to settle again once it is closed.
        guard let (claimed, sha, size) = try FileIO.readClaimed(claim.path, askingWriters: existing == nil) else {
            try putBack(claim, stillOpenForWritingIn: flow, claimer: claimer)
            throw StillOpenForWriting()
        }
        let file = try context.ledger.claimFile(
            newFile(claim, flow: flow, sha: sha, size: size, trigger: trigger), owner: context.owner.token)
        return try process(Admitted(claim: claim, file: file, claimed: claimed, size: size), flow: flow, group: group)
    }

    /// Runs a claimed file whose row is recorded through its flow and into the archive.
    private func process(_ admitted: Admitted, flow: FlowRuntime, group: ExportGroup?) throws -> TakenFile? {
        let claim = admitted.claim
        let claimed = admitted.claimed
        let size = admitted.size
        var file = admitted.file
        let sha = file.sha256
        guard let fileId = file.id else { throw IOFailure("ledger insert", claim.name, errno: EIO) }

        if file.state == .archiving, let archivePath = file.archivePath {
            try Archiver(context: context).archive(claim, &file, preferred: context.layout.resolve(archivePath))
            return TakenFile(
                id: fileId, flow: file.flow, name: file.originalName,
                outcome: FileOutcome(rawValue: file.outcome ?? "") ?? .failed, statusRecord: (file.archivePath ?? "") + ".status.json")
        }

        var result = ProcessResult()
        var note: Note?
        // The same bytes as a file still in the group: its outcome is recorded first. A large
        // file is no small file: the group is finished before it is read (a watchdog stop while
        // it runs then reports the group's files as done).
        if let group, group.contains(sha256: sha) || size > ExportGroup.smallFileBytes { try group.finish() }
        if let original = try duplicateOf(file) {
            note = Note(.fileDuplicateOf, ["file": String(original.id ?? 0), "name": original.originalName])
        } else {
            do {
                let job = FileJob(flow: flow, path: claim.path, displayName: claim.name, fileId: fileId, attempt: file.attempt, forced: false)
                let decoded = admitted.prefetch?.take(claim.path)
                switch try FileProcessor(context: context).process(job, group: group, decoded: decoded) {
                case .processed(let processed):
                    result = processed
                case .staged(let staged):
                    group?.add(ExportGroup.Member(claim: claim, file: file, claimed: claimed, size: size, staged: staged))
                    if let group, group.isFull { try group.complete() }
                    return nil
                }
            } catch let error as FerryError {
                result.fileErrors = [error]
            }
            // Written to after the claim (by a sender that had it open all along): never let a
            // half file pass for a complete one.
            if let change = Self.change(of: claim.path, since: claimed, size: size) {
                result.fileErrors.append(FerryError(.engineInputChanged, at: Location(file: claim.name), ["reason": change]))
            }
        }
        let outcome: FileOutcome = note != nil ? .duplicate : result.outcome
        try finish(claim, &file, outcome: outcome, errors: result.fileErrors, note: note)
        var done = taken(file, outcome: outcome)
        done.amended = result.amended
        return done
    }

    /// How the file at `path` differs from what was read at the claim (size, mtime, inode), or nil.
    static func change(of path: String, since claimed: FileStat?, size: Int64) -> String? {
        guard let now = FileStat(path: path) else { return "it is gone" }
        if now.size != size { return "its size went from \(size) to \(now.size) bytes" }
        if let claimed, now.modifiedNanos != claimed.modifiedNanos || now.inode != claimed.inode {
            return "it was written to after Ferry took it"
        }
        return nil
    }

    /// Records the outcome, archives the input, and reports a failure.
    private func finish(_ claim: Claim, _ file: inout FileRecord, outcome: FileOutcome, errors: [FerryError], note: Note?) throws {
        try finish(
            &file, claim: claim, outcome: outcome, errors: errors, note: note,
            detail: "\(claim.name): \(outcome.rawValue)" + (note.map { " (\($0.text()))" } ?? ""))
        let result = taken(file, outcome: outcome)
        if !outcome.isSuccess { notifyFailure(result) }
    }

    /// Finishes an attempt at a file, the same way for `run`, `watch` and `reprocess`:
    /// records the outcome (file, attempt, activity), moves a claimed input into the
    /// archive (`claim`; a reprocessed input is there already), writes the status record,
    /// syncs the archive folder and marks the file archived (`Archiver.seal`).
    func finish(
        _ file: inout FileRecord, claim: Claim?, outcome: FileOutcome, errors: [FerryError], note: Note?, detail: String
    ) throws {
        guard let id = file.id else { throw IOFailure("ledger insert", file.originalName, errno: EIO) }
        let finished = context.now()
        // A claimed input is `archiving` until sealed; a reprocessed one stays `reprocessing`
        // (resumed in the same attempt if this process stops).
        let state: FileRecord.State? = claim == nil ? nil : .archiving
        let archiver = Archiver(context: context)
        // The archive path is reserved with the outcome, in one transaction.
        var reserve: (archivePath: String, markerPath: String?)?
        var destination: String?
        if let claim, file.archivePath == nil {
            let path = try archiver.destination(flow: file.flow, name: claim.name, day: context.now())
            let relative = context.layout.relative(path)
            reserve = (relative, claim.archivedMarker(at: relative))
            destination = path
        }
        let reserved = try context.ledger.recordOutcome(
            OutcomeEntry(
                fileId: id, attempt: file.attempt, flow: file.flow, outcome: outcome.rawValue, errors: errors, note: note,
                at: finished, detail: detail, state: state, forgetArchivePath: claim != nil && file.archivePath == nil,
                reserve: reserve))
        if let reserve, reserved {
            file.archivePath = reserve.archivePath
            file.markerPath = reserve.markerPath
        } else {
            destination = nil
        }
        file.state = state ?? file.state
        file.outcome = outcome.rawValue
        file.processedAt = finished
        file.errorsJSON = JSONText.encode(errors)
        if let claim {
            try archiver.archive(claim, &file, preferred: destination)
        } else if let archivePath = file.archivePath {
            try archiver.seal(fileId: id, archivePath: context.layout.resolve(archivePath))
        }
        logProcessed(file, outcome: outcome)
    }

    func logProcessed(_ file: FileRecord, outcome: FileOutcome) {
        context.logger.info(
            "processed", metadata: ["drop.file": "\(file.originalName)", "drop.flow": "\(file.flow)", "drop.outcome": "\(outcome.rawValue)"])
    }

    func taken(_ file: FileRecord, outcome: FileOutcome) -> TakenFile {
        TakenFile(
            id: file.id ?? 0, flow: file.flow, name: file.originalName, outcome: outcome,
            statusRecord: file.archivePath.map { $0 + ".status.json" })
    }

    /// Fails a file Ferry itself could not finish, and archives it so it blocks nothing.
    func quarantine(_ claim: Claim, flow: FlowRuntime, error: FerryError) throws -> TakenFile? {
        guard !claim.isLoneMarker, FileIO.exists(claim.path) else { return nil }
        let (sha, size) = (try? FileIO.sha256(ofFile: claim.path)) ?? ("", 0)
        var file = try context.ledger.registerQuarantined(
            newFile(claim, flow: flow, sha: sha, size: size, trigger: "run"), owner: context.owner.token)
        file.archivePath = nil
        try finish(claim, &file, outcome: .failed, errors: [error], note: nil)
        return taken(file, outcome: .failed)
    }

    private func newFile(_ claim: Claim, flow: FlowRuntime, sha: String, size: Int64, trigger: String) -> NewFile {
        NewFile(
            flow: flow.config.name, name: claim.name, claimToken: claim.token, sha256: sha, size: size, at: context.now(),
            trigger: trigger, sighting: context.layout.inbox(flow.config) + "/" + claim.name)
    }

    /// Claims a run of small ready files ahead and records them in one transaction (instead of
    /// one each), each then processed as `handleClaim` would after its own `claimFile`. A file
    /// still open for writing goes back to the inbox and is reported waiting. On an error every
    /// claim of the run goes back to the inbox (none has a row: the transaction is one). A kill
    /// between the claims and the transaction leaves claim folders without rows, which the next
    /// pass adopts as new files, as after a single claim.
    func admit(
        _ entries: [InboxEntry], flow: FlowRuntime, trigger: String, claimer: Claimer, report: inout RunReport
    ) throws -> [Admitted] {
        var claims: [(claim: Claim, claimed: FileStat?, sha: String, size: Int64)] = []
        do {
            for entry in entries {
                guard let claim = try claimer.claim(entry.name, marker: nil, in: flow.config, sighted: entry.stat) else { continue }
                claims.append((claim, nil, "", 0))
                try context.faults.hit(.afterClaim)
                guard let (claimed, sha, size) = try FileIO.readClaimed(claim.path, askingWriters: true) else {
                    claims.removeLast()
                    try putBack(claim, stillOpenForWritingIn: flow, claimer: claimer)
                    left(claim.name, flow: flow, .openForWriting, &report)
                    continue
                }
                claims[claims.count - 1] = (claim, claimed, sha, size)
            }
            let files = try context.ledger.claimFiles(
                claims.map { newFile($0.claim, flow: flow, sha: $0.sha, size: $0.size, trigger: trigger) }, owner: context.owner.token)
            return zip(claims, files).map { Admitted(claim: $0.claim, file: $1, claimed: $0.claimed, size: $0.size) }
        } catch {
            for item in claims { claimer.release(item.claim) }
            throw error
        }
    }

    /// A sender that paused longer than the settle time still has the file open for writing
    /// (a read lease said so, `FileIO.readClaimed`): the claim goes back to the inbox, to
    /// settle again once the file is closed.
    private func putBack(_ claim: Claim, stillOpenForWritingIn flow: FlowRuntime, claimer: Claimer) throws {
        claimer.release(claim)
        try context.ledger.forgetSighting(path: context.layout.inbox(flow.config) + "/" + claim.name)
        context.logger.info("still open for writing; settling again", metadata: ["drop.file": "\(claim.name)"])
    }

    /// An earlier file of the same flow with the same bytes that did not fail.
    private func duplicateOf(_ file: FileRecord) throws -> FileRecord? {
        try context.ledger.earlierCopy(of: file)
    }

    /// Puts a file back into the inbox when the environment stopped its processing before
    /// anything was exported or archived; otherwise it stays claimed for the next pass.
    func releaseIfUntouched(_ claim: Claim) {
        guard !claim.isLoneMarker, FileIO.exists(claim.path) else { return }
        let released = try? context.ledger.releaseUntouched(claimToken: claim.token)
        // Ledger unreachable: leave it claimed; the next pass takes it up.
        if released == true { context.claimer.release(claim) }
    }

    /// Files whose owner stopped after moving the input into the archive but before the
    /// record was written (no claim is left to adopt). Checks the archived bytes first.
    func finishInterruptedArchiving(_ recovery: Recovery) throws {
        let stuck = try context.ledger.files(in: .archiving)
        for file in stuck where recovery.isStale(file.owner) {
            guard let id = file.id, let archivePath = file.archivePath else { continue }
            let path = context.layout.resolve(archivePath)
            guard FileIO.exists(path), (try? FileIO.sha256(ofFile: path).hex) == file.sha256 else { continue }
            // Only if no claim of it is left (then adoption finishes it instead).
            let work = flows.first { $0.config.name == file.flow }.map { context.layout.workDirectory($0.config) } ?? ""
            let claimed = FileIO.list(work).contains { FileIO.exists(work + "/" + $0 + "/" + file.claimToken + "/" + file.originalName) }
            guard !claimed else { continue }
            try Archiver(context: context).seal(fileId: id, archivePath: path)
        }
    }
}

/// A claimed file went back to its inbox because a process still has it open for writing;
/// the pass reports it as waiting (`still open for writing`), not as taken.
struct StillOpenForWriting: Error {}

/// A freshly claimed file with its row recorded (`Engine.admit`), ready to be processed.
struct Admitted {
    var claim: Claim
    var file: FileRecord
    /// The input's size, mtime and inode at the claim, and its size when hashed.
    var claimed: FileStat?
    var size: Int64
    /// Reads the run's files ahead of their turn on another thread.
    var prefetch: Prefetch? = nil
}
