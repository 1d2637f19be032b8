import Canonical
import Configuration
@testable import Connectors
import Diagnostics
import Foundation
import Formats
import Mapping
import SharedFiles
import Testing

/// Temporary files, reading through a connector, the vendor schema validator.
enum Support {
    static func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mkt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Every result of reading `path` through `connector` for `kind`.
    static func read(path: String, connector: any Connector, kind: DocumentKind,
                     options: ConnectorOptions = ConnectorOptions(), fields: String = "") throws -> [DecodeResult] {
        var settings = SourceSettings(kind: kind)
        settings.options = options
        settings.layout = try bundledLayout(system: connector.system, kind: kind, fields: fields)
        var source = try connector.openSource(path: path, displayName: (path as NSString).lastPathComponent, settings: settings)
        var results: [DecodeResult] = []
        while let result = try source.next() { results.append(result) }
        return results
    }

    static func read(_ name: String, _ json: String, connector: any Connector, kind: DocumentKind = .order,
                     options: ConnectorOptions = ConnectorOptions(), fields: String = "") throws -> [DecodeResult] {
        try read(path: try temporaryFile(name, Array(json.utf8)), connector: connector, kind: kind, options: options, fields: fields)
    }

    /// The system's bundled source layout for `kind` with `fields` (lines of a `fields:` section)
    /// over it, as `ferry check` builds it for a flow; `nil` for a system without one.
    static func bundledLayout(system: String, kind: DocumentKind, fields: String = "") throws -> Layout? {
        guard ConnectorRegistry.connector(named: system)?.profile.reads.contains(kind) == true else { return nil }
        var yaml = "flows:\n  - name: f\n    kind: \(kind.rawValue)\n    source: \(system)\n"
        if !fields.isEmpty { yaml += "    fields:\n" + fields }
        let result = ConfigLoader.check(yaml: yaml, knownSystems: Set(ConnectorRegistry.builtIn.keys), systems: ConnectorRegistry.profiles)
        let flow = try #require(result.config?.flows.first, "\(result.issues)")
        return flow.systemLayout
    }

    /// The settings of a `system:` target writing `kind`, with the system's bundled target layout
    /// and `fields` (lines of a `fields:` section) over it, as `ferry check` builds them.
    static func targetSettings(system: String, kind: DocumentKind = .order, options: ConnectorOptions = ConnectorOptions(),
                               fields: String = "") throws -> TargetSettings {
        var yaml = "flows:\n  - name: f\n    kind: \(kind.rawValue)\n    source: canonical\n    targets:\n"
        yaml += "      - name: t\n        system: \(system)\n        format: json\n"
        if !fields.isEmpty { yaml += "        fields:\n" + fields }
        let result = ConfigLoader.check(yaml: yaml, knownSystems: Set(ConnectorRegistry.builtIn.keys), systems: ConnectorRegistry.profiles)
        let target = try #require(result.config?.flows.first?.targets.first, "\(result.issues)")
        var settings = TargetSettings(kind: kind, format: .json)
        settings.options = options
        settings.layout = target.systemLayout
        return settings
    }

    /// The documents of `results` as `T`; records a test issue for every failure.
    static func documents<T: CanonicalDocument>(_ results: [DecodeResult], as type: T.Type = T.self,
                                                sourceLocation: SourceLocation = #_sourceLocation) -> [T] {
        results.compactMap { result in
            switch result {
            case .document(let document, _):
                return document as? T
            case .failure(_, let errors, _):
                Issue.record("unexpected failure: \(errors)", sourceLocation: sourceLocation)
                return nil
            }
        }
    }

    /// The error codes of the failures in `results`.
    static func failureCodes(_ results: [DecodeResult]) -> [String] {
        results.flatMap { result -> [String] in
            if case .failure(_, let errors, _) = result { return errors.map(\.code.rawValue) }
            return []
        }
    }

    static func json(_ bytes: [UInt8]) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
    }

    /// Runs `reference/openapi/validate.py` on `payload` against `schema` of `spec` (a path
    /// under `reference/openapi/`). Returns the exit status and the violation lines.
    static func validate(_ payload: [UInt8], spec: String, schema: String, flags: [String] = []) throws -> (status: Int32, lines: [String]) {
        try VendorSchema.validate(payload, spec: "reference/openapi/" + spec, schema: schema, flags: flags)
    }
}
