import Canonical
import Diagnostics
import Formats
import Mapping
import Rules
import Yams

/// Flows and targets that name a built-in system: what it reads and writes, its `options:`
/// and its default layouts with the `fields:` written over them.
extension ConfigValidator {
    /// A system name, checked against the connectors Ferry has; an unknown one is reported with
    /// the closest known name.
    mutating func system(_ entry: ConfigEntry) -> String? {
        guard let name = text(entry) else { return nil }
        guard knownSystems.contains(name) else {
            let known = knownSystems.sorted()
            report(.configUnknownSystem, at: entry.place, field: entry.field,
                   ["system": name, "known": known.joined(separator: ", "),
                    "suggestion": ConfigKeys.suggestion(for: name, among: known)])
            return nil
        }
        return name
    }

    /// Reports a flow whose `source:` cannot read `kind`, or a target whose `system:` cannot write it.
    mutating func checkCapability(_ entry: ConfigEntry, system: String, kind: String, direction: LayoutDirection) {
        guard let profile = systems[system], knownKinds.contains(kind) else { return }
        let supported = direction == .source ? profile.reads : profile.writes
        guard !supported.contains(DocumentKind(kind)) else { return }
        let list = supported.map(\.rawValue).sorted().joined(separator: ", ")
        report(direction == .source ? .configSystemCannotRead : .configSystemCannotWrite, at: entry.place, field: entry.field,
               ["system": system, "kind": kind, "supported": list.isEmpty ? "-" : list])
    }

    /// `options:` of a flow (`.source`) or target (`.target`) of `system`: each key documented for
    /// that direction, each value of its type.
    mutating func connectorOptions(_ entry: ConfigEntry, system: String, direction: LayoutDirection, kind: DocumentKind? = nil)
        -> ConnectorOptions
    {
        var options = ConnectorOptions()
        let specs = systems[system]?.options(for: direction) ?? []
        guard case .mapping = entry.value else {
            report(.configExpectedMap, at: entry.keyPlace, field: entry.field, ["key": entry.name])
            return options
        }
        for item in orderedEntries(entry.value, field: entry.field) {
            guard let spec = specs.first(where: { $0.key == item.name }) else {
                let allowed = specs.map(\.key)
                report(.configUnknownOption, at: item.keyPlace, field: item.field, [
                    "key": item.name, "system": system,
                    "suggestion": allowed.isEmpty ? "-" : ConfigKeys.suggestion(for: item.name, among: allowed),
                    "allowed": allowed.isEmpty ? "-" : allowed.joined(separator: ", "),
                ])
                continue
            }
            if let value = optionValue(item, spec: spec, system: system) {
                if let kind, let allowed = spec.choicesFor[kind], case .text(let word) = value, !allowed.contains(word) {
                    report(.configInvalidOption, at: item.place, field: item.field, [
                        "key": item.name, "system": system, "value": word,
                        "expected": allowed.joined(separator: " | ") + " on a flow of kind \(kind.rawValue)",
                    ])
                    continue
                }
                options.values[spec.key] = value
                options.lines[spec.key] = item.keyPlace.line
            }
        }
        return options
    }

    /// CONFIG-080 for each option `system` requires in `direction` that `options` lacks, at the
    /// `options:` key when written, else at the `system:`/`source:` entry.
    mutating func checkRequiredOptions(_ options: ConnectorOptions, system: String, direction: LayoutDirection, kind: DocumentKind? = nil,
                                       at entry: ConfigEntry) {
        for spec in systems[system]?.options(for: direction) ?? [] where spec.isRequired(for: kind) && options.values[spec.key] == nil {
            report(.configRequiredOption, at: entry.keyPlace, field: entry.field,
                   ["key": spec.key, "system": system, "expected": spec.type.summary])
        }
    }

