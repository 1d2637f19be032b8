import Canonical

/// The fields each document kind's canonical JSON tree can contain (docs/formats.md), so
/// `ferry check` can refuse a filter on a field that never exists.
public enum CanonicalFields {
    indirect enum Shape: Sendable {
        case value
        /// A list of texts (`categories`).
        case texts
        /// Free keys with text values (`customFields`).
        case dictionary
        case object([String: Shape])
        case list(Shape)
    }

    /// Whether `path` can occur in a document of `kind`.
    public static func contains(_ path: FieldPath, kind: DocumentKind) -> Bool {
        guard var shape = shape(of: kind) else { return false }
        for (position, step) in path.steps.enumerated() {
            switch shape {
            case .object(let fields):
                guard let field = fields[step.name] else { return false }
                switch (field, step.selector) {
                case (.list(let item), _):
                    shape = item
                case (.texts, _):
                    return position == path.steps.count - 1
                case (_, .some):
                    return false
                default:
                    shape = field
                }
            case .dictionary:
                return position == path.steps.count - 1 && step.selector == nil
            case .value, .texts, .list:
                return false
            }
        }
        return true
    }

    /// Every dotted path of `kind` (dictionaries as `customFields.NAME`), for suggestions.
    public static func paths(of kind: DocumentKind) -> [String] {
        guard let shape = shape(of: kind) else { return [] }
        return paths(shape, prefix: "")
    }

    private static func paths(_ shape: Shape, prefix: String) -> [String] {
        switch shape {
        case .value, .texts: return [prefix]
        case .dictionary: return [prefix + ".NAME"]
        case .list(let item): return paths(item, prefix: prefix + "[*]")
        case .object(let fields):
            return fields.keys.sorted().flatMap { key in
                paths(fields[key] ?? .value, prefix: prefix.isEmpty ? key : prefix + "." + key)
            }
        }
    }

    static func shape(of kind: DocumentKind) -> Shape? {
        switch kind {
        case .order: return order
        case .article: return article
        case .stock: return values("sku", "warehouse", "available", "reserved", "asOf")
        case .shipment: return values("orderNumber", "trackingNumber", "carrier", "trackingURL", "shippedAt", "sourceSystem")
        default: return nil
        }
    }

    private static func values(_ names: String...) -> Shape {
        .object(Dictionary(uniqueKeysWithValues: names.map { ($0, Shape.value) }))
    }

    private static func merged(_ shape: Shape, _ extra: [String: Shape]) -> Shape {
        guard case .object(var fields) = shape else { return shape }
        fields.merge(extra) { _, new in new }
        return .object(fields)
    }

    private static let party = merged(
        values("number", "companyName", "contactName", "email", "phone"),
        ["identifiers": .list(values("scheme", "value"))])

    private static let address = values(
        "name", "companyName", "street", "houseNumber", "houseNumberAddition", "postalCode", "city", "region", "country",
        "servicePointId")

    private static let line = merged(
        values(
            "lineNumber", "sku", "gtin", "supplierArticleCode", "description", "quantity", "unit", "unitPriceExclVat",
            "unitPriceInclVat", "vatRate", "vatCode", "discount", "hsCode", "countryOfOrigin", "weight"),
        ["customFields": .dictionary])

    private static let order = merged(
        values(
            "number", "sourceSystem", "sourceCompany", "orderKind", "status", "approval", "sourceStatus", "orderDate",
            "currency", "shippingMethod", "shippingCost", "paymentMethod", "paymentTerms", "warehouse", "notes"),
        [
            "buyer": party, "seller": party, "billingAddress": address, "shippingAddress": address,
            "lines": .list(line), "discounts": .list(values("code", "description", "amount")), "customFields": .dictionary,
        ])

    private static let article = merged(
        values(
            "sku", "gtin", "name", "shortDescription", "longDescription", "priceExclVat", "priceInclVat", "vatRate",
            "vatCode", "costPrice", "currency", "stockAvailable", "stockReserved", "unit", "weight", "hsCode",
            "countryOfOrigin", "brand", "parentSku", "updatedAt"),
        [
            "supplierCodes": .list(values("supplier", "code")), "categories": .texts, "imageURLs": .texts,
            "attributes": .dictionary, "customFields": .dictionary,
        ])
}
