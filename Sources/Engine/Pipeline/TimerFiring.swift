import Canonical
import Connectors
import Diagnostics
import Foundation

/// Firing durable timers (see docs/ARCHITECTURE.md, "Durable timers"): a due timer is
/// claimed by exactly one process, its stored document exported for the timer's events
/// through the export protocol's steps under the file and attempt that scheduled it, then
/// marked fired. A kill anywhere in between leaves the claim to a dead owner, released by
/// the next pass; firing again finds the export already made (`ours`) and writes nothing more.
extension Engine {
    /// Fires every timer due by `context.now()`; returns how many fired. Costs one read
    /// when none is due.
    @discardableResult
    func fireDueTimers() throws -> Int {
        guard let next = try context.ledger.nextTimerDue(), next <= context.now() else { return 0 }
        _ = try context.ledger.releaseTimerClaims(isStale: { context.owner.isDead($0) })
        var fired = 0
        while true {
            let claimed = try context.ledger.claimDue(now: context.now(), owner: context.owner.token, limit: 50)
            if claimed.isEmpty { break }
            try context.faults.hit(.afterTimerClaim)
            var unfit: [Int64] = []
            for timer in claimed {
                guard let id = timer.id else { continue }
                let done: Bool
                do {
                    done = try fire(timer)
                } catch let error as FerryError {
                    // The stored document no longer renders for the target (its mapping
                    // changed): the timer ends `failed`, said in the key's activity.
                    _ = try context.ledger.markTimerFailed(
                        id: id, owner: context.owner.token, at: context.now(), detail: error.message(in: .en))
                    context.logger.error("timer failed", metadata: ["drop.key": "\(timer.key)", "error": "\(error.message(in: .en))"])
                    continue
                } catch {
                    // The environment stopped the export (disk full, ...): the claims go back
                    // at once, so this process (a watch) or another fires them later.
                    let token = context.owner.token
                    _ = try? context.ledger.releaseTimerClaims(isStale: { $0 == token })
                    throw error
                }
                if done {
                    try context.faults.hit(.afterTimerExport)
                    if try context.ledger.markFired(id: id, owner: context.owner.token, at: context.now()) { fired += 1 }
                } else {
                    unfit.append(id)
                }
            }
            if !unfit.isEmpty {
                // Timers this configuration cannot fire (their flow or target is gone, the
                // document unreadable): handed back, and left for a later configuration.
                let token = context.owner.token
                _ = try context.ledger.releaseTimerClaims(isStale: { $0 == token })
                context.logger.warning("timers not fired: flow or target no longer configured", metadata: ["count": "\(unfit.count)"])
                break
            }
        }
        return fired
    }

    /// Exports one claimed timer's fallback; false when it cannot be fired here.
    private func fire(_ timer: TimerRecord) throws -> Bool {
        guard let flow = flows.first(where: { $0.config.name == timer.flow }),
            let target = flow.targets.first(where: { $0.config.name == timer.target }),
            let kind = timer.kind, let json = timer.documentJSON, let hash = timer.contentHash,
            let fileId = timer.fileId, let attempt = timer.attempt,
            let type = DocumentRegistry.type(of: DocumentKind(kind)),
            let document = try? CanonicalJSON.decoder.decode(type, from: Data(json.utf8))
        else { return false }
        let name = try context.ledger.file(id: fileId)?.originalName ?? timer.key
        let job = FileJob(flow: flow, path: "", displayName: name, fileId: fileId, attempt: attempt, forced: false)
        let outputs = try Exporter(context: context, job: job).fire(
            document, events: timer.exports.map { EventName($0) }, target: target, json: json, hash: hash)
        context.logger.info(
            "timer fired", metadata: ["drop.key": "\(timer.key)", "drop.target": "\(timer.target)", "outputs": "\(outputs)"])
        return true
    }

    /// When the next waiting timer is due, as a wall-clock instant (the engine's clock may
    /// be offset for tests); nil when none waits.
    func nextTimerWakeUp() -> Date? {
        guard let due = try? context.ledger.nextTimerDue() else { return nil }
        return Date().addingTimeInterval(due.timeIntervalSince(context.now()))
    }
}
