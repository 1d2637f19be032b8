import Canonical
import Connectors
import Diagnostics
import Foundation
import Glibc

/// The export protocol for one batch of documents (see docs/ARCHITECTURE.md):
///
/// 1. decide without the lock which (document, target) pairs look exportable;
/// 2. write each outbox file under a hidden temporary name, and Ferry's own copy, fsync
///    each file (a batch's, or a group's, written first and then fsynced together), then
///    fsync their folders;
/// 3. in one IMMEDIATE transaction decide again and record the intents (`pending`);
/// 4. rename each temporary file to its final name (never replacing), fsync the folders;
/// 5. in one transaction mark the exports `done` and record the documents.
///
/// A crash between any two steps leaves either nothing visible (temporary files with no
/// intent, removed on recovery) or an intent whose temporary file recovery renames, or
/// whose rename already happened: never a partial file, never a second export.
///
/// An outbox file (a `Delivery`) carries one document, or, for a target with
/// `per-input-file`, every exportable document of the batch.
struct Exporter {
    let context: EngineContext
    let job: FileJob
    /// Position of this batch in the file (0-based), for per-input-file names.
    var batchNumber = 0
    /// Set for a dry run: the same decisions are made, but nothing is written (no payload,
    /// no ledger row); what would be written is collected here instead (after step 1).
    var plan: DryRunPlan?
    /// The batch's documents rendered where they were read (`ReadAhead`), by ordinal.
    var rendered: [Int: Rendered] = [:]

    /// One (document, target, event) that looks exportable.
    struct Candidate {
        var documentIndex: Int
        var unit: ExportUnit
        var contentHash: String
        var documentJSON: String
        var asOf: Date?
        var generation: Int
        /// The document's payload from step 1, for a delivery of this document alone.
        var payload: Payload?
    }

    /// One outbox file and the candidates it carries.
    ///
    /// Its temporary files have names of their own (`.<uuid>.<owner>.tmp`), so the final
    /// name can be chosen inside the intent's transaction, where the version is certain.
    struct Delivery {
        var target: FlowRuntime.Target
        var members: [Candidate]
        var fileExtension = ""
        var tempPath = ""
        /// Ferry's own copy, written beside its final place under the temp's name.
        var copyTempPath = ""
        var finalName = ""
        var copyPath = ""
        /// The ids of its members' intents, once recorded (step 3).
        var intentIds: [Int64] = []
    }

    struct Pending {
        var index: Int
        var outcome: DocumentOutcome
        var reasons: [Note] = []
        var outputs: [String] = []
        var errors: [FerryError] = []
        var kind: String
        var key: String?
        /// For `amended-after-export`: the earlier exports, and what changed since.
        var amendedSince: [Note] = []
        var amendedSummary: [Note] = []
        /// The notes of the payloads made for it (`Payload.notes`), shown once it is exported.
        var payloadNotes: [Note] = []
        /// Where the document was read (file, line, record), for errors its payloads meet.
        var location: Location?
        /// Events of its key its targets' connectors recorded without an export
        /// (`LifecycleDecision.record`), written with the document in step 5.
        var lifecycleStates: [LifecycleStateRecord] = []

        /// A payload's error that names only a field (a connector knows the document, not the
        /// file), placed at the document in the input: file, line, record and that field. One
        /// located in the payload itself (an XSD's line and path) stays where it is.
        func placed(_ error: FerryError) -> FerryError {
            guard var at = location else { return error }
            if let own = error.location, own.line != nil || own.path != nil || own.record != nil { return error }
            at.field = error.location?.field ?? at.field
            var copy = error
            copy.location = at
            return copy
        }
    }

