import Canonical
import Connectors
import Diagnostics
import Foundation

/// The lifecycle and timer part of the export steps: what each key's history says, holding a
/// document for a timer, and firing it through the same steps.
extension Exporter {
    /// The lifecycle of each document's key as its target connectors see it: every event
    /// exported (done), to any target, oldest first; one ledger read per kind in the batch.
    func lifecycleHistories(of documents: [(any CanonicalDocument)?]) throws -> [Int: LifecycleHistory] {
        var byKind: [DocumentKind: [Int]] = [:]
        for (index, document) in documents.enumerated() {
            if let document { byKind[document.kind, default: []].append(index) }
        }
        var histories: [Int: LifecycleHistory] = [:]
        for (kind, indices) in byKind {
            let keys = indices.compactMap { documents[$0]?.key.rawValue }
            let events = try context.ledger.lifecycles(kind: kind, keys: keys)
            for index in indices {
                guard let key = documents[index]?.key.rawValue else { continue }
                histories[index] = LifecycleHistory(
                    kind: kind, key: key,
                    entries: (events[key] ?? []).map { LifecycleHistory.Entry(target: $0.target, event: $0.event, exportedAt: $0.exportedAt) })
            }
        }
        return histories
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
                payload: nil)
            deliveries.append(Delivery(target: single, members: [member]))
        }
        let documents: [(any CanonicalDocument)?] = [document]
        var decided: [Int: [ExportDecision]] = [:]
        var winners: [Delivery] = []
        var rounds = 0
        while !deliveries.isEmpty && rounds < 5 {
            rounds += 1
            try stage(&deliveries, documents: documents, syncFolders: true)
            let (committed, retry) = try commitIntents(deliveries, documents: documents, decided: &decided)
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
}
