import Canonical
import Connectors
import Diagnostics
import Formats
import Foundation
import Rules

/// What a flow's rules make of one decoded document before any target sees it.
enum Preparation {
    /// Ready for the targets, possibly enriched by the rules.
    case ready(any CanonicalDocument)
    /// Left out on purpose; `reason` says which filter and why (recorded, never silent).
    case filtered(reason: Note)
    /// A rule failed: a located, coded document error per problem.
    case failed([FerryError])
}

extension FlowRuntime {
    /// Runs the flow's filters, then its rules, on one document, in the order configured.
    /// Shared by the export, the dry run and `ferry preview`, so all three agree.
    ///
    /// `environment` gives the master data (the ledger's, or `LedgerMasterData.open` read-only,
    /// or an empty one when there is no ledger), the reference tables and the clock.
    /// - Throws: only when master data cannot be read.
    func prepare(_ document: any CanonicalDocument, at location: Location, in environment: RuleEnvironment) throws -> Preparation {
        if rules.isEmpty { return .ready(document) }
        let tree = { CanonicalTree.tree(of: document) }
        if let reason = rules.filterReason(for: document, tree: tree, now: environment.now) {
            return .filtered(reason: reason)
        }
        var prepared = document
        let errors = try rules.apply(to: &prepared, at: location, in: environment)
        return errors.isEmpty ? .ready(prepared) : .failed(errors)
    }
}

extension FlowRuntime.Target {
    /// The payload of `documents` for this target, checked against what the target accepts.
    /// - Throws: `FerryError` (a document error) when a document cannot be expressed or the
    ///   payload would be rejected: for an XML target with `schema:`, `.xmlSchemaRejected`, or
    ///   `.xmlSchemaRejectedMany` listing every problem.
    func render(_ documents: [any CanonicalDocument]) throws -> Payload {
        try checked(connector.payload(for: documents, settings: settings), documents)
    }

    /// The payload of `document` for one `event`, from its payload for the target (`rendered`,
    /// from `render(_:)`) and its key's history (`Connector.payload(for:event:history:rendered:target:)`);
    /// checked the same way when it is not `rendered` itself.
    func render(
        _ document: any CanonicalDocument, event: EventName, history: LifecycleHistory, rendered: Payload
    ) throws -> Payload {
        let own = try connector.payload(
            for: document, event: event, history: history, rendered: rendered, target: LifecycleTarget(name: config.name, settings: settings))
        return own.bytes == rendered.bytes && own.fileExtension == rendered.fileExtension ? rendered : try checked(own, [document])
    }

    /// `render(_:event:history:rendered:)` for an event whose payload is another call than the
    /// document's own (a different name or bytes), nil when it is the same; without a history.
    func ownPayload(of document: any CanonicalDocument, event: EventName, rendered: Payload) throws -> Payload? {
        let own = try render(document, event: event, history: LifecycleHistory(kind: document.kind, key: document.key.rawValue), rendered: rendered)
        return own.bytes == rendered.bytes && own.fileExtension == rendered.fileExtension ? nil : own
    }

    private func checked(_ payload: Payload, _ documents: [any CanonicalDocument]) throws -> Payload {
        guard let schema else { return payload }
        let problems = schema.validate(payload.bytes, payloadName: payloadName(documents, payload))
        if let rejection = XMLSchema.rejection(problems) { throw rejection }
        return payload
    }
}
