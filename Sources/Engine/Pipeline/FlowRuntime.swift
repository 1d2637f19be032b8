import Canonical
import Configuration
import Connectors
import Diagnostics
import Formats
import Rules

/// A flow resolved against the connector registry, ready to process files.
struct FlowRuntime: Sendable {
    struct Target: Sendable {
        var config: TargetConfig
        var connector: any Connector
        var settings: TargetSettings
        var outbox: String
        /// The compiled `schema:` every payload is validated against (XML targets).
        var schema: XMLSchema?
    }

    var config: FlowConfig
    var kind: DocumentKind
    var source: any Connector
    var sourceSettings: SourceSettings
    var targets: [Target]
    /// The flow's filters and business rules (`filters:`, `rules:`).
    var rules: FlowRules

    /// - Throws: `FerryError` (config codes) when a system is unknown, `.xmlSchemaUnloadable` when a
    ///   target's schema cannot be loaded.
    init(_ flow: FlowConfig, layout: RootLayout, reference: ReferenceData? = nil) throws {
        config = flow
        kind = DocumentKind(flow.kind)
        guard let source = ConnectorRegistry.connector(named: flow.source) else {
            throw FerryError(.engineUnknownSystem, at: Location(file: "ferry.yml", line: flow.line), ["system": flow.source])
        }
        if let layout = flow.layout {
            self.source = LayoutConnector(source: layout)
        } else if let overrides = flow.overrides, source is CanonicalConnector {
            self.source = CanonicalConnector(sourceOverrides: overrides)
        } else {
            self.source = source
        }
        rules = FlowRules(filters: flow.filters, rules: flow.rules)
        sourceSettings = SourceSettings(
            kind: kind, format: flow.format,
            csv: CSVSettings(delimiter: flow.csv.delimiter, encoding: flow.csv.encoding),
            numberFormat: flow.numberFormat)
        sourceSettings.options = flow.options
        sourceSettings.layout = flow.systemLayout
        targets = try flow.targets.map { target in
            guard var connector = ConnectorRegistry.connector(named: target.system) else {
                throw FerryError(.engineUnknownSystem, at: Location(file: "ferry.yml", line: target.line), ["system": target.system])
            }
            if let layout = target.layout {
                connector = LayoutConnector(target: layout, writesFor: connector)
            } else if let overrides = target.overrides, connector is CanonicalConnector {
                connector = CanonicalConnector(targetOverrides: overrides)
            }
            return Target(
                config: target, connector: connector,
                settings: TargetSettings(kind: DocumentKind(flow.kind), format: target.format, delimiter: target.delimiter,
                                         options: target.options, layout: target.systemLayout, reference: reference),
                outbox: layout.outbox(target),
                schema: try Target.schema(of: target, layout: layout))
        }
    }
}

extension FlowRuntime {
    /// What a file that was read to the end without yielding a single document (or a failed
    /// one) means: `nil` when the flow allows empty files (the outcome is `empty`), otherwise
    /// the file-level error `INPUT-008`. The run, reprocess, the dry run and preview all decide here.
    func noDocuments(in displayName: String, format: FileFormat) -> FerryError? {
        guard !config.allowEmpty else { return nil }
        return FerryError(.inputNoDocuments, at: Location(file: displayName), ["kind": kind.rawValue, "format": format.rawValue])
    }

    /// A file-level error as this flow counts it: `nil` when it only says that the file is
    /// empty (`INPUT-002`, 0 bytes or whitespace) and the flow allows empty files.
    func fileError(_ error: FerryError) -> FerryError? {
        config.allowEmpty && error.code == .inputEmpty ? nil : error
    }
}
