import Dispatch
import Synchronization

/// Seals a completed group's files (`Archiver.seal`: status records, archive folder fsyncs,
/// marked archived) on a thread of its own, while the pass goes on with the next group's
/// claims, reads and staging; `wait` returns when it is done, throwing what it threw.
///
/// At most one seal is in flight (`ExportGroup` waits before it completes the next group and
/// at the end of its pass), so a group's steps keep their order and the crash analysis of
/// the export protocol is unchanged: a process stopped meanwhile leaves files `archiving`
/// with their inputs archived, which recovery seals (`Engine.finishInterruptedArchiving`).
final class BackgroundSeal: @unchecked Sendable {
    private let queue = DispatchQueue(label: "ferry-seal")
    /// Written on `queue` only, read by `wait` after `queue` drained.
    private var failure: (any Error)?
    /// No seal in flight (none started, or the last one ended).
    private let ended = Mutex(true)

    /// Whether the seal started last has ended (`wait` then returns at once).
    var isDone: Bool { ended.withLock { $0 } }

    /// Starts sealing `files` (nothing to wait for if there are none).
    func start(_ files: [(fileId: Int64, archivePath: String)], archiver: Archiver) {
        guard !files.isEmpty else { return }
        ended.withLock { $0 = false }
        queue.async { [self] in
            do {
                try archiver.seal(files)
            } catch {
                failure = error
            }
            ended.withLock { $0 = true }
        }
    }

    /// Waits for the seal started last; rethrows its error.
    func wait() throws {
        let failed: (any Error)? = queue.sync {
            defer { failure = nil }
            return failure
        }
        if let failed { throw failed }
    }
}
