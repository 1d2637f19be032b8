import Canonical
import Mapping

/// The effective mapping of one adapter as rows, for `ferry mapping show`: defaults plus
/// overrides, each with where it came from.
public struct MappingTable: Sendable {
    public struct Row: Sendable, Hashable {
        /// The field written (canonical for a source, the payload's for a target).
        public var field: String
        /// Where its value comes from and how it is changed.
        public var source: String
        public var origin: String
    }

    public var title: String
    public var rows: [Row]

    /// A flow's source side: its layout, or the canonical connector's table with `overrides`.
    public static func source(kind: DocumentKind, system: String, layout: Layout?, overrides: Layout?) -> MappingTable {
        if let layout { return table(layout, title: "source layout \(layout.name) (\(layout.format.rawValue)) → canonical \(kind.rawValue)") }
        return canonical(kind: kind, overrides: overrides,
                         title: "source \(system) → canonical \(kind.rawValue) (CSV columns, JSON keys and XML elements as in docs/formats.md)")
    }

    /// A target's side: its layout, or the canonical connector's table with `overrides`.
    public static func target(name: String, kind: DocumentKind, system: String, format: String, layout: Layout?,
                              overrides: Layout?) -> MappingTable {
        if let layout { return table(layout, title: "target \(name): canonical \(kind.rawValue) → layout \(layout.name) (\(layout.format.rawValue))") }
        return canonical(kind: kind, overrides: overrides, title: "target \(name): canonical \(kind.rawValue) → \(system) \(format)")
    }

    private static func table(_ layout: Layout, title: String) -> MappingTable {
        var rows: [Row] = []
        if !layout.groupBy.isEmpty {
            rows.append(Row(field: "(document)", source: "rows grouped by " + layout.groupBy.map(\.description).joined(separator: ", "),
                            origin: layout.origin.description))
        }
        for group in layout.groups {
            rows.append(Row(field: group.field + "[]", source: "each " + group.each.description, origin: group.origin.description))
        }
        for rule in layout.fields {
            rows.append(Row(field: display(rule.field, groups: layout.groups.map(\.field)), source: rule.value.summary,
                            origin: rule.origin.description))
        }
        return MappingTable(title: title, rows: rows)
    }

    /// The canonical connector's own table: every field read and written as itself.
    private static func canonical(kind: DocumentKind, overrides: Layout?, title: String) -> MappingTable {
        guard let schema = CanonicalSchema.of(kind) else { return MappingTable(title: title, rows: []) }
        var rows: [Row] = []
        var overridden = Set<String>()
        let groups = schema.groups
        for field in schema.fields {
            let shown = display(field.path, groups: groups)
            let suffix = field.type == .dictionary ? ".*" : ""
            if let rule = overrides?.fields.first(where: { $0.field == field.path }) {
                overridden.insert(rule.field)
                rows.append(Row(field: shown, source: rule.value.summary, origin: rule.origin.description))
            } else {
                rows.append(Row(field: shown + suffix, source: shown + suffix + " (\(field.type.rawValue)\(field.required ? ", required" : ""))",
                                origin: "canonical default"))
            }
        }
        for rule in overrides?.fields ?? [] where !overridden.contains(rule.field) {
            rows.append(Row(field: display(rule.field, groups: groups), source: rule.value.summary, origin: rule.origin.description))
        }
        return MappingTable(title: title, rows: rows)
    }

    /// `lines.sku` shown as `lines[].sku`.
    static func display(_ path: String, groups: [String]) -> String {
        var result = path
        for group in groups.sorted(by: { $0.count > $1.count }) where result.hasPrefix(group + ".") {
            result = group + "[]" + result.dropFirst(group.count)
            break
        }
        return result
    }
}
