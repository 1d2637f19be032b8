import Canonical
import Connectors
import Diagnostics

/// A document's payload for each target of its flow and what the ledger keeps of it (its
/// canonical JSON and content hash), made where it was read (`ReadAhead`) instead of in
/// step 1 of the export protocol: the same calls (`FlowRuntime.Target.render`,
/// `ExportDecider.content`), on the second thread.
///
/// Only for a flow whose documents reach the exporter as decoded (no filters or rules, which
/// may change them or read master data) and whose targets validate nothing against a schema.
struct Rendered: Sendable {
    struct Content: Sendable {
        var payload: Payload
        var json: String
        var hash: String

        /// `document`'s payload for `target`, with its canonical JSON and content hash.
        /// - Throws: what `FlowRuntime.Target.render` throws.
        static func make(_ document: any CanonicalDocument, for target: FlowRuntime.Target) throws -> Content {
            let payload = try target.render([document])
            let (json, hash) = ExportDecider.content(of: document, payload: payload)
            return Content(payload: payload, json: json, hash: hash)
        }
    }

    /// Per target of the flow, in its order: the content, or the document error rendering met.
    var targets: [Result<Content, FerryError>]

    /// How to render a flow's documents on the reading thread; nil where step 1 must do it.
    static func maker(for flow: FlowRuntime) -> (@Sendable (any CanonicalDocument) -> Rendered?)? {
        guard flow.rules.isEmpty, !flow.targets.isEmpty, flow.targets.allSatisfy({ $0.schema == nil }) else { return nil }
        let targets = flow.targets
        return { document in
            var rendered = Rendered(targets: [])
            for target in targets {
                do {
                    rendered.targets.append(.success(try Content.make(document, for: target)))
                } catch let error as FerryError {
                    rendered.targets.append(.failure(error))
                } catch {
                    return nil  // step 1 renders it again and meets the same error
                }
            }
            return rendered
        }
    }
}
