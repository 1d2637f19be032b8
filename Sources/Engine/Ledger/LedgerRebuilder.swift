import Canonical
import Configuration
import Connectors
import Diagnostics
import Foundation
import GRDB
import Glibc
import Logging
import Rules

/// What `ferry ledger rebuild` did.
public struct LedgerRebuildReport: Sendable, Encodable {
    /// Status records read, files entered into the new ledger, export units restored.
    public var records = 0
    public var files = 0
    public var exports = 0
    /// Durable timers restored from the documents' `waits` (waiting, or found fired or cancelled).
    public var timers = 0
    /// Where the old ledger files were moved, if there were any.
    public var previousLedger: String?
    /// Archived inputs without a status record, put back into a claim folder of their flow
    /// (relative paths where they were): the next run finishes them.
    public var returned: [String] = []
    /// Archived inputs whose exports could not be restored (why); the new ledger was not installed.
    public var unrestorable: [String] = []
    public var installed: Bool { unrestorable.isEmpty }
}

/// Rebuilds the ledger of a root from its archive, so that a root whose ledger was lost or
/// damaged can go on without exporting anything a second time.
///
/// Every status record in `archive/` becomes a file row (same id, outcome, attempts,
/// documents). For each document the record shows as exported, the archived input is read
/// again through its flow, so each export unit (target, kind, key, event) is restored with
/// the same content hash a run would have computed: the same order dropped again is then
/// `already-exported`, a changed one `amended-after-export`. Catalog and party registry are
/// not restored; they fill again as articles and orders arrive.
///
/// Crash-safe: the new ledger is written under `.ferry/ledger.rebuild.sqlite` and only
/// renamed into place once complete; the old ledger files are moved to
/// `.ferry/ledger-before-rebuild-<UTC time>/`, never deleted. A crash before the rename leaves
/// the root refused as before (LEDGER-001/002); running the rebuild again starts over.
public struct LedgerRebuilder {
    let layout: RootLayout
    let config: FerryConfig
    let logger: Logger
    let clock: @Sendable () -> Date

    public init(root: String, config: FerryConfig, logger: Logger, clock: @escaping @Sendable () -> Date = { Date() }) {
        layout = RootLayout(root: root)
        self.config = config
        self.logger = logger
        self.clock = clock
    }


    public func rebuild() throws -> LedgerRebuildReport {
        var report = LedgerRebuildReport()
        let state = layout.stateDirectory
        try FileIO.makeDirectories(state)
        try refuseLiveProcesses()
        let newPath = state + "/ledger.rebuild.sqlite"
        for suffix in ["", "-wal", "-shm"] { FileIO.remove(newPath + suffix) }
        FileIO.remove(Ledger.generationPath(ledgerPath: newPath))

        let records = try readRecords()
        report.records = records.count
        report.returned = try returnUnrecordedArchivedInputs(records: records.map(\.1))
        let runtimes = try Dictionary(
            config.flows.map { ($0.name, try FlowRuntime($0, layout: layout)) }, uniquingKeysWith: { first, _ in first })
        do {
            let ledger = try Ledger(path: newPath)
            var timers: [RestoredTimer] = []
            for (path, record) in records {
                do {
                    report.exports += try restore(record, statusRecord: path, runtime: runtimes[record.flow], into: ledger, timers: &timers)
                    report.files += 1
                } catch let problem as Unrestorable {
                    report.unrestorable.append("\(layout.relative(path)): \(problem.reason)")
                }
            }
            guard report.installed else { return report }
            report.exports += try restoreInFlight(records: records, runtimes: runtimes, into: ledger)
            let (timerCount, firedExports) = try restoreTimers(timers, records: records, into: ledger)
            report.timers = timerCount
            report.exports += firedExports
            try ledger.write { db in
                try db.execute(
                    sql: "INSERT INTO activity (at, flow, fileId, action, key, detail) VALUES (?, NULL, NULL, 'ledger-rebuilt', NULL, ?)",
                    arguments: [clock(), "from \(report.records) status records: \(report.files) files, \(report.exports) exports"])
                // Ahead of any mirror the damaged ledger left, so the new one is not taken for an older copy.
                let mirrored = GenerationMirror.value(at: Ledger.generationPath(ledgerPath: layout.ledgerPath)) ?? 0
                try db.execute(sql: "UPDATE ledgerMeta SET generation = MAX(generation, ?) + 1 WHERE id = 1", arguments: [mirrored])
            }
            try ledger.pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
            ledger.mirror.record(try ledger.generation())
        }
        report.previousLedger = try install(newPath)
        return report
    }

