import Foundation
import Glibc

/// A stop request (SIGINT/SIGTERM) that can also wake a waiting `poll(2)`.
public final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false
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

    public func trigger() {
        lock.lock()
        stopped = true
        lock.unlock()
        var byte: UInt8 = 1
        _ = write(writeFD, &byte, 1)
    }

    public var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }
}
