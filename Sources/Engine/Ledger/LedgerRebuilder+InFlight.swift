import Canonical
import Configuration
import Connectors
import Diagnostics
import Foundation
import GRDB
import Glibc
import Rules

/// Files in flight when the ledger was lost: their file rows and the exports their payload
/// copies prove.
extension LedgerRebuilder {
    /// Files that were being exported when the ledger was lost: still claimed in a work folder,
    /// with no status record, but with payload copies in the archive that no status record
    /// names. Each gets its file row back (found again by its claim token, so the next run
    /// resumes it as that file's own attempt) and an export unit for every payload copy whose
    /// name is the one its document would get: the next run counts those as done, never again.
    func restoreInFlight(records: [(String, Record)], runtimes: [String: FlowRuntime], into ledger: Ledger) throws -> Int {
        let copies = unreferencedCopies(records: records)
        let unnamed = copies.unnamed
        var hidden = copies.hidden
        guard !unnamed.isEmpty || !hidden.isEmpty else { return 0 }
        /// The copy of the payload at `outboxFile` left under a hidden name, given its final
        /// name `file` (and made durable) so the restored export names it: only when the
        /// payload's own temporary is gone from the outbox (it was renamed) and the bytes agree.
        func finishedHiddenCopy(target: String, outbox: String, file: String) -> String? {
            let outboxFile = outbox + "/" + file
            guard let placed = try? FileIO.readAll(outboxFile) else { return nil }
            for temp in hidden[target] ?? [] {
                let name = PathText.name(of: temp)
                guard !FileIO.exists(outbox + "/" + name), (try? FileIO.readAll(temp)) == placed else { continue }
                let folder = PathText.folder(of: temp)
                guard (try? FileIO.renameNoReplace(temp, folder + "/" + file)) == true else { continue }
                try? FileIO.syncDirectory(folder)
                hidden[target]?.removeAll { $0 == temp }
                return layout.relative(folder + "/" + file)
            }
            return nil
        }
        var restored = 0
        for flow in config.flows {
            guard let runtime = runtimes[flow.name] else { continue }
            let work = layout.workDirectory(flow)
            for owner in FileIO.list(work) {
                for token in FileIO.list(work + "/" + owner) {
                    let folder = work + "/" + owner + "/" + token
                    guard let name = FileIO.list(folder).filter({ !$0.hasPrefix(".") }).sorted().first else { continue }
                    let input = folder + "/" + name
                    guard let digest = try? FileIO.sha256(ofFile: input),
                          let occurrences = try? documentsInOrder(input, name: name, runtime: runtime, at: clock())
                    else { continue }
                    let documents = Self.occurrencesOfEachKey(occurrences).compactMapValues(\.last)
                    var units: [RestoredExport] = []
                    var seen = Set<String>()
                    // A key repeated in the file (a later version of an article) went out as the
                    // unit's next generation each time its content changed: count them in order.
                    var planned: [String: Int] = [:]
                    for (_, document) in occurrences {
                        for target in runtime.targets where !target.config.perInputFile {
                            guard let payload = try? target.render([document]),
                                  let first = target.connector.events(for: document).first
                            else { continue }
                            // The name a run gives the unit's next generation: `_v2` when a
                            // status record already restored the first.
                            let firstUnit = ExportUnit(target: target.config.name, kind: document.kind, key: document.key.rawValue, event: first)
                            let plannedKey = firstUnit.target + "\u{0}" + firstUnit.kind.rawValue + "\u{0}" + firstUnit.key
                            let generation = try RestoredExport.nextGeneration(of: firstUnit, in: ledger) + planned[plannedKey, default: 0]
                            let file = OutputNaming.name(
                                kind: document.kind, key: document.key, generation: generation, fileExtension: payload.fileExtension)
                            guard let copy = unnamed[target.config.name]?[file]
                                ?? finishedHiddenCopy(target: target.config.name, outbox: target.outbox, file: file)
                            else { continue }
                            planned[plannedKey, default: 0] += 1
                            let (json, hash) = ExportDecider.content(of: document, payload: payload)
                            for event in target.connector.events(for: document) {
                                let unit = ExportUnit(target: target.config.name, kind: document.kind, key: document.key.rawValue, event: event)
                                guard seen.insert(unit.target + "\u{0}" + unit.key + "\u{0}" + event.rawValue + "\u{0}\(generation)").inserted
                                else { continue }
                                units.append(RestoredExport(
                                    unit: unit, hash: hash, json: json, asOf: document.asOf,
                                    output: layout.relative(target.outbox + "/" + file), copy: copy))
                            }
                        }
                    }
                    units += try restoredCombined(
                        input: input, name: name, documents: documents, runtime: runtime, ledger: ledger, seen: &seen,
                        copy: { target, file in
                            unnamed[target.config.name]?[file] ?? finishedHiddenCopy(target: target.config.name, outbox: target.outbox, file: file)
                        },
                        exists: { target, file in unnamed[target.config.name]?[file] != nil })
                    guard !units.isEmpty else { continue }
                    let now = clock()
                    restored += try ledger.write { db in
                        var file = FileRecord(
                            id: nil, flow: flow.name, originalName: name, sha256: digest.hex, size: digest.size, receivedAt: now,
                            processedAt: nil, attempt: 1, state: .processing, outcome: nil, claimToken: token, owner: nil,
                            takenBy: nil, archivePath: nil, markerPath: nil, errorsJSON: nil, resolvedAt: nil, resolvedReason: nil,
                            timedOutAt: nil)
                        try file.insert(db)
                        guard let fileId = file.id else { return 0 }
                        var attempt = AttemptRecord(
                            id: nil, fileId: fileId, number: 1, startedAt: now, finishedAt: nil, outcome: nil, trigger: "run",
                            reason: nil, forced: false)
                        try attempt.insert(db)
                        for restoredExport in units {
                            try restoredExport.insert(db, fileId: fileId, attempt: 1, forced: false, at: now)
                        }
                        return units.count
                    }
                }
            }
        }
        return restored
    }

