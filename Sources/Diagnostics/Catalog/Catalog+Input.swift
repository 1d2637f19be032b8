extension Catalog {
    static let inputEntries: [ErrorCode: CatalogEntry] = [:]
}
