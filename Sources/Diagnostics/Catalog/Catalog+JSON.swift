extension Catalog {
    static let jsonEntries: [ErrorCode: CatalogEntry] = [:]
}
