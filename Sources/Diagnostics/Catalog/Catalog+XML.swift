extension Catalog {
    static let xmlEntries: [ErrorCode: CatalogEntry] = [:]
}
