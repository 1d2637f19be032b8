import Canonical
import Connectors
import Diagnostics
import Foundation

/// The lifecycle and timer part of the export steps: what each key's history says, holding a
/// document for a timer, and firing it through the same steps.
extension Exporter {
    /// The lifecycle of each document's key as its target connectors see it: every event
    /// exported (done), to any target, oldest first, and the events recorded without an export
    /// (with those a dry run would have recorded): from `exports` (the batch's keys, read at
    /// once), and one ledger read per kind for the recorded events.
    func lifecycleHistories(of documents: [(any CanonicalDocument)?], exports: ExportSnapshot) throws -> [Int: LifecycleHistory] {
        var byKind: [DocumentKind: [Int]] = [:]
        for (index, document) in documents.enumerated() {
            if let document { byKind[document.kind, default: []].append(index) }
        }
        var histories: [Int: LifecycleHistory] = [:]
        for (kind, indices) in byKind {
            let keys = indices.compactMap { documents[$0]?.key.rawValue }
            var events = try context.ledger.lifecycles(kind: kind, keys: keys.filter { !exports.isCovering(kind: kind, key: $0) })
            for key in keys where exports.isCovering(kind: kind, key: key) {
                events[key] = exports.doneExports(kind: kind, key: key).map(LifecycleEvent.init)
            }
            var recorded = try context.ledger.recordedStates(kind: kind, keys: keys)
            for state in plan?.lifecycleStates ?? [] where state.kind == kind.rawValue {
                recorded[state.key, default: []].append(state)
            }
            for index in indices {
                guard let key = documents[index]?.key.rawValue else { continue }
                histories[index] = LifecycleHistory(
                    kind: kind, key: key,
                    entries: (events[key] ?? []).map { LifecycleHistory.Entry(target: $0.target, event: $0.event, exportedAt: $0.exportedAt) },
                    recorded: (recorded[key] ?? []).map(\.recorded))
            }
        }
        return histories
    }

    /// The lifecycle of a key a target keeps a document's exports under instead of the
    /// document's own (`Connector.lifecycleKey`): read from the ledger once per batch, then
    /// kept in `loaded`, where the exports decided later in the batch are added.
    func subjectHistory(kind: DocumentKind, key: String, loaded: inout [String: LifecycleHistory]) throws -> LifecycleHistory {
        let slot = kind.rawValue + "\u{0}" + key
        if let known = loaded[slot] { return known }
        let events = try context.ledger.lifecycles(kind: kind, keys: [key])
        let history = LifecycleHistory(
            kind: kind, key: key,
            entries: (events[key] ?? []).map { LifecycleHistory.Entry(target: $0.target, event: $0.event, exportedAt: $0.exportedAt) })
        loaded[slot] = history
        return history
    }

    /// A wait a connector asked for: its timer scheduled (once per target, key and action;
    /// a dry run schedules nothing). Returns why the document is `pending`, or nil when the
    /// wait is already over (the awaited event went out, or the timer fired or was
    /// cancelled): then the fallback's events are decided like any export.
    func hold(
        _ document: any CanonicalDocument, for wait: TimerWait, target: FlowRuntime.Target, history: LifecycleHistory,
        json: String, hash: String
    ) throws -> Note? {
        if history.wasExported(wait.awaiting, to: target.config.name) { return nil }
        var due = context.now().addingTimeInterval(wait.seconds)
        if plan == nil {
            let timer = try context.ledger.schedule(
                TimerRequest(
                    flow: job.flow.config.name, target: target.config.name, key: document.key.rawValue, event: wait.awaiting.rawValue,
                    action: wait.action, dueAt: due, kind: document.kind.rawValue, fileId: job.fileId, attempt: job.attempt,
                    documentJSON: json, contentHash: hash),
                at: context.now())
            guard timer.state == .waiting else { return nil }
            due = timer.dueAt
        }
        return Note(
            .timerWaiting,
            ["event": wait.awaiting.rawValue, "target": target.config.name, "until": ISO8601DateFormatter().string(from: due),
             "then": wait.then.map(\.rawValue).joined(separator: ", ")])
    }

    /// A fired timer's fallback (run with the job of the file that scheduled it): the stored
    /// document exported for `events` to `target` through steps 1 to 5. Each unit is
    /// decided against the ledger first, so a firing repeated after a kill finds its own
    /// export (`ours`) or the awaited event's, and writes nothing more. Returns the outbox
    /// paths written now.
    func fire(
        _ document: any CanonicalDocument, events: [EventName], target: FlowRuntime.Target, json: String, hash: String
    ) throws -> [String] {
        var single = target
        single.config.perInputFile = false  // one document: named by its key
        var deliveries: [Delivery] = []
        for event in events {
            let unit = ExportUnit(target: target.config.name, kind: document.kind, key: document.key.rawValue, event: event)
            let decision = ExportDecider.decide(
                history: try context.ledger.exportHistory(of: unit), unit: unit, document: document, contentHash: hash,
                fileId: job.fileId, attempt: job.attempt, forced: false)
            guard case .export(let generation) = decision else { continue }
            let member = Candidate(
                documentIndex: 0, unit: unit, contentHash: hash, documentJSON: json, asOf: document.asOf, generation: generation,
                payload: try target.ownPayload(of: document, event: event, rendered: target.render([document])))
            deliveries.append(Delivery(target: single, members: [member]))
        }
        let documents: [(any CanonicalDocument)?] = [document]
        var decided: [Int: [ExportDecision]] = [:]
        var winners: [Delivery] = []
        var rounds = 0
        var held: [Held] = []
        while !deliveries.isEmpty && rounds < 5 {
            rounds += 1
            try stage(&deliveries, documents: documents, syncFolders: true)
            let (committed, retry) = try commitIntents(deliveries, documents: documents, decided: &decided, held: &held)
            winners += committed
            deliveries = retry
        }
        let placements = try place(winners)
        let activity = placements.map { placement in
            ActivityEntry(
                at: context.now(), flow: job.flow.config.name, fileId: job.fileId, action: "timer-export", key: document.key.rawValue,
                detail: "\(events.map(\.rawValue).joined(separator: ", ")) for \(target.config.name): \(placement.outputPath)")
        }
        try context.ledger.markDone(placements, documents: [], masterData: [], fileId: job.fileId, at: context.now(), activity: activity)
        return placements.map(\.outputPath)
    }