    /// A batch after steps 1 and 2: its documents decided, each delivery's temporary file and
    /// copy written and fsynced; their folders not yet synced. `complete` (one file) or
    /// `ExportGroup` (several small files at once) runs steps 3 to 5.
    struct Staged {
        var states: [Pending]
        var documents: [(any CanonicalDocument)?]
        var decided: [Int: [ExportDecision]]
        var deliveries: [Delivery]
        /// Skips and waits of step 1, decided again in step 3 under the lock.
        var held: [Held]
        /// Folders of the temporary files, to fsync before the intents are committed.
        var folders: Set<String>
        /// The temporary files and copies written without their fsync, to fsync (with a
        /// group's others) before their folders.
        var unsynced: [String]
    }

    /// How far `advance` took a batch: recorded already (nothing to export, a blocked file,
    /// a dry run), or staged for steps 3 to 5.
    enum Progress {
        case recorded([DocumentSummary])
        case staged(Staged)
    }

    /// Runs one batch through the protocol's steps; returns the documents' summaries as
    /// recorded.
    func export(_ batch: [(ordinal: Int, item: DecodeResult)], blocked: Bool) throws -> [DocumentSummary] {
        switch try advance(batch, blocked: blocked) {
        case .recorded(let summaries): return summaries
        case .staged(let staged): return try complete(staged)
        }
    }

    /// Prepares the batch and runs steps 1 and 2; what has nothing to export is recorded here.
    /// `beforeDecide` is given the batch's document keys (`kind/key`) before step 1, and the
    /// keys its exports are kept under after it; it returns whether what it was given made it
    /// record something the batch must see (then step 1 is decided again).
    func advance(
        _ batch: [(ordinal: Int, item: DecodeResult)], blocked: Bool, beforeDecide: ((Set<String>) throws -> Bool)? = nil
    ) throws -> Progress {
        var (states, documents) = try prepare(batch)
        if blocked {
            for index in states.indices where documents[index] != nil {
                states[index].outcome = .failed
                states[index].errors = [FerryError(.engineAllOrNothing, at: Location(file: job.displayName, record: states[index].index))]
            }
            return .recorded(try record(states))
        }
        if job.flow.targets.isEmpty {
            for index in states.indices where documents[index] != nil {
                states[index].outcome = .filtered
                states[index].reasons = [Note(.exportNoTargets)]
            }
            // A flow without targets may exist only to fill the catalog and the registry.
            return .recorded(
                try record(states, masterData: documents.compactMap { $0.map { MasterDataRecorder.Entry(document: $0, targets: []) } }))
        }
        if let beforeDecide {
            _ = try beforeDecide(Set(documents.compactMap { $0.map { $0.kind.rawValue + "/" + $0.key.rawValue } }))
        }
        let prepared = states
        var decided: [Int: [ExportDecision]] = [:]
        var held: [Held] = []
        var deliveries = try decide(documents, states: &states, decided: &decided, held: &held)
        // A target may keep exports under a key of its own (a customer shared by orders): if the
        // group holds one of those, it is completed and this batch decided again after it.
        if let beforeDecide, try beforeDecide(Self.unitKeys(deliveries)) {
            states = prepared
            decided = [:]
            held = []
            deliveries = try decide(documents, states: &states, decided: &decided, held: &held)
        }
        try context.faults.hit(.afterDecide)
        if let plan {
            return .recorded(try planDeliveries(deliveries, states: &states, decided: decided, documents: documents, plan: plan))
        }
        let folders = deliveries.isEmpty ? [] : try stage(&deliveries, documents: documents, syncFolders: false)
        return .staged(
            Staged(
                states: states, documents: documents, decided: decided, deliveries: deliveries, held: held, folders: folders,
                unsynced: deliveries.flatMap { [$0.tempPath, $0.copyTempPath] }))
    }

    /// Steps 3 to 5 of one staged batch, alone.
    func complete(_ staged: Staged) throws -> [DocumentSummary] {
        var staged = staged
        var winners: [Delivery] = []
        if !staged.deliveries.isEmpty || !staged.held.isEmpty {
            try FileIO.syncFiles(staged.unsynced)
            try FileIO.syncDirectories(staged.folders)
            let (committed, retry) = try commitIntents(
                staged.deliveries, documents: staged.documents, decided: &staged.decided, held: &staged.held)
            winners = try committed + contend(retry, staged: &staged)
        }
        let placements = try place(winners)
        return try markDone(winners, placements: placements, staged: &staged)
    }

