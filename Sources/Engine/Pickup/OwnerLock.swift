import Foundation
import Glibc

/// This process's identity on a root: a lock file held with `flock` for the process's
/// life. Another process can tell a dead owner (the lock is free) from a live one, so
/// files and pending exports a killed process left behind are taken over safely.
public final class OwnerLock: @unchecked Sendable {
    public let token: String
    private let fd: Int32
    private let directory: String
    /// An observer (`status`, `log`, `--dry-run`) holds no lock file and owns nothing.
    public let isObserver: Bool

    /// Creates and locks `<stateDirectory>/owners/<token>.lock`.
    public init(stateDirectory: String) throws {
        directory = stateDirectory + "/owners"
        try FileIO.makeDirectories(directory)
        token = "p\(getpid())-" + UUID().uuidString.prefix(8).lowercased()
        let path = directory + "/" + token + ".lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw IOFailure("create", path) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw IOFailure("lock", path)
        }
        self.fd = fd
        isObserver = false
    }

    /// An identity for commands that only read: nothing is created on disk.
    public init(observerIn stateDirectory: String) {
        directory = stateDirectory + "/owners"
        token = "observer-\(getpid())"
        fd = -1
        isObserver = true
    }

    deinit {
        guard !isObserver else { return }
        unlink(directory + "/" + token + ".lock")
        close(fd)
    }

    /// Whether the process that owns `token` is gone (its lock can be taken).
    /// A token that is ours is alive.
    public func isDead(_ other: String) -> Bool {
        if other == token { return false }
        let path = directory + "/" + other + ".lock"
        let probe = open(path, O_RDWR | O_CLOEXEC)
        guard probe >= 0 else { return true }  // no lock file: the owner ended or never existed
        defer { close(probe) }
        if flock(probe, LOCK_EX | LOCK_NB) == 0 {
            flock(probe, LOCK_UN)
            return true
        }
        return false
    }

    /// Removes lock files of dead owners (after their work was taken over).
    public func forget(_ other: String) {
        guard isDead(other) else { return }
        unlink(directory + "/" + other + ".lock")
    }
}
