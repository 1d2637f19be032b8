import Canonical
import Diagnostics
import Canonical
import Formats
import Mapping
import Yams

extension ConfigValidator {
    /// One item of `flows:`; `nil` when it is not a section at all.
    mutating func flow(_ node: YAMLNode, field: String) -> FlowConfig? {
        guard let section = section(node, field: field, name: field, allowed: ConfigKeys.flow, fallback: .unknown) else {
            return nil
        }
        let nameEntry = required("name", in: section)
        let name = nameEntry.flatMap { text($0) }
        if let name, let nameEntry { checkName(name, entry: nameEntry) }
        var flow = FlowConfig(name: name ?? "", kind: "", line: section.place.line)
        if let entry = required("kind", in: section), let kind = text(entry) {
            flow.kind = kind
            if !knownKinds.contains(kind) {
                report(.configUnknownKind, at: entry.place, field: entry.field,
                       ["kind": kind, "known": knownKinds.sorted().joined(separator: ", ")])
            }
        }
        if let entry = section["enabled"], let enabled = bool(entry) { flow.enabled = enabled }
        if let entry = section["source"], let source = system(entry) {
            flow.source = source
            checkCapability(entry, system: source, kind: flow.kind, direction: .source)
        }
        if let entry = section["format"], let format = choice(entry, FileFormat.allCases.map { ($0.rawValue, $0) }) {
            flow.format = format
        }
        var site = FlowSite(
            name: name, namePlace: nameEntry?.place ?? section.place, nameField: section.path("name"),
            inbox: name.map { _ in flow.inbox }, inboxExplicit: false, inboxPlace: section.place,
            inboxField: section.path("inbox"))
        if let entry = section["inbox"], let inbox = text(entry) {
            flow.inbox = inbox
            site.inbox = inbox
            site.inboxExplicit = true
            site.inboxPlace = entry.place
        }
        flowSites.append(site)
        if let entry = section["layout"] { flow.layout = layoutReference(entry, direction: .source, kind: flow.kind, format: flow.format) }
        if flow.layout == nil,
           let layout = systemLayout(system: flow.source, kind: flow.kind, direction: .source, format: flow.format, fields: section["fields"]) {
            flow.systemLayout = layout
        } else if let entry = section["fields"] {
            if flow.layout != nil {
                report(.configMappingInvalid, at: entry.keyPlace, field: entry.field,
                       ["problem": "a flow with a `layout:` takes its fields from the layout; change them there"])
            } else {
                flow.overrides = overlay(entry, name: "\(name ?? "flow") fields", kind: DocumentKind(flow.kind),
                                         direction: .source, maps: maps)
            }
        }
        // Options of a system that was not recognised are not judged: its name is the mistake.
        if let entry = section["options"], section["source"] == nil || flow.source == section["source"]?.raw {
            flow.options = connectorOptions(entry, system: flow.source, direction: .source)
        }
        if let entry = section["options"] ?? section["source"], flow.source == section["source"]?.raw, knownKinds.contains(flow.kind) {
            checkRequiredOptions(flow.options, system: flow.source, direction: .source, kind: DocumentKind(flow.kind), at: entry)
        }
        if let entry = section["all-or-nothing"], let value = bool(entry) { flow.allOrNothing = value }
        if let entry = section["allow-empty"], let value = bool(entry) { flow.allowEmpty = value }
        if let entry = section["csv"], let csv = csvDialect(entry) { flow.csv = csv }
        if let entry = section["numbers"], let numbers = numberFormat(entry) { flow.numberFormat = numbers }
        if let entry = section["pickup"], let pickup = pickup(entry) { flow.pickup = pickup }
        if let entry = section["expect"] { flow.expect = expectation(entry) }
        let documentKind = knownKinds.contains(flow.kind) ? DocumentKind(flow.kind) : nil
        if let documentKind { flow.filters = systemFilters(system: flow.source, kind: documentKind, options: flow.options) }
        let builtInFilters = flow.filters.count
        if let entry = section["filters"] { flow.filters += filters(entry, kind: documentKind) }
        if let entry = section["rules"] { flow.rules = rules(entry, kind: documentKind) }
        if let entry = section["targets"], let items = list(entry) {
            for (index, item) in items.enumerated() {
                if let target = target(item, field: "\(entry.field)[\(index)]", flow: name ?? "", kind: flow.kind) {
                    flow.targets.append(target)
                }
            }
        }
        // A target's system may choose defaults for the source's options (SystemProfile
        // `sourceOptionDefaults`): the built-in filters are then the ones they give.
        if let documentKind, let options = optionsWithTargetDefaults(flow) {
            flow.filters = systemFilters(system: flow.source, kind: documentKind, options: options) + flow.filters.dropFirst(builtInFilters)
        }
        return flow
    }

