import Configuration
import Diagnostics
import Foundation
import Rules

extension Engine {
    /// Converts the file at `path` through `flow` exactly as a run would, and reports each
    /// document, its canonical form and every payload, with errors, through `emit`.
    ///
    /// Writes nothing and needs no engine: the file is not claimed or moved, no ledger or
    /// `.ferry` folder is created or opened, nothing goes to the outbox or archive. Outbox
    /// names are those of a first export (a run may add `_v2` or skip a document the ledger
    /// knows as exported).
    /// - Parameter target: show only this target of the flow (`nil`: all).
    /// - Throws: `FerryError` (a configuration code) when the flow names an unknown system;
    ///   errors other than `FerryError` from a connector.
    public static func preview(
        file path: String, flow: FlowConfig, root: String, target: String? = nil, reference: ReferenceData = ReferenceData(),
        emit: (PreviewEvent) -> Void
    ) throws -> PreviewSummary {
        let layout = RootLayout(root: root)
        // Rules ask the ledger's catalog read-only, and only when the ledger exists (preview never creates it).
        let environment = try RuleEnvironment.readOnly(layout: layout, reference: reference, now: Date())
        let runtime = try FlowRuntime(flow, layout: layout, reference: reference)
        let previewer = Previewer(
            flow: runtime, targets: runtime.targets.filter { target == nil || $0.config.name == target },
            layout: layout, path: path, displayName: PathText.name(of: path), environment: environment)
        return try previewer.run(emit)
    }
}
