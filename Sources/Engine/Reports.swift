import Diagnostics
import Foundation

/// One file taken in a pass.
public struct TakenFile: Sendable, Codable {
    public var id: Int64
    public var flow: String
    public var name: String
    public var outcome: FileOutcome
    public var statusRecord: String?
    /// Documents of this file that changed after they were exported (`amended-after-export`):
    /// not sent again, they need a person.
    public var amended = 0

    /// The file ended well but has documents that need a person.
    public var needsAttention: Bool { outcome.isSuccess && amended > 0 }
}

/// A file left in an inbox, with why.
public struct WaitingFile: Sendable, Codable {
    public var flow: String
    public var name: String
    /// A stable identifier (`settling`, `waiting for marker`, ...).
    public var reason: String
    /// The same reason for people, in any language.
    public var note: Note

    init(flow: String, name: String, readiness: Readiness) {
        self.flow = flow
        self.name = name
        self.reason = readiness.reason
        self.note = readiness.note
    }
}

/// How many files a run took, per flow and outcome: the summary and the exit code read it,
/// so a run of 100,000 files need not keep a `TakenFile` for each.
public struct RunTally: Sendable, Codable, Equatable {
    /// One flow's files.
    public struct Flow: Sendable, Codable, Equatable {
        public var files = 0
        /// File outcome (`FileOutcome.rawValue`) → files.
        public var outcomes: [String: Int] = [:]
        /// Documents amended after export, over all files.
        public var amended = 0

        public init() {}
    }

    public private(set) var flows: [String: Flow] = [:]
    public private(set) var files = 0
    /// Files that did not end well (failed, partial, quarantined, ...).
    public private(set) var failed = 0
    /// Files that ended well with documents that need a person.
    public private(set) var needingAttention = 0

    public init() {}

    mutating func count(_ file: TakenFile) {
        files += 1
        if !file.outcome.isSuccess { failed += 1 }
        if file.needsAttention { needingAttention += 1 }
        var flow = flows[file.flow, default: Flow()]
        flow.files += 1
        flow.outcomes[file.outcome.rawValue, default: 0] += 1
        flow.amended += file.amended
        flows[file.flow] = flow
    }
}

/// How many files a run left in the inboxes, per flow and reason (`Readiness.reason`), and
/// when the last of the settling ones is ready: what the summary and the observing wait need,
/// without a `WaitingFile` for each of 100,000 new files.
public struct WaitingTally: Sendable, Codable, Equatable {
    /// One reason's files in one flow, and the reason for people.
    public struct Count: Sendable, Codable, Equatable {
        public var files: Int
        public var note: Note
    }

    /// Flow → reason → files.
    public private(set) var flows: [String: [String: Count]] = [:]
    /// Files settling (new or changed, ready after the settle time), and when the first and
    /// the last of them are ready (a watch wakes up for the first, a run waits for the last).
    public private(set) var settling = 0
    public private(set) var firstSettledAt: Date?
    public private(set) var lastSettledAt: Date?

    public init() {}

    public var isEmpty: Bool { flows.isEmpty }

    mutating func count(_ file: WaitingFile, readyAt: Date?) {
        flows[file.flow, default: [:]][file.reason, default: Count(files: 0, note: file.note)].files += 1
        if let readyAt {
            settling += 1
            firstSettledAt = min(firstSettledAt ?? readyAt, readyAt)
            lastSettledAt = max(lastSettledAt ?? readyAt, readyAt)
        }
    }
}

/// What one `ferry run` (or one watch pass) did.
public struct RunReport: Sendable, Codable {
    /// The files taken, each with its outcome: all of them unless each file was told as it
    /// ended (`Engine.onFileTaken`); `tally` counts them either way.
    public var taken: [TakenFile] = []
    public private(set) var tally = RunTally()
    /// The files left in the inboxes, each with why: all of them unless files are told as
    /// they end (`Engine.onFileTaken`); `waitingTally` counts them either way.
    public private(set) var waiting: [WaitingFile] = []
    public private(set) var waitingTally = WaitingTally()
    /// Why the run stopped early (disk full, unwritable folder, locked ledger), if it did.
    public var stoppedBy: String?
    /// The same, for people in any language.
    public var stoppedByNote: Note?
    public var stoppedByLock = false
    /// Flows stopped by their environment (unwritable outbox or archive, unreadable input)
    /// while the other flows went on.
    public var flowErrors: [String: String] = [:]
    /// The same, for people in any language.
    public var flowErrorNotes: [String: Note] = [:]
    /// The run stopped on an error of Ferry's own (not the environment's).
    public var internalError = false
    /// Files a command skipped, with why (another process is on them, ...).
    public var skipped: [Note] = []
    /// The watchdog stopped the process (`RUN-002`, naming the file still being processed).
    public var watchdogStop: FerryError?
    /// Durable timers this run fired (their fallback exported).
    public var timersFired = 0

    public init() {}

    /// Counts a file the run took, and keeps it in `taken` if `keeping`.
    mutating func add(_ file: TakenFile, keeping: Bool = true) {
        tally.count(file)
        if keeping { taken.append(file) }
    }

    /// Counts a file left in its inbox (settling until `readyAt`, if it is), and keeps it in
    /// `waiting` if `keeping`.
    mutating func addWaiting(_ file: WaitingFile, readyAt: Date?, keeping: Bool) {
        waitingTally.count(file, readyAt: readyAt)
        if keeping { waiting.append(file) }
    }

    /// Forgets the waiting files (before a pass looks at the inboxes again).
    mutating func clearWaiting() {
        waiting = []
        waitingTally = WaitingTally()
    }

    /// Records why a run or reprocess stopped early: the environment (exit 4), a locked
    /// ledger (exit 3), or an error of Ferry's own (exit 1).
    mutating func stop(because error: any Error) {
        switch error {
        case let failure as IOFailure where failure.isEnvironmental:
            stoppedBy = failure.description
            stoppedByNote = failure.note
        case let locked as LedgerLocked:
            stoppedByLock = true
            stoppedBy = locked.description
            stoppedByNote = locked.note
        default:
            stoppedBy = "\(error)"
            stoppedByNote = .verbatim("\(error)")
            internalError = true
        }
    }

    /// 0 all fine, 1 a file failed or was partial, 3 ledger locked, 4 stopped by the
    /// environment (the whole run, or one flow), 5 every file ended well but documents need
    /// attention (amended after export), 6 stopped by the watchdog (`file-timeout`).
    public var exitCode: Int32 {
        if watchdogStop != nil { return ExitStatus.watchdog }
        if stoppedByLock { return 3 }
        if internalError { return 1 }
        if stoppedBy != nil || !flowErrors.isEmpty { return 4 }
        if tally.failed > 0 { return 1 }
        return tally.needingAttention > 0 ? ExitStatus.needsAttention : 0
    }
}

/// Exit codes the engine decides (the README's table lists them all).
public enum ExitStatus {
    /// Every file ended well, but documents changed after export and need a person.
    public static let needsAttention: Int32 = 5
    /// The watchdog stopped the process: a file exceeded `file-timeout`.
    public static let watchdog: Int32 = 6
}
