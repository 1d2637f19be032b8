import Canonical
import Connectors
import Diagnostics
import Foundation
import Rules

/// Runs one file through a flow the way `FileProcessor` and `Exporter` do, but only reports:
/// no claim, no ledger, no outbox or archive file.
///
/// Like a run it reads the file twice: once document by document (each shown as it is
/// converted), and, only when a per-input-file target is shown, again in the run's batches
/// to render those targets' shared files. Memory stays bounded by one batch.
struct Previewer {
    let flow: FlowRuntime
    /// The targets to show (all, or the one asked for).
    let targets: [FlowRuntime.Target]
    let layout: RootLayout
    let path: String
    let displayName: String
    /// Master data read-only (or none when there is no ledger yet), reference tables, the clock.
    let environment: RuleEnvironment

    func run(_ emit: (PreviewEvent) -> Void) throws -> PreviewSummary {
        var summary = PreviewSummary()
        var decodeFailures = 0
        do {
            var source = try open()
            var ordinal = 0
            while let item = try source.next() {
                ordinal += 1
                let document = try preview(item, ordinal: ordinal)
                // A decode or rule failure leaves no canonical document (a target's render failure does).
                if document.outcome == .failed && document.document == nil { decodeFailures += 1 }
                summary.add(document)
                emit(.document(document))
            }
            for warning in source.warnings() {
                summary.warnings += 1
                emit(.warning(warning))
            }
            // As a run: no documents at all fails the file unless the flow allows empty files.
            if ordinal == 0, let error = flow.noDocuments(in: displayName, format: source.format) {
                summary.fileFailed = true
                emit(.fileError(error))
                return summary
            }
        } catch let error as FerryError {
            guard let error = flow.fileError(error) else { return summary }  // empty, and allowed
            summary.fileFailed = true
            emit(.fileError(error.located(Location(file: displayName))))
            return summary
        }
        // As `FileProcessor`: a document that cannot be decoded or fails a rule blocks an all-or-nothing file.
        if flow.config.allOrNothing && decodeFailures > 0 {
            summary.blocked = true
            return summary
        }
        let shared = targets.filter(\.config.perInputFile)
        if !shared.isEmpty {
            do {
                try renderSharedFiles(shared, emit)
            } catch let error as FerryError {
                summary.fileFailed = true
                emit(.fileError(error.located(Location(file: displayName))))
            }
        }
        return summary
    }

    /// The flow's filters and rules on one document: the only place preview calls them.
    private func prepared(_ document: any CanonicalDocument, at location: Location) throws -> Preparation {
        try flow.prepare(document, at: location, in: environment)
    }

    /// The file's documents, noting which layout paths match (the warnings of the first pass).
    private func open() throws -> any DocumentSource {
        var settings = flow.sourceSettings
        settings.notesPathUsage = true
        return try flow.source.openSource(path: path, displayName: displayName, settings: settings)
    }

    private func preview(_ item: DecodeResult, ordinal: Int) throws -> PreviewDocument {
        switch item {
        case .failure(let key, let errors, let location):
            return PreviewDocument(
                ordinal: ordinal, location: location, kind: flow.kind.rawValue, key: key, outcome: .failed,
                payloads: [], errors: errors)
        case .document(let decoded, let location):
            var result = PreviewDocument(
                ordinal: ordinal, location: location, kind: decoded.kind.rawValue, key: decoded.key.rawValue,
                outcome: .converted, payloads: [], errors: [])
            let document: any CanonicalDocument
            switch try prepared(decoded, at: location) {
            case .ready(let ready):
                document = ready
            case .filtered(let reason):
                result.outcome = .filtered
                result.reason = reason
                return result
            case .failed(let errors):
                result.outcome = .failed
                result.errors = errors
                return result
            }
            result.key = document.key.rawValue
            result.document = document
            for target in targets {
                let payload: Payload
                do {
                    payload = try target.render([document])
                } catch let error as FerryError {
                    result.errors.append(error)
                    continue
                }
                // A shared file is shown once the whole file is read.
                if target.config.perInputFile { continue }
                // An event the lifecycle may add with a call of its own (Robaws: the stock change
                // of an order first seen shipped) is shown before the document's own payload.
                var payloads: [Payload] = []
                for event in target.connector.exportableEvents(for: document) {
                    do {
                        if let own = try target.ownPayload(of: document, event: event, rendered: payload) { payloads.append(own) }
                    } catch let error as FerryError {
                        result.errors.append(error)
                    }
                }
                for shown in payloads + [payload] {
                    let name = OutputNaming.name(kind: document.kind, key: document.key, generation: 0, fileExtension: shown.fileExtension)
                    result.payloads.append(
                        PreviewPayload(
                            target: target.config.name, path: layout.relative(target.outbox + "/" + name),
                            text: String(decoding: shown.bytes, as: UTF8.self), keys: [document.key.rawValue]))
                }
            }
            if !result.errors.isEmpty { result.outcome = .failed }
            return result
        }
    }

    /// The second pass, in the batches `FileProcessor` forms, so each shared file gets the
    /// name (`_part2`, ...) a first run would give it.
    private func renderSharedFiles(_ shared: [FlowRuntime.Target], _ emit: (PreviewEvent) -> Void) throws {
        var source = try open()
        var batch: [(any CanonicalDocument)?] = []
        var keys = Set<String>()
        var weight = 0
        var part = 0
        func flush() throws {
            for target in shared {
                var members: [any CanonicalDocument] = []
                for case let document? in batch where (try? target.render([document])) != nil {
                    members.append(document)
                }
                guard !members.isEmpty else { continue }
                let payload = try target.render(members)
                let name = OutputNaming.name(input: displayName, part: part, attempt: 1, fileExtension: payload.fileExtension)
                emit(
                    .filePayload(
                        PreviewPayload(
                            target: target.config.name, path: layout.relative(target.outbox + "/" + name),
                            text: String(decoding: payload.bytes, as: UTF8.self), keys: members.map(\.key.rawValue))))
            }
            part += 1
            batch.removeAll(keepingCapacity: true)
            keys.removeAll(keepingCapacity: true)
            weight = 0
        }
        while let item = try source.next() {
            var ready: (any CanonicalDocument)?
            if case .document(let decoded, let location) = item {
                let key = decoded.kind.rawValue + "/" + decoded.key.rawValue
                if !keys.insert(key).inserted {
                    try flush()
                    keys.insert(key)
                }
                weight += FileProcessor.weight(of: decoded)
                if case .ready(let document) = try prepared(decoded, at: location) { ready = document }
            }
            batch.append(ready)
            if batch.count >= FileProcessor.batchSize || weight >= FileProcessor.batchWeight { try flush() }
        }
        if !batch.isEmpty { try flush() }
    }

    /// Canonical JSON as the ledger keeps it (sorted keys), indented for reading.
    static func prettyJSON(_ document: any CanonicalDocument) -> String {
        JSONIndenter.indent(CanonicalJSONWriter.encode(record: document, escapingSlashes: false))
    }
}
