import Canonical
import Configuration
import Connectors
import Diagnostics
import Foundation
import Logging
import Synchronization

/// Ferry's engine on one root: pickup, claim, conversion, exactly-once export, archive.
///
/// Several engines (processes) may share a root: files are claimed by rename, the ledger
/// serialises the decisions, and each process's lock tells the others whether it is alive.
public final class Engine: Sendable {
    let context: EngineContext
    let flows: [FlowRuntime]
    /// Stops the process when one file takes longer than `file-timeout` (re-armed per file).
    let watchdog: Watchdog

    /// - Parameter readOnly: for `status`, `log` and dry runs: no inbox folders, no owner
    ///   lock file; nothing is written but what SQLite needs to read.
    /// - Throws: `FerryError` for a configuration Ferry cannot run, `LedgerLocked`, `IOFailure`.
    public init(
        root: String, config: FerryConfig, logger: Logger, readOnly: Bool = false,
        clock: @escaping @Sendable () -> Date = Engine.defaultClock
    ) throws {
        let layout = RootLayout(root: root)
        // A root that archived files has a ledger: without one, every order would go out again.
        if Ledger.isAbsentOrEmpty(layout.ledgerPath) && Ledger.archiveShowsProcessing(layout.root + "/archive") {
            throw LedgerDamaged(.ledgerMissing, ledger: layout.relative(layout.ledgerPath), ["archive": "archive/"])
        }
        try FileIO.makeDirectories(layout.stateDirectory)
        let ledger = try Ledger(path: layout.ledgerPath)
        self.ledger = ledger
        let owner = readOnly ? OwnerLock(observerIn: layout.stateDirectory) : try OwnerLock(stateDirectory: layout.stateDirectory)
        context = EngineContext(
            layout: layout, config: config, ledger: ledger, owner: owner,
            faults: FaultInjector(ledgerPath: layout.ledgerPath), logger: logger, clock: clock,
            hooks: FailureHooks(logger: logger, ledger: ledger, directory: layout.root), progress: RunProgress(),
            claimer: Claimer(layout: layout, owner: owner))
        watchdog = Watchdog(context: context)
        flows = try config.flows.map { try FlowRuntime($0, layout: layout, reference: config.reference) }
        if !config.allowSymlinkedFolders { try Self.refuseSymlinkedFolders(config, layout: layout) }
        if !readOnly {
            for flow in flows where flow.config.enabled {
                try FileIO.makeDirectories(layout.inbox(flow.config))
            }
        }
    }

    public var layout: RootLayout { context.layout }

    /// The system clock, or, for tests only, one that starts at `FERRY_NOW` (an ISO 8601
    /// instant such as `2026-01-07T05:30:00Z`) when the process starts and runs on from there:
    /// the tests of silence alerts and retention cross days without waiting for them.
    public static let defaultClock: @Sendable () -> Date = {
        guard let text = ProcessInfo.processInfo.environment["FERRY_NOW"], let start = ISO8601DateFormatter().date(from: text)
        else { return { Date() } }
        let offset = start.timeIntervalSince(Date())
        return { Date().addingTimeInterval(offset) }
    }()

    /// Inbox and outbox folders named relative to the root must stay inside it: a symlink on
    /// the way to outside (an `inbox/orders` linked to /elsewhere) is refused unless ferry.yml
    /// allows it. A folder named by an absolute path is where the operator said.
    static func refuseSymlinkedFolders(_ config: FerryConfig, layout: RootLayout) throws {
        let realRoot = InboxScanner.realPath(layout.root) ?? layout.root
        let folders = config.flows.flatMap { flow in [flow.inbox] + flow.targets.map(\.outbox) }
        for folder in folders where !folder.hasPrefix("/") {
            guard let real = InboxScanner.realPath(layout.resolve(folder)) else { continue }  // made later, inside the root
            if real != realRoot && !real.hasPrefix(realRoot + "/") {
                throw FerryError(.engineSymlinkedFolder, at: Location(file: "ferry.yml"), ["folder": folder, "target": real])
            }
        }
    }
    /// The SQLite ledger itself, for what only it does (`ferry ledger backup`); the pipeline
    /// and the commands use `context.ledger`'s operations.
    public let ledger: Ledger

