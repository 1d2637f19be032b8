extension CanonicalSchema {
    /// The schema of a field table (`CanonicalRecord.canonicalFields`): every value field by
    /// its dotted path, every list of records as a group.
    init(kind: DocumentKind, table: [CanonicalFieldInfo]) {
        var fields: [Field] = []
        var groups: [String] = []
        func add(_ infos: [CanonicalFieldInfo], under prefix: String) {
            for info in infos {
                let path = prefix + info.name
                if let type = info.type {
                    fields.append(Field(path: path, type: type, required: info.required, values: info.values))
                } else {
                    if info.isList { groups.append(path) }
                    add(info.children, under: path + ".")
                }
            }
        }
        add(table, under: "")
        self.init(kind: kind, fields: fields, groups: groups)
    }

    static let order = CanonicalSchema(kind: .order, table: Order.canonicalFields.map(\.info))
    static let article = CanonicalSchema(kind: .article, table: Article.canonicalFields.map(\.info))
    static let stock = CanonicalSchema(kind: .stock, table: StockLevel.canonicalFields.map(\.info))
    static let shipment = CanonicalSchema(kind: .shipment, table: Shipment.canonicalFields.map(\.info))
    static let price = CanonicalSchema(kind: .price, table: SalesPrice.canonicalFields.map(\.info))
}
