import Canonical
import Connectors
import Diagnostics
import Formats
import Foundation

/// What a flow's rules make of one decoded document before any target sees it.
enum Preparation {
    /// Ready for the targets, possibly enriched by the rules.
    case ready(any CanonicalDocument)
    /// Left out on purpose; `reason` says which filter and why (recorded, never silent).
    case filtered(reason: String)
    /// A rule failed: a located, coded document error per problem.
    case failed([FerryError])
}

extension FlowRuntime {
    /// Runs the flow's filters and rules on one document, in the order configured.
    /// Shared by the export, the dry run and `ferry preview`, so all three agree.
    func prepare(_ document: any CanonicalDocument, at location: Location) -> Preparation {
        .ready(document)
    }
}

extension FlowRuntime.Target {
    /// The payload of `documents` for this target, checked against what the target accepts.
    /// - Throws: `FerryError` (a document error) when a document cannot be expressed or the
    ///   payload would be rejected: for an XML target with `schema:`, `.xmlSchemaRejected`, or
    ///   `.xmlSchemaRejectedMany` listing every problem.
    func render(_ documents: [any CanonicalDocument]) throws -> Payload {
        let payload = try connector.payload(for: documents, settings: settings)
        guard let schema else { return payload }
        let problems = schema.validate(payload.bytes, payloadName: payloadName(documents, payload))
        if let rejection = XMLSchema.rejection(problems) { throw rejection }
        return payload
    }
}
