extension Catalog {
    static let configEntries: [ErrorCode: CatalogEntry] = [:]
}
