import Canonical
import Connectors
import Diagnostics
import Foundation
import GRDB

/// What a dry run would do with one document for one target (or, without a target, with
/// the document as a whole).
public struct DryRunLine: Sendable, Codable {
    public var file: String
    public var key: String?
    public var target: String?
    /// `export`, `already-exported`, `amended-after-export`, `superseded`, `filtered`, `failed`.
    public var action: String
    /// What and why, in English: for `export` the outbox path it would write (relative to
    /// the root), with " (identical to …)" when the payload equals the last one; otherwise
    /// the reason or errors.
    public var detail: String
    /// The detail for people in any language (when it is not an error): `export.would-write`
    /// (and `export.identical`), or the decision's or filter's reasons.
    public var notes: [Note]
    /// The document's errors, when `action` is `failed`.
    public var errors: [FerryError]
    /// For `--force`: the lines that differ from the payload written last time (`-` old, `+` new).
    public var diff: [String]

    init(file: String, key: String?, target: String?, action: String, notes: [Note] = [], errors: [FerryError] = [], diff: [String] = []) {
        self.file = file
        self.key = key
        self.target = target
        self.action = action
        self.notes = notes
        self.errors = errors
        self.diff = diff
        if !errors.isEmpty {
            detail = errors.map(\.description).joined(separator: "; ")
        } else if action == "export", let path = notes.first?.arguments["path"] {
            // The English detail of an export stays the bare path (with "(identical to …)").
            detail = ([path] + notes.dropFirst().map { $0.text(in: .en) }).joined(separator: " ")
        } else {
            detail = Self.text(notes, in: .en)
        }
    }

    /// The notes as one phrase ("would write X (identical to Y)"; reasons joined by "; ").
    public static func text(_ notes: [Note], in language: Language) -> String {
        let export = notes.first?.key == .exportWouldWrite
        return notes.map { $0.text(in: language) }.joined(separator: export ? " " : "; ")
    }
}

/// What a dry run says of one file: the outcome the real reprocess would record.
public struct DryRunFile: Sendable, Codable {
    public var id: Int64
    public var flow: String
    public var file: String
    public var outcome: FileOutcome
    /// File-level errors (the file cannot be read as a whole): nothing would be exported.
    public var errors: [FerryError]
    public var lines: [DryRunLine]
}

/// The whole dry run: per file what would happen, and the exit code the real reprocess
/// would have (computed by the same `RunReport`).
public struct DryRunReport: Sendable, Codable {
    public var files: [DryRunFile] = []
    public var skipped: [Note] = []
    public var exitCode: Int32 = 0
}

/// What a dry run collects in place of writing. `FileProcessor` and `Exporter` make the
/// real run's decisions with it and record nothing; the exports they would have recorded
/// are kept here, so a document repeated later in the request is decided as the real run
/// would decide it.
final class DryRunPlan {
    /// A private in-memory copy of the ledger's catalog and registry, into which the dry run
    /// records what export step 5 would (`MasterDataRecorder`), so the rules of later
    /// documents and files see it as in the real run. Nil when no flow of the request has
    /// rules: then nothing would read it.
    var masterData: DatabaseQueue?
    /// Exports the dry run would have recorded so far (never written to the ledger).
    var exports: [ExportRecord] = []
    /// Outbox paths the dry run would have written so far.
    var outputs: Set<String> = []
    /// Events of keys the dry run would have recorded without an export so far
    /// (`LifecycleDecision.record`), which later documents of the request see.
    var lifecycleStates: [LifecycleStateRecord] = []
    /// The current file's lines, in document order.
    var lines: [DryRunLine] = []
    /// Per-target lines of the current batch, by document ordinal.
    private var targetLines: [Int: [DryRunLine]] = [:]

    func note(_ ordinal: Int, target: String, action: String, notes: [Note] = [], errors: [FerryError] = [], diff: [String] = []) {
        targetLines[ordinal, default: []].append(
            DryRunLine(file: "", key: nil, target: target, action: action, notes: notes, errors: errors, diff: diff))
    }

