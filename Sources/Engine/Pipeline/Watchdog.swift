import Diagnostics
import Dispatch
import Foundation
import Glibc

/// The last resort against a file that hangs processing: after `file-timeout` it marks
/// the file in the ledger, ends running `on-failure` commands, has the summary of what the
/// run did so far printed, and exits with code 6 (`ExitStatus.watchdog`) without waiting
/// for the hung thread (as safe as SIGKILL: the export protocol survives it). The next run
/// finds the mark and fails the file with `ENGINE-007` instead of trying it again. Limits on
/// the input decide outcomes long before this.
final class Watchdog: @unchecked Sendable {
    // One timer per engine, moved for each file: a timer per file (a work item scheduled with
    // asyncAfter and cancelled when the file was done) stayed queued, with what it captured,
    // until its deadline, so a run held on to every file of the last `file-timeout`.
    //
    // The timer is not moved for every file either (each move woke Dispatch's timer thread:
    // two wake-ups per small file): `watch` only notes the file's deadline, and arms the timer
    // when it is not armed; when it fires before the watched file's deadline (it was armed
    // for an earlier file) it is armed again for that deadline, and with nothing watched it
    // stays disarmed. So it fires at most once per `file-timeout` while files come and go.
    private let timer: any DispatchSourceTimer
    private let lock = NSLock()
    /// Guarded by `lock`: the file being watched (claim token, name) and when its time is up;
    /// nil between files.
    private var watched: (claimToken: String, file: String, deadline: DispatchTime)?
    /// Guarded by `lock`: whether the timer is set to fire.
    private var armed = false
    private let seconds: Double

    init(context: EngineContext) {
        let ledger = context.ledger
        let logger = context.logger
        let seconds = context.config.fileTimeout
        let hooks = context.hooks
        let progress = context.progress
        self.seconds = seconds
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global())
        timer.setEventHandler { [weak self] in
            guard let self, let (claimToken, file) = self.due() else { return }
            logger.critical("file processing exceeded file-timeout; stopping", metadata: ["drop.claim": "\(claimToken)"])
            try? ledger.markTimedOut(claimToken: claimToken, at: Date())
            hooks.terminateAll()
            var (report, handler) = progress.snapshot()
            report.watchdogStop = FerryError(
                .runWatchdogStop, at: Location(file: file), ["file": file, "seconds": Int(exactly: seconds).map(String.init) ?? "\(seconds)"])
            handler?(report)
            fflush(nil)
            _exit(report.exitCode)
        }
        timer.schedule(deadline: .distantFuture)
        timer.activate()
    }

    deinit { timer.cancel() }

    /// Starts the `file-timeout` clock for the file of `claimToken`.
    func watch(claimToken: String, file: String) {
        let deadline = DispatchTime.now() + seconds
        lock.withLock {
            watched = (claimToken, file, deadline)
            if !armed {
                armed = true
                timer.schedule(deadline: deadline)
            }
        }
    }

    /// The file is done: nothing is watched until the next `watch` (the timer, if armed,
    /// finds nothing when it fires).
    func cancel() {
        lock.withLock { watched = nil }
    }

    /// When the timer fires: the watched file whose time is up, if any; otherwise the timer is
    /// armed again for the watched file's deadline, or left disarmed with nothing watched.
    private func due() -> (claimToken: String, file: String)? {
        lock.withLock {
            guard let watched else {
                armed = false
                return nil
            }
            guard DispatchTime.now() >= watched.deadline else {
                timer.schedule(deadline: watched.deadline)
                return nil
            }
            return (watched.claimToken, watched.file)
        }
    }
}