    // MARK: Run

    /// Processes every file that is ready; observes new files for one settle period first,
    /// so a nightly run takes every file that was complete when it started.
    ///
    /// - Parameter observing: told how many new files it waits for, and how many seconds,
    ///   before the wait (`ferry run` says so on a terminal).
    public func run(
        trigger: String = "run", observe: Bool = true, shouldStop: @Sendable () -> Bool = { false },
        observing: (_ files: Int, _ seconds: Double) -> Void = { _, _ in }
    ) -> RunReport {
        var report = RunReport()
        context.progress.start()
        let started = context.now()
        var runId: Int64?
        do {
            // A watch records the passes that took files, not every wake-up.
            if trigger != "watch" { runId = try startRun(trigger, at: started) }
            try recover(&report)
            report.timersFired += try fireDueTimers()
            try pass(&report, shouldStop: shouldStop)
            if observe {
                if let latest = report.waitingTally.lastSettledAt, !shouldStop() {
                    let delay = latest.timeIntervalSince(context.now())
                    if delay > 0 {
                        observing(report.waitingTally.settling, delay)
                        // In short steps, so a stop request ends the wait at once.
                        let until = Date().addingTimeInterval(min(delay, 3600) + 0.05)
                        while Date() < until && !shouldStop() { Thread.sleep(forTimeInterval: min(0.1, max(0, until.timeIntervalSinceNow))) }
                    }
                    report.clearWaiting()
                    try pass(&report, shouldStop: shouldStop)
                }
            }
            // Timers that came due while the pass ran (or were scheduled due at once).
            report.timersFired += try fireDueTimers()
            // After the pass, so the files it took count for their flows' windows.
            evaluateSilence()
        } catch {
            report.stop(because: error)
        }
        if runId == nil, trigger == "watch", report.tally.files > 0 {
            runId = try? startRun(trigger, at: started)
        }
        if trigger != "watch" { removeOwnWorkFolders() }
        if let runId {
            try? context.ledger.finishRun(id: runId, at: context.now(), filesTaken: report.tally.files, exitCode: Int(report.exitCode))
        }
        return report
    }

    private func startRun(_ command: String, at date: Date) throws -> Int64? {
        try context.ledger.startRun(command: command, at: date)
    }

