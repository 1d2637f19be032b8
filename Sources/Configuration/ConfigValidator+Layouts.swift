import Canonical
import Diagnostics
import Foundation
import Formats
import Mapping
import Yams

/// Parsing `maps:`, `layouts:` and the `fields:` overrides of flows and targets into
/// `Mapping.Layout`s, with every mistake reported at its line (docs/mapping.md).
extension ConfigValidator {
    /// The YAML mapping's entries in the order written, with their places.
    func orderedEntries(_ node: YAMLNode, field: String) -> [ConfigEntry] {
        guard case let .mapping(mapping) = node else { return [] }
        return mapping.map { key, value in
            let name = key.scalar?.string ?? "\(key)"
            return ConfigEntry(name: name, key: key, value: value, field: field + "." + name)
        }
    }

    /// `maps:`: name → `{values: {...}, unmapped: error|default|pass, default: X}`.
    mutating func valueMaps(_ entry: ConfigEntry) -> [String: ValueMap] {
        var maps: [String: ValueMap] = [:]
        guard case .mapping = entry.value else {
            report(.configExpectedMap, at: entry.keyPlace, field: entry.field, ["key": entry.name])
            return maps
        }
        for item in orderedEntries(entry.value, field: entry.field) {
            if let map = valueMap(item, name: item.name) { maps[item.name] = map }
        }
        return maps
    }

    mutating func valueMap(_ entry: ConfigEntry, name: String) -> ValueMap? {
        guard let section = section(entry, allowed: ConfigKeys.valueMap) else { return nil }
        var map = ValueMap(name: name, entries: [])
        if let values = required("values", in: section) {
            guard case .mapping = values.value else {
                report(.configExpectedMap, at: values.keyPlace, field: values.field, ["key": values.name])
                return nil
            }
            map.entries = mapEntries(values)
        }
        if let unmapped = section["unmapped"],
           let policy = choice(unmapped, ValueMap.Unmapped.allCases.map { ($0.rawValue, $0) }) {
            map.unmapped = policy
        }
        if let fallback = section["default"] { map.fallback = text(fallback) }
        if map.unmapped == .default && map.fallback == nil {
            report(.configMappingInvalid, at: section.place, field: entry.field,
                   ["problem": "`unmapped: default` needs a `default:` value"])
        }
        return map
    }

    /// The `source: target` pairs of a value map, in the order written. Values are matched
    /// ignoring case and surrounding spaces, so keys that fold together are refused.
    mutating func mapEntries(_ entry: ConfigEntry) -> [(key: String, value: String)] {
        var entries: [(key: String, value: String)] = []
        var seen: [String: String] = [:]
        for pair in orderedEntries(entry.value, field: entry.field) {
            guard let target = text(pair) else { continue }
            let folded = pair.name.trimmingCharacters(in: .whitespaces).lowercased()
            if let earlier = seen[folded], earlier != pair.name {
                report(.configMappingInvalid, at: pair.keyPlace, field: pair.field,
                       ["problem": "`\(pair.name)` and `\(earlier)` differ only in case or spaces, and values are matched ignoring both"])
            }
            seen[folded] = pair.name
            entries.append((pair.name, target))
        }
        return entries
    }

    /// `layouts:`: name → layout section. Value maps must be known already.
    mutating func layouts(_ entry: ConfigEntry, maps: [String: ValueMap]) -> [String: Layout] {
        var result: [String: Layout] = [:]
        guard case .mapping = entry.value else {
            report(.configExpectedMap, at: entry.keyPlace, field: entry.field, ["key": entry.name])
            return result
        }
        for item in orderedEntries(entry.value, field: entry.field) {
            if let layout = layout(item, maps: maps) { result[item.name] = layout }
        }
        return result
    }

