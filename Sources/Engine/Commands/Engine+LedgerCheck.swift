import Diagnostics
import Foundation

/// One way the ledger and the files under the root disagree.
public struct LedgerFinding: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        /// An archived file's input is not at its archive path.
        case missingArchivedInput
        /// An archived input's bytes differ from the sha256 its attempt recorded (edited in place).
        case archivedInputChanged
        /// An archived file has no status record next to its input.
        case missingStatusRecord
        /// The status record is unreadable or its id, outcome or attempt differ from the ledger.
        case statusRecordMismatch
        /// A file in the archive (input or status record) that no ledger row accounts for.
        case unrecordedArchiveFile
        /// A done export whose payload copy is missing from the archive.
        case missingPayloadCopy
        /// A done export whose payload copy differs from the outbox file still in place.
        case payloadCopyDiffers
        /// Two done exports of one (target, kind, key, event, generation).
        case duplicateExport
        /// A pending export of a process that is gone: the next run finishes it.
        case pendingExportOfDeadOwner
        /// A file left `processing` or `archiving` by a process that is gone: the next run finishes it.
        case interruptedFile
        /// A claim folder of a process that is gone: the next run adopts it.
        case orphanClaim
    }

    public var kind: Kind
    /// What was found, in English.
    public var detail: String
    /// The same, for people in any language.
    public var note: Note
    /// Whether the next `ferry run` repairs it by itself.
    public var recoverable: Bool
    /// A finding that is a coded error (ENGINE-024), with its hint.
    public var error: FerryError?

    public init(kind: Kind, note: Note, recoverable: Bool = false) {
        self.kind = kind
        self.note = note
        self.detail = note.text(in: .en)
        self.recoverable = recoverable
    }

    /// A finding told by a coded error: `note` renders its message, `text(in:)` adds the hint.
    public init(kind: Kind, error: FerryError) {
        self.kind = kind
        self.note = Note(error.code, error.arguments)
        self.detail = error.description + " " + error.hint()
        self.recoverable = false
        self.error = error
    }

    /// What was found, with the error's hint when it is a coded error.
    public func text(in language: Language) -> String {
        guard let error else { return note.text(in: language) }
        return "[\(error.code)] " + error.message(in: language) + " " + error.hint(in: language)
    }
}

/// The result of `ferry check --ledger`.
public struct LedgerCheckReport: Sendable, Codable {
    public var findings: [LedgerFinding] = []
    public var filesChecked = 0
    public var exportsChecked = 0
    public var archiveEntriesChecked = 0

    public var isConsistent: Bool { findings.isEmpty }
}

extension Engine {
    /// Compares the ledger with the archive, the payload copies and the claim folders.
    ///
    /// Reads only. Outbox files are never required to be present (partners take them
    /// away); when one still is, it must equal Ferry's copy. Work of live processes
    /// (pending exports, claimed files) is not drift.
    public func checkLedger() throws -> LedgerCheckReport {
        var report = LedgerCheckReport()
        let contents = try context.ledger.contents()
        let (files, attempts, exports, duplicates) = (contents.files, contents.attempts, contents.exports, contents.duplicates)
        report.filesChecked = files.count
        report.exportsChecked = exports.count
        // What `ferry prune` removed (or is removing) is not missing.
        let none: (files: Set<Int64>, copies: Set<Int64>) = ([], [])
        let pruned = try (context.ledger as? any PruneLedger)?.prunedIds() ?? none
        let kept = files.filter { !pruned.files.contains($0.id ?? 0) }
        checkFiles(kept, into: &report)
        checkInputs(kept, attempts: attempts, into: &report)
        checkArchiveContents(files, inputs: Set(attempts.compactMap(\.inputPath)), into: &report)
        checkExports(exports.filter { !pruned.copies.contains($0.id ?? 0) }, into: &report)
        for row in duplicates {
            let unit = "\(row.target) \(row.kind) \(row.key) \(row.event)"
            report.findings.append(
                LedgerFinding(
                    kind: .duplicateExport,
                    note: Note(.ledgerDuplicateExport, [
                        "unit": unit, "generation": String(row.generation), "count": String(row.count),
                    ])))
        }
        checkClaims(into: &report)
        return report
    }

    private struct RecordHead: Decodable {
        var id: Int64?
        var outcome: String?
        var attempt: Int?
    }

    private func isDead(_ owner: String?) -> Bool {
        guard let owner else { return true }
        return context.owner.isDead(owner)
    }

