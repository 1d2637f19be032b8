import Canonical
import Foundation
import GRDB
import Rules

/// Fills the catalog and the registry from recorded documents, inside the transaction that
/// records them (export step 5), so the two never disagree after a crash.
enum MasterDataRecorder {
    /// One document that went through, and the targets it was exported to in this batch.
    struct Entry {
        var document: any CanonicalDocument
        var targets: Set<String>
    }

    /// The documents of a batch that went through (exported now or before), with the targets
    /// they reached; failed, filtered, amended and superseded documents stay out.
    static func entries(
        _ documents: [(any CanonicalDocument)?], outcomes: [DocumentOutcome], reached: [Int: Set<String>]
    ) -> [Entry] {
        documents.indices.compactMap { index in
            guard let document = documents[index], [.exported, .alreadyExported].contains(outcomes[index]) else { return nil }
            return Entry(document: document, targets: reached[index] ?? [])
        }
    }

    static func record(_ db: Database, _ entries: [Entry], fileId: Int64, at now: Date) throws {
        for entry in entries {
            if let article = entry.document as? Article {
                try record(article, fileId: fileId, at: now, db)
            } else if let order = entry.document as? Order {
                if let buyer = order.buyer {
                    try record(buyer, role: .buyer, sourceSystem: order.sourceSystem, targets: entry.targets, at: now, db)
                }
                if let seller = order.seller {
                    try record(seller, role: .seller, sourceSystem: order.sourceSystem, targets: [], at: now, db)
                }
            }
        }
    }

    /// Adds or replaces the article with its SKU, unless the catalog holds a newer version.
    /// Its supplier codes travel in `articleJSON` (`Article.supplierCode(for:)`).
    static func record(_ article: Article, fileId: Int64, at now: Date, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO catalogArticle (sku, gtinKey, articleJSON, asOf, fileId, recordedAt) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(sku) DO UPDATE SET gtinKey = excluded.gtinKey, articleJSON = excluded.articleJSON,
                asOf = excluded.asOf, fileId = excluded.fileId, recordedAt = excluded.recordedAt
            WHERE excluded.asOf IS NULL OR catalogArticle.asOf IS NULL OR excluded.asOf >= catalogArticle.asOf
            """).execute(arguments: [article.sku, article.gtin.map(GTINKey.of), CanonicalJSON.encode(article), article.asOf?.ledgerText, fileId, now.ledgerText])
    }

    /// Adds the party, or merges it into the one it is (same identifier, number or email,
    /// in that order), and notes the targets it was exported to.
    static func record(
        _ party: Party, role: PartyRole, sourceSystem: String?, targets: Set<String>, at now: Date, _ db: Database
    ) throws {
        guard party.number != nil || party.email != nil || !party.identifiers.isEmpty else { return }
        var merged = party
        var id: Int64?
        var unchanged = false
        if let row = try LedgerMasterData.findRow(party, role: role, db) {
            if (row["partyJSON"] as String?) == CanonicalJSON.encode(party) {
                // Seen exactly as registered (most repeat customers): nothing to decode or merge.
                // (`findRow` looked within `role`.)
                id = row["id"]
                unchanged = true
            } else if let existing = LedgerMasterData.storedParty(row) {
                id = row["id"]
                merged = merge(existing, with: party)
                unchanged = merged == existing
            }
        }
        if let id, unchanged {
            // A party seen again as it was (most repeat customers): only when and where from.
            try db.cachedStatement(sql: "UPDATE party SET sourceSystem = ?, lastSeenAt = ? WHERE id = ?").execute(
                arguments: [sourceSystem, now.ledgerText, id])
        } else if let id {
            let json = CanonicalJSON.encode(merged)
            try db.cachedStatement(
                sql: "UPDATE party SET number = ?, emailKey = ?, partyJSON = ?, sourceSystem = ?, lastSeenAt = ? WHERE id = ?").execute(
                arguments: [merged.number, merged.email?.lowercased(), json, sourceSystem, now.ledgerText, id])
        } else {
            let json = CanonicalJSON.encode(merged)
            try db.cachedStatement(
                sql: """
                    INSERT INTO party (role, number, emailKey, partyJSON, sourceSystem, firstSeenAt, lastSeenAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """).execute(
                arguments: [role.rawValue, merged.number, merged.email?.lowercased(), json, sourceSystem, now.ledgerText, now.ledgerText])
            id = db.lastInsertedRowID
        }
        guard let id else { return }
        for identifier in merged.identifiers where !unchanged {
            try db.cachedStatement(
                sql: "INSERT OR IGNORE INTO partyIdentifier (partyId, scheme, value) VALUES (?, ?, ?)").execute(
                arguments: [id, identifier.scheme.uppercased(), identifier.value])
        }
        for target in targets.sorted() {
            try db.cachedStatement(
                sql: """
                    INSERT INTO partyTarget (partyId, target, firstExportedAt, lastExportedAt) VALUES (?, ?, ?, ?)
                    ON CONFLICT(partyId, target) DO UPDATE SET lastExportedAt = excluded.lastExportedAt
                    """).execute(
                arguments: [id, target, now.ledgerText, now.ledgerText])
        }
    }

    /// The newer data wins field by field; identifiers are kept from both.
    static func merge(_ old: Party, with new: Party) -> Party {
        var result = old
        result.number = new.number ?? old.number
        result.companyName = new.companyName ?? old.companyName
        result.contactName = new.contactName ?? old.contactName
        result.email = new.email ?? old.email
        result.phone = new.phone ?? old.phone
        for identifier in new.identifiers where !result.identifiers.contains(identifier) {
            result.identifiers.append(identifier)
        }
        return result
    }
}