    struct Unrestorable: Error { var reason: String }

    /// An export unit as a run would have recorded it, restored as done.
    struct RestoredExport {
        var unit: ExportUnit
        var hash: String
        var json: String
        var asOf: Date?
        /// Outbox path and Ferry's own copy, relative to the root.
        var output: String
        var copy: String

        /// The generation a new export of `unit` gets: 0 the first time.
        static func nextGeneration(of unit: ExportUnit, in db: Database) throws -> Int {
            let previous = try ExportRecord
                .filter(Column("target") == unit.target && Column("kind") == unit.kind.rawValue && Column("key") == unit.key
                    && Column("event") == unit.event.rawValue)
                .select(max(Column("generation")), as: Int.self).fetchOne(db)
            return previous.map { $0 + 1 } ?? 0
        }

        static func nextGeneration(of unit: ExportUnit, in ledger: Ledger) throws -> Int {
            try ledger.read { try nextGeneration(of: unit, in: $0) }
        }

        /// Inserted as the unit's next generation (0 the first time), done.
        func insert(_ db: Database, fileId: Int64, attempt: Int, forced: Bool, at date: Date) throws {
            var record = ExportRecord(
                id: nil, target: unit.target, kind: unit.kind.rawValue, key: unit.key, event: unit.event.rawValue,
                generation: try Self.nextGeneration(of: unit, in: db), state: .done, fileId: fileId, attempt: attempt, owner: "rebuild",
                contentHash: hash, documentJSON: json, tempPath: "", outputPath: output, copyPath: copy, asOf: asOf,
                forced: forced, createdAt: date, exportedAt: date)
            try record.insert(db)
        }
    }

    /// Stops when another Ferry process holds an owner lock on the root.
    private func refuseLiveProcesses() throws {
        if let owner = Ledger.liveOwner(stateDirectory: layout.stateDirectory) {
            throw FerryError(.ledgerRebuildBusy, at: Location(file: layout.relative(layout.ledgerPath)), ["owner": owner])
        }
    }

    /// Every status record under `archive/`, oldest file first.
    private func readRecords() throws -> [(String, Record)] {
        let archive = layout.root + "/archive"
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        var records: [(String, Record)] = []
        guard let walker = FileManager.default.enumerator(atPath: archive) else { return [] }
        while let next = walker.nextObject() as? String {
            let name = PathText.name(of: next)
            guard name.hasSuffix(".status.json"), !name.hasPrefix("."), !next.contains("/" + RootLayout.payloadCopiesFolder + "/") else { continue }
            let path = archive + "/" + next
            let bytes = try FileIO.readAll(path)
            guard let record = try? decoder.decode(Record.self, from: Data(bytes)) else {
                throw FerryError(.ledgerRebuildUnreadableRecord, at: Location(file: layout.relative(path)))
            }
            records.append((path, record))
        }
        return records.sorted { $0.1.id < $1.1.id }
    }

