import Diagnostics
import Formats
import OrderedCollections

/// Applies a `Layout` to record trees. Built once per layout; evaluation collects every
/// problem of a record as a located `FerryError` and never throws.
public struct LayoutEvaluator: Sendable {
    /// The fields and groups of one nesting level, paths relative to the level.
    struct Level: Sendable {
        enum Entry: Sendable { case field(Int), group(Int) }
        var path: String
        var fields: [(path: [String], rule: FieldRule)] = []
        var groups: [(path: [String], rule: GroupRule, level: Level)] = []
        /// Fields and groups in the order written: a group stands where its first field is,
        /// so an XML payload keeps the element order a schema demands.
        var order: [Entry] = []
    }

    public let layout: Layout
    let plan: Level

    public init(_ layout: Layout) {
        self.layout = layout
        plan = Self.level("", groups: layout.groups, fields: layout.fields)
    }

    private static func level(_ path: String, groups: [GroupRule], fields: [FieldRule]) -> Level {
        var result = Level(path: path)
        let prefix = path.isEmpty ? "" : path + "."
        let inner = groups.filter { $0.field.hasPrefix(prefix) && $0.field != path }
        // Direct subgroups: those not inside another subgroup of this level.
        let direct = inner.filter { group in
            !inner.contains { other in other.field != group.field && group.field.hasPrefix(other.field + ".") }
        }
        for group in direct {
            let sub = Self.level(group.field, groups: inner, fields: fields)
            result.groups.append((relative(group.field, to: prefix), group, sub))
        }
        for rule in fields where rule.field.hasPrefix(prefix) {
            if let owner = direct.firstIndex(where: { rule.field.hasPrefix($0.field + ".") }) {
                let placed = result.order.contains { if case .group(owner) = $0 { true } else { false } }
                if !placed { result.order.append(.group(owner)) }
            } else {
                result.order.append(.field(result.fields.count))
                result.fields.append((relative(rule.field, to: prefix), rule))
            }
        }
        for index in direct.indices where !result.order.contains(where: { if case .group(index) = $0 { true } else { false } }) {
            result.order.append(.group(index))
        }
        return result
    }

    private static func relative(_ path: String, to prefix: String) -> [String] {
        String(path.dropFirst(prefix.count)).split(separator: ".").map(String.init)
    }

    /// A new tree from `record`; `rows` are the rows of a grouped CSV document (the record
    /// is the first of them).
    public func build(record: Node, rows: [Node] = []) -> (tree: Node, errors: [FerryError]) {
        var context = Context(layout: layout, record: record, rows: rows, usage: nil)
        let tree = build(plan, item: record, trail: "", &context)
        if rows.count > 1 { checkRowsAgree(tree, rows: rows, &context) }
        return (tree, context.errors)
    }

    /// `build(record:rows:)`, noting in `usage` each path that selected something.
    public func build(record: Node, rows: [Node] = [], usage: inout PathUsage) -> (tree: Node, errors: [FerryError]) {
        var context = Context(layout: layout, record: record, rows: rows, usage: usage)
        let tree = build(plan, item: record, trail: "", &context)
        if rows.count > 1 { checkRowsAgree(tree, rows: rows, &context) }
        usage = context.usage ?? usage
        return (tree, context.errors)
    }

    /// The document-level fields of a grouped CSV document come from its first row; a later
    /// row that says otherwise is an error (MAP-009), not silently ignored.
    private func checkRowsAgree(_ tree: Node, rows: [Node], _ context: inout Context) {
        guard let firstRow = rows.first, rows.count > 1 else { return }
        for (path, rule) in plan.fields {
            guard case .path(let source) = rule.value.input else { continue }
            // A row whose cells under this path read exactly as the first row's gives the same
            // value: the rule is evaluated again only for rows that read differently.
            let firstCells = source.select(item: firstRow, record: firstRow).map(\.text)
            for row in rows.dropFirst() where source.select(item: row, record: row).map(\.text) != firstCells {
                let first = tree.value(at: path[...])?.text
                let firstTrimmed = first?.trimmedWhitespace
                var scratch = Context(layout: layout, record: row, rows: [], usage: nil)
                let value = evaluate(rule.value, item: row, field: Self.join("", path), &scratch)
                // Compared as the rows are grouped: spaces around a value do not count.
                guard let text = value?.text, text.trimmedWhitespace != firstTrimmed else { continue }
                context.errors.append(FerryError(
                    .mapConflictingValue, at: value?.location ?? row.location,
                    ["field": (value?.location ?? row.location).valueName, "value": text, "first": first ?? ""]))
                break
            }
        }
    }

