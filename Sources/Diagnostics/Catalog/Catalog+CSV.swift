extension Catalog {
    static let csvEntries: [ErrorCode: CatalogEntry] = [:]
}