    /// Inputs a stopped run moved into the archive without writing their status record (killed
    /// between the archive move and the record, then the ledger lost): nothing tells what
    /// became of their documents, so each goes back into a claim folder of its flow, with its
    /// marker. `restoreInFlight` then finds their payload copies like those of any claimed
    /// file, and the next run resumes them: exported documents count as done, the file is
    /// archived again with its record. A kill during this leaves each input either in the
    /// archive or in the claim folder, and the next rebuild goes on from there.
    /// Corrected copies a record names as an attempt's input (`reprocess --with`) have no
    /// record of their own and stay where they are.
    private func returnUnrecordedArchivedInputs(records: [Record]) throws -> [String] {
        let named = Set(records.flatMap { record in [record.input] + record.previousAttempts.map(\.input) }.compactMap { $0 })
        var returned: [String] = []
        for flow in config.flows {
            let archive = layout.archiveDirectory(flow: flow.name)
            guard let walker = FileManager.default.enumerator(atPath: archive) else { continue }
            var inputs: [String] = []
            while let next = walker.nextObject() as? String {
                let name = PathText.name(of: next)
                if name == RootLayout.payloadCopiesFolder { walker.skipDescendants() }
                guard !name.hasPrefix("."), !name.hasSuffix(".status.json"),
                      walker.fileAttributes?[.type] as? FileAttributeType == .typeRegular else { continue }
                let path = archive + "/" + next
                guard !FileIO.exists(path + ".status.json"), !named.contains(layout.relative(path)),
                      !isArchivedMarker(path, flow: flow) else { continue }
                inputs.append(path)
            }
            for path in inputs.sorted() {
                let name = PathText.name(of: path)
                let folder = layout.workDirectory(flow) + "/rebuild/" + UUID().uuidString.lowercased()
                try FileIO.makeDirectories(folder)
                chmod(folder, 0o700)
                guard try FileIO.moveNoReplace(path, folder + "/" + name, tag: "rebuild") else { continue }
                for suffix in flow.pickup.markerSuffixes where FileIO.exists(path + suffix) {
                    _ = try FileIO.moveNoReplace(path + suffix, folder + "/" + name + suffix, tag: "rebuild")
                }
                try FileIO.syncDirectory(folder)
                try FileIO.syncDirectory(PathText.folder(of: path))
                returned.append(layout.relative(path))
            }
        }
        return returned
    }

    /// A marker archived beside its input (`order.csv.done` next to `order.csv`): in a flow
    /// with markers, a name with a marker suffix is never taken as an input.
    private func isArchivedMarker(_ path: String, flow: FlowConfig) -> Bool {
        flow.pickup.markerSuffixes.contains { path.hasSuffix($0) }
    }

    /// The events of `document` whose payload is the file at `output`: of the events the target's
    /// lifecycle may export (`exportableEvents(for:)`), those whose call (endpoint and format) ends
    /// the file's name, so an order that went out as two calls (Robaws: the stock change and the
    /// invoice of an order first seen shipped) gets each unit from its own file; `events(for:)`
    /// when none matches (a name Ferry did not choose).
    static func events(
        writing output: String, document: any CanonicalDocument, target: FlowRuntime.Target, payload: Payload
    ) -> [EventName] {
        var name = PathText.name(of: output)
        // `name~2.json`, the name moved aside (OutputNaming.alternative), ends like `name.json`.
        if let dot = name.lastIndex(of: "."), let tilde = name[..<dot].lastIndex(of: "~"),
           name[name.index(after: tilde)..<dot].allSatisfy(\.isNumber) {
            name.removeSubrange(tilde..<dot)
        }
        let matching = target.connector.exportableEvents(for: document).filter { event in
            let own = try? target.ownPayload(of: document, event: event, rendered: payload)
            return name.hasSuffix("." + ((own ?? nil) ?? payload).fileExtension)
        }
        return matching.isEmpty ? target.connector.events(for: document) : matching
    }

