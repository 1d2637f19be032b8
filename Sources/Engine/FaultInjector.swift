import Foundation
import Glibc

/// Test-only hooks to stop Ferry at a named step of the export protocol.
///
/// - `FERRY_FAULT=<point>[:<n>]` (for example `afterIntentCommit:3`): the n-th time (default
///   1st) the process reaches that point it kills itself with SIGKILL.
/// - `FERRY_FAULT_ACTION=snapshot:<dir>`: instead, copy the ledger (and its generation mirror)
///   into `<dir>` and go on
///   (the power-loss test restores it later).
/// - `FERRY_FAULT_ACTION=errno:<ENOSPC|EACCES|EROFS|EIO|EDQUOT|EINVAL>`: instead, fail that
///   step as the file system would (disk full, permission denied, ...); `EINVAL` is no
///   environment's error, so it stands for an error of Ferry's own.
/// - `FERRY_FAULT_ACTION=pause:<file>`: instead, create `<file>.reached` and wait (at most two
///   minutes) until `<file>` exists, so a test can run another process in between.
/// - `FERRY_UNSAFE=early-commit`: a deliberately broken export protocol that records exports
///   as done before their payloads are durable, so crash tests can show they detect loss.
///
/// Unset, every hit costs one comparison.
public struct FaultInjector: Sendable {
    public enum Point: String, Sendable, CaseIterable {
        /// `afterDecide`: step 1 of a batch decided (without the lock), before step 2.
        case afterClaim, afterDecide, afterTempWrite, afterIntentCommit, afterRename, afterDirectorySync, afterExportsDone
        case afterArchiveMove, afterStatusRecord
        /// A group of small files (`ExportGroup`): every member's temporary files written and
        /// their folders fsynced, before the group's intent transaction.
        case afterGroupSync
        /// Firing durable timers: after the claim, and after the fallback's export is done
        /// but before the timer is marked fired.
        case afterTimerClaim, afterTimerExport
        /// `ferry prune`: a batch marked `pruning`; its files removed; payload copies removed.
        case afterPruneMark, afterPruneRemove, afterPruneCopies
    }

    enum Action: Sendable {
        case kill
        case snapshot(String)
        case fail(Int32)
        case pause(String)
    }

    private let point: Point?
    private let count: Int
    private let action: Action
    private let ledgerPath: String
    private let hits = Counter()
    /// The unsafe protocol for proving that the crash harness can see violations.
    let unsafeEarlyCommit: Bool

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, ledgerPath: String) {
        self.ledgerPath = ledgerPath
        let spec = environment["FERRY_FAULT"]?.split(separator: ":").map(String.init) ?? []
        point = spec.first.flatMap(Point.init(rawValue:))
        count = spec.count > 1 ? Int(spec[1]) ?? 1 : 1
        let text = environment["FERRY_FAULT_ACTION"] ?? ""
        if text.hasPrefix("snapshot:") {
            action = .snapshot(String(text.dropFirst("snapshot:".count)))
        } else if text.hasPrefix("pause:") {
            action = .pause(String(text.dropFirst("pause:".count)))
        } else if text.hasPrefix("errno:") {
            let names: [String: Int32] = ["ENOSPC": ENOSPC, "EACCES": EACCES, "EROFS": EROFS, "EIO": EIO, "EDQUOT": EDQUOT, "EINVAL": EINVAL]
            action = .fail(names[String(text.dropFirst("errno:".count))] ?? EIO)
        } else {
            action = .kill
        }
        unsafeEarlyCommit = environment["FERRY_UNSAFE"] == "early-commit"
    }

    func hit(_ reached: Point) throws {
        guard let point, point == reached else { return }
        guard hits.increment() == count else { return }
        switch action {
        case .kill:
            kill(getpid(), SIGKILL)
        case .fail(let code):
            throw IOFailure("injected fault at \(reached.rawValue)", ledgerPath, errno: code)
        case .pause(let file):
            try FileIO.writeNew(file + ".reached", Array(reached.rawValue.utf8), mode: 0o600)
            let deadline = Date().addingTimeInterval(120)
            while !FileIO.exists(file) && Date() < deadline { usleep(10_000) }
        case .snapshot(let directory):
            try FileIO.makeDirectories(directory)
            for suffix in ["", "-wal", "-shm"] where FileIO.exists(ledgerPath + suffix) {
                let target = directory + "/ledger.sqlite" + suffix
                FileIO.remove(target)
                try FileIO.writeNew(target, FileIO.readAll(ledgerPath + suffix), mode: 0o600)
            }
            // The generation mirror belongs to the same moment (Ledger.verify compares the two).
            let mirror = Ledger.generationPath(ledgerPath: ledgerPath)
            if FileIO.exists(mirror) {
                FileIO.remove(directory + "/ledger.generation")
                try FileIO.writeNew(directory + "/ledger.generation", FileIO.readAll(mirror), mode: 0o600)
            }
        }
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func increment() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value
        }
    }
}
