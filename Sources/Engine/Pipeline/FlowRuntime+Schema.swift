import Canonical
import Configuration
import Connectors
import Diagnostics
import Formats
import Foundation

extension FlowRuntime.Target {
    /// The compiled schema `target` names, its path resolved against the root; `nil` for none.
    /// - Throws: `.xmlSchemaUnloadable` located at the `schema:` line of ferry.yml.
    static func schema(
        of target: TargetConfig, layout: RootLayout, file: String = "ferry.yml", field: String = "schema"
    ) throws(FerryError) -> XMLSchema? {
        guard let path = target.schema, target.format == .xml else { return nil }
        let location = Location(file: file, line: target.schemaLine > 0 ? target.schemaLine : nil, field: field)
        do {
            return try XMLSchema.load(path: layout.resolve(path), displayName: path)
        } catch let error as FerryError {
            throw FerryError(error.code, at: location, error.arguments)
        } catch {
            throw FerryError(.xmlSchemaUnloadable, at: location, ["schema": path, "reason": "\(error)"])
        }
    }

    /// How validation errors name the payload: `<target>/<the name it would get>` for one document
    /// (the first version's name), the target's name for a file of several.
    func payloadName(_ documents: [any CanonicalDocument], _ payload: Payload) -> String {
        guard documents.count == 1, let document = documents.first else { return config.name }
        let name = OutputNaming.name(kind: document.kind, key: document.key, generation: 0, fileExtension: payload.fileExtension)
        return config.name + "/" + name
    }
}

extension Engine {
    /// Every target schema in `config` that cannot be loaded, as a ferry.yml issue on the line of
    /// its `schema:` key, paths resolved against `root`. For `ferry check`, which runs no engine.
    public static func schemaIssues(in config: FerryConfig, root: String) -> [ConfigIssue] {
        let layout = RootLayout(root: root)
        let file = PathText.name(of: config.origin)
        var issues: [ConfigIssue] = []
        for (flowIndex, flow) in config.flows.enumerated() {
            for (targetIndex, target) in flow.targets.enumerated() {
                let field = "flows[\(flowIndex)].targets[\(targetIndex)].schema"
                do {
                    _ = try FlowRuntime.Target.schema(of: target, layout: layout, file: file, field: field)
                } catch {
                    issues.append(ConfigIssue(error: error, line: target.schemaLine, column: 0))
                }
            }
        }
        return issues
    }
}