    /// Enters one archived file into `ledger`; returns how many export units it restored. The
    /// timers its documents wait on are added to `timers`, entered once every file is.
    private func restore(
        _ record: Record, statusRecord: String, runtime: FlowRuntime?, into ledger: Ledger, timers: inout [RestoredTimer]
    ) throws -> Int {
        let archived = String(statusRecord.dropLast(".status.json".count))
        // What the latest attempt read: `sha256` is of these bytes.
        let input = record.input.map { layout.resolve($0) } ?? archived
        let exported = record.documents.filter { $0.outcome == "exported" && !$0.outputs.isEmpty }
        let waiting = record.documents.filter { !($0.waits ?? []).isEmpty }
        let day = PathText.folder(of: archived)
        var units: [RestoredExport] = []
        var seen = Set<String>()
        if !exported.isEmpty || !waiting.isEmpty {
            guard let runtime else { throw Unrestorable(reason: "flow '\(record.flow)' is not in ferry.yml") }
            guard FileIO.exists(input), (try? FileIO.sha256(ofFile: input).hex) == record.sha256 else {
                throw Unrestorable(reason: "the archived input is missing or its bytes no longer match the recorded sha256")
            }
            let inOrder = try documentsInOrder(input, name: record.file, runtime: runtime, at: record.processedAt ?? record.receivedAt)
            let occurrences = Self.occurrencesOfEachKey(inOrder)
            timers += try restoredTimers(waiting, of: record, documents: occurrences.compactMapValues(\.last), runtime: runtime)
            var seenOfKey: [String: Int] = [:]  // record entries of each key so far, in file order
            for entry in record.documents {
                guard let key = entry.key else { continue }
                let occurrence = seenOfKey[key, default: 0]
                seenOfKey[key] = occurrence + 1
                guard entry.outcome == "exported", !entry.outputs.isEmpty else { continue }
                guard let candidates = occurrences[key], !candidates.isEmpty else {
                    throw Unrestorable(reason: "document \(key) is no longer read from the archived input")
                }
                for output in Set(entry.outputs).sorted() {
                    let folder = PathText.folder(of: output)
                    guard let target = runtime.targets.first(where: { layout.relative($0.outbox) == folder }) else {
                        throw Unrestorable(reason: "no target of flow '\(record.flow)' writes to \(folder)")
                    }
                    let copy = RootLayout.payloadCopies(inDay: day, target: target.config.name) + "/" + PathText.name(of: output)
                    let (document, payload): (any CanonicalDocument, Payload)
                    do {
                        (document, payload) = try Self.exportedOccurrence(
                            candidates, occurrence: occurrence, target: target, copy: copy)
                    } catch {
                        throw Unrestorable(reason: "document \(key) no longer renders for target '\(target.config.name)'")
                    }
                    let (json, hash) = ExportDecider.content(of: document, payload: payload)
                    for event in Self.events(writing: output, document: document, target: target, payload: payload) {
                        // A document the file repeats is one export (its record lists it twice).
                        let unit = ExportUnit(target: target.config.name, kind: document.kind, key: key, event: event)
                        guard seen.insert([unit.target, unit.kind.rawValue, key, event.rawValue, output].joined(separator: "\u{0}")).inserted else { continue }
                        units.append(RestoredExport(unit: unit, hash: hash, json: json, asOf: document.asOf, output: output, copy: layout.relative(copy)))
                    }
                }
            }
        }
        let finished = record.processedAt ?? record.receivedAt
        let states = try recordedStates(record, input: input, runtime: runtime, at: finished, in: ledger)
        return try ledger.write { db in
            var file = FileRecord(
                id: record.id, flow: record.flow, originalName: record.file, sha256: record.sha256, size: record.size,
                receivedAt: record.receivedAt, processedAt: record.processedAt, attempt: record.attempt, state: .archived,
                outcome: record.outcome, claimToken: "rebuilt-\(record.id)", owner: nil, takenBy: nil,
                archivePath: layout.relative(archived), markerPath: nil, errorsJSON: JSONText.encode(record.errors.map(\.error)),
                resolvedAt: record.resolved?.at, resolvedReason: record.resolved?.reason, timedOutAt: nil)
            try file.insert(db)
            for earlier in record.previousAttempts {
                var attempt = AttemptRecord(
                    id: nil, fileId: record.id, number: earlier.attempt, startedAt: earlier.startedAt ?? record.receivedAt,
                    finishedAt: earlier.processedAt, outcome: earlier.outcome, trigger: earlier.trigger, reason: earlier.reason,
                    forced: earlier.forced, inputPath: earlier.input, sha256: earlier.sha256, size: earlier.size, actor: earlier.by)
                try attempt.insert(db)
            }
            var latest = AttemptRecord(
                id: nil, fileId: record.id, number: record.attempt, startedAt: finished, finishedAt: record.processedAt,
                outcome: record.outcome, trigger: record.trigger, reason: record.reason, forced: record.forced,
                inputPath: record.input, sha256: record.sha256, size: record.size, actor: record.by)
            try latest.insert(db)
            // The resolution and acknowledgements come back as the activity entries they were:
            // acknowledged amendments stay off the attention list.
            if let resolved = record.resolved {
                try Ledger.log(
                    db, ActivityEntry(at: resolved.at, flow: record.flow, fileId: record.id, action: "resolved", detail: resolved.reason, actor: resolved.by))
            }
            for acknowledged in record.acknowledged ?? [] {
                try Ledger.log(
                    db,
                    ActivityEntry(
                        at: acknowledged.at, flow: record.flow, fileId: record.id, action: "acknowledged", key: acknowledged.key,
                        detail: acknowledged.reason, actor: acknowledged.by))
            }
            for (ordinal, entry) in record.documents.enumerated() {
                var document = DocumentRecord(
                    id: nil, fileId: record.id, attempt: record.attempt, ordinal: ordinal + 1, kind: entry.kind, key: entry.key,
                    outcome: entry.outcome, reason: entry.reason, outputsJSON: JSONText.encode(entry.outputs),
                    errorsJSON: JSONText.encode(entry.errors.map(\.error)))
                try document.insert(db)
            }
            for restored in units {
                try restored.insert(db, fileId: record.id, attempt: record.attempt, forced: record.forced, at: finished)
            }
            try LifecycleStateRecord.insert(db, states)
            return units.count
        }
    }

