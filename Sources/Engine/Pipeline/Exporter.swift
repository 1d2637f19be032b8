import Canonical
import Connectors
import Diagnostics
import Foundation
import GRDB
import Glibc

/// The export protocol for one batch of documents (see docs/ARCHITECTURE.md):
///
/// 1. decide without the lock which (document, target) pairs look exportable;
/// 2. write their payloads under hidden temporary names and Ferry's own copies, fsync
///    each file, then fsync their folders;
/// 3. in one IMMEDIATE transaction decide again and record the intents (`pending`);
/// 4. rename each temporary file to its final name (never replacing), fsync the folders;
/// 5. in one transaction mark the exports `done` and record the documents.
///
/// A crash between any two steps leaves either nothing visible (temporary files with no
/// intent, removed on recovery) or an intent whose temporary file recovery renames, or
/// whose rename already happened: never a partial file, never a second export.
struct Exporter {
    let context: EngineContext
    let job: FileJob

    private struct Candidate {
        var documentIndex: Int
        var target: FlowRuntime.Target
        var unit: ExportUnit
        var payload: Payload
        var contentHash: String
        var documentJSON: String
        var asOf: Date?
        var generation: Int
        var finalName: String
        var tempPath: String
        var copyPath: String
    }

    private struct Pending {
        var index: Int
        var outcome: DocumentOutcome
        var reasons: [String] = []
        var outputs: [String] = []
        var errors: [FerryError] = []
        var kind: String
        var key: String?
    }