    /// Steps 2 and 3 again for deliveries whose members were exported meanwhile by another
    /// process (rounds 2 to 5). A version that moved on only changes the name chosen inside
    /// the transaction; a shared per-input-file delivery is rebuilt without the members
    /// exported meanwhile and staged again. Still contended after that: failed, said so.
    func contend(_ retry: [Delivery], staged: inout Staged) throws -> [Delivery] {
        var deliveries = retry
        var winners: [Delivery] = []
        var rounds = 1
        while (!deliveries.isEmpty || !staged.held.isEmpty) && rounds < 5 {
            rounds += 1
            if !deliveries.isEmpty { try stage(&deliveries, documents: staged.documents, syncFolders: true) }
            let (committed, again) = try commitIntents(
                deliveries, documents: staged.documents, decided: &staged.decided, held: &staged.held)
            winners += committed
            deliveries = again
        }
        failContended(deliveries, states: &staged.states)
        return winners
    }

    /// The keys (`kind/key`) the deliveries' exports are kept under.
    static func unitKeys(_ deliveries: [Delivery]) -> Set<String> {
        Set(deliveries.flatMap { $0.members.map { $0.unit.kind.rawValue + "/" + $0.unit.key } })
    }

    /// Runs each decoded document through the flow (mapping, rules, filters): the
    /// documents that may go out (nil where not) and every document's pending outcome.
    private func prepare(_ batch: [(ordinal: Int, item: DecodeResult)]) throws -> ([Pending], [(any CanonicalDocument)?]) {
        var states: [Pending] = []
        var documents: [(any CanonicalDocument)?] = []
        let environment = context.ruleEnvironment(masterData: plan?.masterData)
        for entry in batch {
            switch entry.item {
            case .document(let decoded, let location):
                var pending = Pending(index: entry.ordinal, outcome: .alreadyExported, kind: decoded.kind.rawValue, key: decoded.key.rawValue)
                pending.location = location
                switch try job.flow.prepare(decoded, at: location, in: environment) {
                case .ready(let document):
                    documents.append(document)
                case .filtered(let reason):
                    pending.outcome = .filtered
                    pending.reasons = [reason]
                    documents.append(nil)
                case .failed(let errors):
                    pending.outcome = .failed
                    pending.errors = errors
                    documents.append(nil)
                }
                states.append(pending)
            case .failure(let key, let errors, _):
                states.append(Pending(index: entry.ordinal, outcome: .failed, errors: errors, kind: job.flow.kind.rawValue, key: key))
                documents.append(nil)
            }
        }
        return (states, documents)
    }

