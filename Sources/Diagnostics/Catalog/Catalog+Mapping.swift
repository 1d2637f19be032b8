extension Catalog {
    static let mappingEntries: [ErrorCode: CatalogEntry] = [:]
}