    func export(_ batch: [(ordinal: Int, item: DecodeResult)], blocked: Bool) throws -> [DocumentSummary] {
        var states: [Pending] = []
        var documents: [(any CanonicalDocument)?] = []
        for entry in batch {
            switch entry.item {
            case .document(let document, _):
                states.append(Pending(index: entry.ordinal, outcome: .alreadyExported, kind: document.kind.rawValue, key: document.key.rawValue))
                documents.append(document)
            case .failure(let key, let errors, _):
                states.append(Pending(index: entry.ordinal, outcome: .failed, errors: errors, kind: job.flow.kind.rawValue, key: key))
                documents.append(nil)
            }
        }
        if blocked {
            for index in states.indices where states[index].outcome != .failed {
                states[index].outcome = .failed
                states[index].errors = [FerryError(.engineAllOrNothing, at: Location(file: job.displayName, record: states[index].index))]
            }
            return try record(states)
        }
        if job.flow.targets.isEmpty {
            for index in states.indices where states[index].outcome != .failed {
                states[index].outcome = .filtered
                states[index].reasons = ["the flow has no targets"]
            }
            return try record(states)
        }

        // Step 1: render payloads and decide without the lock.
        var candidates: [Candidate] = []
        var decided: [Int: [ExportDecision]] = [:]
        for (index, document) in documents.enumerated() {
            guard let document else { continue }
            for target in job.flow.targets {
                let payload: Payload
                do {
                    payload = try target.connector.payload(for: [document], settings: target.settings)
                } catch let error as FerryError {
                    states[index].outcome = .failed
                    states[index].errors.append(error)
                    continue
                }
                for event in target.connector.events(for: document) {
                    let unit = ExportUnit(target: target.config.name, kind: document.kind, key: document.key.rawValue, event: event)
                    let json = CanonicalJSON.encode(document)
                    let hash = type(of: document).semantics == .event
                        ? FileIO.sha256(Array(json.utf8)) : FileIO.sha256(payload.stableBytes)
                    let decision = try context.ledger.read { db in
                        try ExportDecider.decide(
                            db, unit: unit, document: document, contentHash: hash, fileId: job.fileId,
                            attempt: job.attempt, forced: job.forced)
                    }
                    guard case .export(let generation) = decision else {
                        decided[index, default: []].append(decision)
                        continue
                    }
                    candidates.append(
                        Candidate(
                            documentIndex: index, target: target, unit: unit, payload: payload, contentHash: hash,
                            documentJSON: json, asOf: document.asOf, generation: generation,
                            finalName: "", tempPath: "", copyPath: ""))
                }
            }
        }

        // Step 2: temporary files and Ferry's own copies, durable before any intent.
        var folders = Set<String>()
        let copyFolder = context.layout.archiveDirectory(flow: job.flow.config.name, day: context.now()) + "/payloads"
        for index in candidates.indices {
            let candidate = candidates[index]
            let name = try chooseName(for: candidate)
            let temp = candidate.target.outbox + "/." + name + "." + context.owner.token + ".tmp"
            try FileIO.makeDirectories(candidate.target.outbox)
            FileIO.remove(temp)
            try FileIO.writeNew(temp, candidate.payload.bytes, mode: FileIO.effectiveMode(candidate.target.config.fileMode))
            let copyDirectory = copyFolder + "/" + candidate.target.config.name
            try FileIO.makeDirectories(copyDirectory)
            let copy = copyDirectory + "/" + name
            let copyTemp = copyDirectory + "/." + name + "." + context.owner.token + ".tmp"
            FileIO.remove(copyTemp)
            try FileIO.writeNew(copyTemp, candidate.payload.bytes, mode: FileIO.effectiveMode(0o666))
            try FileIO.rename(copyTemp, copy)
            candidates[index].finalName = name
            candidates[index].tempPath = temp
            candidates[index].copyPath = context.layout.relative(copy)
            folders.insert(candidate.target.outbox)
            folders.insert(copyDirectory)
        }
        try context.faults.hit(.afterTempWrite)
        for folder in folders { try FileIO.syncDirectory(folder) }

        // Step 3: decide again under the lock and record the intents.
        var winners: [Int] = []
        let now = context.now()
        try context.ledger.write { db in
            for index in candidates.indices {
                let candidate = candidates[index]
                guard let document = documents[candidate.documentIndex] else { continue }
                let decision = try ExportDecider.decide(
                    db, unit: candidate.unit, document: document, contentHash: candidate.contentHash,
                    fileId: job.fileId, attempt: job.attempt, forced: job.forced)
                guard case .export(let generation) = decision, generation == candidate.generation,
                    try !outputTaken(db, candidate)
                else {
                    if case .export = decision {
                        // Another process moved the unit on between our two looks: treat as
                        // theirs; the next run will see the final state.
                        decided[candidate.documentIndex, default: []].append(.alreadyExported(reason: "exported concurrently by another Ferry process"))
                    } else {
                        decided[candidate.documentIndex, default: []].append(decision)
                    }
                    continue
                }
                var record = ExportRecord(
                    id: nil, target: candidate.unit.target, kind: candidate.unit.kind.rawValue, key: candidate.unit.key,
                    event: candidate.unit.event.rawValue, generation: candidate.generation, state: .pending,
                    fileId: job.fileId, attempt: job.attempt, owner: context.owner.token,
                    contentHash: candidate.contentHash, documentJSON: candidate.documentJSON,
                    tempPath: candidate.tempPath, outputPath: outputPath(candidate), copyPath: candidate.copyPath,
                    asOf: candidate.asOf, forced: job.forced, createdAt: now, exportedAt: nil)
                try record.insert(db)
                winners.append(index)
            }
        }
        try context.faults.hit(.afterIntentCommit)
        let winnerSet = Set(winners)
        for index in candidates.indices where !winnerSet.contains(index) {
            FileIO.remove(candidates[index].tempPath)
        }

        // Step 4: rename into place, never replacing; then make the renames durable.
        var finals: [Int: String] = [:]
        folders.removeAll()
        for index in winners {
            let candidate = candidates[index]
            finals[index] = try Recovery.place(tempPath: candidate.tempPath, finalPath: candidate.target.outbox + "/" + candidate.finalName)
            folders.insert(candidate.target.outbox)
            try context.faults.hit(.afterRename)
        }
        for folder in folders { try FileIO.syncDirectory(folder) }
        try context.faults.hit(.afterDirectorySync)

        // Step 5: exports done, documents recorded.
        for index in winners {
            let candidate = candidates[index]
            let path = context.layout.relative(finals[index] ?? "")
            states[candidate.documentIndex].outputs.append(path)
            states[candidate.documentIndex].outcome = states[candidate.documentIndex].outcome == .failed ? .failed : .exported
        }
        for (index, decisions) in decided {
            apply(decisions, to: &states[index])
        }
        let summaries = try record(states) { db in
            for index in winners {
                let candidate = candidates[index]
                try db.execute(
                    sql: "UPDATE export SET state = 'done', exportedAt = ?, outputPath = ?, tempPath = '' WHERE target = ? AND kind = ? AND key = ? AND event = ? AND generation = ?",
                    arguments: [
                        now, context.layout.relative(finals[index] ?? ""), candidate.unit.target, candidate.unit.kind.rawValue,
                        candidate.unit.key, candidate.unit.event.rawValue, candidate.generation,
                    ])
            }
        }
        try context.faults.hit(.afterExportsDone)
        return summaries
    }