    /// Step 1, without the lock: renders each document for each target and decides each
    /// (document, target, event) against the ledger; what looks exportable is grouped into
    /// deliveries (one per document, or one per target with `per-input-file`).
    private func decide(
        _ documents: [(any CanonicalDocument)?], states: inout [Pending], decided: inout [Int: [ExportDecision]], held: inout [Held]
    ) throws -> [Delivery] {
        let planned = plan?.exports ?? []
        var deliveries: [Delivery] = []
        // Every export of the batch's keys in one read: their lifecycles and each unit's history.
        var ownKeys: [DocumentKind: Set<String>] = [:]
        for case let document? in documents { ownKeys[document.kind, default: []].insert(document.key.rawValue) }
        let exports = try context.ledger.exports(of: ownKeys)
        var histories = try lifecycleHistories(of: documents, exports: exports)
        var subjects: [String: LifecycleHistory] = [:]  // keys of a target's own, by kind and key
        // Documents of the same key later in the batch see what earlier ones export.
        var sameKey: [String: [Int]] = [:]
        for (index, document) in documents.enumerated() {
            if let document { sameKey[document.kind.rawValue + "\u{0}" + document.key.rawValue, default: []].append(index) }
        }
        for (targetIndex, target) in job.flow.targets.enumerated() {
            var members: [Candidate] = []
            // A shared file is rendered from all its members in step 2, so only a
            // one-document delivery reuses the payload rendered here (at most a batch of them).
            let keepsPayload = !target.config.perInputFile || plan != nil
            for (index, document) in documents.enumerated() {
                guard let document else { continue }
                let content: Rendered.Content
                do {
                    content = try render(document, for: target, at: targetIndex, ordinal: states[index].index)
                } catch let raw as FerryError {
                    let error = states[index].placed(raw)
                    states[index].outcome = .failed
                    states[index].errors.append(error)
                    plan?.note(states[index].index, target: target.config.name, action: "failed", errors: [error])
                    continue
                }
                let (payload, json, hash) = (content.payload, content.json, content.hash)
                let lifecycleTarget = LifecycleTarget(name: target.config.name, settings: target.settings)
                // A target may keep the document's exports under a key of their own (shared by
                // several documents, a buyer's customer record): its history is that key's.
                let subject = target.connector.lifecycleKey(of: document, for: lifecycleTarget) ?? document.key.rawValue
                let ownKey = subject == document.key.rawValue
                let history: LifecycleHistory
                if ownKey {
                    history = histories[index] ?? LifecycleHistory(kind: document.kind, key: subject)
                } else {
                    history = try subjectHistory(kind: document.kind, key: subject, loaded: &subjects)
                }
                let events: [EventName]
                switch target.connector.lifecycle(of: document, for: lifecycleTarget, history: history) {
                case .export(let chosen):
                    events = chosen
                case .skip(let reason):
                    decided[index, default: []].append(.skipped(reason: reason))
                    held.append(Held(index: index, target: target, reason: reason, wait: nil, json: json, hash: hash, payload: payload,
                            recorded: history.recorded))
                    plan?.note(states[index].index, target: target.config.name, decision: .skipped(reason: reason))
                    continue
                case .record(let event, let reason):
                    decided[index, default: []].append(.skipped(reason: reason))
                    plan?.note(states[index].index, target: target.config.name, decision: .skipped(reason: reason))
                    states[index].lifecycleStates.append(
                        LifecycleStateRecord(
                            id: nil, target: target.config.name, kind: document.kind.rawValue, key: document.key.rawValue,
                            event: event.rawValue, fileId: job.fileId, attempt: job.attempt, reason: StoredNotes.encode([reason]) ?? "[]",
                            recordedAt: context.now()))
                    for later in sameKey[document.kind.rawValue + "\u{0}" + document.key.rawValue] ?? [] where later > index {
                        histories[later]?.recorded.append(
                            LifecycleHistory.Recorded(target: target.config.name, event: event, reason: reason, recordedAt: nil))
                    }
                    continue
                case .wait(let wait):
                    if let reason = try hold(document, for: wait, target: target, history: history, json: json, hash: hash) {
                        decided[index, default: []].append(.waiting(reason: reason))
                        held.append(Held(index: index, target: target, reason: reason, wait: wait, json: json, hash: hash, payload: payload,
                            recorded: history.recorded))
                        plan?.note(states[index].index, target: target.config.name, decision: .waiting(reason: reason))
                        continue
                    }
                    events = wait.then  // the wait is over (fired or cancelled): decided as any export
                }
                for event in events {
                    // An event may have a call of its own (Robaws: the stock change of an order first
                    // seen shipped) or one shaped by the history (a customer's create or update).
                    let written: Payload
                    do {
                        written = try target.render(document, event: event, history: history, rendered: payload)
                    } catch let raw as FerryError {
                        let error = states[index].placed(raw)
                        states[index].outcome = .failed
                        states[index].errors.append(error)
                        plan?.note(states[index].index, target: target.config.name, action: "failed", errors: [error])
                        continue
                    }
                    // Under a key of the target's own, "the same" is the same payload (the
                    // customer's data), whichever document it came with.
                    let unitHash = ownKey ? hash : FileIO.sha256(written.stableBytes)
                    let unit = ExportUnit(target: target.config.name, kind: document.kind, key: subject, event: event)
                    let decision = ExportDecider.decide(
                        history: try exports.history(of: unit) ?? context.ledger.exportHistory(of: unit), unit: unit, document: document,
                        contentHash: unitHash,
                        fileId: job.fileId, attempt: job.attempt, forced: job.forced, planned: planned)
                    guard case .export(let generation) = decision else {
                        decided[index, default: []].append(decision)
                        plan?.note(states[index].index, target: target.config.name, decision: decision)
                        continue
                    }
                    let entry = LifecycleHistory.Entry(target: target.config.name, event: event, exportedAt: nil)
                    if ownKey {
                        for later in sameKey[document.kind.rawValue + "\u{0}" + document.key.rawValue] ?? [] where later > index {
                            histories[later]?.entries.append(entry)
                        }
                    } else {
                        subjects[document.kind.rawValue + "\u{0}" + subject]?.entries.append(entry)
                    }
                    members.append(
                        Candidate(
                            documentIndex: index, unit: unit, contentHash: unitHash, documentJSON: json, asOf: document.asOf,
                            generation: generation, payload: keepsPayload ? written : nil))
                    for note in written.notes where !states[index].payloadNotes.contains(note) { states[index].payloadNotes.append(note) }
                }
            }
            if target.config.perInputFile {
                if !members.isEmpty { deliveries.append(Delivery(target: target, members: members)) }
            } else {
                deliveries += members.map { Delivery(target: target, members: [$0]) }
            }
        }
        return deliveries
    }

