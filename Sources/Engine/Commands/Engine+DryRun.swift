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
    /// `export`, `already-exported`, `amended-after-export`, `superseded`, `filtered`, `failed`, `empty`.
    public var action: String
    public var detail: String
    /// For `--force`: the lines that differ from the payload written last time (`-` old, `+` new).
    public var diff: [String]
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
                var items = 0
                while let item = try source.next() {
                    items += 1
                    lines += try preview(item, file: file, flow: flow, force: request.force, environment: environment)
                }
                if items == 0 {
                    // The same decision as the real run's (FileProcessor): failed, or `empty` when allowed.
                    let error = flow.noDocuments(in: file.originalName, format: source.format)
                    lines.append(DryRunLine(
                        file: file.originalName, key: nil, target: nil, action: error == nil ? "empty" : "failed",
                        detail: error?.description ?? "", diff: []))
                }
            } catch let error as FerryError {
                let counted = flow.fileError(error)
                lines.append(DryRunLine(
                    file: file.originalName, key: nil, target: nil, action: counted == nil ? "empty" : "failed",
                    detail: counted?.description ?? "", diff: []))
            }
        }
        return lines
    }

    private func preview(
        _ item: DecodeResult, file: FileRecord, flow: FlowRuntime, force: Bool, environment: RuleEnvironment
    ) throws -> [DryRunLine] {
        guard case .document(let decoded, let location) = item else {
            if case .failure(let key, let errors, _) = item {
                return [DryRunLine(file: file.originalName, key: key, target: nil, action: "failed", detail: errors.map(\.description).joined(separator: "; "), diff: [])]
            }
            return []
        }
        let document: any CanonicalDocument
        switch try flow.prepare(decoded, at: location, in: environment) {
        case .ready(let prepared):
            document = prepared
        case .filtered(let reason):
            return [DryRunLine(file: file.originalName, key: decoded.key.rawValue, target: nil, action: "filtered", detail: reason, diff: [])]
        case .failed(let errors):
            return [DryRunLine(file: file.originalName, key: decoded.key.rawValue, target: nil, action: "failed", detail: errors.map(\.description).joined(separator: "; "), diff: [])]
        }
        var lines: [DryRunLine] = []
        for target in flow.targets {
            let payload: Payload
            do {
                payload = try target.render([document])
            } catch let error as FerryError {
                lines.append(DryRunLine(file: file.originalName, key: document.key.rawValue, target: target.config.name, action: "failed", detail: error.description, diff: []))
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
                var line = DryRunLine(file: file.originalName, key: unit.key, target: unit.target, action: "", detail: "", diff: [])
                switch decision {
                case .export(let generation):
                    line.action = "export"
                    line.detail = "would write " + context.layout.relative(target.outbox + "/" + OutputNaming.name(kind: document.kind, key: document.key, generation: generation, fileExtension: payload.fileExtension))
                    if let last, let old = try? FileIO.readAll(context.layout.resolve(last.copyPath)) {
                        line.diff = LineDiff.changes(old: String(decoding: old, as: UTF8.self), new: String(decoding: payload.bytes, as: UTF8.self))
                        if line.diff.isEmpty { line.detail += " (identical to \(last.outputPath))" }
                    }
                case .ours(let record):
                    line.action = "already-exported"
                    line.detail = record.outputPath
                case .alreadyExported(let reason):
                    line.action = "already-exported"
                    line.detail = reason
                case .amended(_, _, let reason):
                    line.action = "amended-after-export"
                    line.detail = reason
                case .superseded(let reason):
                    line.action = "superseded"
                    line.detail = reason
                }
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
