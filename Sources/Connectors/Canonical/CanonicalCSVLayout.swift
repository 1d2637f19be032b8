import Canonical
import Diagnostics
import Formats
import Foundation

/// The canonical CSV layout: dotted column names, one row per order line, and how rows
/// become JSON-shaped trees for the mappings.
///
/// Column prefixes: `buyer.` / `seller.` (party fields; any other name is an identifier
/// scheme, `buyer.gln` → scheme `GLN`), `billingAddress.` / `shippingAddress.` / `payment.`,
/// `discounts.<n>.`, `custom.<name>`, `line.` and `line.custom.<name>`, and for articles
/// `attribute.<name>`, `supplierCode.<supplier>`, `categories` / `imageURLs` split on `|`.
enum CanonicalCSVLayout {
    static let listSeparator: Character = "|"
    /// The party fields that are columns of their own (`buyer.email`); any other name after
    /// `buyer.` is an identifier scheme. From `Party.canonicalFields`.
    static let partyFields = Party.canonicalFields.map(\.info).filter { $0.type != nil }.map(\.name)
    /// Lower-cased names of the list-of-texts columns, split on `|` (`categories`).
    static let listColumns: Set<String> = Set(
        DocumentMapping.supported.flatMap { CanonicalFields.of($0) ?? [] }
            .filter { $0.type == .textList }.map { $0.csvName.lowercased() })

    /// A cell of a row: its column name and its node (which knows its location).
    typealias Cell = (column: String, node: Node)

    /// The non-empty cells of a CSV record, in column order.
    static func cells(of row: Node) -> [Cell] {
        row.children.compactMap { column, node in
            guard let text = node.text, !text.isBlank else { return nil }
            return (column, node)
        }
    }

    static func isLineColumn(_ column: String) -> Bool { column.lowercased().hasPrefix("line.") }

    /// The JSON-shaped tree of one article, stock or shipment row.
    static func tree(row: Node) -> Node {
        nest(cells(of: row), at: row.location)
    }

    /// The identity of the order a row belongs to: source system, company, kind, number.
    static func orderKey(of row: Node) -> [String] {
        func value(_ name: String) -> String {
            row[name]?.text?.trimmedWhitespace ?? ""
        }
        let system = value("sourceSystem")
        let kind = value("orderKind").lowercased()
        return [system.isEmpty ? "canonical" : system, value("sourceCompany"), kind.isEmpty ? "sales" : kind, value("number")]
    }

    /// The JSON-shaped tree of one order from its consecutive rows; conflicting order-level
    /// values are reported in `reading`.
    static func orderTree(rows: [Node], _ reading: inout NodeReading) -> Node {
        var merged: [Cell] = []
        var firstIndex: [String: Int] = [:]
        var lines: [Node] = []
        // Every row has the file's columns in the same order: work out what each column is,
        // and where its first value went, once per order, by position (checked by name).
        var columns: [(name: String, lineName: String?, key: String, mergedIndex: Int?)] = []
        for row in rows {
            var lineCells: [Cell] = []
            for (position, (name, node)) in row.children.enumerated() {
                guard let value = node.text, !value.isBlank else { continue }
                if position >= columns.count || columns[position].name != name {
                    let isLine = isLineColumn(name)
                    let column = (name, isLine ? String(name.dropFirst("line.".count)) : nil, name.lowercased(), Int?.none)
                    while columns.count <= position { columns.append(("", nil, "", nil)) }
                    columns[position] = column
                }
                if let lineName = columns[position].lineName {
                    lineCells.append((lineName, node))
                    continue
                }
                let index: Int
                if let known = columns[position].mergedIndex {
                    index = known
                } else if let known = firstIndex[columns[position].key] {
                    index = known
                } else {
                    index = merged.count
                    firstIndex[columns[position].key] = index
                    merged.append((name, node))
                    columns[position].mergedIndex = index
                    continue
                }
                columns[position].mergedIndex = index
                let first = merged[index].node.text ?? ""
                if first != value && first.trimmedWhitespace != value.trimmedWhitespace {
                    reading.report(.mapConflictingValue, at: node.location,
                                   ["field": name, "value": value, "first": first])
                }
            }
            if !lineCells.isEmpty {
                lines.append(nest(lineCells, at: row.location.field("line")))
            }
        }
        let rowLocation = rows.first?.location ?? NodeBuilding.nowhere
        var order = nest(merged, at: rowLocation)
        if !lines.isEmpty, case .object(var children) = order.value {
            children["lines"] = Node(.array(lines), at: rowLocation.field("line"))
            order.value = .object(children)
        }
        return order
    }