    /// A document's payload for one target and its content: as rendered where it was read, or
    /// made now.
    private func render(
        _ document: any CanonicalDocument, for target: FlowRuntime.Target, at targetIndex: Int, ordinal: Int
    ) throws -> Rendered.Content {
        if let made = rendered[ordinal]?.targets[targetIndex] { return try made.get() }
        return try Rendered.Content.make(document, for: target)
    }

    /// Step 2: every delivery's temporary file and copy written and fsynced, then their folders
    /// fsynced; or, with `syncFolders` false, written only: the caller fsyncs the files
    /// (`Staged.unsynced`), then their folders, with a group's others. Returns those folders.
    @discardableResult
    func stage(_ deliveries: inout [Delivery], documents: [(any CanonicalDocument)?], syncFolders: Bool) throws -> Set<String> {
        // Once per batch: the day's archive folder, one random name with a counter per file,
        // and each folder made (or found) once.
        var place = StagingPlace(
            day: context.layout.archiveDirectory(flow: job.flow.config.name, day: context.now()), owner: context.owner.token)
        for index in deliveries.indices {
            try stage(&deliveries[index], documents: documents, sync: syncFolders, in: &place)
        }
        try context.faults.hit(.afterTempWrite)
        let folders = Set(deliveries.flatMap { [$0.target.outbox, PathText.folder(of: $0.copyTempPath)] })
        if syncFolders { try FileIO.syncDirectories(folders) }
        return folders
    }

    /// Step 4: each committed delivery renamed into place (never replacing) with its copy,
    /// then the renames made durable. Returns where each ended up.
    func place(_ winners: [Delivery]) throws -> [Placement] {
        try ExportPlacing.place(placingItems(winners), layout: context.layout, faults: context.faults)
    }

    /// What step 4 renames for each committed delivery.
    func placingItems(_ winners: [Delivery]) -> [ExportPlacing.Item] {
        winners.map { delivery in
            ExportPlacing.Item(
                tempPath: delivery.tempPath, finalPath: delivery.target.outbox + "/" + delivery.finalName,
                copyTempPath: delivery.copyTempPath, copyPath: context.layout.resolve(delivery.copyPath),
                intentIds: delivery.intentIds)
        }
    }

