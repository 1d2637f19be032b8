import ArgumentParser
import Canonical
import Configuration
import Connectors
import Diagnostics
import Engine
import Foundation

extension Ferry {
    /// `ferry mapping show FLOW [TARGET]`.
    struct Mapping: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the effective field mapping of a flow.",
            subcommands: [Show.self])

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Print a flow's mapping: defaults plus ferry.yml overrides, and where each came from.",
                discussion: "Without TARGET: the flow's source side and every target. Exit 2 for a configuration error, 64 for an unknown flow or target.")
            @OptionGroup var global: GlobalOptions
            @Argument(help: "The flow, as named in ferry.yml.") var flow: String
            @Argument(help: "Only this target of the flow.") var target: String?

            func run() throws {
                let config = try Setup.config(root: global.root)
                guard let flowConfig = config.flow(named: flow) else {
                    let flows = config.flows.map(\.name).joined(separator: ", ")
                    Output.error(
                        Note(.usageNoFlow, ["flow": flow, "origin": config.origin, "flows": flows]).text(in: config.language),
                        in: config.language)
                    throw ExitCode(Exit.usage)
                }
                let kind = DocumentKind(flowConfig.kind)
                var tables: [MappingTable] = []
                if target == nil {
                    tables.append(.source(kind: kind, system: flowConfig.source, layout: flowConfig.layout ?? flowConfig.systemLayout,
                                          overrides: flowConfig.overrides))
                }
                let targets = flowConfig.targets.filter { target == nil || $0.name == target }
                if let target, targets.isEmpty {
                    let targets = flowConfig.targets.map(\.name).joined(separator: ", ")
                    Output.error(
                        Note(.usageNoTarget, ["flow": flow, "target": target, "targets": targets]).text(in: config.language),
                        in: config.language)
                    throw ExitCode(Exit.usage)
                }
                for item in targets {
                    tables.append(.target(name: item.name, kind: kind, system: item.system, format: item.format.rawValue,
                                          layout: item.layout ?? item.systemLayout, overrides: item.overrides))
                }
                Output.say(.mappingHeader, ["flow": flow, "kind": flowConfig.kind, "origin": config.origin], in: config.language)
                for table in tables { print(render(table)) }
            }

            private func render(_ table: MappingTable) -> String {
                let fieldWidth = min(40, table.rows.map(\.field.count).max() ?? 0)
                let sourceWidth = min(70, table.rows.map(\.source.count).max() ?? 0)
                var lines = ["", table.title]
                for row in table.rows {
                    let field = row.field.padding(toLength: max(fieldWidth, row.field.count), withPad: " ", startingAt: 0)
                    let source = row.source.padding(toLength: max(sourceWidth, row.source.count), withPad: " ", startingAt: 0)
                    lines.append("  \(field)  ←  \(source)  [\(row.origin)]")
                }
                return lines.joined(separator: "\n")
            }
        }
    }
}
