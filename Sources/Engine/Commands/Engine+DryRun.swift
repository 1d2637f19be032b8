import Canonical
import Connectors
import Diagnostics
import Foundation
import GRDB
import Rules

/// What a dry run would do with one document for one target.
public struct DryRunLine: Sendable, Codable {
    public var file: String
    public var key: String?
    public var target: String?
    /// `export`, `already-exported`, `amended-after-export`, `superseded`, `failed`.
    public var action: String
    /// What and why, in English (the errors' descriptions, or the notes).
    public var detail: String
    /// The detail for people in any language (when it is not an error).
    public var notes: [Note]
    /// The document's or file's errors, when `action` is `failed`.
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
        detail = errors.isEmpty ? Self.text(notes, in: .en) : errors.map(\.description).joined(separator: "; ")
    }

    /// The notes as one phrase ("would write X (identical to Y)").
    public static func text(_ notes: [Note], in language: Language) -> String {
        notes.map { $0.text(in: language) }.joined(separator: " ")
    }
}

extension Engine {
    /// Converts the files a request names and reports what reprocessing would write,
    /// touching nothing: no ledger write, no outbox or archive file.
    public func dryRun(_ request: ReprocessRequest) throws -> [DryRunLine] {
        var lines: [DryRunLine] = []
        let environment = context.ruleEnvironment()
        for file in try files(for: request) {
            guard let archivePath = file.archivePath, let flow = flows.first(where: { $0.config.name == file.flow }) else { continue }
            var source: any DocumentSource
            do {
                source = try flow.source.openSource(
                    path: context.layout.resolve(archivePath), displayName: file.originalName, settings: flow.sourceSettings)
                while let item = try source.next() {
                    lines += try preview(item, file: file, flow: flow, force: request.force, environment: environment)
                }
            } catch let error as FerryError {
                lines.append(DryRunLine(file: file.originalName, key: nil, target: nil, action: "failed", errors: [error]))
            }
        }
        return lines
    }

    private func preview(
        _ item: DecodeResult, file: FileRecord, flow: FlowRuntime, force: Bool, environment: RuleEnvironment
    ) throws -> [DryRunLine] {
        guard case .document(let decoded, let location) = item else {
            if case .failure(let key, let errors, _) = item {
                return [DryRunLine(file: file.originalName, key: key, target: nil, action: "failed", errors: errors)]
            }
            return []
        }
        let document: any CanonicalDocument
        switch try flow.prepare(decoded, at: location, in: environment) {
        case .ready(let prepared):
            document = prepared
        case .filtered(let reason):
            return [DryRunLine(file: file.originalName, key: decoded.key.rawValue, target: nil, action: "filtered", notes: [reason])]
        case .failed(let errors):
            return [DryRunLine(file: file.originalName, key: decoded.key.rawValue, target: nil, action: "failed", errors: errors)]
        }
        var lines: [DryRunLine] = []
        for target in flow.targets {
            let payload: Payload
            do {
                payload = try target.render([document])
            } catch let error as FerryError {
                lines.append(DryRunLine(file: file.originalName, key: document.key.rawValue, target: target.config.name, action: "failed", errors: [error]))
                continue
            }
            let hash = ExportDecider.content(of: document, payload: payload).hash
            for event in target.connector.events(for: document) {
                let unit = ExportUnit(target: target.config.name, kind: document.kind, key: document.key.rawValue, event: event)
                let (decision, last) = try context.ledger.read { db in
                    (
                        try ExportDecider.decide(
                            db, unit: unit, document: document, contentHash: hash, fileId: file.id ?? 0,
                            attempt: file.attempt + 1, forced: force),
                        try ExportRecord.filter(
                            Column("target") == unit.target && Column("kind") == unit.kind.rawValue && Column("key") == unit.key
                                && Column("event") == unit.event.rawValue
                        ).order(Column("generation").desc).fetchOne(db)
                    )
                }
                var action: String
                var notes: [Note]
                var diff: [String] = []
                switch decision {
                case .export(let generation):
                    action = "export"
                    notes = [
                        Note(.exportWouldWrite, ["path": context.layout.relative(target.outbox + "/" + OutputNaming.name(kind: document.kind, key: document.key, generation: generation, fileExtension: payload.fileExtension))])
                    ]
                    if let last, let old = try? FileIO.readAll(context.layout.resolve(last.copyPath)) {
                        diff = LineDiff.changes(old: String(decoding: old, as: UTF8.self), new: String(decoding: payload.bytes, as: UTF8.self))
                        if diff.isEmpty { notes.append(Note(.exportIdentical, ["output": last.outputPath])) }
                    }
                case .ours(let record):
                    action = "already-exported"
                    notes = [.verbatim(record.outputPath)]
                case .alreadyExported(let reason):
                    action = "already-exported"
                    notes = [reason]
                case .amended(_, let reason):
                    action = "amended-after-export"
                    notes = [reason]
                case .superseded(let reason):
                    action = "superseded"
                    notes = [reason]
                }
                let line = DryRunLine(file: file.originalName, key: unit.key, target: unit.target, action: action, notes: notes, diff: diff)
                lines.append(line)
            }
        }
        return lines
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
