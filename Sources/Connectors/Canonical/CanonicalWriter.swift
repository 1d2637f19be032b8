import Canonical
import Diagnostics
import Formats
import Mapping

/// Renders canonical documents as canonical JSON, XML or CSV bytes.
enum CanonicalWriter {
    /// The bytes for `documents`, all of `kind`; `stable` leaves out volatile timestamps.
    /// - Throws: `FerryError` when a document is of another kind or cannot be expressed.
    static func render(_ documents: [any CanonicalDocument], kind: DocumentKind, format: FileFormat,
                       delimiter: Character, stable: Bool, overrides: LayoutEvaluator? = nil) throws -> [UInt8] {
        var trees: [Node] = []
        for document in documents {
            let found = type(of: document).kind
            guard found == kind else {
                throw FerryError(.mapKindMismatch, at: nil, ["expected": kind.rawValue, "found": found.rawValue])
            }
            guard let tree = DocumentMapping.tree(for: document, stable: stable) else {
                throw FerryError(.mapUnsupportedKind, at: nil, ["kind": found.rawValue, "system": "canonical"])
            }
            guard let overrides else {
                trees.append(tree)
                continue
            }
            let (changed, errors) = overrides.overlay(tree)
            if let first = errors.first { throw first }
            trees.append(changed)
        }
        switch format {
        case .json:
            let node = trees.count == 1 ? trees[0] : NodeBuilding.array(trees)
            return JSONWriter(pretty: true).write(node)
        case .xml:
            let names = DocumentMapping.xmlNames(of: kind)
            let elements = trees.map(CanonicalXMLShape.render)
            if elements.count == 1 {
                return XMLWriter(indent: true).write(elements[0], rootName: names.element)
            }
            let wrapper = NodeBuilding.object([(names.element, NodeBuilding.array(elements))])
            return XMLWriter(indent: true).write(wrapper, rootName: names.collection)
        case .csv:
            let table = try CanonicalCSVLayout.table(trees: trees, kind: kind)
            return CSVWriter(delimiter: delimiter).write(header: table.header, rows: table.rows)
        }
    }
}