    /// Finishes the work of stopped processes (and this one's own, at the start of a pass):
    /// pending exports, orphan temporaries, interrupted archiving and reprocessing.
    func recover(_ report: inout RunReport) throws {
        let recovery = Recovery(context: context, includeOwn: true)
        try recovery.completePendingExports()
        try recovery.removeOrphanTemporaries(
            outboxes: flows.flatMap { $0.targets.map(\.outbox) }, flows: flows.map(\.config.name))
        try finishInterruptedArchiving(recovery)
        for file in try resumeInterruptedReprocessing(recovery) { took(file, &report) }
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
                report.flowErrorNotes[flow.config.name] = failure.note
                context.logger.error(
                    "flow stopped by its environment",
                    metadata: ["drop.flow": "\(flow.config.name)", "error": "\(failure.description)"])
            }
            if shouldStop() { return }
        }
    }

    private func pass(_ flow: FlowRuntime, _ report: inout RunReport, shouldStop: @Sendable () -> Bool) throws {
        let scanner = InboxScanner(layout: context.layout, ledger: context.ledger)
        let claimer = context.claimer
        let adopted = try claimer.adoptOrphans(in: flow.config, includeOwn: true)
        if !adopted.isEmpty {
            // The adopted files' owners may have died after this run's recovery started.
            try Recovery(context: context, includeOwn: true).completePendingExports()
        }
        for claim in adopted {
            if shouldStop() { return }
            try take(claim, flow: flow, trigger: "recovery", into: &report)
        }
        // The inbox is listed compactly, then looked at a slice at a time just before its
        // files are taken (their sightings read and written together): a pass over 100,000
        // files holds a few megabytes.
        let listing = InboxListing(folder: context.layout.inbox(flow.config))
        try scanner.forgetStaleSightings(flow.config, listing: listing)
        // Small files share the durable steps of the export protocol (`ExportGroup`).
        let group = flow.rules.isEmpty ? ExportGroup(engine: self) : nil
        // Small files of a grouped flow are claimed ahead, a run at a time, their rows recorded
        // in one transaction (`admit`); the others are claimed one by one.
        var queue: [Admitted] = []
        // Stopped (or failed) with files claimed ahead: back to the inbox, untouched.
        defer {
            for admitted in queue { admitted.prefetch?.cancel() }
            for admitted in queue { releaseIfUntouched(admitted.claim) }
        }
        do {
            slices: for range in listing.slices(of: InboxScanner.sliceSize) {
                let entries = try scanner.scan(flow.config, listing: listing, range: range, now: context.now(), record: true)
                var position = entries.startIndex
                // The ready small files from `position` on (at most a group's worth), claimed
                // together and read ahead on a second thread while the files before them export.
                func admitRun() throws -> [Admitted] {
                    var run: [InboxEntry] = []
                    while position < entries.endIndex, run.count < ExportGroup.capacity, entries[position].readiness == .ready,
                        Self.admissible(entries[position])
                    {
                        run.append(entries[position])
                        position += 1
                    }
                    var admitted = try admit(run, flow: flow, trigger: "run", claimer: claimer, report: &report)
                    if admitted.count > 1 {
                        let prefetch = Prefetch(admitted, flow: flow)
                        for index in admitted.indices { admitted[index].prefetch = prefetch }
                    }
                    return admitted
                }
                while position < entries.endIndex || !queue.isEmpty {
                    if shouldStop() { break slices }
                    if !queue.isEmpty {
                        // Before the run's last file (whose turn often completes the group), the
                        // next run is claimed, so that it is read during that completion.
                        if queue.count == 1, group != nil, position < entries.endIndex, entries[position].readiness == .ready,
                            Self.admissible(entries[position])
                        {
                            queue += try admitRun()
                        }
                        let next = queue.removeFirst()
                        try take(next.claim, flow: flow, trigger: "run", group: group, admitted: next, into: &report)
                        // The run's last file taken: its reading ahead stops (files it was not
                        // asked for, such as duplicates, are not kept decoded).
                        if let prefetch = next.prefetch, queue.first?.prefetch !== prefetch { prefetch.cancel() }
                        try group?.collectSealed()
                        tookFinished(group, &report)
                        continue
                    }
                    let entry = entries[position]
                    guard entry.readiness == .ready else {
                        left(entry.name, flow: flow, entry.readiness, &report)
                        position += 1
                        continue
                    }
                    if group != nil, Self.admissible(entry) {
                        queue = try admitRun()
                        continue
                    }
                    position += 1
                    guard let claim = try claimer.claim(entry.name, marker: entry.marker, in: flow.config, sighted: entry.stat) else { continue }
                    try context.faults.hit(.afterClaim)
                    try take(claim, flow: flow, trigger: "run", group: group, into: &report)
                    try group?.collectSealed()
                    tookFinished(group, &report)
                }
            }
            try group?.finish()
            tookFinished(group, &report)
        } catch {
            // The seal in flight first: its files are reported with the others.
            group?.abandon()
            tookFinished(group, &report)
            throw error
        }
    }

    /// Whether an inbox entry may be claimed ahead with others (`admit`): a plain small file
    /// (no marker, no symlink, at most `ExportGroup.smallFileBytes`).
    private static func admissible(_ entry: InboxEntry) -> Bool {
        guard entry.marker == nil, let stat = entry.stat else { return false }
        return !stat.isSymlink && stat.size <= ExportGroup.smallFileBytes
    }

    /// Handles one claim and reports what became of it: taken, or waiting because it is
    /// still open for writing.
    private func take(
        _ claim: Claim, flow: FlowRuntime, trigger: String, group: ExportGroup? = nil, admitted: Admitted? = nil,
        into report: inout RunReport
    ) throws {
        do {
            if let taken = try handleIsolated(claim, flow: flow, trigger: trigger, group: group, admitted: admitted) {
                took(taken, &report)
            }
        } catch is StillOpenForWriting {
            left(claim.name, flow: flow, .openForWriting, &report)
        }
    }

    /// Adds a file to the pass's report, and to the progress a watchdog stop would print
    /// (which tells it at once to `onFileTaken`'s handler, if there is one).
    private func took(_ file: TakenFile, _ report: inout RunReport) {
        context.progress.add(file)
        report.add(file, keeping: context.progress.keepsFiles)
    }

    /// Adds a file left in its inbox to the pass's report: counted, with when it settles;
    /// kept unless files are told as they end (`onFileTaken`).
    func left(_ name: String, flow: FlowRuntime, _ readiness: Readiness, _ report: inout RunReport) {
        var readyAt: Date?
        if case .settling(let date) = readiness { readyAt = date }
        report.addWaiting(
            WaitingFile(flow: flow.config.name, name: name, readiness: readiness), readyAt: readyAt, keeping: context.progress.keepsFiles)
    }

    /// Adds the files `group` finished (already in the progress) to the pass's report.
    private func tookFinished(_ group: ExportGroup?, _ report: inout RunReport) {
        guard let group else { return }
        let keeping = context.progress.keepsFiles
        for file in group.drain() { report.add(file, keeping: keeping) }
    }

    /// Tells `handler` each file a run takes as soon as it has ended (`ferry run` prints its
    /// line then); the run's report then counts the files instead of keeping them, so its
    /// memory does not grow with the number of files.
    public func onFileTaken(_ handler: @escaping @Sendable (TakenFile) -> Void) {
        context.progress.setFileHandler(handler)
    }

    /// Starts `on-failure` with the status record's path, detached: the pass goes on at once.
    func notifyFailure(_ taken: TakenFile) {
        context.logger.warning(
            "file failed", metadata: ["drop.file": "\(taken.name)", "drop.flow": "\(taken.flow)", "drop.outcome": "\(taken.outcome.rawValue)"])
        guard let command = context.config.onFailure, let record = taken.statusRecord else { return }
        context.hooks.launch(
            command, record: context.layout.resolve(record), timeout: context.config.onFailureTimeout, file: taken.name,
            flow: taken.flow, fileId: taken.id)
    }

    /// Waits for the `on-failure` commands still running, each at most until its timeout.
    public func waitForHooks() { context.hooks.waitForAll() }

    /// What to do when the watchdog stops the process (print the summary): called with what
    /// the run did so far, on the watchdog's thread; the process then exits with code 6.
    public func onWatchdogStop(_ handler: @escaping @Sendable (RunReport) -> Void) {
        context.progress.setStopHandler(handler)
    }

    /// Removes this process's own, emptied folders under `inbox/*/.ferry-work/` (on a clean exit).
    public func removeOwnWorkFolders() {
        context.claimer.removeSpares()
        for flow in flows {
            rmdir(context.layout.workDirectory(flow.config) + "/" + context.owner.token)
        }
    }
}