    func note(_ ordinal: Int, target: String, decision: ExportDecision) {
        switch decision {
        case .export:
            break
        case .ours(let record):
            note(ordinal, target: target, action: "export", notes: [Note(.exportWouldWrite, ["path": record.outputPath])])
        case .alreadyExported(let reason):
            note(ordinal, target: target, action: DocumentOutcome.alreadyExported.rawValue, notes: [reason])
        case .amended(_, _, let reason):
            note(ordinal, target: target, action: DocumentOutcome.amendedAfterExport.rawValue, notes: [reason])
        case .superseded(let reason):
            note(ordinal, target: target, action: DocumentOutcome.superseded.rawValue, notes: [reason])
        case .skipped(let reason):
            note(ordinal, target: target, action: DocumentOutcome.filtered.rawValue, notes: [reason])
        case .waiting(let reason):
            note(ordinal, target: target, action: DocumentOutcome.pending.rawValue, notes: [reason])
        }
    }

    /// Turns a batch's document summaries (exactly what the real run would record) into lines.
    func record(_ summaries: [DocumentSummary], file: String) {
        for summary in summaries {
            var perTarget = targetLines.removeValue(forKey: summary.ordinal) ?? []
            for index in perTarget.indices {
                perTarget[index].file = file
                perTarget[index].key = summary.key
            }
            // A document that failed or was filtered as a whole has no per-target line that says so.
            let coveredByTargets = !perTarget.isEmpty && (summary.outcome != .failed || perTarget.contains { $0.action == "failed" })
            if !coveredByTargets {
                lines.append(
                    DryRunLine(file: file, key: summary.key, target: nil, action: summary.outcome.rawValue, notes: summary.reasons, errors: summary.errors))
            }
            lines += perTarget
        }
    }
}

extension Engine {
    /// Runs the files a request names through the real run's passes and decisions
    /// (`FileProcessor` with a `DryRunPlan`), touching nothing: no ledger write, no
    /// outbox or archive file. Reports per file the outcome, and the exit code, that
    /// `reprocess` would have.
    public func dryRun(_ request: ReprocessRequest) throws -> DryRunReport {
        let plan = DryRunPlan()
        var run = RunReport()
        var report = DryRunReport()
        let selected = try files(for: request)
        let names = Set(selected.map(\.flow))
        if flows.contains(where: { names.contains($0.config.name) && !$0.rules.isEmpty }) {
            plan.masterData = try context.ledger.masterDataCopy()
        }
        for file in selected {
            guard let id = file.id else { continue }
            let resumed = file.state == .reprocessing && (file.owner.map(context.owner.isDead) ?? true)
            guard file.state == .archived || resumed else {
                run.skipped.append(Note(.reprocessSkippedBusy, ["id": String(id)]))
                continue
            }
            guard let flow = flows.first(where: { $0.config.name == file.flow }) else {
                run.skipped.append(Note(.reprocessSkippedFlowGone, ["id": String(id), "flow": file.flow]))
                continue
            }
            let input = try currentInput(of: file)
            guard let input else { continue }
            let path = request.replacement ?? context.layout.resolve(input)
            plan.lines = []
            let result = try attempt(
                FileJob(
                    flow: flow, path: path, displayName: file.originalName, fileId: id,
                    attempt: resumed ? file.attempt : file.attempt + 1, forced: request.force),
                plan: plan)
            run.add(reprocessed(file, result))
            report.files.append(
                DryRunFile(
                    id: id, flow: file.flow, file: file.originalName, outcome: result.outcome, errors: result.fileErrors,
                    lines: plan.lines))
        }
        report.skipped = run.skipped
        report.exitCode = run.exitCode
        return report
    }
}

/// A small line diff for showing how a forced re-export differs from the last payload.
enum LineDiff {
    /// Lines only in `old` prefixed `-`, lines only in `new` prefixed `+`, in order (LCS).
    static func changes(old: String, new: String) -> [String] {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard a.count * b.count <= 4_000_000 else {
            return a == b ? [] : ["(payloads differ; too large to show line by line)"]
        }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var result: [String] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                i += 1
                j += 1
            } else if j < b.count, i == a.count || table[i][j + 1] > table[i + 1][j] {
                result.append("+ " + b[j])
                j += 1
            } else {
                result.append("- " + a[i])
                i += 1
            }
        }
        return result
    }
}