    /// The events its targets' lifecycles recorded without an export (`LifecycleDecision.record`:
    /// a cancellation that came first) for the documents `record` shows `filtered`: each such
    /// document read again and decided against the history restored so far (records are
    /// entered oldest first), unless the flow's own filters left it out. None when the input is
    /// gone or changed (then the record's exports could not be restored either).
    private func recordedStates(
        _ record: Record, input: String, runtime: FlowRuntime?, at date: Date, in ledger: Ledger
    ) throws -> [LifecycleStateRecord] {
        let keys = Set(record.documents.filter { $0.outcome == DocumentOutcome.filtered.rawValue }.compactMap(\.key))
        guard !keys.isEmpty, let runtime, FileIO.exists(input), (try? FileIO.sha256(ofFile: input).hex) == record.sha256,
              var source = try? runtime.source.openSource(path: input, displayName: record.file, settings: runtime.sourceSettings)
        else { return [] }
        let environment = RuleEnvironment(reference: config.reference, now: date)
        var states: [LifecycleStateRecord] = []
        while let item = try? source.next() {
            guard case .document(let document, let location) = item, keys.contains(document.key.rawValue) else { continue }
            if case .filtered? = try? runtime.prepare(document, at: location, in: environment) { continue }
            let key = document.key.rawValue
            let exported = try ledger.lifecycles(kind: document.kind, keys: [key])[key] ?? []
            let recorded = try ledger.recordedStates(kind: document.kind, keys: [key])[key] ?? []
            let history = LifecycleHistory(
                kind: document.kind, key: key,
                entries: exported.map { LifecycleHistory.Entry(target: $0.target, event: $0.event, exportedAt: $0.exportedAt) },
                recorded: (recorded + states.filter { $0.key == key }).map(\.recorded))
            for target in runtime.targets {
                let decision = target.connector.lifecycle(
                    of: document, for: LifecycleTarget(name: target.config.name, settings: target.settings), history: history)
                guard case .record(let event, let reason) = decision else { continue }
                states.append(
                    LifecycleStateRecord(
                        id: nil, target: target.config.name, kind: document.kind.rawValue, key: key, event: event.rawValue,
                        fileId: record.id, attempt: record.attempt, reason: StoredNotes.encode([reason]) ?? "[]", recordedAt: date))
            }
        }
        return states
    }


    /// Whether a run took the file in one batch, as `FileProcessor` cuts them.
    func isOneBatch(_ path: String, name: String, runtime: FlowRuntime) throws -> Bool {
        var source = try runtime.source.openSource(path: path, displayName: name, settings: runtime.sourceSettings)
        var records = 0
        var weight = 0
        var keys = Set<String>()
        while let item = try source.next() {
            records += 1
            if case .document(let document, _) = item {
                guard keys.insert(document.kind.rawValue + "/" + document.key.rawValue).inserted else { return false }
                weight += FileProcessor.weight(of: document)
            }
        }
        return records <= FileProcessor.batchSize && weight < FileProcessor.batchWeight
    }