    /// Step 5: the exports `done`, the documents' outcomes folded and recorded with the
    /// master data, in one transaction.
    func markDone(_ winners: [Delivery], placements: [Placement], staged: inout Staged) throws -> [DocumentSummary] {
        let folded = fold(winners, placements: placements, staged: &staged)
        let summaries = try record(staged.states, masterData: folded, placed: placements)
        try context.faults.hit(.afterExportsDone)
        return summaries
    }

    /// The documents' outcomes once their deliveries are placed: outputs and decisions folded
    /// into `staged.states`; returns what step 5 records in the catalog and registry.
    func fold(_ winners: [Delivery], placements: [Placement], staged: inout Staged) -> [MasterDataRecorder.Entry] {
        for (delivery, placement) in zip(winners, placements) {
            for member in delivery.members {
                if !staged.states[member.documentIndex].outputs.contains(placement.outputPath) {
                    staged.states[member.documentIndex].outputs.append(placement.outputPath)
                }
                if staged.states[member.documentIndex].outcome != .failed { staged.states[member.documentIndex].outcome = .exported }
            }
        }
        for (index, decisions) in staged.decided {
            apply(decisions, to: &staged.states[index])
        }
        return masterDataEntries(staged.documents, states: staged.states, winners: winners, decided: staged.decided)
    }

    /// A dry run's steps 2 to 5: the name each delivery would get, the exports it would
    /// record (kept in `plan`, so that later documents are decided against them), and the
    /// documents' outcomes exactly as step 5 would fold them.
    private func planDeliveries(
        _ deliveries: [Delivery], states: inout [Pending], decided: [Int: [ExportDecision]],
        documents: [(any CanonicalDocument)?], plan: DryRunPlan
    ) throws -> [DocumentSummary] {
        do {
            for var delivery in deliveries {
                guard let first = delivery.members.first else { continue }
                let payload: Payload
                if delivery.members.count == 1, let rendered = first.payload {
                    payload = rendered
                } else {
                    payload = try delivery.target.render(delivery.members.compactMap { documents[$0.documentIndex] })
                }
                delivery.fileExtension = payload.fileExtension
                delivery.finalName = try chooseName(for: delivery, isRecorded: context.ledger.isOutputRecorded, taken: plan.outputs)
                let output = outputPath(delivery)
                plan.outputs.insert(output)
                for member in delivery.members {
                    let ordinal = states[member.documentIndex].index
                    if !states[member.documentIndex].outputs.contains(output) { states[member.documentIndex].outputs.append(output) }
                    if states[member.documentIndex].outcome != .failed { states[member.documentIndex].outcome = .exported }
                    let last = try context.ledger.exportHistory(of: member.unit).first
                    var diff: [String] = []
                    var notes = [Note(.exportWouldWrite, ["path": output])]
                    if let last, let old = try? FileIO.readAll(context.layout.resolve(last.copyPath)), let mine = member.payload {
                        diff = LineDiff.changes(old: String(decoding: old, as: UTF8.self), new: String(decoding: mine.bytes, as: UTF8.self))
                        if diff.isEmpty { notes.append(Note(.exportIdentical, ["output": last.outputPath])) }
                    }
                    plan.note(ordinal, target: member.unit.target, action: "export", notes: notes, diff: diff)
                    plan.exports.append(
                        ExportRecord(
                            id: nil, target: member.unit.target, kind: member.unit.kind.rawValue, key: member.unit.key,
                            event: member.unit.event.rawValue, generation: member.generation, state: .done,
                            fileId: job.fileId, attempt: job.attempt, owner: context.owner.token,
                            contentHash: member.contentHash, documentJSON: member.documentJSON, tempPath: "",
                            outputPath: output, copyPath: "", asOf: member.asOf, forced: job.forced,
                            createdAt: context.now(), exportedAt: context.now()))
                }
            }
        }
        for (index, decisions) in decided {
            apply(decisions, to: &states[index])
        }
        return try record(states, masterData: masterDataEntries(documents, states: states, winners: deliveries, decided: decided))
    }

