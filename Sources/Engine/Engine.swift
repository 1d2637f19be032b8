import Canonical
import Configuration
import Connectors
import Diagnostics
import Foundation
import GRDB
import Logging

/// Ferry's engine on one root: pickup, claim, conversion, exactly-once export, archive.
///
/// Several engines (processes) may share a root: files are claimed by rename, the ledger
/// serialises the decisions, and each process's lock tells the others whether it is alive.
public final class Engine: Sendable {
    let context: EngineContext
    let flows: [FlowRuntime]

    /// - Throws: `FerryError` for a configuration Ferry cannot run, `LedgerLocked`, `IOFailure`.
    public init(root: String, config: FerryConfig, logger: Logger, clock: @escaping @Sendable () -> Date = { Date() }) throws {
        let layout = RootLayout(root: root)
        try FileIO.makeDirectories(layout.stateDirectory)
        let ledger = try Ledger(path: layout.ledgerPath)
        let owner = try OwnerLock(stateDirectory: layout.stateDirectory)
        context = EngineContext(
            layout: layout, config: config, ledger: ledger, owner: owner,
            faults: FaultInjector(ledgerPath: layout.ledgerPath), logger: logger, clock: clock)
        flows = try config.flows.map { try FlowRuntime($0, layout: layout) }
        for flow in flows where flow.config.enabled {
            try FileIO.makeDirectories(layout.inbox(flow.config))
        }
    }

    public var layout: RootLayout { context.layout }
    public var ledger: Ledger { context.ledger }

    // MARK: Run

    /// Processes every file that is ready; observes new files for one settle period first,
    /// so a nightly run takes every file that was complete when it started.
    public func run(trigger: String = "run", observe: Bool = true, shouldStop: @Sendable () -> Bool = { false }) -> RunReport {
        var report = RunReport()
        let started = context.now()
        var runId: Int64?
        do {
            runId = try startRun(trigger, at: started)
            try recover()
            try pass(&report, shouldStop: shouldStop)
            if observe {
                let settling = report.waiting.compactMap { waiting -> Date? in
                    guard waiting.reason == "settling" else { return nil }
                    return readyAt[waiting.flow + "/" + waiting.name]
                }
                if let latest = settling.max(), !shouldStop() {
                    let delay = latest.timeIntervalSince(context.now())
                    if delay > 0 { Thread.sleep(forTimeInterval: min(delay, 3600) + 0.05) }
                    report.waiting.removeAll()
                    try pass(&report, shouldStop: shouldStop)
                }
            }
        } catch let failure as IOFailure where failure.isEnvironmental {
            report.stoppedBy = failure.description
        } catch is LedgerLocked {
            report.stoppedByLock = true
            report.stoppedBy = LedgerLocked().description
        } catch {
            report.stoppedBy = "\(error)"
        }
        if let runId {
            try? context.ledger.write { db in
                try db.execute(
                    sql: "UPDATE run SET finishedAt = ?, filesTaken = ?, exitCode = ? WHERE id = ?",
                    arguments: [context.now(), report.taken.count, Int(report.exitCode), runId])
            }
        }
        return report
    }

    private let readyAtBox = ReadyAtBox()
    var readyAt: [String: Date] { readyAtBox.value }

    private func startRun(_ command: String, at date: Date) throws -> Int64? {
        try context.ledger.write { db in
            var run = RunRecord(id: nil, command: command, startedAt: date, finishedAt: nil, filesTaken: 0, exitCode: nil)
            try run.insert(db)
            return run.id
        }
    }

    /// Finishes the work of dead processes: pending exports, orphan temporaries, claims.
    func recover() throws {
        let recovery = Recovery(context: context)
        try recovery.completePendingExports()
        try recovery.removeOrphanTemporaries(in: flows.flatMap { $0.targets.map(\.outbox) })
        try finishInterruptedArchiving()
    }

    /// One scan of every flow, in configuration order, taking ready files oldest first.
    func pass(_ report: inout RunReport, shouldStop: @Sendable () -> Bool) throws {
        for flow in flows {
            do {
                try pass(flow, &report, shouldStop: shouldStop)
            } catch let failure as IOFailure where failure.isEnvironmental && !failure.isOutOfSpace {
                // A read-only outbox or archive, an unreadable input: this flow stops, the
                // others go on; the run ends with exit 4.
                report.flowErrors[flow.config.name] = failure.description
                context.logger.error(
                    "flow stopped by its environment",
                    metadata: ["drop.flow": "\(flow.config.name)", "error": "\(failure.description)"])
            }
            if shouldStop() { return }
        }
    }