    /// A skip or a wait step 1 decided from the history it read without the lock.
    struct Held {
        var index: Int
        var target: FlowRuntime.Target
        /// The reason recorded in step 1 (`.skipped` or `.waiting`).
        var reason: Note
        /// The wait, for a `.waiting`; nil for a skip.
        var wait: TimerWait?
        var json: String
        var hash: String
        var payload: Payload
        /// The events of its key recorded without an export, as step 1 saw them (with those
        /// recorded earlier in the batch, which step 5 writes).
        var recorded: [LifecycleHistory.Recorded]
    }

    /// What step 3's second look changed: deliveries to stage for the documents that go out
    /// after all, decisions that replace their step-1 skip or wait, and which held ones are
    /// settled. Applied once the transaction committed.
    struct Reconsidered {
        var deliveries: [Delivery] = []
        var settled: [Int] = []
        var replaced: [(held: Held, decisions: [ExportDecision])] = []

        func apply(to held: inout [Held], decided: inout [Int: [ExportDecision]]) {
            for (old, decisions) in replaced {
                var list = decided[old.index] ?? []
                if let position = list.firstIndex(where: { Exporter.records($0, old.reason) }) { list.remove(at: position) }
                decided[old.index] = list + decisions
            }
            let gone = Set(settled)
            held = held.enumerated().filter { !gone.contains($0.offset) }.map(\.element)
        }
    }

    /// Whether `decision` is the skip or wait recorded with `reason`.
    static func records(_ decision: ExportDecision, _ reason: Note) -> Bool {
        switch decision {
        case .skipped(let recorded), .waiting(let recorded): recorded == reason
        default: false
        }
    }

    /// Step 3 decides again, inside the intents' transaction, what step 1 held back: another
    /// process may have committed an event of the key meanwhile (the order's `created`, so a
    /// cancellation judged "never sent" must go out after all; the awaited `shipped`, so a
    /// wait is over). The history read here counts committed intents too. A held document
    /// that now goes out becomes a delivery of its own for the next round of steps 2 and 3; a
    /// wait that is over cancels its timer in this transaction; the rest stays as decided. Each
    /// held document is looked at once: what another process commits after this transaction
    /// comes after it, as if the files had been processed one after the other.
    func reconsider(_ held: [Held], documents: [(any CanonicalDocument)?], in transaction: any IntentTransaction) throws -> Reconsidered {
        var result = Reconsidered()
        // Decided under the lock once: whatever commits after this transaction comes after it.
        result.settled = Array(held.indices)
        for item in held {
            guard let document = documents[item.index] else { continue }
            let key = document.key.rawValue
            let history = LifecycleHistory(
                kind: document.kind, key: key,
                entries: try transaction.lifecycle(kind: document.kind, key: key)
                    .map { LifecycleHistory.Entry(target: $0.target, event: $0.event, exportedAt: $0.exportedAt) },
                recorded: item.recorded)
            let name = item.target.config.name
            let events: [EventName]
            switch item.target.connector.lifecycle(of: document, for: LifecycleTarget(name: name, settings: item.target.settings), history: history) {
            case .skip, .record:
                continue  // still nothing to send (a recorded event was recorded in step 1)
            case .wait(let wait):
                guard history.wasExported(wait.awaiting, to: name) else { continue }
                try transaction.cancelTimers(awaiting: wait.awaiting.rawValue, target: name, key: key, at: context.now())
                events = wait.then
            case .export(let chosen):
                if let wait = item.wait, !history.wasExported(wait.awaiting, to: name) { continue }
                if let wait = item.wait {
                    try transaction.cancelTimers(awaiting: wait.awaiting.rawValue, target: name, key: key, at: context.now())
                }
                events = chosen
            }
            var decisions: [ExportDecision] = []
            var single = item.target
            single.config.perInputFile = false  // one document: named by its key
            for event in events {
                let unit = ExportUnit(target: name, kind: document.kind, key: key, event: event)
                let decision = ExportDecider.decide(
                    history: try transaction.exportHistory(of: unit), unit: unit, document: document, contentHash: item.hash,
                    fileId: job.fileId, attempt: job.attempt, forced: job.forced)
                guard case .export(let generation) = decision else {
                    decisions.append(decision)
                    continue
                }
                let member = Candidate(
                    documentIndex: item.index, unit: unit, contentHash: item.hash, documentJSON: item.json, asOf: document.asOf,
                    generation: generation, payload: item.payload)
                result.deliveries.append(Delivery(target: single, members: [member]))
            }
            result.replaced.append((item, decisions))
        }
        return result
    }
}
