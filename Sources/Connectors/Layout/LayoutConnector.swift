import Canonical
import Diagnostics
import Foundation
import Formats
import Mapping

/// A system described in ferry.yml by layouts instead of code: its files are read with a
/// source layout, its payloads written with a target layout (docs/mapping.md).
public struct LayoutConnector: Connector {
    public let source: Layout?
    public let target: Layout?
    /// The system a target's own `layout:` writes for (`system: woocommerce` with a layout):
    /// the layout makes the payload, the system still names the events and decides the
    /// lifecycle (cancel only what was sent, wait for a tracking code).
    public let writesFor: (any Connector)?
    /// The layouts' evaluation plans, built once with the connector (not per file or payload).
    private let sourceEvaluator: LayoutEvaluator?
    private let targetEvaluator: LayoutEvaluator?

    public init(source: Layout? = nil, target: Layout? = nil, writesFor: (any Connector)? = nil) {
        self.source = source
        self.target = target
        self.writesFor = writesFor
        sourceEvaluator = source.map(LayoutEvaluator.init)
        targetEvaluator = target.map(LayoutEvaluator.init)
    }

    public func events(for document: any CanonicalDocument) -> [EventName] {
        writesFor?.events(for: document) ?? [type(of: document).semantics == .state ? .state : .created]
    }

    public func lifecycle(
        of document: any CanonicalDocument, for target: LifecycleTarget, history: LifecycleHistory
    ) -> LifecycleDecision {
        writesFor?.lifecycle(of: document, for: target, history: history) ?? .export(events(for: document))
    }

    public func exportableEvents(for document: any CanonicalDocument) -> [EventName] {
        writesFor?.exportableEvents(for: document) ?? events(for: document)
    }

    public func lifecycleKey(of document: any CanonicalDocument, for target: LifecycleTarget) -> String? {
        writesFor?.lifecycleKey(of: document, for: target)
    }

    public var system: String { "layout:" + ((source ?? target)?.name ?? "?") }
    public var profile: SystemProfile {
        SystemProfile(name: system, reads: Set(source.map { [$0.kind] } ?? []), writes: Set(target.map { [$0.kind] } ?? []))
    }

    public func openSource(path: String, displayName: String, settings: SourceSettings) throws -> any DocumentSource {
        guard let layout = source, let evaluator = sourceEvaluator else {
            throw FerryError(.mapUnsupportedKind, at: Location(file: displayName), ["kind": settings.kind.rawValue, "system": system])
        }
        let reader = try SourceReader.open(
            path: path, displayName: displayName, format: layout.format, settings: settings,
            xmlRecords: layout.recordElement.map { .auto(documentNames: [$0]) } ?? .root)
        return LayoutSource(reader: reader, evaluator: evaluator, numberFormat: settings.numberFormat, displayName: displayName,
                            notesPathUsage: settings.notesPathUsage)
            .refusingCustomerPrices(kind: layout.kind)
    }

    public func payload(for documents: [any CanonicalDocument], settings: TargetSettings) throws -> Payload {
        guard let layout = target, let evaluator = targetEvaluator else {
            throw FerryError(.mapUnsupportedKind, at: nil, ["kind": settings.kind.rawValue, "system": system])
        }
        let writer = LayoutWriter(evaluator: evaluator, delimiter: settings.delimiter)
        return try Payload(documents: documents, fileExtension: layout.format.fileExtension) { stable in
            try writer.render(documents, stable: stable)
        }
    }
}