    /// Every archived row has its input and a matching status record; interrupted rows of
    /// dead processes are recoverable.
    private func checkFiles(_ files: [FileRecord], into report: inout LedgerCheckReport) {
        for file in files {
            let id = file.id ?? 0
            // Language-neutral: the finding's kind says that it is a file.
            let name = "#\(id) \(file.flow)/\(file.originalName)"
            switch file.state {
            case .processing, .archiving, .reprocessing:
                if isDead(file.owner) {
                    report.findings.append(
                        LedgerFinding(
                            kind: .interruptedFile,
                            note: Note(.ledgerInterruptedFile, ["name": name, "state": file.state.rawValue]),
                            recoverable: true))
                }
                continue
            case .archived:
                break
            }
            guard let archivePath = file.archivePath else {
                report.findings.append(LedgerFinding(kind: .missingArchivedInput, note: Note(.ledgerNoArchivePath, ["name": name])))
                continue
            }
            let input = context.layout.resolve(archivePath)
            if !FileIO.exists(input) {
                report.findings.append(LedgerFinding(kind: .missingArchivedInput, note: Note(.ledgerFileMissing, ["name": name, "path": archivePath])))
            }
            let recordPath = archivePath + ".status.json"
            guard FileIO.exists(context.layout.resolve(recordPath)) else {
                report.findings.append(LedgerFinding(kind: .missingStatusRecord, note: Note(.ledgerFileMissing, ["name": name, "path": recordPath])))
                continue
            }
            // A reprocess of a live process is rewriting the record right now.
            if let owner = file.owner, !isDead(owner) { continue }
            guard let bytes = try? FileIO.readAll(context.layout.resolve(recordPath)),
                let head = try? JSONDecoder().decode(RecordHead.self, from: Data(bytes))
            else {
                report.findings.append(LedgerFinding(kind: .statusRecordMismatch, note: Note(.ledgerUnreadableRecord, ["name": name, "path": recordPath])))
                continue
            }
            var differences: [String] = []
            if head.id != id { differences.append("id \(head.id.map(String.init) ?? "null") ≠ \(id)") }
            if head.outcome != file.outcome { differences.append("outcome \(head.outcome ?? "null") ≠ \(file.outcome ?? "null")") }
            if head.attempt != file.attempt { differences.append("attempt \(head.attempt.map(String.init) ?? "null") ≠ \(file.attempt)") }
            if !differences.isEmpty {
                let arguments = ["name": name, "path": recordPath, "differences": differences.joined(separator: ", "), "id": String(id)]
                report.findings.append(
                    LedgerFinding(
                        kind: .statusRecordMismatch,
                        note: Note(file.owner != nil ? .ledgerRecordDiffersInterrupted : .ledgerRecordDiffers, arguments)))
            }
        }
    }

    /// Every archived input still holds the bytes its attempt recorded: the latest attempt's
    /// input those of the file row, an earlier attempt's input those of its attempt row.
    /// An input edited in place is drift until a reprocess reads and records it.
    private func checkInputs(_ files: [FileRecord], attempts: [AttemptRecord], into report: inout LedgerCheckReport) {
        let byFile = Dictionary(grouping: attempts, by: \.fileId)
        for file in files where file.state == .archived {
            guard let id = file.id, let archivePath = file.archivePath else { continue }
            let rows = byFile[id] ?? []
            var expected: [String: (sha: String, attempt: Int)] = [:]
            for row in rows where row.number < file.attempt {
                if let sha = row.sha256 { expected[row.inputPath ?? archivePath] = (sha, row.number) }
            }
            let latest = rows.last { $0.number == file.attempt }
            expected[latest?.inputPath ?? archivePath] = (file.sha256, file.attempt)
            for (path, recorded) in expected.sorted(by: { $0.key < $1.key }) {
                let resolved = context.layout.resolve(path)
                guard !recorded.sha.isEmpty, FileIO.exists(resolved), let actual = try? FileIO.sha256(ofFile: resolved).hex, actual != recorded.sha else {
                    continue
                }
                let error = FerryError(
                    .engineArchivedInputChanged,
                    [
                        "id": "\(id)", "file": "\(file.flow)/\(file.originalName)", "path": path, "attempt": "\(recorded.attempt)",
                        "recorded": String(recorded.sha.prefix(12)), "actual": String(actual.prefix(12)),
                    ])
                report.findings.append(LedgerFinding(kind: .archivedInputChanged, error: error))
            }
        }
    }

