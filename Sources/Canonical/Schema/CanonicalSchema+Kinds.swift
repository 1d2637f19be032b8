extension CanonicalSchema {
    private static func text(_ path: String, required: Bool = false) -> Field {
        Field(path: path, type: .text, required: required, values: [])
    }
    private static func typed(_ path: String, _ type: FieldType, required: Bool = false) -> Field {
        Field(path: path, type: type, required: required, values: [])
    }
    private static func choice(_ path: String, _ values: [String]) -> Field {
        Field(path: path, type: .choice, required: false, values: values)
    }

    private static func party(_ prefix: String) -> [Field] {
        [text(prefix + ".number"), text(prefix + ".identifiers.scheme", required: true),
         text(prefix + ".identifiers.value", required: true), text(prefix + ".companyName"),
         text(prefix + ".contactName"), text(prefix + ".email"), text(prefix + ".phone")]
    }

    private static func address(_ prefix: String) -> [Field] {
        ["name", "companyName", "street", "houseNumber", "houseNumberAddition", "postalCode", "city", "region"]
            .map { text(prefix + "." + $0) }
            + [typed(prefix + ".country", .country), text(prefix + ".servicePointId")]
    }

    static let order = CanonicalSchema(
        kind: .order,
        fields: [
            text("number", required: true), text("sourceSystem"), text("sourceCompany"),
            choice("orderKind", ["sales", "purchase"]),
            choice("status", Order.Status.allCases.map(\.rawValue)),
            choice("approval", ["approved", "pending", "rejected"]), text("sourceStatus"),
            typed("orderDate", .date), typed("currency", .currency),
        ] + party("buyer") + party("seller") + address("billingAddress") + address("shippingAddress") + [
            typed("lines.lineNumber", .integer), text("lines.sku"), text("lines.gtin"),
            text("lines.supplierArticleCode"), text("lines.description"),
            typed("lines.quantity", .decimal, required: true), text("lines.unit"),
            typed("lines.unitPriceExclVat", .decimal), typed("lines.unitPriceInclVat", .decimal),
            typed("lines.vatRate", .decimal), text("lines.vatCode"), typed("lines.discount", .decimal),
            text("lines.hsCode"), typed("lines.countryOfOrigin", .country), typed("lines.weight", .decimal),
            typed("lines.customFields", .dictionary),
            text("shippingMethod"), typed("shippingCost", .decimal), text("paymentMethod"), text("paymentTerms"),
            text("discounts.code"), text("discounts.description"), typed("discounts.amount", .decimal, required: true),
            text("warehouse"), text("notes"), typed("customFields", .dictionary),
        ],
        groups: ["buyer.identifiers", "seller.identifiers", "lines", "discounts"])

    static let article = CanonicalSchema(
        kind: .article,
        fields: [
            text("sku", required: true), text("gtin"),
            text("supplierCodes.supplier", required: true), text("supplierCodes.code", required: true),
            text("name"), text("shortDescription"), text("longDescription"),
            typed("priceExclVat", .decimal), typed("priceInclVat", .decimal), typed("vatRate", .decimal),
            text("vatCode"), typed("costPrice", .decimal), typed("currency", .currency),
            typed("stockAvailable", .decimal), typed("stockReserved", .decimal), text("unit"),
            typed("weight", .decimal), text("hsCode"), typed("countryOfOrigin", .country), text("brand"),
            typed("categories", .textList), typed("imageURLs", .textList), typed("attributes", .dictionary),
            text("parentSku"), typed("customFields", .dictionary), typed("updatedAt", .date),
        ],
        groups: ["supplierCodes"])

    static let stock = CanonicalSchema(
        kind: .stock,
        fields: [
            text("sku", required: true), text("warehouse"), typed("available", .decimal, required: true),
            typed("reserved", .decimal), typed("asOf", .date),
        ],
        groups: [])

    static let shipment = CanonicalSchema(
        kind: .shipment,
        fields: [
            text("orderNumber", required: true), text("trackingNumber", required: true), text("carrier"),
            text("trackingURL"), typed("shippedAt", .date), text("sourceSystem"),
        ],
        groups: [])
}
