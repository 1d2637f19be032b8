import Foundation
import Glibc

/// Test-only hook to stop Ferry at a named step of the export protocol.
///
/// Set `FERRY_FAULT=<point>[:<n>]` (for example `afterIntentCommit:3`): the process kills
/// itself with SIGKILL the n-th time (default 1st) it reaches that point. With
/// `FERRY_FAULT_ACTION=snapshot:<dir>`, it copies the ledger into `<dir>` instead and goes
/// on (the power-loss test restores it later). Unset, every hit is one comparison.
public struct FaultInjector: Sendable {
    public enum Point: String, Sendable, CaseIterable {
        case afterClaim, afterTempWrite, afterIntentCommit, afterRename, afterDirectorySync, afterExportsDone
        case afterArchiveMove, afterStatusRecord
    }

    private let point: Point?
    private let count: Int
    private let snapshotDirectory: String?
    private let ledgerPath: String
    private let hits = Counter()

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, ledgerPath: String) {
        self.ledgerPath = ledgerPath
        let spec = environment["FERRY_FAULT"]?.split(separator: ":").map(String.init) ?? []
        point = spec.first.flatMap(Point.init(rawValue:))
        count = spec.count > 1 ? Int(spec[1]) ?? 1 : 1
        let action = environment["FERRY_FAULT_ACTION"] ?? ""
        snapshotDirectory = action.hasPrefix("snapshot:") ? String(action.dropFirst("snapshot:".count)) : nil
    }

    func hit(_ reached: Point) throws {
        guard let point, point == reached else { return }
        guard hits.increment() == count else { return }
        if let snapshotDirectory {
            try FileIO.makeDirectories(snapshotDirectory)
            for suffix in ["", "-wal", "-shm"] where FileIO.exists(ledgerPath + suffix) {
                let target = snapshotDirectory + "/ledger.sqlite" + suffix
                FileIO.remove(target)
                try FileIO.writeNew(target, FileIO.readAll(ledgerPath + suffix), mode: 0o600)
            }
            return
        }
        kill(getpid(), SIGKILL)
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