    /// One item of a flow's `targets:`.
    mutating func target(_ node: YAMLNode, field: String, flow: String, kind: String) -> TargetConfig? {
        guard let section = section(node, field: field, name: field, allowed: ConfigKeys.target, fallback: .unknown)
        else { return nil }
        let nameEntry = required("name", in: section)
        let name = nameEntry.flatMap { text($0) } ?? ""
        if let nameEntry {
            checkName(name, entry: nameEntry)
            targetSites.append(TargetSite(name: name, place: nameEntry.place, field: nameEntry.field))
        }
        var target = TargetConfig(name: name, outbox: "outbox/\(flow)/\(name)", line: section.place.line)
        var format: FileFormat?
        if let entry = section["layout"] {
            target.layout = layoutReference(entry, direction: .target, kind: kind, format: nil)
            if let layout = target.layout {
                target.format = layout.format
                format = layout.format
            }
        }
        if let entry = section["layout"] == nil ? required("format", in: section) : section["format"],
           let written = choice(entry, FileFormat.allCases.map { ($0.rawValue, $0) }) {
            if let layout = target.layout, layout.format != written {
                report(.configLayoutMismatch, at: entry.place, field: entry.field,
                       ["layout": layout.name, "setting": "format", "expected": written.rawValue, "found": layout.format.rawValue])
            }
            target.format = written
            format = written
        }
        if let entry = section["system"], let system = system(entry) {
            target.system = system
            checkCapability(entry, system: system, kind: kind, direction: .target)
        }
        if target.layout == nil, let layout = systemLayout(system: target.system, kind: kind, direction: .target, fields: section["fields"]) {
            target.systemLayout = layout
        } else if let entry = section["fields"] {
            if target.layout != nil {
                report(.configMappingInvalid, at: entry.keyPlace, field: entry.field,
                       ["problem": "a target with a `layout:` takes its fields from the layout; change them there"])
            } else {
                target.overrides = overlay(entry, name: "\(name) fields", kind: DocumentKind(kind), direction: .target, maps: maps)
            }
        }
        if let entry = section["options"], section["system"] == nil || target.system == section["system"]?.raw {
            target.options = connectorOptions(entry, system: target.system, direction: .target,
                                              kind: knownKinds.contains(kind) ? DocumentKind(kind) : nil)
        }
        if let entry = section["options"] ?? section["system"], target.system == section["system"]?.raw {
            checkRequiredOptions(target.options, system: target.system, direction: .target,
                                 kind: knownKinds.contains(kind) ? DocumentKind(kind) : nil, at: entry)
        }
        if let entry = section["outbox"], let outbox = text(entry) { target.outbox = outbox }
        if let entry = section["mode"], let mode = mode(entry) { target.fileMode = mode }
        if let entry = section["per-input-file"], let value = bool(entry) { target.perInputFile = value }
        if let entry = section["delimiter"], let delimiter = delimiter(entry) { target.delimiter = delimiter }
        if let entry = section["schema"], let schema = text(entry) {
            (target.schema, target.schemaLine) = (schema, entry.keyPlace.line)
            if let format, format != .xml {
                report(.xmlSchemaNeedsXMLTarget, at: entry.keyPlace, field: entry.field, ["format": format.rawValue])
            }
        }
        return target
    }

