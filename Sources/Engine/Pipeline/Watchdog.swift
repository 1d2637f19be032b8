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
    private let item: DispatchWorkItem

    init(context: EngineContext, claimToken: String, file: String) {
        let ledger = context.ledger
        let logger = context.logger
        let seconds = context.config.fileTimeout
        let hooks = context.hooks
        let progress = context.progress
        item = DispatchWorkItem {
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
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: item)
    }

    func cancel() { item.cancel() }
}