    /// Every input and status record in `archive/<flow>/yyyy/mm/dd/` belongs to a ledger row
    /// (inputs: an archived original, or a corrected copy a reprocess `--with` read).
    private func checkArchiveContents(_ files: [FileRecord], inputs: Set<String>, into report: inout LedgerCheckReport) {
        let archived = Set(files.compactMap(\.archivePath))
        let markers = Set(files.compactMap(\.markerPath))
        let archiveRoot = context.layout.root + "/archive"
        for flow in FileIO.list(archiveRoot).sorted() {
            for day in dayFolders(archiveRoot + "/" + flow) {
                for name in FileIO.list(day).sorted() where !name.hasPrefix(".") && name != RootLayout.payloadCopiesFolder {
                    let relative = context.layout.relative(day + "/" + name)
                    report.archiveEntriesChecked += 1
                    if name.hasSuffix(".status.json") {
                        let input = String(relative.dropLast(".status.json".count))
                        if !archived.contains(input) {
                            report.findings.append(
                                LedgerFinding(kind: .unrecordedArchiveFile, note: Note(.ledgerStrayRecord, ["path": relative])))
                        }
                    } else if !archived.contains(relative) && !markers.contains(relative) && !inputs.contains(relative) {
                        report.findings.append(
                            LedgerFinding(kind: .unrecordedArchiveFile, note: Note(.ledgerStrayFile, ["path": relative])))
                    }
                }
            }
        }
    }

    /// `yyyy/mm/dd` folders under a flow's archive folder.
    private func dayFolders(_ flowFolder: String) -> [String] {
        func subfolders(_ path: String) -> [String] {
            FileIO.list(path).filter { name in
                var isDirectory: ObjCBool = false
                return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory)
                    && isDirectory.boolValue
            }.sorted().map { path + "/" + $0 }
        }
        return subfolders(flowFolder).flatMap(subfolders).flatMap(subfolders)
    }

    /// Done exports have their payload copy; pending exports of dead processes are recoverable.
    private func checkExports(_ exports: [ExportRecord], into report: inout LedgerCheckReport) {
        var seenCopies = Set<String>()
        var seenTemps = Set<String>()
        for export in exports {
            // Language-neutral: the finding's kind says that it is an export.
            let unit = "#\(export.id ?? 0) \(export.target) \(export.key) \(export.event)"
            switch export.state {
            case .pending:
                if isDead(export.owner) && seenTemps.insert(export.tempPath).inserted {
                    report.findings.append(
                        LedgerFinding(
                            kind: .pendingExportOfDeadOwner,
                            note: Note(.ledgerPendingExport, ["unit": unit, "output": export.outputPath]),
                            recoverable: true))
                }
            case .done:
                // A per-input-file delivery: several exports share one copy.
                guard seenCopies.insert(export.copyPath).inserted else { continue }
                let copy = context.layout.resolve(export.copyPath)
                guard FileIO.exists(copy) else {
                    report.findings.append(LedgerFinding(kind: .missingPayloadCopy, note: Note(.ledgerMissingCopy, ["unit": unit, "copy": export.copyPath])))
                    continue
                }
                let output = context.layout.resolve(export.outputPath)
                guard FileIO.exists(output) else { continue }  // taken by the partner: fine
                let copyHash = try? FileIO.sha256(ofFile: copy).hex
                let outputHash = try? FileIO.sha256(ofFile: output).hex
                if copyHash == nil || copyHash != outputHash {
                    report.findings.append(
                        LedgerFinding(
                            kind: .payloadCopyDiffers,
                            note: Note(.ledgerCopyDiffers, ["unit": unit, "copy": export.copyPath, "output": export.outputPath])))
                }
            }
        }
    }

    /// Claim folders of processes that are gone.
    private func checkClaims(into report: inout LedgerCheckReport) {
        for flow in flows {
            let work = context.layout.workDirectory(flow.config)
            for owner in FileIO.list(work).sorted() where isDead(owner) {
                for token in FileIO.list(work + "/" + owner).sorted() {
                    let entries = FileIO.list(work + "/" + owner + "/" + token).sorted()
                    let relative = context.layout.relative(work + "/" + owner + "/" + token)
                    report.findings.append(
                        LedgerFinding(
                            kind: .orphanClaim,
                            note: entries.isEmpty
                                ? Note(.ledgerOrphanClaimEmpty, ["path": relative])
                                : Note(.ledgerOrphanClaim, ["path": relative, "entries": entries.joined(separator: ", ")]),
                            recoverable: true))
                }
            }
        }
    }
}