    /// A `layout:` naming one of `layouts:`, of the right direction, kind and format.
    mutating func layoutReference(_ entry: ConfigEntry, direction: LayoutDirection, kind: String, format: FileFormat?) -> Layout? {
        guard let name = text(entry) else { return nil }
        guard let layout = layouts[name] else {
            report(.configUnknownLayout, at: entry.place, field: entry.field,
                   ["layout": name, "known": layouts.keys.sorted().joined(separator: ", ")])
            return nil
        }
        let mismatch: (String, String, String)?
        if layout.direction != direction {
            mismatch = ("direction", direction.rawValue, layout.direction.rawValue)
        } else if layout.kind.rawValue != kind {
            mismatch = ("kind", kind, layout.kind.rawValue)
        } else if let format, format != layout.format {
            mismatch = ("format", format.rawValue, layout.format.rawValue)
        } else {
            mismatch = nil
        }
        if let (setting, expected, found) = mismatch {
            report(.configLayoutMismatch, at: entry.place, field: entry.field,
                   ["layout": name, "setting": setting, "expected": expected, "found": found])
            return nil
        }
        return layout
    }

    /// Flow and target names become folder names: `[A-Za-z0-9._-]`, not starting with a dot.
    static func isValidName(_ name: String) -> Bool {
        guard let first = name.first, first != "." else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
    }

    mutating func checkName(_ name: String, entry: ConfigEntry) {
        if !Self.isValidName(name) {
            report(.configInvalidName, at: entry.place, field: entry.field, ["name": name])
        }
    }

    /// Octal permission bits (`"0640"`, `640`, `0o640`); world-writable modes are refused.
    mutating func mode(_ entry: ConfigEntry) -> UInt16? {
        guard let raw = text(entry) else { return nil }
        guard let mode = Self.parseMode(raw) else {
            report(.configInvalidMode, at: entry.place, field: entry.field, ["value": raw])
            return nil
        }
        if mode & 0o002 != 0 {
            let safe = String(mode & ~0o002, radix: 8)
            let suggestion = String(repeating: "0", count: max(0, 4 - safe.count)) + safe
            report(.configWorldWritableMode, at: entry.place, field: entry.field,
                   ["value": raw, "suggestion": suggestion])
            return nil
        }
        return mode
    }

    static func parseMode(_ raw: String) -> UInt16? {
        var digits = Substring(raw)
        if digits.hasPrefix("0o") || digits.hasPrefix("0O") { digits = digits.dropFirst(2) }
        guard (3...4).contains(digits.count), digits.allSatisfy({ ("0"..."7").contains($0) }),
              let mode = UInt16(digits, radix: 8), mode <= 0o777
        else { return nil }
        return mode
    }

    /// A CSV delimiter: `;`, `,`, `|` or a tab (`tab`, `"\t"`).
    mutating func delimiter(_ entry: ConfigEntry) -> Character? {
        let options: [(String, Character)] = [(";", ";"), (",", ","), ("|", "|"), ("tab", "\t"), ("\t", "\t"), ("\\t", "\t")]
        return choice(entry, options, allowed: "\";\", \",\", \"|\", tab")
    }
}

extension ConfigValidator {
    /// The flow's options with the defaults its targets' systems give its source system for
    /// the options it does not set; nil when no target gives any (the first target that gives a
    /// key wins).
    func optionsWithTargetDefaults(_ flow: FlowConfig) -> ConnectorOptions? {
        var options = flow.options
        var changed = false
        for target in flow.targets {
            guard let defaults = systems[target.system]?.sourceOptionDefaults[flow.source] else { continue }
            for (key, value) in defaults.sorted(by: { $0.key < $1.key }) where options.values[key] == nil {
                options.values[key] = .text(value)
                changed = true
            }
        }
        return changed ? options : nil
    }
}