/// The files the current run has taken so far, who is told of each as it ends, and what to
/// do if the watchdog stops the run.
final class RunProgress: Sendable {
    private struct State {
        var report = RunReport()
        var onFile: (@Sendable (TakenFile) -> Void)?
        var onStop: (@Sendable (RunReport) -> Void)?
    }
    private let state = Mutex(State())

    func start() { state.withLock { $0.report = RunReport() } }

    /// Counts a file that ended, keeps it unless a handler was told of it.
    func add(_ file: TakenFile) {
        let handler = state.withLock { state in
            state.report.add(file, keeping: state.onFile == nil)
            return state.onFile
        }
        handler?(file)
    }

    /// Whether reports keep each file (no handler is told of them as they end).
    var keepsFiles: Bool { state.withLock { $0.onFile == nil } }

    func setFileHandler(_ handler: @escaping @Sendable (TakenFile) -> Void) { state.withLock { $0.onFile = handler } }
    func setStopHandler(_ handler: @escaping @Sendable (RunReport) -> Void) { state.withLock { $0.onStop = handler } }

    /// What was done so far, and the handler to tell it to.
    func snapshot() -> (RunReport, (@Sendable (RunReport) -> Void)?) {
        state.withLock { state in (state.report, state.onStop) }
    }
}

