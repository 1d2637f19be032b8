import Canonical
import Configuration
import Connectors
import Diagnostics
import Foundation
import GRDB
import Glibc
import Logging
import Rules

/// The rebuild's timers: each waiting document's timer entered again (waiting, fired or
/// cancelled, from what the archive shows).
extension LedgerRebuilder {
    /// A durable timer as a status record shows it (a document's `waits`), with what firing
    /// it would export: the stored document as the exporter keeps it, and the name of the
    /// payload each of its `then` events would get the first time.
    struct RestoredTimer {
        var timer: TimerRecord
        var outbox: String
        var fileName: String
        var units: [ExportUnit]
    }

    /// The timers of `waiting` documents: each document decoded again from the archived input
    /// and rendered for the timer's target, so the stored JSON and hash are those a run keeps.
    func restoredTimers(
        _ waiting: [Record.Document], of record: Record, documents: [String: any CanonicalDocument], runtime: FlowRuntime
    ) throws -> [RestoredTimer] {
        var result: [RestoredTimer] = []
        for entry in waiting {
            guard let key = entry.key, let document = documents[key] else {
                throw Unrestorable(reason: "document \(entry.key ?? "?") is no longer read from the archived input")
            }
            for wait in entry.waits ?? [] {
                guard let target = runtime.targets.first(where: { $0.config.name == wait.target }) else {
                    throw Unrestorable(reason: "no target '\(wait.target)' in flow '\(record.flow)' for the timer of \(key)")
                }
                guard let due = ISO8601DateFormatter().date(from: wait.until) else {
                    throw Unrestorable(reason: "the timer of \(key) has no readable due time: \(wait.until)")
                }
                let payload: Payload
                do { payload = try target.render([document]) } catch {
                    throw Unrestorable(reason: "document \(key) no longer renders for target '\(target.config.name)'")
                }
                let (json, hash) = ExportDecider.content(of: document, payload: payload)
                let timer = TimerRecord(
                    id: nil, flow: record.flow, target: wait.target, key: document.key.rawValue, event: wait.awaiting,
                    action: "export:" + wait.then.joined(separator: ","), dueAt: due, state: .waiting,
                    createdAt: record.processedAt ?? record.receivedAt, firedAt: nil, owner: nil, claimedAt: nil,
                    kind: document.kind.rawValue, fileId: record.id, attempt: record.attempt, documentJSON: json, contentHash: hash)
                let file = OutputNaming.name(kind: document.kind, key: document.key, generation: 0, fileExtension: payload.fileExtension)
                let units = wait.then.map {
                    ExportUnit(target: wait.target, kind: document.kind, key: document.key.rawValue, event: EventName($0))
                }
                result.append(RestoredTimer(timer: timer, outbox: layout.relative(target.outbox), fileName: file, units: units))
            }
        }
        return result
    }

    /// Enters the restored timers, once every file is in the ledger: one per (target, key,
    /// action), the latest record's. A timer whose awaited event went out for its target is
    /// `cancelled`; one whose export a payload copy no record names shows (it fired before the
    /// ledger was lost) is `fired`, with that export restored as done; any other waits, and
    /// fires when due. Returns the timers entered and the exports restored.
    func restoreTimers(_ timers: [RestoredTimer], records: [(String, Record)], into ledger: Ledger) throws -> (Int, Int) {
        guard !timers.isEmpty else { return (0, 0) }
        var latest: [String: RestoredTimer] = [:]
        for restored in timers {
            latest[[restored.timer.target, restored.timer.key, restored.timer.action].joined(separator: "\u{0}")] = restored
        }
        let unnamed = unreferencedCopies(records: records).unnamed
        let now = clock()
        return try ledger.write { db in
            var entered = 0
            var exports = 0
            for (_, restored) in latest.sorted(by: { $0.key < $1.key }) {
                var timer = restored.timer
                let awaited = try ExportRecord.filter(
                    Column("target") == timer.target && Column("key") == timer.key && Column("event") == timer.event
                        && Column("state") == ExportRecord.State.done.rawValue
                ).fetchCount(db)
                let alreadyMade = try restored.units.contains { unit in
                    try RestoredExport.nextGeneration(of: unit, in: db) > 0
                }
                if awaited > 0 {
                    timer.state = .cancelled
                } else if !alreadyMade, let copy = unnamed[timer.target]?[restored.fileName], let json = timer.documentJSON,
                          let hash = timer.contentHash, let fileId = timer.fileId, let attempt = timer.attempt {
                    timer.state = .fired
                    timer.firedAt = now
                    for unit in restored.units {
                        let export = RestoredExport(
                            unit: unit, hash: hash, json: json, asOf: nil, output: restored.outbox + "/" + restored.fileName, copy: copy)
                        try export.insert(db, fileId: fileId, attempt: attempt, forced: false, at: now)
                        exports += 1
                    }
                }
                try timer.insert(db)
                entered += 1
            }
            return (entered, exports)
        }
    }
}
