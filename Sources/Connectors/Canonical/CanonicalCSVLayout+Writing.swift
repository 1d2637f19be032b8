import Canonical
import Diagnostics
import Formats

extension CanonicalCSVLayout {
    /// The columns always written for a kind, in their stable order.
    static func fixedColumns(for kind: DocumentKind) -> [String] {
        switch kind {
        case .order:
            let party = partyFields + standardSchemes
            return ["number", "sourceSystem", "sourceCompany", "orderKind", "status", "approval", "sourceStatus",
                    "orderDate", "currency"]
                + party.map { "buyer.\($0)" } + party.map { "seller.\($0)" }
                + addressFields.map { "billingAddress.\($0)" } + addressFields.map { "shippingAddress.\($0)" }
                + ["shippingMethod", "shippingCost", "paymentMethod", "paymentTerms"]
                + discountFields.map { "discounts.1.\($0)" }
                + ["warehouse", "notes"]
                + lineFields.map { "line.\($0)" }
        case .article:
            return ["sku", "gtin", "name", "shortDescription", "longDescription", "priceExclVat", "priceInclVat",
                    "vatRate", "vatCode", "costPrice", "currency", "stockAvailable", "stockReserved", "unit", "weight",
                    "hsCode", "countryOfOrigin", "brand", "categories", "imageURLs", "parentSku", "updatedAt"]
        case .stock:
            return ["sku", "warehouse", "available", "reserved", "asOf"]
        case .shipment:
            return ["orderNumber", "trackingNumber", "carrier", "trackingURL", "shippedAt", "sourceSystem"]
        default:
            return []
        }
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
            case "billingAddress", "shippingAddress":
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