    /// Folds non-export decisions into a document's outcome: exported beats amended beats
    /// superseded beats already-exported.
    private func apply(_ decisions: [ExportDecision], to state: inout Pending) {
        for decision in decisions {
            switch decision {
            case .ours(let record):
                state.outputs.append(record.outputPath)
                if state.outcome != .failed { state.outcome = .exported }
            case .alreadyExported(let reason):
                if state.outcome == .alreadyExported { state.reasons.append(reason) }
            case .amended(_, let reason):
                if state.outcome == .alreadyExported || state.outcome == .superseded {
                    state.outcome = .amendedAfterExport
                    state.reasons = [reason]
                } else if state.outcome == .amendedAfterExport {
                    state.reasons.append(reason)
                }
            case .superseded(let reason):
                if state.outcome == .alreadyExported {
                    state.outcome = .superseded
                    state.reasons = [reason]
                }
            case .export:
                break
            }
        }
    }

    private func outputPath(_ candidate: Candidate) -> String {
        context.layout.relative(candidate.target.outbox + "/" + candidate.finalName)
    }

    private func outputTaken(_ db: Database, _ candidate: Candidate) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM export WHERE outputPath = ?", arguments: [outputPath(candidate)]) ?? false
    }

    /// The version's name, moved aside (`~2`) if a file or another export already has it.
    private func chooseName(for candidate: Candidate) throws -> String {
        let base = OutputNaming.name(
            kind: candidate.unit.kind, key: BusinessKey(candidate.unit.key.split(separator: "/", omittingEmptySubsequences: false).map(String.init)),
            generation: candidate.generation, fileExtension: candidate.payload.fileExtension)
        var name = base
        var attempt = 1
        while true {
            let relative = context.layout.relative(candidate.target.outbox + "/" + name)
            let recorded = try context.ledger.read { db in
                try Bool.fetchOne(db, sql: "SELECT 1 FROM export WHERE outputPath = ?", arguments: [relative]) ?? false
            }
            if !recorded && !FileIO.exists(candidate.target.outbox + "/" + name) { return name }
            attempt += 1
            name = OutputNaming.alternative(base, attempt: attempt)
        }
    }

    /// Writes the batch's document records (and any extra updates) in one transaction.
    private func record(_ states: [Pending], extra: ((Database) throws -> Void)? = nil) throws -> [DocumentSummary] {
        let summaries = states.map { state in
            DocumentSummary(
                ordinal: state.index, kind: state.kind, key: state.key, outcome: state.outcome,
                reason: state.reasons.isEmpty ? nil : state.reasons.joined(separator: "; "), outputs: state.outputs,
                errors: state.errors)
        }
        try context.ledger.write { db in
            try extra?(db)
            for summary in summaries {
                var row = DocumentRecord(
                    id: nil, fileId: job.fileId, attempt: job.attempt, ordinal: summary.ordinal, kind: summary.kind,
                    key: summary.key, outcome: summary.outcome.rawValue, reason: summary.reason,
                    outputsJSON: JSONText.encode(summary.outputs), errorsJSON: JSONText.encode(summary.errors))
                try row.insert(db, onConflict: .replace)
            }
        }
        return summaries
    }
}

/// Compact JSON text for ledger columns.
enum JSONText {
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String?) -> T? {
        guard let text else { return nil }
        return try? JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
