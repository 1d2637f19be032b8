import Dispatch
import Foundation
import Glibc

/// The last resort against a file that hangs processing: after `file-timeout` it marks
/// the file in the ledger and stops the process (SIGKILL is safe: the export protocol
/// survives it). The next run finds the mark and fails the file with `ENGINE-007`
/// instead of trying it again. Limits on the input decide outcomes long before this.
final class Watchdog: @unchecked Sendable {
    private let item: DispatchWorkItem

    init(context: EngineContext, claimToken: String) {
        let ledger = context.ledger
        let logger = context.logger
        let seconds = context.config.fileTimeout
        item = DispatchWorkItem {
            logger.critical("file processing exceeded file-timeout; stopping", metadata: ["drop.claim": "\(claimToken)"])
            try? ledger.write { db in
                try db.execute(sql: "UPDATE file SET timedOutAt = ? WHERE claimToken = ?", arguments: [Date(), claimToken])
            }
            kill(getpid(), SIGKILL)
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: item)
    }

    func cancel() { item.cancel() }
}