    private func pass(_ flow: FlowRuntime, _ report: inout RunReport, shouldStop: @Sendable () -> Bool) throws {
        let scanner = InboxScanner(layout: context.layout, ledger: context.ledger)
        let claimer = Claimer(layout: context.layout, owner: context.owner)
        for claim in try claimer.adoptOrphans(in: flow.config) {
            if shouldStop() { return }
            report.taken.append(try handle(claim, flow: flow, trigger: "recovery"))
        }
        let entries = try scanner.scan(flow.config, now: context.now(), record: true)
        for entry in entries {
            guard entry.readiness == .ready else {
                if case .settling(let date) = entry.readiness {
                    readyAtBox.set(flow.config.name + "/" + entry.name, date)
                }
                report.waiting.append(WaitingFile(flow: flow.config.name, name: entry.name, reason: entry.readiness.reason))
                continue
            }
            if shouldStop() { return }
            guard let claim = try claimer.claim(entry.name, marker: entry.marker, in: flow.config) else { continue }
            try context.faults.hit(.afterClaim)
            try? scanner.forget(path: context.layout.inbox(flow.config) + "/" + entry.name)
            report.taken.append(try handle(claim, flow: flow, trigger: "run"))
        }
    }

    /// Runs one claimed file through its flow and into the archive.
    func handle(_ claim: Claim, flow: FlowRuntime, trigger: String) throws -> TakenFile {
        let claimer = Claimer(layout: context.layout, owner: context.owner)
        do {
            return try handleClaim(claim, flow: flow, trigger: trigger)
        } catch let failure as IOFailure where failure.isEnvironmental {
            releaseIfUntouched(claim, claimer: claimer)
            throw failure
        }
    }