    /// Every document of each key, in file order (under the key decoded, and the key after the
    /// rules when they changed it); its last is what a lookup by key finds.
    static func occurrencesOfEachKey(
        _ inOrder: [(decodedKey: String, document: any CanonicalDocument)]
    ) -> [String: [any CanonicalDocument]] {
        var occurrences: [String: [any CanonicalDocument]] = [:]
        for (decodedKey, document) in inOrder {
            occurrences[decodedKey, default: []].append(document)
            if document.key.rawValue != decodedKey { occurrences[document.key.rawValue, default: []].append(document) }
        }
        return occurrences
    }

    /// Which of a key's documents (`candidates`, in file order) a status record's entry exported,
    /// with its payload for `target`: a file may repeat a key with different contents (a stock
    /// level and an older one after it, which was superseded), and only the one exported may be
    /// restored. The one whose payload has the bytes of Ferry's copy at `copy`; without that copy,
    /// the `occurrence`-th (the entry's place among the record's entries of the key).
    static func exportedOccurrence(
        _ candidates: [any CanonicalDocument], occurrence: Int, target: FlowRuntime.Target, copy: String
    ) throws -> (any CanonicalDocument, Payload) {
        let fallback = candidates[min(occurrence, candidates.count - 1)]
        guard candidates.count > 1, let copied = try? FileIO.readAll(copy) else { return (fallback, try target.render([fallback])) }
        for candidate in candidates {
            let payload = try target.render([candidate])
            if payload.bytes == copied { return (candidate, payload) }
        }
        return (fallback, try target.render([fallback]))
    }

    /// Every document of the input in file order, repeats included, with the key it was
    /// decoded under (rules may change a key).
    /// The flow reads them as it does now; its rules run with the reference tables but without
    /// the catalog (a rule that needs it leaves the document as decoded: a re-dropped order then
    /// shows as amended, never as new).
    func documentsInOrder(
        _ path: String, name: String, runtime: FlowRuntime, at date: Date
    ) throws -> [(decodedKey: String, document: any CanonicalDocument)] {
        let environment = RuleEnvironment(reference: config.reference, now: date)
        var documents: [(decodedKey: String, document: any CanonicalDocument)] = []
        do {
            var source = try runtime.source.openSource(path: path, displayName: name, settings: runtime.sourceSettings)
            while let item = try source.next() {
                guard case .document(let decoded, let location) = item else { continue }
                var document = decoded
                if case .ready(let prepared) = try runtime.prepare(decoded, at: location, in: environment) { document = prepared }
                documents.append((decoded.key.rawValue, document))
            }
        } catch let error as FerryError {
            throw Unrestorable(reason: "the archived input cannot be read: \(error.message())")
        }
        return documents
    }

    /// Moves the old ledger files aside and the new ledger into place (each a rename on one
    /// file system), then syncs the folder. Returns where the old files went.
    private func install(_ newPath: String) throws -> String? {
        let state = layout.stateDirectory
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        formatter.timeZone = TimeZone(identifier: "UTC")
        let aside = state + "/ledger-before-rebuild-" + formatter.string(from: clock())
        let old = ["ledger.sqlite", "ledger.sqlite-wal", "ledger.sqlite-shm", "ledger.generation"].filter { FileIO.exists(state + "/" + $0) }
        if !old.isEmpty {
            try FileIO.makeDirectories(aside)
            for name in old { try FileIO.rename(state + "/" + name, aside + "/" + name) }
        }
        for suffix in ["-wal", "-shm"] { FileIO.remove(newPath + suffix) }
        try FileIO.rename(newPath, layout.ledgerPath)
        let newMirror = Ledger.generationPath(ledgerPath: newPath)
        if FileIO.exists(newMirror) { try FileIO.rename(newMirror, Ledger.generationPath(ledgerPath: layout.ledgerPath)) }
        try FileIO.syncDirectory(state)
        return old.isEmpty ? nil : layout.relative(aside)
    }
}