    private mutating func optionValue(_ item: ConfigEntry, spec: OptionSpec, system: String) -> ConnectorOptions.Value? {
        func invalid(_ raw: String) -> ConnectorOptions.Value? {
            report(.configInvalidOption, at: item.place, field: item.field,
                   ["key": item.name, "system": system, "value": raw, "expected": spec.type.summary])
            return nil
        }
        if case .mapping = spec.type {
            guard case .mapping = item.value else { return invalid(item.raw) }
            var pairs: [String: String] = [:]
            for pair in orderedEntries(item.value, field: item.field) {
                guard let value = pair.value.scalar?.string else { return invalid("{…}") }
                pairs[pair.name] = value
            }
            return .mapping(pairs)
        }
        guard let raw = item.value.scalar?.string else {
            if case .sequence = item.value { return invalid("[…]") }
            return invalid("{…}")
        }
        switch spec.type {
        case .text:
            return .text(raw)
        case .bool:
            switch raw.lowercased() {
            case "true", "yes", "on": return .bool(true)
            case "false", "no", "off": return .bool(false)
            default: return invalid(raw)
            }
        case .integer(let minimum):
            guard let number = Int(raw), number >= minimum else { return invalid(raw) }
            return .integer(number)
        case .choice(let words):
            return words.contains(raw) ? .text(raw) : invalid(raw)
        case .duration:
            guard let seconds = Self.parseDuration(raw), seconds > 0 else { return invalid(raw) }
            return .duration(seconds)
        case .mapping:
            return invalid(raw)
        }
    }

    /// `30s`, `15m`, `3h`, `2d` (or a number of seconds).
    static func parseDuration(_ raw: String) -> Double? {
        let text = raw.trimmingCharacters(in: .whitespaces).lowercased()
        if text.hasSuffix("d"), let days = Double(text.dropLast()), days.isFinite { return days * 86400 }
        return parseSeconds(text)
    }

    /// The system's default layout for `kind` in `direction`, with the `fields:` written over it
    /// field by field (paths read as in the default layout); `nil` when the system has none.
    /// A system may bundle one source layout per file format (WooCommerce: the REST JSON and
    /// an export plugin's CSV): a flow's `format:` picks the one of that format, else the first.
    mutating func systemLayout(system: String, kind: String, direction: LayoutDirection, format: FileFormat? = nil,
                               fields: ConfigEntry?) -> Layout? {
        let candidates = builtInLayouts(of: system).filter { $0.kind.rawValue == kind && $0.direction == direction }
        guard var layout = candidates.first(where: { $0.format == format }) ?? candidates.first,
              let schema = CanonicalSchema.of(layout.kind)
        else { return nil }
        guard let fields else { return layout }
        guard case .mapping = fields.value else {
            report(.configExpectedMap, at: fields.keyPlace, field: fields.field, ["key": fields.name])
            return layout
        }
        let context = LayoutContext(layout: layout, schema: schema, maps: maps, readFormat: direction == .source ? layout.format : nil)
        for pair in orderedEntries(fields.value, field: fields.field) {
            guard let rule = fieldRule(pair, context) else { continue }
            if let index = layout.fields.firstIndex(where: { $0.field == rule.field }) {
                layout.fields[index] = rule
            } else {
                layout.fields.append(rule)
            }
        }
        return layout
    }

    /// The layouts bundled with a system, read from its profile's text (issues in them are
    /// Ferry's own and reported like any other, under the system's name).
    mutating func builtInLayouts(of system: String) -> [Layout] {
        if let cached = systemLayouts[system] { return cached }
        guard let text = systems[system]?.layouts else { return [] }
        var reader = ConfigValidator(fileName: "\(system) (built in)", knownSystems: [], knownKinds: knownKinds)
        var result: [Layout] = []
        do {
            if let root = try Yams.compose(yaml: text),
               let top = reader.section(root, field: nil, name: "layouts", allowed: ["layouts"], fallback: .start),
               let entry = top["layouts"] {
                result = reader.orderedEntries(entry.value, field: entry.field).compactMap { reader.layout($0, maps: [:]) }
            }
        } catch {
            reader.report(error, text: text)
        }
        issues += reader.issues
        systemLayouts[system] = result
        return result
    }
}

extension ConfigValidator {
    /// The filters a flow reading `system` starts with (its profile's, chosen by kind and
    /// options), read like a `filters:` list; the flow's own filters come after them.
    mutating func systemFilters(system: String, kind: DocumentKind, options: ConnectorOptions) -> [FilterSpec] {
        guard let text = systems[system]?.defaultFilters?(kind, options) else { return [] }
        var reader = ConfigValidator(fileName: "\(system) (built in)", knownSystems: [], knownKinds: knownKinds)
        var result: [FilterSpec] = []
        do {
            if let root = try Yams.compose(yaml: text),
               let top = reader.section(root, field: nil, name: "filters", allowed: ["filters"], fallback: .start),
               let entry = top["filters"] {
                result = reader.filters(entry, kind: kind)
            }
        } catch {
            reader.report(error, text: text)
        }
        issues += reader.issues
        return result
    }
}