    /// What step 5 records in the catalog and registry: the documents that went through,
    /// with the targets each reached (exported now, or by this attempt before a crash).
    private func masterDataEntries(
        _ documents: [(any CanonicalDocument)?], states: [Pending], winners: [Delivery], decided: [Int: [ExportDecision]]
    ) -> [MasterDataRecorder.Entry] {
        var reached: [Int: Set<String>] = [:]  // targets per document, for the party registry
        for delivery in winners {
            for member in delivery.members { reached[member.documentIndex, default: []].insert(delivery.target.config.name) }
        }
        for (index, decisions) in decided {
            for case .ours(let record) in decisions { reached[index, default: []].insert(record.target) }
        }
        return MasterDataRecorder.entries(documents, outcomes: states.map(\.outcome), reached: reached)
    }

    /// Step 2 for one delivery: render it and write the hidden temporary file and Ferry's
    /// own copy, each fsynced unless `sync` is false (their folders are fsynced by the caller).
    private func stage(
        _ delivery: inout Delivery, documents: [(any CanonicalDocument)?], sync: Bool, in place: inout StagingPlace
    ) throws {
        let payload: Payload
        if delivery.members.count == 1, let rendered = delivery.members.first?.payload {
            payload = rendered  // rendered in step 1 already
        } else {
            let members = delivery.members.compactMap { documents[$0.documentIndex] }
            payload = try delivery.target.render(members)
        }
        let hidden = place.nextName()
        try place.makeFolder(delivery.target.outbox)
        delivery.fileExtension = payload.fileExtension
        delivery.tempPath = delivery.target.outbox + "/" + hidden
        try FileIO.writeNew(
            delivery.tempPath, payload.bytes, mode: FileIO.effectiveMode(delivery.target.config.fileMode), sync: sync)
        let copyFolder = RootLayout.payloadCopies(inDay: place.day, target: delivery.target.config.name)
        try place.makeFolder(copyFolder)
        delivery.copyTempPath = copyFolder + "/" + hidden
        try FileIO.writeNew(delivery.copyTempPath, payload.bytes, mode: FileIO.effectiveMode(0o666), sync: sync)
    }

    /// Folds non-export decisions into a document's outcome: exported beats amended beats
    /// superseded beats already-exported.
    private func apply(_ decisions: [ExportDecision], to state: inout Pending) {
        for decision in decisions {
            switch decision {
            case .ours(let record):
                if !state.outputs.contains(record.outputPath) { state.outputs.append(record.outputPath) }
                if state.outcome != .failed { state.outcome = .exported }
            case .alreadyExported(let reason):
                if state.outcome == .alreadyExported { state.reasons.append(reason) }
            case .amended(let summary, let previous, _):
                // One reason for the document, naming each target's earlier export once and
                // what changed once (the change is the same whatever the target).
                if state.outcome == .alreadyExported || state.outcome == .superseded {
                    state.outcome = .amendedAfterExport
                    state.amendedSince = [previous]
                    state.amendedSummary = summary
                } else if state.outcome == .amendedAfterExport, !state.amendedSince.contains(previous) {
                    state.amendedSince.append(previous)
                }
                if state.outcome == .amendedAfterExport {
                    state.reasons = [ExportDecider.amendedReason(previous: state.amendedSince, summary: state.amendedSummary)]
                }
            case .superseded(let reason):
                if state.outcome == .alreadyExported {
                    state.outcome = .superseded
                    state.reasons = [reason]
                }
            case .skipped(let reason):
                if state.outcome == .alreadyExported && state.reasons.isEmpty {
                    state.outcome = .filtered
                    state.reasons = [reason]
                }
            case .waiting(let reason):
                if state.outcome == .exported {
                    state.reasons.append(reason)
                } else if state.outcome != .failed {
                    if state.outcome != .pending { state.reasons = [] }
                    state.outcome = .pending
                    state.reasons.append(reason)
                }
            case .export:
                break
            }
        }
    }

    func outputPath(_ delivery: Delivery) -> String {
        context.layout.relative(delivery.target.outbox + "/" + delivery.finalName)
    }
}
