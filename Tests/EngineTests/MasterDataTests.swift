import Canonical
import Configuration
import Diagnostics
import Foundation
import GRDB
import Logging
import Rules
import SharedFiles
import Testing

@testable import Engine

@Suite struct MasterDataTests {
    func temporaryRoot() throws -> String { try TestFile.temporaryFolder("ferry-master") }

    @Test func theCatalogFindsArticlesBySKUGTINAndSupplierCode() throws {
        let root = try temporaryRoot()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let ledger = try Ledger(path: root + "/.ferry/ledger.sqlite")
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        try ledger.write { db in
            try MasterDataRecorder.record(
                Article(sku: "A-1", gtin: "08712345000011", supplierCodes: [SupplierCode(supplier: "ACME", code: "AC-1")], updatedAt: now),
                fileId: 1, at: now, db)
            try MasterDataRecorder.record(Article(sku: "a-1", gtin: "8712345000011"), fileId: 1, at: now, db)
            // An older version does not replace a newer one.
            try MasterDataRecorder.record(
                Article(sku: "A-1", gtin: "999", updatedAt: now.addingTimeInterval(-60)), fileId: 2, at: now, db)
        }
        let master = LedgerMasterData(reader: ledger.pool)
        #expect(try master.article(sku: "A-1")?.gtin == "08712345000011")
        #expect(try master.article(sku: "a-1") != nil)
        #expect(try master.articles(skuIgnoringCase: "A-1").map(\.sku) == ["A-1", "a-1"])
        #expect(try master.articles(gtin: "8712345000011").count == 2)
        #expect(try master.articles(gtin: "999").isEmpty)
        #expect(try master.supplierCode(sku: "A-1", supplier: "acme") == "AC-1")
        #expect(try master.article(sku: "B-2") == nil)
    }

    @Test func theRegistryMergesAPartyAndRemembersItsTargets() throws {
        let root = try temporaryRoot()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let ledger = try Ledger(path: root + "/.ferry/ledger.sqlite")
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        let gln = PartyIdentifier(scheme: "GLN", value: "8712345000004")
        try ledger.write { db in
            try MasterDataRecorder.record(
                Party(number: "C-77", email: "Anouk@Korenbloem.nl"), role: .buyer, sourceSystem: "shop", targets: ["erp"],
                at: now, db)
            // The same customer by email, now with a GLN and a phone number, exported elsewhere.
            try MasterDataRecorder.record(
                Party(identifiers: [gln], email: "anouk@korenbloem.nl", phone: "+31 20 123 4567"), role: .buyer,
                sourceSystem: "shop", targets: ["wms"], at: now, db)
            try MasterDataRecorder.record(Party(number: "C-77"), role: .seller, sourceSystem: "shop", targets: [], at: now, db)
            try MasterDataRecorder.record(Party(companyName: "nameless"), role: .buyer, sourceSystem: "shop", targets: ["erp"], at: now, db)
        }
        let master = LedgerMasterData(reader: ledger.pool)
        let byGLN = try #require(try master.parties(identifier: PartyIdentifier(scheme: "gln", value: "8712345000004"), role: .buyer).first)
        #expect(byGLN.party.number == "C-77")
        #expect(byGLN.party.phone == "+31 20 123 4567")
        #expect(byGLN.targets == ["erp", "wms"])
        #expect(byGLN.isKnown(to: "erp"))
        #expect(try master.parties(email: "ANOUK@korenbloem.nl", role: .buyer).count == 1)
        #expect(try master.parties(number: "C-77", role: nil).map(\.role).sorted { $0.rawValue < $1.rawValue } == [.buyer, .seller])
        #expect(try ledger.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM party") } == 2)
    }

    /// A party is found by its number before its e-mail, the earliest of each first, and by
    /// its e-mail when its number is new.
    @Test func theRegistryFindsAPartyByNumberBeforeEmail() throws {
        let root = try temporaryRoot()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let ledger = try Ledger(path: root + "/.ferry/ledger.sqlite")
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        func record(_ party: Party) throws {
            try ledger.write { db in
                try MasterDataRecorder.record(party, role: .buyer, sourceSystem: "shop", targets: [], at: now, db)
            }
        }
        func stored() throws -> [Party] {
            try ledger.read { db in
                try String.fetchAll(db, sql: "SELECT partyJSON FROM party ORDER BY id").map {
                    try CanonicalJSON.decoder.decode(Party.self, from: Data($0.utf8))
                }
            }
        }
        try record(Party(number: "C-1", email: "one@example.nl"))
        try record(Party(number: "C-2", email: "two@example.nl"))
        // Number C-2 and the e-mail of C-1: the number wins.
        try record(Party(number: "C-2", email: "one@example.nl", phone: "020 1"))
        #expect(try stored().map(\.phone) == [nil, "020 1"])
        #expect(try stored().map(\.email) == ["one@example.nl", "one@example.nl"])
        // A new number with a known e-mail: the earliest party of the e-mail, now with that number.
        try record(Party(number: "C-9", email: "ONE@example.nl", phone: "020 9"))
        #expect(try stored().map(\.number) == ["C-9", "C-2"])
        #expect(try stored().map(\.phone) == ["020 9", "020 1"])
        // Neither known: a new party.
        try record(Party(number: "C-4", email: "four@example.nl"))
        #expect(try stored().count == 3)
    }

    @Test func aPreviewReadsMasterDataWithoutALedgerOrWithoutWriting() throws {
        let root = try temporaryRoot()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/.ferry/ledger.sqlite"
        let empty = try LedgerMasterData.open(ledgerPath: path)
        #expect(try empty.article(sku: "A-1") == nil)
        #expect(!FileManager.default.fileExists(atPath: path))
        do {
            let ledger = try Ledger(path: path)
            try ledger.write { db in try MasterDataRecorder.record(Article(sku: "A-1"), fileId: 1, at: Date(), db) }
        }  // closed: no -wal or -shm file left to lean on
        let readOnly = try RuleEnvironment.readOnly(layout: RootLayout(root: root), reference: ReferenceData(), now: Date())
        #expect(try readOnly.masterData.article(sku: "A-1") != nil)
        #expect(try readOnly.masterData.article(sku: "B-2") == nil)
    }

    @Test func orderDateFilterUsesTheEngineClock() throws {
        let root = try temporaryRoot()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let yaml = """
            flows:
              - name: orders
                kind: order
                pickup: { settle: 0 }
                filters:
                  - order-date-within-days: 30
                targets:
                  - { name: erp, format: json }
            """
        let config = try #require(ConfigLoader.check(yaml: yaml).config)
        let clock = try #require(ISO8601DateFormatter().date(from: "2020-02-15T12:00:00Z"))
        let engine = try Engine(root: root, config: config, logger: Logger(label: "test"), clock: { clock })
        try TestFile.write(
            #"[{"number":"SO-1","orderDate":"2020-02-01"},{"number":"SO-2","orderDate":"2020-01-01"}]"#,
            to: root + "/inbox/orders/orders.json", atomically: true)
        let report = engine.run(observe: false)
        #expect(report.taken.count == 1)
        let outcomes = try engine.ledger.read { db in
            try Row.fetchAll(db, sql: "SELECT key, outcome, reason FROM document ORDER BY ordinal").map {
                "\($0["key"] as String? ?? "") \($0["outcome"] as String? ?? "") \(Note.text(StoredNotes.decode($0["reason"])))"
            }
        }
        #expect(outcomes == [
            "canonical/sales/SO-1 exported ",
            "canonical/sales/SO-2 filtered filter order-date-within-days: ordered 2020-01-01, more than 30 days before 2020-02-15",
        ])
    }
}
