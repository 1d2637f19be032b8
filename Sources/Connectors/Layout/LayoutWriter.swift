import Canonical
import Diagnostics
import Formats
import Mapping
import OrderedCollections

/// Renders canonical documents through a target layout as JSON, XML or CSV.
struct LayoutWriter {
    /// The target layout's, built once where the writer's owner is (`LayoutConnector`).
    let evaluator: LayoutEvaluator
    let delimiter: Character
    var layout: Layout { evaluator.layout }

    init(evaluator: LayoutEvaluator, delimiter: Character) {
        self.evaluator = evaluator
        self.delimiter = delimiter
    }

    init(layout: Layout, delimiter: Character) {
        self.init(evaluator: LayoutEvaluator(layout), delimiter: delimiter)
    }

    /// - Throws: the first problem of the documents as a `FerryError` (a target field check or
    ///   a transform that failed).
    func render(_ documents: [any CanonicalDocument], stable: Bool) throws -> [UInt8] {
        var trees: [Node] = []
        var errors: [FerryError] = []
        for document in documents {
            guard type(of: document).kind == layout.kind else {
                throw FerryError(.mapKindMismatch, at: nil, ["expected": layout.kind.rawValue, "found": document.kind.rawValue])
            }
            guard let canonical = DocumentMapping.tree(for: document, stable: stable) else {
                throw FerryError(.mapUnsupportedKind, at: nil, ["kind": document.kind.rawValue, "system": layout.name])
            }
            let built = evaluator.build(record: canonical)
            errors += built.errors
            trees.append(built.tree)
        }
        if let first = errors.first { throw first }
        switch layout.format {
        case .json:
            // With `collection:` the payload always has the wrapper, whatever the number of documents.
            if let collection = layout.collection {
                return JSONWriter(pretty: true).write(NodeBuilding.object([(collection, NodeBuilding.array(trees))]))
            }
            if trees.count == 1 { return JSONWriter(pretty: true).write(trees[0]) }
            return JSONWriter(pretty: true).write(NodeBuilding.array(trees))
        case .xml:
            let writer = XMLWriter(indent: true, namespaces: layout.namespaces)
            let root = layout.rootElement ?? layout.kind.rawValue
            if trees.count == 1 && layout.collection == nil {
                return writer.write(trees[0], rootName: root, namespace: layout.defaultNamespace)
            }
            let wrapper = NodeBuilding.object([(root, NodeBuilding.array(trees))])
            return writer.write(wrapper, rootName: layout.collection ?? root + "s", namespace: layout.defaultNamespace)
        case .csv:
            return csv(trees)
        }
    }

    /// One row per item of the layout's first group (document fields repeated on each), or one
    /// row per document without groups. Columns: the fields in layout order, named by their
    /// path inside the group.
    private func csv(_ trees: [Node]) -> [UInt8] {
        let group = layout.groups.first?.field
        var header: [String] = []
        var columns: [(name: String, path: [String], inGroup: Bool)] = []
        for rule in layout.fields {
            let inGroup = group.map { rule.field.hasPrefix($0 + ".") } ?? false
            let name = inGroup ? String(rule.field.dropFirst((group?.count ?? 0) + 1)) : rule.field
            header.append(name)
            columns.append((name, name.split(separator: ".").map(String.init), inGroup))
        }
        var rows: [[String]] = []
        for tree in trees {
            let items = group.flatMap { tree.value(atDotted: $0)?.items } ?? []
            for item in items.isEmpty ? [nil] : items.map(Optional.some) {
                rows.append(columns.map { column in
                    let source = column.inGroup ? item : tree
                    return source?.value(atDotted: column.path.joined(separator: "."))?.text ?? ""
                })
            }
        }
        return CSVWriter(delimiter: delimiter).write(header: header, rows: rows)
    }
}
