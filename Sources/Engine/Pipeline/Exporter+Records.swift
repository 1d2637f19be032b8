import Canonical
import Connectors
import Diagnostics
import Foundation

/// What step 5 records for a batch: its documents' outcomes and rows, and the events of keys
/// recorded without an export.
extension Exporter {
    /// Writes the batch's document records, its master data and the exports placed (step
    /// 5) in one transaction.
    func record(
        _ states: [Pending], masterData: [MasterDataRecorder.Entry] = [], placed: [Placement] = []
    ) throws -> [DocumentSummary] {
        let summaries = Self.summaries(of: states)
        if let plan {
            // Master data goes to the dry run's private copy (when it keeps one), never the ledger.
            if let copy = plan.masterData, !masterData.isEmpty {
                try copy.write { try MasterDataRecorder.record($0, masterData, fileId: job.fileId, at: context.now()) }
            }
            plan.record(summaries, file: job.displayName)
            plan.lifecycleStates += states.flatMap(\.lifecycleStates)
            return summaries
        }
        let recorded = lifecycleRecords(of: states)
        try context.ledger.markDone(
            placed, documents: rows(of: summaries), masterData: masterData, fileId: job.fileId, at: context.now(),
            activity: recorded.activity, lifecycleStates: recorded.states)
        return summaries
    }

    /// The events of keys recorded without an export (`LifecycleDecision.record`), with their
    /// activity entries, for step 5.
    func lifecycleRecords(of states: [Pending]) -> (states: [LifecycleStateRecord], activity: [ActivityEntry]) {
        let recorded = states.flatMap(\.lifecycleStates)
        let activity = recorded.map { state in
            ActivityEntry(
                at: context.now(), flow: job.flow.config.name, fileId: job.fileId, action: "lifecycle-recorded", key: state.key,
                detail: "\(state.event) for \(state.target), nothing exported: \(Note.text(StoredNotes.decode(state.reason)))")
        }
        return (recorded, activity)
    }

    /// The documents' outcomes as reported and recorded.
    static func summaries(of states: [Pending]) -> [DocumentSummary] {
        states.map { state in
            DocumentSummary(
                ordinal: state.index, kind: state.kind, key: state.key, outcome: state.outcome,
                reasons: state.reasons + (state.outcome == .exported ? state.payloadNotes : []), outputs: state.outputs,
                errors: state.errors)
        }
    }

    /// The ledger's document rows of this attempt.
    func rows(of summaries: [DocumentSummary]) -> [DocumentRecord] {
        summaries.map { summary in
            DocumentRecord(
                id: nil, fileId: job.fileId, attempt: job.attempt, ordinal: summary.ordinal, kind: summary.kind,
                key: summary.key, outcome: summary.outcome.rawValue, reason: StoredNotes.encode(summary.reasons),
                outputsJSON: JSONText.encode(summary.outputs), errorsJSON: JSONText.encode(summary.errors))
        }
    }
}
