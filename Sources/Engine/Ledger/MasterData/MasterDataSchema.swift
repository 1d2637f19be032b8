import GRDB

/// The ledger tables behind the article catalog and the party registry (migration v2).
enum MasterDataSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "catalogArticle") { t in
            t.primaryKey("sku", .text)
            /// `GTINKey.of(gtin)`, so codes with and without leading zeros meet.
            t.column("gtinKey", .text).indexed()
            t.column("articleJSON", .text).notNull()
            t.column("asOf", .datetime)
            t.column("fileId", .integer)
            t.column("recordedAt", .datetime).notNull()
        }
        try db.execute(sql: "CREATE INDEX catalogArticle_sku_nocase ON catalogArticle(sku COLLATE NOCASE)")
        try db.create(table: "party") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("role", .text).notNull()
            t.column("number", .text)
            /// The email address lower-cased.
            t.column("emailKey", .text)
            t.column("partyJSON", .text).notNull()
            t.column("sourceSystem", .text)
            t.column("firstSeenAt", .datetime).notNull()
            t.column("lastSeenAt", .datetime).notNull()
        }
        try db.create(index: "party_number", on: "party", columns: ["role", "number"])
        try db.create(index: "party_email", on: "party", columns: ["role", "emailKey"])
        try db.create(table: "partyIdentifier") { t in
            t.column("partyId", .integer).notNull().references("party", onDelete: .cascade)
            /// Upper case: `GLN`, `VAT`.
            t.column("scheme", .text).notNull()
            t.column("value", .text).notNull()
            t.primaryKey(["scheme", "value", "partyId"])
        }
        try db.create(table: "partyTarget") { t in
            t.column("partyId", .integer).notNull().references("party", onDelete: .cascade)
            t.column("target", .text).notNull()
            t.column("firstExportedAt", .datetime).notNull()
            t.column("lastExportedAt", .datetime).notNull()
            t.primaryKey(["partyId", "target"])
        }
    }
}
