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
    public var reason: String
}

/// What one `ferry run` (or one watch pass) did.
public struct RunReport: Sendable, Codable {
    public var taken: [TakenFile] = []
    public var waiting: [WaitingFile] = []
    /// Why the run stopped early (disk full, unwritable folder, locked ledger), if it did.
    public var stoppedBy: String?
    public var stoppedByLock = false
    /// Flows stopped by their environment (unwritable outbox or archive, unreadable input)
    /// while the other flows went on.
    public var flowErrors: [String: String] = [:]
    /// The run stopped on an error of Ferry's own (not the environment's).
    public var internalError = false
    /// Files a command skipped, with why (another process is on them, ...).
    public var skipped: [String] = []
    /// The watchdog stopped the process (`RUN-002`, naming the file still being processed).
    public var watchdogStop: FerryError?

    public init() {}

    /// Records why a run or reprocess stopped early: the environment (exit 4), a locked
    /// ledger (exit 3), or an error of Ferry's own (exit 1).
    mutating func stop(because error: any Error) {
        switch error {
        case let failure as IOFailure where failure.isEnvironmental:
            stoppedBy = failure.description
        case is LedgerLocked:
            stoppedByLock = true
            stoppedBy = LedgerLocked().description
        default:
            stoppedBy = "\(error)"
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
        if !taken.allSatisfy({ $0.outcome.isSuccess }) { return 1 }
        return taken.contains(where: \.needsAttention) ? ExitStatus.needsAttention : 0
    }
}

/// Exit codes the engine decides (the README's table lists them all).
public enum ExitStatus {
    /// Every file ended well, but documents changed after export and need a person.
    public static let needsAttention: Int32 = 5
    /// The watchdog stopped the process: a file exceeded `file-timeout`.
    public static let watchdog: Int32 = 6
}