    /// `base`, a canonical tree a connector built in code from `record`, with the layout's fields
    /// evaluated over `record` (the system's own record, as `build` reads it) written over it:
    /// each field the layout names is replaced, or removed where its path selects nothing; a
    /// group's items are matched to the base's items by position (the base keeps items the
    /// layout's group does not reach). A system whose reading is partly a table (UBL: plain
    /// XPaths) and partly code (identifier schemes, price per base quantity) keeps the table here.
    public func apply(record: Node, onto base: Node) -> (tree: Node, errors: [FerryError]) {
        var context = Context(layout: layout, record: record, rows: [], usage: nil)
        let tree = apply(plan, item: record, onto: base, trail: "", &context)
        return (tree, context.errors)
    }

    private func apply(_ level: Level, item: Node, onto base: Node, trail: String, _ context: inout Context) -> Node {
        var out = base
        if case .object = out.value {} else { out = Node(.object([:]), at: item.location) }
        for (path, rule) in level.fields {
            let name = Self.join(trail, path)
            context.rule = rule.field
            if let value = evaluate(rule.value, item: item, field: name, &context) {
                out.set(path[...], value, merging: rule.value.buildsNamedValues)
            } else {
                out.remove(path[...])
            }
        }
        for (path, rule, sub) in level.groups {
            var items = rule.each.isRows ? context.rows : select(rule.each, item: item, noting: rule.field, &context)
            if items.count == 1, case .array(let elements) = items[0].value { items = elements }
            var existing: [Node] = []
            if let list = out.value(at: path[...]), case .array(let elements) = list.value { existing = elements }
            let name = Self.join(trail, path)
            var built: [Node] = []
            for (position, element) in items.enumerated() {
                let start = position < existing.count ? existing[position] : Node(.object([:]), at: element.location)
                built.append(apply(sub, item: element, onto: start, trail: name + "[\(position + 1)]", &context))
            }
            if existing.count > items.count { built += existing[items.count...] }
            if !built.isEmpty { out.set(path[...], Node(.array(built), at: item.location), merging: false) }
        }
        return out
    }

    /// `tree` with the layout's fields replaced or added, group items in place.
    public func overlay(_ tree: Node) -> (tree: Node, errors: [FerryError]) {
        var context = Context(layout: layout, record: tree, rows: [], usage: nil)
        let result = overlay(plan, onto: tree, trail: "", &context)
        return (result, context.errors)
    }

    struct Context {
        let layout: Layout
        let record: Node
        let rows: [Node]
        /// `nil`: paths are not noted (a run).
        var usage: PathUsage?
        /// The rule being evaluated (`lines.sku`), under which its paths are noted in `usage`.
        var rule = ""
        var errors: [FerryError] = []
    }

