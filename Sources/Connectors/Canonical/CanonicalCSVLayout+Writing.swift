import Canonical
import Diagnostics
import Formats

extension CanonicalCSVLayout {
    /// The columns always written for a kind, in their stable order: derived from its field
    /// table (`CanonicalFields`), once per kind.
    static func fixedColumns(for kind: DocumentKind) -> [String] {
        fixedColumnsByKind[kind] ?? []
    }

    private static let fixedColumnsByKind: [DocumentKind: [String]] = Dictionary(
        uniqueKeysWithValues: DocumentMapping.supported.map { kind in
            var rows: [String] = []
            let head = columns(of: CanonicalFields.of(kind) ?? [], prefix: "", rows: &rows)
            return (kind, head + rows)
        })

    /// The fixed columns of one level of a field table: value fields in table order (a
    /// record's fields under its prefix, the first item of a numbered list as `discounts.1.`),
    /// then the fixed keys of keyed lists (`buyer.gln`); the columns of a list written as one
    /// row per item (`line.sku`) go to `rows`, after all others. Dictionaries have no fixed
    /// columns (`custom.<name>`).
    private static func columns(of fields: [CanonicalFieldInfo], prefix: String, rows: inout [String]) -> [String] {
        var columns: [String] = []
        var keyed: [String] = []
        for field in fields {
            if let type = field.type {
                if type != .dictionary { columns.append(prefix + field.csvName) }
                continue
            }
            let inner = prefix + field.csvName + "."
            switch field.csvList {
            case nil: columns += Self.columns(of: field.children, prefix: inner, rows: &rows)
            case .rows?:
                let rowColumns = Self.columns(of: field.children, prefix: inner, rows: &rows)
                rows += rowColumns
            case .numbered?: columns += Self.columns(of: field.children, prefix: inner + "1.", rows: &rows)
            case .keyed(let fixed)?:
                let keyPrefix = field.csvName.isEmpty ? prefix : inner
                keyed += fixed.map { keyPrefix + $0 }
            }
        }
        return columns + keyed
    }

    /// Header and rows for documents given as JSON-shaped trees: one row per order line
    /// (an order without lines gets one row), one row per other document.
    /// - Throws: `mapNotExpressible` for a value the layout cannot carry.
    static func table(trees: [Node], kind: DocumentKind) throws -> (header: [String], rows: [[String]]) {
        var flatRows: [[String: String]] = []
        for tree in trees {
            let head = try flatten(tree, linePrefix: nil)
            let lines = kind == .order ? tree["lines"]?.items ?? [] : []
            if lines.isEmpty {
                flatRows.append(head)
            }
            for line in lines {
                flatRows.append(head.merging(try flatten(line, linePrefix: "line.")) { first, _ in first })
            }
        }
        let fixed = fixedColumns(for: kind)
        let known = Set(fixed)
        var extra = Set<String>()
        for row in flatRows { extra.formUnion(row.keys.filter { !known.contains($0) }) }
        let extras = extra.sorted { left, right in
            let (leftLine, rightLine) = (isLineColumn(left), isLineColumn(right))
            return leftLine == rightLine ? left < right : !leftLine
        }
        let header = fixed + extras
        return (header, flatRows.map { row in header.map { row[$0] ?? "" } })
    }

    /// Column → text for one tree level; lists and dictionaries spread over prefixed columns.
    private static func flatten(_ tree: Node, linePrefix: String?) throws -> [String: String] {
        let prefix = linePrefix ?? ""
        var row: [String: String] = [:]
        func put(_ column: String, _ value: String) throws {
            guard row[column] == nil else {
                throw FerryError(.mapNotExpressible, at: nil, ["field": column, "value": value, "format": "CSV"])
            }
            row[column] = value
        }
        for (key, child) in tree.children {
            switch key {
            case "lines": continue
            case "buyer", "seller":
                for (field, value) in child.children {
                    if field == "identifiers" {
                        for identifier in value.items {
                            let scheme = (identifier["scheme"]?.text ?? "").lowercased()
                            try put("\(key).\(scheme)", identifier["value"]?.text ?? "")
                        }
                    } else if let text = value.text {
                        try put("\(key).\(field)", text)
                    }
                }
            case "billingAddress", "shippingAddress", "payment":
                for (field, value) in child.children { try put("\(key).\(field)", value.text ?? "") }
            case "discounts":
                for (index, discount) in child.items.enumerated() {
                    for (field, value) in discount.children { try put("discounts.\(index + 1).\(field)", value.text ?? "") }
                }
            case "customFields":
                for (name, value) in child.children { try put("\(prefix)custom.\(name)", value.text ?? "") }
            case "attributes":
                for (name, value) in child.children { try put("attribute.\(name)", value.text ?? "") }
            case "supplierCodes":
                for code in child.items {
                    try put("supplierCode.\(code["supplier"]?.text ?? "")", code["code"]?.text ?? "")
                }
            case "categories", "imageURLs":
                let items = child.items.compactMap(\.text)
                if let bad = items.first(where: { $0.contains(listSeparator) }) {
                    throw FerryError(.mapNotExpressible, at: nil, ["field": key, "value": bad, "format": "CSV"])
                }
                try put(key, items.joined(separator: String(listSeparator)))
            default:
                if let text = child.text { try put(prefix + key, text) }
            }
        }
        return row
    }
}
