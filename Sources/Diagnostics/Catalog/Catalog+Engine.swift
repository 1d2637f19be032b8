extension Catalog {
    static let engineEntries: [ErrorCode: CatalogEntry] = [:]
}
