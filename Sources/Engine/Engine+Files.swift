import CFerrySystem
import Diagnostics
import Foundation
import GRDB
import Glibc

extension Engine {
    /// Handles one claim; an error of Ferry's own (not the sender's, not the
    /// environment's) fails that file alone and the pass goes on with the others.
    func handleIsolated(_ claim: Claim, flow: FlowRuntime, trigger: String) throws -> TakenFile? {
        // A file the watchdog gave up on before: failed, not tried again.
        let timedOut = try context.ledger.read { db in
            try FileRecord.filter(Column("claimToken") == claim.token).fetchOne(db)?.timedOutAt != nil
        }
        if timedOut {
            return try quarantine(
                claim, flow: flow,
                error: FerryError(.engineTimedOut, at: Location(file: claim.name), ["seconds": "\(Int(context.config.fileTimeout))"]))
        }
        let watchdog = Watchdog(context: context, claimToken: claim.token, file: claim.name)
        defer { watchdog.cancel() }
        do {
            return try handle(claim, flow: flow, trigger: trigger)
        } catch let failure as IOFailure where failure.isEnvironmental {
            throw failure
        } catch let locked as LedgerLocked {
            throw locked
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
    func handle(_ claim: Claim, flow: FlowRuntime, trigger: String) throws -> TakenFile? {
        do {
            return try handleClaim(claim, flow: flow, trigger: trigger)
        } catch let failure as IOFailure where failure.isEnvironmental {
            releaseIfUntouched(claim)
            // Hidden temporaries this pass wrote without an intent: nothing else of this
            // process is in flight, so they go now rather than at the next start.
            try? Recovery(context: context, includeOwn: true).removeOrphanTemporaries(
                outboxes: flow.targets.map(\.outbox), flows: [flow.config.name])
            throw failure
        }
    }

    private func handleClaim(_ claim: Claim, flow: FlowRuntime, trigger: String) throws -> TakenFile? {
        let claimer = Claimer(layout: context.layout, owner: context.owner)
        let existing = try context.ledger.read { db in
            try FileRecord.filter(Column("claimToken") == claim.token).fetchOne(db)
        }
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
        if existing == nil, ferry_open_for_writing_elsewhere(claim.path) == 1 {
            claimer.release(claim)
            try InboxScanner(layout: context.layout, ledger: context.ledger).forget(path: context.layout.inbox(flow.config) + "/" + claim.name)
            context.logger.info("still open for writing; settling again", metadata: ["drop.file": "\(claim.name)"])
            return nil
        }
        let claimed = FileStat(path: claim.path)
        let (sha, size) = try FileIO.sha256(ofFile: claim.path)
        let now = context.now()
        var file = try context.ledger.write { db -> FileRecord in
            if var existing = try FileRecord.filter(Column("claimToken") == claim.token).fetchOne(db) {
                existing.owner = context.owner.token
                try existing.update(db)
                return existing
            }
            let file = try insertNewFile(db, claim: claim, flow: flow, sha: sha, size: size, at: now, trigger: trigger)
            try Activity.log(db, at: now, flow: flow.config.name, fileId: file.id, action: "claimed", detail: claim.name)
            return file
        }
        guard let fileId = file.id else { throw IOFailure("ledger insert", claim.name, errno: EIO) }

        if file.state == .archiving, let archivePath = file.archivePath {
            try archive(claim, &file, preferred: context.layout.resolve(archivePath))
            return TakenFile(
                id: fileId, flow: file.flow, name: file.originalName,
                outcome: FileOutcome(rawValue: file.outcome ?? "") ?? .failed, statusRecord: (file.archivePath ?? "") + ".status.json")
        }

        var result = ProcessResult()
        var note: Note?
        if let original = try duplicateOf(file) {
            note = Note(.fileDuplicateOf, ["file": String(original.id ?? 0), "name": original.originalName])
        } else {
            do {
                result = try FileProcessor(context: context).process(
                    FileJob(flow: flow, path: claim.path, displayName: claim.name, fileId: fileId, attempt: file.attempt, forced: false))
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

    /// Records the outcome, reserves an archive name, and archives the input.
    private func finish(_ claim: Claim, _ file: inout FileRecord, outcome: FileOutcome, errors: [FerryError], note: Note?) throws {
        let finished = context.now()
        file.state = .archiving
        file.outcome = outcome.rawValue
        file.processedAt = finished
        file.errorsJSON = JSONText.encode(errors)
        let snapshot = file
        try context.ledger.write { db in
            try snapshot.update(db)
            try db.execute(
                sql: "UPDATE attempt SET finishedAt = ?, outcome = ?, reason = COALESCE(reason, ?) WHERE fileId = ? AND number = ?",
                arguments: [finished, outcome.rawValue, note.flatMap { StoredNotes.encode([$0]) }, snapshot.id, snapshot.attempt])
            try Activity.log(
                db, at: finished, flow: snapshot.flow, fileId: snapshot.id, action: "processed",
                detail: "\(claim.name): \(outcome.rawValue)" + (note.map { " (\($0.text()))" } ?? ""))
        }
        try archive(claim, &file, preferred: nil)
        let result = taken(file, outcome: outcome)
        if !outcome.isSuccess { notifyFailure(result) }
        context.logger.info(
            "processed", metadata: ["drop.file": "\(claim.name)", "drop.flow": "\(file.flow)", "drop.outcome": "\(outcome.rawValue)"])
    }

    /// Reserves an archive path in the ledger (unique), moves the input there, and writes
    /// its status record; another name is chosen if the path turns out to be taken.
    private func archive(_ claim: Claim, _ file: inout FileRecord, preferred: String?) throws {
        let archiver = Archiver(context: context)
        var tried = Set<String>()
        var candidate = preferred
        for _ in 0..<20 {
            let path = try candidate ?? archiver.destination(flow: file.flow, name: claim.name, day: context.now(), excluding: tried)
            candidate = nil
            tried.insert(path)
            let relative = context.layout.relative(path)
            if file.archivePath != relative {
                file.archivePath = relative
                file.markerPath = claim.markerName.map { relative + $0.dropFirst(claim.name.count) }
                let snapshot = file
                do {
                    try context.ledger.write { db in try snapshot.update(db) }
                } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                    continue  // reserved by another file meanwhile
                }
            }
            guard let id = file.id else { return }
            do {
                try archiver.archive(claim, fileId: id, archivePath: path)
                Claimer(layout: context.layout, owner: context.owner).finish(claim)
                return
            } catch is Archiver.Collision {
                continue
            }
        }
        throw IOFailure("archive", claim.name, errno: EEXIST)
    }

    private func taken(_ file: FileRecord, outcome: FileOutcome) -> TakenFile {
        TakenFile(
            id: file.id ?? 0, flow: file.flow, name: file.originalName, outcome: outcome,
            statusRecord: file.archivePath.map { $0 + ".status.json" })
    }

    /// Fails a file Ferry itself could not finish, and archives it so it blocks nothing.
    private func quarantine(_ claim: Claim, flow: FlowRuntime, error: FerryError) throws -> TakenFile? {
        guard !claim.isLoneMarker, FileIO.exists(claim.path) else { return nil }
        var file = try context.ledger.write { db -> FileRecord in
            if let existing = try FileRecord.filter(Column("claimToken") == claim.token).fetchOne(db) { return existing }
            let (sha, size) = (try? FileIO.sha256(ofFile: claim.path)) ?? ("", 0)
            return try insertNewFile(db, claim: claim, flow: flow, sha: sha, size: size, at: context.now(), trigger: "run")
        }
        file.archivePath = nil
        try finish(claim, &file, outcome: .failed, errors: [error], note: nil)
        return taken(file, outcome: .failed)
    }

    /// The ledger row of a freshly claimed file, with its first attempt.
    private func insertNewFile(
        _ db: Database, claim: Claim, flow: FlowRuntime, sha: String, size: Int64, at now: Date, trigger: String
    ) throws -> FileRecord {
        var file = FileRecord(
            id: nil, flow: flow.config.name, originalName: claim.name, sha256: sha, size: size, receivedAt: now,
            processedAt: nil, attempt: 1, state: .processing, outcome: nil, claimToken: claim.token,
            owner: context.owner.token, takenBy: context.owner.token, archivePath: nil, markerPath: nil, errorsJSON: nil,
            resolvedAt: nil, resolvedReason: nil)
        try file.insert(db)
        var attempt = AttemptRecord(
            id: nil, fileId: file.id ?? 0, number: 1, startedAt: now, finishedAt: nil, outcome: nil, trigger: trigger,
            reason: nil, forced: false)
        try attempt.insert(db)
        return file
    }

    /// An earlier file of the same flow with the same bytes that did not fail.
    private func duplicateOf(_ file: FileRecord) throws -> FileRecord? {
        try context.ledger.read { db in
            try FileRecord.fetchOne(
                db,
                sql: """
                    SELECT * FROM file WHERE flow = ? AND sha256 = ? AND id != ? AND outcome IS NOT NULL
                    AND outcome != 'failed' ORDER BY id LIMIT 1
                    """,
                arguments: [file.flow, file.sha256, file.id])
        }
    }

    /// Puts a file back into the inbox when the environment stopped its processing before
    /// anything was exported or archived; otherwise it stays claimed for the next pass.
    private func releaseIfUntouched(_ claim: Claim) {
        guard !claim.isLoneMarker, FileIO.exists(claim.path) else { return }
        let released = try? context.ledger.write { db -> Bool in
            guard let file = try FileRecord.filter(Column("claimToken") == claim.token).fetchOne(db), let id = file.id else {
                return true
            }
            let exports = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM export WHERE fileId = ?", arguments: [id]) ?? 0
            guard exports == 0, file.attempt == 1, file.state == .processing else { return false }
            try db.execute(sql: "DELETE FROM document WHERE fileId = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM attempt WHERE fileId = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM activity WHERE fileId = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM file WHERE id = ?", arguments: [id])
            return true
        }
        // Ledger unreachable: leave it claimed; the next pass takes it up.
        if released == true { Claimer(layout: context.layout, owner: context.owner).release(claim) }
    }

    /// Files whose owner stopped after moving the input into the archive but before the
    /// record was written (no claim is left to adopt). Checks the archived bytes first.
    func finishInterruptedArchiving(_ recovery: Recovery) throws {
        let stuck = try context.ledger.read { db in
            try FileRecord.filter(Column("state") == FileRecord.State.archiving.rawValue).fetchAll(db)
        }
        for file in stuck where recovery.isStale(file.owner) {
            guard let id = file.id, let archivePath = file.archivePath else { continue }
            let path = context.layout.resolve(archivePath)
            guard FileIO.exists(path), (try? FileIO.sha256(ofFile: path).hex) == file.sha256 else { continue }
            // Only if no claim of it is left (then adoption finishes it instead).
            let work = flows.first { $0.config.name == file.flow }.map { context.layout.workDirectory($0.config) } ?? ""
            let claimed = FileIO.list(work).contains { FileIO.exists(work + "/" + $0 + "/" + file.claimToken + "/" + file.originalName) }
            guard !claimed else { continue }
            try StatusRecordWriter(context: context).write(fileId: id)
            try context.ledger.write { db in
                try db.execute(sql: "UPDATE file SET state = 'archived', owner = NULL WHERE id = ?", arguments: [id])
            }
        }
    }
}