    mutating func layout(_ entry: ConfigEntry, maps: [String: ValueMap]) -> Layout? {
        guard let section = section(entry, allowed: ConfigKeys.layout) else { return nil }
        var direction = LayoutDirection.source
        if let written = section["direction"],
           let value = choice(written, [("source", LayoutDirection.source), ("target", .target)]) {
            direction = value
        }
        guard let kindEntry = required("kind", in: section), let kindText = text(kindEntry) else { return nil }
        let kind = DocumentKind(kindText)
        guard let schema = CanonicalSchema.of(kind) else {
            report(.configUnknownKind, at: kindEntry.place, field: kindEntry.field,
                   ["kind": kindText, "known": knownKinds.sorted().joined(separator: ", ")])
            return nil
        }
        guard let formatEntry = required("format", in: section),
              let format = choice(formatEntry, FileFormat.allCases.map { ($0.rawValue, $0) }) else { return nil }
        var layout = Layout(name: entry.name, direction: direction, kind: kind, format: format,
                            origin: .config(fileName, line: section.place.line))
        if let namespaces = section["namespaces"] {
            for pair in orderedEntries(namespaces.value, field: namespaces.field) {
                if let uri = text(pair) { layout.namespaces[pair.name] = uri }
            }
        }
        let readFormat: FileFormat? = direction == .source ? format : nil
        let context = LayoutContext(layout: layout, schema: schema, maps: maps, readFormat: readFormat)
        if let written = section["group-by"], let columns = texts(written) {
            if format != .csv || direction != .source {
                report(.configMappingInvalid, at: written.place, field: written.field,
                       ["problem": "`group-by` is for CSV source layouts"])
            }
            layout.groupBy = columns.compactMap { sourcePath($0.text, at: $0.place, field: written.field, context) }
        }
        if let written = section["record"] { layout.recordElement = text(written) }
        if let written = section["records"], let text = text(written) {
            layout.recordPath = sourcePath(text, at: written.place, field: written.field, context)
        }
        if let written = section["root"] { layout.rootElement = text(written) }
        if let written = section["namespace"] { layout.defaultNamespace = text(written) }
        if let written = section["collection"] { layout.collection = text(written) }
        if let groups = section["groups"] {
            for pair in orderedEntries(groups.value, field: groups.field) {
                if let group = groupRule(pair, context) { layout.groups.append(group) }
            }
        }
        if direction == .target && format == .csv && layout.groups.count > 1, let groups = section["groups"] {
            report(.configMappingInvalid, at: groups.keyPlace, field: groups.field,
                   ["problem": "a CSV target repeats rows over one group only; \(layout.groups.count) are declared"])
        }
        if let fields = required("fields", in: section) {
            guard case .mapping = fields.value else {
                report(.configExpectedMap, at: fields.keyPlace, field: fields.field, ["key": fields.name])
                return nil
            }
            let groupContext = LayoutContext(layout: layout, schema: schema, maps: maps, readFormat: readFormat)
            for pair in orderedEntries(fields.value, field: fields.field) {
                if let rule = fieldRule(pair, groupContext) { layout.fields.append(rule) }
            }
        }
        return layout
    }

    /// A flow's or target's `fields:` over the canonical connector's own table.
    mutating func overlay(_ entry: ConfigEntry, name: String, kind: DocumentKind, direction: LayoutDirection,
                          maps: [String: ValueMap]) -> Layout? {
        guard let schema = CanonicalSchema.of(kind) else { return nil }
        guard case .mapping = entry.value else {
            report(.configExpectedMap, at: entry.keyPlace, field: entry.field, ["key": entry.name])
            return nil
        }
        var layout = Layout(name: name, direction: direction, kind: kind, format: .json,
                            origin: .config(fileName, line: entry.keyPlace.line))
        layout.overlay = true
        for group in schema.groups {
            if let path = try? SourcePath.parse(group + "[]", format: nil, namespaces: [:], at: Location(file: fileName)) {
                layout.groups.append(GroupRule(field: group, each: path, origin: RuleOrigin("canonical default")))
            }
        }
        let context = LayoutContext(layout: layout, schema: schema, maps: maps, readFormat: nil, overlay: true)
        for pair in orderedEntries(entry.value, field: entry.field) {
            if let rule = fieldRule(pair, context) { layout.fields.append(rule) }
        }
        return layout
    }
}

/// What a field rule is checked against while its layout is read.
struct LayoutContext {
    var layout: Layout
    var schema: CanonicalSchema
    var maps: [String: ValueMap]
    /// The format paths are read in: the layout's for a source, `nil` (canonical tree) for a target.
    var readFormat: FileFormat?
    var overlay = false

    /// The canonical field a target layout's path reads, with the group it is relative to.
    func canonicalField(read path: String, inGroup group: String?) -> String {
        let bare = path.hasPrefix("$.") ? String(path.dropFirst(2)) : path
        let cleaned = Self.withoutSelectors(bare)
        guard let group, !path.hasPrefix("$"), let each = layout.groups.first(where: { $0.field == group }) else {
            return cleaned
        }
        return Self.withoutSelectors(each.each.description) + "." + cleaned
    }

    /// `identifiers[0].value` → `identifiers.value`: the field a path reads, whatever item it picks.
    static func withoutSelectors(_ path: String) -> String {
        var result = ""
        var depth = 0
        for character in path {
            if character == "[" {
                depth += 1
            } else if character == "]" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                result.append(character)
            }
        }
        return result
    }
}
