import Foundation
import Glibc

/// Wakes `ferry watch` when something changes in an inbox (inotify); on network shares
/// where inotify stays silent, the poll interval still brings the next scan.
final class InboxNotifier {
    private let fd: Int32

    init(folders: [String]) {
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return }
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_MODIFY | IN_ATTRIB | IN_DELETE | IN_MOVED_FROM)
        for folder in folders {
            _ = inotify_add_watch(fd, folder, mask)
        }
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Waits until an inbox changes, `stop` is triggered, or `deadline` passes.
    func wait(until deadline: Date, stop: StopSignal) {
        let milliseconds = max(0, Int32(min(deadline.timeIntervalSinceNow, 3600) * 1000))
        var fds = [pollfd(fd: stop.readFD, events: Int16(POLLIN), revents: 0)]
        if fd >= 0 { fds.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0)) }
        _ = poll(&fds, nfds_t(fds.count), milliseconds)
        drain()
    }

    private func drain() {
        guard fd >= 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        while buffer.withUnsafeMutableBytes({ read(fd, $0.baseAddress, $0.count) }) > 0 {}
    }
}