    /// Groups dotted cells into nested objects, lists and dictionaries.
    static func nest(_ cells: [Cell], at location: Location) -> Node {
        var top: [(String, Node)] = []
        var objects: [(prefix: String, name: String, fields: [(String, Node)])] = []
        var identifiers: [String: [Node]] = [:]
        var supplierCodes: [Node] = []

        func add(_ prefix: String, as name: String, _ field: String, _ node: Node) {
            if let index = objects.firstIndex(where: { $0.prefix == prefix }) {
                objects[index].fields.append((field, node))
            } else {
                objects.append((prefix, name, [(field, node)]))
            }
        }

        for (column, node) in cells {
            let parts = column.utf8.contains(0x2E) ? column.split(separator: ".", maxSplits: 1).map(String.init) : [column]
            guard parts.count == 2 else {
                if mayBeListColumn(column) && listColumns.contains(column.lowercased()) {
                    top.append((column, splitList(node)))
                } else {
                    top.append((column, node))
                }
                continue
            }
            let (head, rest) = (parts[0].lowercased(), parts[1])
            switch head {
            case "custom": add("custom", as: "customFields", rest, node)
            case "attribute": add("attribute", as: "attributes", rest, node)
            case "suppliercode":
                supplierCodes.append(NodeBuilding.object(
                    [("supplier", Node(.scalar(rest), at: node.location)), ("code", node)], at: node.location))
            case "buyer", "seller":
                if partyFields.contains(where: { $0.lowercased() == rest.lowercased() }) {
                    add(head, as: head, rest, node)
                } else {
                    let identifier = NodeBuilding.object(
                        [("scheme", Node(.scalar(rest.uppercased()), at: node.location)), ("value", node)],
                        at: node.location)
                    identifiers[head, default: []].append(identifier)
                    add(head, as: head, "", node)
                }
            case "billingaddress", "shippingaddress", "payment", "discounts":
                let nested = rest.split(separator: ".", maxSplits: 1).map(String.init)
                if head == "discounts", nested.count == 2 {
                    add("discounts." + nested[0], as: "discounts", nested[1], node)
                } else {
                    add(parts[0], as: parts[0], rest, node)
                }
            default:
                top.append((column, node))
            }
        }

        var discounts: [Node] = []
        for object in objects {
            var fields = object.fields.filter { !$0.0.isEmpty }
            if let ids = identifiers[object.prefix] {
                fields.append(("identifiers", Node(.array(ids), at: location.field(object.prefix))))
            }
            let node = NodeBuilding.object(fields, at: location.field(object.prefix))
            if object.name == "discounts" { discounts.append(node) } else { top.append((object.name, node)) }
        }
        if !discounts.isEmpty { top.append(("discounts", Node(.array(discounts), at: location.field("discounts")))) }
        if !supplierCodes.isEmpty {
            top.append(("supplierCodes", Node(.array(supplierCodes), at: location.field("supplierCode"))))
        }
        return NodeBuilding.object(top, at: location)
    }

    /// `false` only for a column that cannot lower-case to a list column: an ASCII name of
    /// another length (saves lower-casing every cell).
    private static func mayBeListColumn(_ column: String) -> Bool {
        let count = column.utf8.count
        return count == 9 || count == 10 || !column.utf8.allSatisfy { $0 < 0x80 }
    }

    /// `Shoes | Sneakers` → a list of two texts, each at the cell's location.
    static func splitList(_ cell: Node) -> Node {
        let items = (cell.text ?? "").split(separator: listSeparator).compactMap { part -> Node? in
            let item = part.trimmedWhitespace
            return item.isEmpty ? nil : Node(.scalar(item), at: cell.location)
        }
        return Node(.array(items), at: cell.location)
    }
}
