import Foundation
import Glibc
import Synchronization

/// A stop request (SIGINT/SIGTERM) that can also wake a waiting `poll(2)`.
///
/// The handlers are plain signal handlers that only store an atomic flag and write one
/// byte to a pipe (both async-signal-safe), installed before anything else starts, so a
/// signal that arrives at any moment after that is never lost.
public final class StopSignal: Sendable {
    /// The process-wide stop signal the handlers trigger.
    public static let shared = StopSignal()

    private let flag = Atomic<Bool>(false)
    let readFD: Int32
    private let writeFD: Int32

    public init() {
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) == 0 {
            for fd in fds {
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
                _ = fcntl(fd, F_SETFL, O_NONBLOCK)
            }
        } else {
            fds = [-1, -1]
        }
        readFD = fds[0]
        writeFD = fds[1]
    }

    deinit {
        close(readFD)
        close(writeFD)
    }

    /// Unblocks SIGINT and SIGTERM for this thread and the threads it starts later: a
    /// parent that spawned Ferry from a thread blocking them (some test runners and
    /// supervisors do) would otherwise leave them pending forever.
    public static func unblockTerminationSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    /// Routes SIGINT and SIGTERM to `shared`.
    public static func installHandlers() {
        _ = shared.isSet  // initialise before a handler can run
        signal(SIGINT, stopSignalHandler)
        signal(SIGTERM, stopSignalHandler)
    }

    public func trigger() {
        flag.store(true, ordering: .sequentiallyConsistent)
        var byte: UInt8 = 1
        _ = write(writeFD, &byte, 1)
    }

    public var isSet: Bool { flag.load(ordering: .sequentiallyConsistent) }
}

private func stopSignalHandler(_ signal: Int32) {
    StopSignal.shared.trigger()
}