    private func handleClaim(_ claim: Claim, flow: FlowRuntime, trigger: String) throws -> TakenFile {
        let (sha, size) = try FileIO.sha256(ofFile: claim.path)
        let now = context.now()
        var file = try context.ledger.write { db -> FileRecord in
            if var existing = try FileRecord.filter(Column("claimToken") == claim.token).fetchOne(db) {
                existing.owner = context.owner.token
                try existing.update(db)
                return existing
            }
            var file = FileRecord(
                id: nil, flow: flow.config.name, originalName: claim.name, sha256: sha, size: size, receivedAt: now,
                processedAt: nil, attempt: 1, state: .processing, outcome: nil, claimToken: claim.token,
                owner: context.owner.token, archivePath: nil, markerPath: nil, errorsJSON: nil, resolvedAt: nil,
                resolvedReason: nil)
            try file.insert(db)
            var attempt = AttemptRecord(
                id: nil, fileId: file.id ?? 0, number: 1, startedAt: now, finishedAt: nil, outcome: nil, trigger: trigger,
                reason: nil, forced: false)
            try attempt.insert(db)
            try Activity.log(db, at: now, flow: flow.config.name, fileId: file.id, action: "claimed", detail: claim.name)
            return file
        }
        guard let fileId = file.id else { throw IOFailure("ledger insert", claim.name, errno: EIO) }
        let archiver = Archiver(context: context)

        if file.state == .archiving, let archivePath = file.archivePath {
            try archiver.archive(claim, fileId: fileId, archivePath: context.layout.resolve(archivePath))
            Claimer(layout: context.layout, owner: context.owner).finish(claim)
            return TakenFile(id: fileId, flow: file.flow, name: file.originalName, outcome: FileOutcome(rawValue: file.outcome ?? "") ?? .failed, statusRecord: archivePath + ".status.json")
        }

        var result = ProcessResult()
        var note: String?
        if let original = try duplicateOf(file) {
            note = "duplicate of file #\(original.id ?? 0) (\(original.originalName))"
        } else {
            do {
                result = try FileProcessor(context: context).process(
                    FileJob(flow: flow, path: claim.path, displayName: claim.name, fileId: fileId, attempt: file.attempt, forced: false))
            } catch let error as FerryError {
                result.fileErrors = [error]
            }
        }
        let outcome: FileOutcome = note != nil ? .duplicate : result.outcome
        let destination = try archiver.destination(flow: flow.config.name, name: claim.name, day: context.now())
        let relative = context.layout.relative(destination)
        let finished = context.now()
        file.state = .archiving
        file.outcome = outcome.rawValue
        file.processedAt = finished
        file.archivePath = relative
        file.markerPath = claim.markerName.map { relative + $0.dropFirst(claim.name.count) }
        file.errorsJSON = JSONText.encode(result.fileErrors)
        try context.ledger.write { db in
            try file.update(db)
            try db.execute(
                sql: "UPDATE attempt SET finishedAt = ?, outcome = ?, reason = COALESCE(reason, ?) WHERE fileId = ? AND number = ?",
                arguments: [finished, outcome.rawValue, note, fileId, file.attempt])
            try Activity.log(
                db, at: finished, flow: flow.config.name, fileId: fileId, action: "processed",
                detail: "\(claim.name): \(outcome.rawValue)" + (note.map { " (\($0))" } ?? ""))
        }
        try archiver.archive(claim, fileId: fileId, archivePath: destination)
        Claimer(layout: context.layout, owner: context.owner).finish(claim)
        let taken = TakenFile(id: fileId, flow: flow.config.name, name: claim.name, outcome: outcome, statusRecord: relative + ".status.json")
        if !outcome.isSuccess { notifyFailure(taken) }
        context.logger.info(
            "processed", metadata: ["drop.file": "\(claim.name)", "drop.flow": "\(flow.config.name)", "drop.outcome": "\(outcome.rawValue)"])
        return taken
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

    /// Puts a file back into the inbox when the environment stopped its processing and it
    /// has no exports yet; otherwise it stays claimed and the next run adopts it.
    private func releaseIfUntouched(_ claim: Claim, claimer: Claimer) {
        let released = try? context.ledger.write { db -> Bool in
            guard let file = try FileRecord.filter(Column("claimToken") == claim.token).fetchOne(db), let id = file.id else {
                return true
            }
            let exports = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM export WHERE fileId = ?", arguments: [id]) ?? 0
            guard exports == 0, file.attempt == 1 else { return false }
            try db.execute(sql: "DELETE FROM document WHERE fileId = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM attempt WHERE fileId = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM activity WHERE fileId = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM file WHERE id = ?", arguments: [id])
            return true
        }
        // Ledger unreachable: leave it claimed; the next run adopts it.
        if released == true { claimer.release(claim) }
    }

    /// Files whose owner died between deciding their outcome and archiving them, where the
    /// input already reached the archive (so no claim is left to adopt).
    private func finishInterruptedArchiving() throws {
        let stuck = try context.ledger.read { db in
            try FileRecord.filter(Column("state") == FileRecord.State.archiving.rawValue).fetchAll(db)
        }
        for file in stuck {
            guard let id = file.id, let archivePath = file.archivePath, let owner = file.owner, context.owner.isDead(owner),
                FileIO.exists(context.layout.resolve(archivePath))
            else { continue }
            try StatusRecordWriter(context: context).write(fileId: id)
            try context.ledger.write { db in
                try db.execute(sql: "UPDATE file SET state = 'archived', owner = NULL WHERE id = ?", arguments: [id])
            }
        }
    }

    /// Runs `on-failure` with the status record's path.
    func notifyFailure(_ taken: TakenFile) {
        context.logger.warning(
            "file failed", metadata: ["drop.file": "\(taken.name)", "drop.flow": "\(taken.flow)", "drop.outcome": "\(taken.outcome.rawValue)"])
        guard let command = context.config.onFailure, let record = taken.statusRecord else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " \"$1\"", "ferry-on-failure", context.layout.resolve(record)]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            context.logger.error("on-failure command could not start", metadata: ["error": "\(error)"])
        }
    }
}

/// Ready times of settling files, shared between passes of one run.
final class ReadyAtBox: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String: Date] = [:]
    var value: [String: Date] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
    func set(_ key: String, _ date: Date) {
        lock.lock()
        storage[key] = date
        lock.unlock()
    }
}
