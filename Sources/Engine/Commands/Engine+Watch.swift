import Foundation

extension Engine {
    /// Processes files as they arrive until `stop` is triggered; the file in hand is
    /// finished first. Each pass is reported through `onPass`. Returns the exit code.
    public func watch(stop: StopSignal, onPass: (RunReport) -> Void) -> Int32 {
        let folders = flows.map { context.layout.inbox($0.config) }
        for folder in folders { try? FileIO.makeDirectories(folder) }
        let notifier = InboxNotifier(folders: folders)
        let interval = max(0.2, context.config.pollInterval)
        // With `retention:`, a watch prunes when it starts and then once a day.
        var nextPrune: Date? = context.config.retention.isEmpty ? nil : Date()
        while !stop.isSet {
            let report = run(trigger: "watch", observe: false, shouldStop: { stop.isSet })
            if let due = nextPrune, Date() >= due, !stop.isSet {
                do {
                    _ = try prune(dryRun: false)
                } catch {
                    context.logger.error("prune failed; tried again in a day", metadata: ["error": "\(error)"])
                }
                nextPrune = Date().addingTimeInterval(86400)
            }
            if report.tally.files > 0 || report.timersFired > 0 || report.stoppedBy != nil { onPass(report) }
            if stop.isSet { break }
            var deadline = Date().addingTimeInterval(report.stoppedBy == nil ? interval : max(interval, 10))
            if let soonest = report.waitingTally.firstSettledAt, soonest > Date(), soonest < deadline {
                deadline = soonest.addingTimeInterval(0.05)
            }
            // The next durable timer wakes the watch when it comes due (one read per pass).
            if let due = nextTimerWakeUp(), due > Date(), due < deadline { deadline = due.addingTimeInterval(0.05) }
            notifier.wait(until: deadline, stop: stop)
        }
        // A stop never waits for on-failure commands; those still running are ended.
        context.hooks.terminateAll()
        removeOwnWorkFolders()
        return 0
    }
}
