import Canonical
import Connectors
import Diagnostics
import Foundation

/// Step 3 of the export protocol: the intents, decided again and recorded under the lock,
/// under the names chosen there.
extension Exporter {
    /// Step 3: in one write transaction, decides every member again and records the
    /// intents (`pending`) of each delivery whose members all still go out, under the name
    /// chosen there. Returns those (committed, durably) and the deliveries to stage again
    /// without the members exported meanwhile; the temporary files of everything not
    /// committed are removed.
    func commitIntents(
        _ deliveries: [Delivery], documents: [(any CanonicalDocument)?], decided: inout [Int: [ExportDecision]], held: inout [Held]
    ) throws -> (committed: [Delivery], retry: [Delivery]) {
        let outcome = try context.ledger.commitIntents { transaction in
            try recordIntents(deliveries, documents: documents, held: held, in: transaction)
        }
        try context.faults.hit(.afterIntentCommit)
        return settle(outcome, of: deliveries, decided: &decided, held: &held)
    }

    /// What one batch's intents came to inside the transaction of step 3.
    struct IntentOutcome {
        var committed: [Delivery] = []
        var retry: [Delivery] = []
        var lost: [Int: [ExportDecision]] = [:]
        /// The skips and waits of step 1 as decided again under the lock.
        var second = Reconsidered()
    }

    /// The body of step 3 for one batch: the held skips and waits decided again, every member
    /// decided again under the lock, the intents of each delivery whose members all still go
    /// out recorded under the name chosen here. `ExportGroup` runs it for several files'
    /// batches in one transaction.
    func recordIntents(
        _ deliveries: [Delivery], documents: [(any CanonicalDocument)?], held: [Held], in transaction: any IntentTransaction
    ) throws -> IntentOutcome {
        var outcome = IntentOutcome()
        outcome.second = try reconsider(held, documents: documents, in: transaction)
        // Every member's history in one read, kept current with the intents recorded below.
        var exports = try transaction.exports(of: Self.unitKeysByKind(deliveries))
        let timersWait = try transaction.hasWaitingTimers()
        for var delivery in deliveries {
            var kept: [Candidate] = []
            for var member in delivery.members {
                guard let document = documents[member.documentIndex] else { continue }
                let decision = ExportDecider.decide(
                    history: try exports.history(of: member.unit) ?? transaction.exportHistory(of: member.unit), unit: member.unit,
                    document: document, contentHash: member.contentHash, fileId: job.fileId, attempt: job.attempt, forced: job.forced)
                if case .export(let generation) = decision {
                    member.generation = generation  // the next version, if another came in between
                    kept.append(member)
                } else {
                    outcome.lost[member.documentIndex, default: []].append(decision)
                }
            }
            if kept.count == delivery.members.count, !kept.isEmpty {
                delivery.members = kept
                delivery.finalName = try chooseName(for: delivery, isRecorded: transaction.isOutputRecorded)
                delivery.copyPath = context.layout.relative(
                    PathText.folder(of: delivery.copyTempPath) + "/" + delivery.finalName)
                for var intent in intents(delivery, state: context.faults.unsafeEarlyCommit ? .done : .pending) {
                    let id = try transaction.insertIntent(intent)
                    intent.id = id
                    delivery.intentIds.append(id)
                    exports.insert(intent)
                    if timersWait {
                        try transaction.cancelTimers(awaiting: intent.event, target: intent.target, key: intent.key, at: context.now())
                    }
                }
                outcome.committed.append(delivery)
            } else if !kept.isEmpty {
                delivery.members = kept
                outcome.retry.append(delivery)
            }
        }
        return outcome
    }

    /// The keys the deliveries' exports are kept under, per kind.
    static func unitKeysByKind(_ deliveries: [Delivery]) -> [DocumentKind: Set<String>] {
        var keys: [DocumentKind: Set<String>] = [:]
        for delivery in deliveries {
            for member in delivery.members { keys[member.unit.kind, default: []].insert(member.unit.key) }
        }
        return keys
    }

    /// After step 3's commit: the decisions lost to another process and the held documents'
    /// second decisions folded in (a held document that now goes out is a delivery of the next
    /// round), the temporary files of every delivery not committed removed.
    func settle(
        _ outcome: IntentOutcome, of deliveries: [Delivery], decided: inout [Int: [ExportDecision]], held: inout [Held]
    ) -> (committed: [Delivery], retry: [Delivery]) {
        decided.merge(outcome.lost) { $0 + $1 }
        outcome.second.apply(to: &held, decided: &decided)
        let kept = Set(outcome.committed.map(\.tempPath))
        for delivery in deliveries where !kept.contains(delivery.tempPath) {
            FileIO.remove(delivery.tempPath)
            FileIO.remove(delivery.copyTempPath)
        }
        return (outcome.committed, outcome.retry + outcome.second.deliveries)
    }

    /// Still contended after several rounds: say so instead of guessing an outcome.
    func failContended(_ deliveries: [Delivery], states: inout [Pending]) {
        for delivery in deliveries {
            for member in delivery.members {
                states[member.documentIndex].outcome = .failed
                states[member.documentIndex].errors.append(
                    FerryError(.engineContended, at: Location(file: job.displayName, record: states[member.documentIndex].index),
                        ["target": delivery.target.config.name]))
            }
        }
    }

    /// The intents of a delivery. `.done` only in the deliberately unsafe test mode.
    func intents(_ delivery: Delivery, state: ExportRecord.State) -> [ExportRecord] {
        let now = context.now()
        return delivery.members.map { member in
            ExportRecord(
                id: nil, target: member.unit.target, kind: member.unit.kind.rawValue, key: member.unit.key,
                event: member.unit.event.rawValue, generation: member.generation, state: state,
                fileId: job.fileId, attempt: job.attempt, owner: context.owner.token,
                contentHash: member.contentHash, documentJSON: member.documentJSON,
                tempPath: delivery.tempPath, outputPath: outputPath(delivery), copyPath: delivery.copyPath,
                asOf: member.asOf, forced: job.forced, createdAt: now, exportedAt: nil)
        }
    }

    /// The delivery's name, moved aside (`~2`) if a file or another export already has it.
    /// Runs inside the intent's transaction (`isRecorded` asks it), so intents recorded
    /// just before count.
    func chooseName(for delivery: Delivery, isRecorded: (String) throws -> Bool, taken: Set<String> = []) throws -> String {
        let base: String
        if delivery.target.config.perInputFile {
            base = OutputNaming.name(
                input: job.displayName, part: batchNumber, attempt: job.attempt, fileExtension: delivery.fileExtension)
        } else if let member = delivery.members.first {
            let key = BusinessKey(member.unit.key.split(separator: "/", omittingEmptySubsequences: false).map(String.init))
            base = OutputNaming.name(kind: member.unit.kind, key: key, generation: member.generation, fileExtension: delivery.fileExtension)
        } else {
            base = OutputNaming.name(input: job.displayName, part: batchNumber, attempt: job.attempt, fileExtension: delivery.fileExtension)
        }
        var name = base
        var attempt = 1
        while true {
            let path = delivery.target.outbox + "/" + name
            let recorded = try isRecorded(context.layout.relative(path))
            if !recorded && !FileIO.exists(path) && !taken.contains(context.layout.relative(path)) { return name }
            attempt += 1
            name = OutputNaming.alternative(base, attempt: attempt)
        }
    }
}
