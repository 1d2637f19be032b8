import Canonical
import Foundation
import GRDB
import Rules

/// The article catalog and party registry kept in the ledger, read for rules.
///
/// Reads never wait for a writer. Works on the engine's own ledger and on one opened
/// read-only (`open(ledgerPath:)`, for previews that must not touch anything).
struct LedgerMasterData: MasterData {
    let reader: any DatabaseReader

    /// Master data from the ledger at `path`, opened read-only; an empty catalog and registry
    /// when there is no ledger yet, or one from before the catalog existed.
    /// - Throws: `DatabaseError` when the ledger exists but cannot be opened.
    static func open(ledgerPath path: String) throws -> any MasterData {
        guard FileManager.default.fileExists(atPath: path) else { return InMemoryMasterData() }
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        guard try queue.read({ try $0.tableExists("catalogArticle") }) else { return InMemoryMasterData() }
        return LedgerMasterData(reader: queue)
    }

    func article(sku: String) throws -> Article? {
        try reader.read { db in
            try String.fetchOne(db, sql: "SELECT articleJSON FROM catalogArticle WHERE sku = ?", arguments: [sku])
        }.flatMap(Self.article(from:))
    }

    func articles(skuIgnoringCase sku: String) throws -> [Article] {
        try reader.read { db in
            try String.fetchAll(db, sql: "SELECT articleJSON FROM catalogArticle WHERE sku = ? COLLATE NOCASE ORDER BY sku", arguments: [sku])
        }.compactMap(Self.article(from:))
    }

    func articles(gtin: String) throws -> [Article] {
        try reader.read { db in
            try String.fetchAll(db, sql: "SELECT articleJSON FROM catalogArticle WHERE gtinKey = ? ORDER BY sku", arguments: [GTINKey.of(gtin)])
        }.compactMap(Self.article(from:))
    }

    func parties(email: String, role: PartyRole?) throws -> [KnownParty] {
        try parties(where: "emailKey = ?", [email.lowercased()], role: role)
    }

    func parties(number: String, role: PartyRole?) throws -> [KnownParty] {
        try parties(where: "number = ?", [number], role: role)
    }

    func parties(identifier: PartyIdentifier, role: PartyRole?) throws -> [KnownParty] {
        try parties(
            where: "id IN (SELECT partyId FROM partyIdentifier WHERE scheme = ? AND value = ?)",
            [identifier.scheme.uppercased(), identifier.value], role: role)
    }

    private func parties(where condition: String, _ values: [String], role: PartyRole?) throws -> [KnownParty] {
        var arguments = StatementArguments(values)
        var sql = "SELECT * FROM party WHERE \(condition)"
        if let role {
            sql += " AND role = ?"
            arguments += [role.rawValue]
        }
        return try reader.read { db in
            try Row.fetchAll(db, sql: sql + " ORDER BY id", arguments: arguments).compactMap { try Self.party(from: $0, db)?.known }
        }
    }

    /// The registered party `party` is, within `role`: same identifier, number or email.
    static func find(_ party: Party, role: PartyRole, _ db: Database) throws -> (id: Int64, party: Party)? {
        guard let row = try findRow(party, role: role, db), let found = try Self.party(from: row, db) else { return nil }
        return (found.id, found.known.party)
    }

    /// The row of the registered party `party` is (see `find`), not decoded.
    static func findRow(_ party: Party, role: PartyRole, _ db: Database) throws -> Row? {
        var row: Row?
        for identifier in party.identifiers where row == nil {
            row = try Row.fetchOne(
                db.cachedStatement(sql: """
                    SELECT * FROM party WHERE role = ? AND id IN
                    (SELECT partyId FROM partyIdentifier WHERE scheme = ? AND value = ?) ORDER BY id
                    """),
                arguments: [role.rawValue, identifier.scheme.uppercased(), identifier.value])
        }
        if row == nil, party.number != nil || party.email != nil {
            // By number, else by e-mail (a missing one matches nothing).
            row = try Row.fetchOne(
                db.cachedStatement(sql: HotQuery.partyByNumberOrEmail),
                arguments: [role.rawValue, party.number, role.rawValue, party.email?.lowercased()])
        }
        return row
    }

    /// The party a `party` row holds; nil if its role or JSON cannot be read.
    static func storedParty(_ row: Row) -> Party? {
        guard PartyRole(rawValue: row["role"]) != nil, let json: String = row["partyJSON"] else { return nil }
        return try? CanonicalJSON.decoder.decode(Party.self, from: Data(json.utf8))
    }

    private static func party(from row: Row, _ db: Database) throws -> (id: Int64, known: KnownParty)? {
        let id: Int64 = row["id"]
        guard let role = PartyRole(rawValue: row["role"]), let party = storedParty(row) else { return nil }
        let targets = try String.fetchAll(db.cachedStatement(sql: "SELECT target FROM partyTarget WHERE partyId = ?"), arguments: [id])
        return (id, KnownParty(role: role, party: party, sourceSystem: row["sourceSystem"], targets: Set(targets)))
    }

    private static func article(from json: String) -> Article? {
        try? CanonicalJSON.decoder.decode(Article.self, from: Data(json.utf8))
    }
}