    private func build(_ level: Level, item: Node, trail: String, _ context: inout Context) -> Node {
        var out = Node(.object([:]), at: item.location)
        for entry in level.order {
            switch entry {
            case .field(let index):
                let (path, rule) = level.fields[index]
                let name = Self.join(trail, path)
                context.rule = rule.field
                if let value = evaluate(rule.value, item: item, field: name, &context) {
                    out.set(path[...], value, merging: rule.value.buildsNamedValues)
                }
            case .group(let index):
                let (path, rule, sub) = level.groups[index]
                var items = rule.each.isRows ? context.rows : select(rule.each, item: item, noting: rule.field, &context)
                // A path to one array (`line_items`) repeats over its elements, as `line_items[]` does.
                if items.count == 1, case .array(let elements) = items[0].value { items = elements }
                let name = Self.join(trail, path)
                var built: [Node] = []
                for (position, element) in items.enumerated() {
                    let item = build(sub, item: element, trail: name + "[\(position + 1)]", &context)
                    // An item none of whose fields has a value (a row with empty supplier columns) is left out.
                    if case .object(let members) = item.value, members.isEmpty { continue }
                    built.append(item)
                }
                if !built.isEmpty { out.set(path[...], Node(.array(built), at: item.location), merging: false) }
            }
        }
        return out
    }

    private func overlay(_ level: Level, onto base: Node, trail: String, _ context: inout Context) -> Node {
        guard case .object = base.value else { return base }
        var out = base
        for (path, rule) in level.fields {
            let name = Self.join(trail, path)
            context.rule = rule.field
            if let value = evaluate(rule.value, item: base, field: name, &context) {
                out.set(path[...], value, merging: rule.value.buildsNamedValues)
            } else {
                out.remove(path[...])
            }
        }
        for (path, _, sub) in level.groups {
            guard let list = out.value(at: path[...]), case .array(let items) = list.value else { continue }
            let name = Self.join(trail, path)
            let replaced = items.enumerated().map { index, element in
                overlay(sub, onto: element, trail: name + "[\(index + 1)]", &context)
            }
            out.set(path[...], Node(.array(replaced), at: list.location), merging: false)
        }
        return out
    }

    static func join(_ trail: String, _ path: [String]) -> String {
        let tail = path.joined(separator: ".")
        return trail.isEmpty ? tail : trail + "." + tail
    }
}

extension SourcePath {
    var isRows: Bool {
        if case .rows = self { return true }
        return false
    }
}

extension ValueExpression {
    /// Whether the value is a dictionary read from entries (`entries:`).
    public var isEntries: Bool {
        if case .entries = input { return true }
        return false
    }

    /// Whether the value is named values (`entries:` or a `key-value` step), merged into
    /// what the field already holds.
    public var buildsNamedValues: Bool {
        isEntries || steps.contains { if case .keyValue = $0 { true } else { false } }
    }
}

extension Node {
    /// The node at a path of object keys, if any.
    func value(at path: ArraySlice<String>) -> Node? {
        guard let first = path.first else { return self }
        return self[first]?.value(at: path.dropFirst())
    }

    /// The node at a dotted path of object keys (`buyer.email`), if any.
    public func value(atDotted path: String) -> Node? {
        value(at: path.split(separator: ".").map(String.init)[...])
    }

    /// Sets the node at a path of object keys, creating objects on the way; `merging` adds an
    /// object's members to an object already there.
    ///
    /// The children are taken out of `value` while they change and each child is changed in
    /// place, so no level's dictionary is copied (a copy per field made building a tree
    /// quadratic in its fields).
    mutating func set(_ path: ArraySlice<String>, _ newValue: Node, merging: Bool) {
        guard let first = path.first else {
            if merging, case .object(var existing) = value, case .object(let added) = newValue.value {
                value = .null
                for (key, member) in added { existing[key] = member }
                value = .object(existing)
            } else {
                self = newValue
            }
            return
        }
        var children: OrderedDictionary<String, Node>
        if case .object(let existing) = value { children = existing } else { children = [:] }
        value = .null
        children[first, default: Node(.object([:]), at: newValue.location)].set(path.dropFirst(), newValue, merging: merging)
        value = .object(children)
    }

    mutating func remove(_ path: ArraySlice<String>) {
        guard let first = path.first, case .object(var children) = value else { return }
        value = .null
        if path.count == 1 {
            children.removeValue(forKey: first)
        } else if children[first] != nil {
            children[first, default: Node(.null, at: location)].remove(path.dropFirst())
        }
        value = .object(children)
    }
}