    /// The payload copies in the archive that no status record names: by target and file name
    /// (`unnamed`, paths relative to the root), and those still under their hidden temporary
    /// name (`hidden`, absolute), a run stopped between a payload's rename into the outbox and
    /// its copy's rename. They are the exports of files in flight and of fired timers.
    func unreferencedCopies(records: [(String, Record)]) -> (unnamed: [String: [String: String]], hidden: [String: [String]]) {
        var referenced = Set<String>()
        for (path, record) in records {
            let day = PathText.folder(of: String(path.dropLast(".status.json".count)))
            for document in record.documents {
                for output in document.outputs {
                    let target = PathText.name(of: PathText.folder(of: output))
                    referenced.insert(RootLayout.payloadCopies(inDay: day, target: target) + "/" + PathText.name(of: output))
                }
            }
        }
        var unnamed: [String: [String: String]] = [:]
        var hidden: [String: [String]] = [:]
        let archive = layout.root + "/archive"
        let copiesFolder = "/" + RootLayout.payloadCopiesFolder + "/"
        if let walker = FileManager.default.enumerator(atPath: archive) {
            while let next = walker.nextObject() as? String {
                let name = PathText.name(of: next)
                guard next.contains(copiesFolder), !referenced.contains(archive + "/" + next),
                      walker.fileAttributes?[.type] as? FileAttributeType == .typeRegular else { continue }
                let target = PathText.name(of: PathText.folder(of: next))
                if !name.hasPrefix(".") {
                    unnamed[target, default: [:]][name] = "archive/" + next
                } else if name.hasSuffix(".tmp") {
                    hidden[target, default: []].append(archive + "/" + next)
                }
            }
        }
        return (unnamed, hidden)
    }

    /// The export units of a `per-input-file` target's combined payload in flight, when its
    /// copy is there: only for a file the run took in one batch (one part; no key twice, at
    /// most `FileProcessor.batchSize` records and `batchWeight` lines), whose units with no
    /// earlier export are then exactly the payload's members. Otherwise none: the payload goes
    /// out again, which is a second copy, never a lost order.
    private func restoredCombined(
        input: String, name: String, documents: [String: any CanonicalDocument], runtime: FlowRuntime, ledger: Ledger,
        seen: inout Set<String>, copy: (FlowRuntime.Target, String) -> String?, exists: (FlowRuntime.Target, String) -> Bool
    ) throws -> [RestoredExport] {
        let combined = runtime.targets.filter(\.config.perInputFile)
        guard !combined.isEmpty, try isOneBatch(input, name: name, runtime: runtime) else { return [] }
        var unique: [String: any CanonicalDocument] = [:]
        for document in documents.values { unique[document.kind.rawValue + "/" + document.key.rawValue] = document }
        var units: [RestoredExport] = []
        for target in combined {
            guard let any = unique.values.first, let sample = try? target.render([any]) else { continue }
            let file = OutputNaming.name(input: name, part: 0, attempt: 1, fileExtension: sample.fileExtension)
            guard !exists(target, OutputNaming.name(input: name, part: 1, attempt: 1, fileExtension: sample.fileExtension)),
                  let copyPath = copy(target, file)
            else { continue }
            for document in unique.values {
                guard let payload = try? target.render([document]) else { continue }
                let (json, hash) = ExportDecider.content(of: document, payload: payload)
                for event in target.connector.events(for: document) {
                    let unit = ExportUnit(target: target.config.name, kind: document.kind, key: document.key.rawValue, event: event)
                    // Exported before (this payload left it out as already exported, or amended).
                    guard try RestoredExport.nextGeneration(of: unit, in: ledger) == 0,
                          seen.insert(unit.target + "\u{0}" + unit.key + "\u{0}" + event.rawValue).inserted
                    else { continue }
                    units.append(RestoredExport(
                        unit: unit, hash: hash, json: json, asOf: document.asOf,
                        output: layout.relative(target.outbox + "/" + file), copy: copyPath))
                }
            }
        }
        return units
    }
}
