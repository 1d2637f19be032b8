import Foundation
import GRDB
import SharedFiles
import Testing

@testable import Engine

/// The hot records' hand-written columns are exactly their Codable encoding, and their
/// hand-written `init(row:)` reads exactly what Codable decoding reads: a property added to a
/// record and forgotten in `LedgerRecords+Encoding.swift` or `+Decoding.swift` fails here.
@Suite struct LedgerRecordEncodingTests {
    /// The record as GRDB's Codable path encodes it.
    struct Codified<Record: Encodable>: Encodable, EncodableRecord {
        var record: Record
        func encode(to encoder: any Encoder) throws { try record.encode(to: encoder) }
    }

    func expectSameColumns<Record: Encodable & EncodableRecord>(_ record: Record) throws {
        let manual = try record.databaseDictionary
        let codable = try Codified(record: record).databaseDictionary
        #expect(manual == codable, "\(Record.self): hand-written \(manual.keys.sorted()) vs Codable \(codable.keys.sorted())")
    }

    static let at = Date(timeIntervalSince1970: 1_796_000_000.125)

    @Test func everyPropertyIsWrittenAsCodableWritesIt() throws {
        // Every optional set, so a forgotten one is a missing column.
        try expectSameColumns(
            FileRecord(
                id: 7, flow: "orders", originalName: "a.json", sha256: "ab", size: 12, receivedAt: Self.at, processedAt: Self.at,
                attempt: 2, state: .archiving, outcome: "exported", claimToken: "t", owner: "o", takenBy: "p", archivePath: "archive/a",
                markerPath: "archive/a.done", errorsJSON: "[]", resolvedAt: Self.at, resolvedReason: "r", timedOutAt: Self.at))
        try expectSameColumns(
            AttemptRecord(
                id: 3, fileId: 7, number: 2, startedAt: Self.at, finishedAt: Self.at, outcome: "failed", trigger: "reprocess",
                reason: "why", forced: true, inputPath: "archive/a", sha256: "cd", size: 13, actor: "ops"))
        try expectSameColumns(
            DocumentRecord(
                id: 4, fileId: 7, attempt: 2, ordinal: 1, kind: "order", key: "k", outcome: "exported", reason: "r",
                outputsJSON: "[]", errorsJSON: "[]"))
        try expectSameColumns(
            ExportRecord(
                id: 5, target: "erp", kind: "order", key: "k", event: "created", generation: 1, state: .done, fileId: 7, attempt: 2,
                owner: "o", contentHash: "h", documentJSON: "{}", tempPath: "/t", outputPath: "outbox/o", copyPath: "archive/c",
                asOf: Self.at, forced: true, createdAt: Self.at, exportedAt: Self.at))
        try expectSameColumns(
            ActivityRecord(id: 6, at: Self.at, flow: "orders", fileId: 7, action: "processed", key: "k", detail: "d", actor: "ops"))
    }

    /// The record as GRDB's Codable path decodes it.
    struct ViaCodable<Record: Decodable>: Decodable, FetchableRecord {
        var record: Record
        init(from decoder: any Decoder) throws { record = try Record(from: decoder) }
    }

    /// Each row of `table` read by the record's own `init(row:)` and by Codable: the same values.
    func expectSameReading<Record: FetchableRecord & Decodable & EncodableRecord>(
        _ type: Record.Type, table: String, ids: [Int64], in ledger: Ledger
    ) throws {
        try ledger.read { db in
            for id in ids {
                let sql = "SELECT * FROM \(table) WHERE id = ?"
                let manual = try #require(try Record.fetchOne(db, sql: sql, arguments: [id]))
                let codable = try #require(try ViaCodable<Record>.fetchOne(db, sql: sql, arguments: [id]))
                #expect(try manual.databaseDictionary == codable.record.databaseDictionary, "\(Record.self) #\(id)")
            }
        }
    }

    @Test func everyColumnIsReadAsCodableReadsIt() throws {
        let folder = try TestFile.temporaryFolder("ferry-records")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let ledger = try Ledger(path: folder + "/ledger.sqlite")
        try ledger.write { db in
            // Every optional set in the first row of each table, none in the second.
            var full = FileRecord(
                id: 7, flow: "orders", originalName: "a.json", sha256: "ab", size: 12, receivedAt: Self.at, processedAt: Self.at,
                attempt: 2, state: .archiving, outcome: "exported", claimToken: "t", owner: "o", takenBy: "p", archivePath: "archive/a",
                markerPath: "archive/a.done", errorsJSON: "[]", resolvedAt: Self.at, resolvedReason: "r", timedOutAt: Self.at)
            try full.insertRow(db)
            var bare = FileRecord(
                id: 8, flow: "orders", originalName: "b.json", sha256: "cd", size: 0, receivedAt: Self.at, processedAt: nil,
                attempt: 1, state: .processing, outcome: nil, claimToken: "u", owner: nil, takenBy: nil, archivePath: nil,
                markerPath: nil, errorsJSON: nil, resolvedAt: nil, resolvedReason: nil, timedOutAt: nil)
            try bare.insertRow(db)
            var attempts = [
                AttemptRecord(
                    id: 3, fileId: 7, number: 2, startedAt: Self.at, finishedAt: Self.at, outcome: "failed", trigger: "reprocess",
                    reason: "why", forced: true, inputPath: "archive/a", sha256: "cd", size: 13, actor: "ops"),
                AttemptRecord(id: 4, fileId: 8, number: 1, startedAt: Self.at, finishedAt: nil, outcome: nil, trigger: "run", reason: nil, forced: false),
            ]
            for index in attempts.indices { try attempts[index].insertRow(db) }
            var documents = [
                DocumentRecord(
                    id: 4, fileId: 7, attempt: 2, ordinal: 1, kind: "order", key: "k", outcome: "exported", reason: "r",
                    outputsJSON: "[\"outbox/x.json\"]", errorsJSON: "[]"),
                DocumentRecord(
                    id: 5, fileId: 7, attempt: 2, ordinal: 2, kind: "order", key: nil, outcome: "failed", reason: nil, outputsJSON: "[]",
                    errorsJSON: "[]"),
            ]
            for index in documents.indices { try documents[index].insertRow(db) }
            var exports = [
                ExportRecord(
                    id: 5, target: "erp", kind: "order", key: "k", event: "created", generation: 1, state: .done, fileId: 7, attempt: 2,
                    owner: "o", contentHash: "h", documentJSON: "{}", tempPath: "/t", outputPath: "outbox/o", copyPath: "archive/c",
                    asOf: Self.at, forced: true, createdAt: Self.at, exportedAt: Self.at),
                ExportRecord(
                    id: 6, target: "erp", kind: "order", key: "k", event: "created", generation: 2, state: .pending, fileId: 8, attempt: 1,
                    owner: "o", contentHash: "h", documentJSON: "{}", tempPath: "/t2", outputPath: "outbox/p", copyPath: "archive/d",
                    asOf: nil, forced: false, createdAt: Self.at, exportedAt: nil),
            ]
            for index in exports.indices { try exports[index].insertRow(db) }
            var activities = [
                ActivityRecord(id: 6, at: Self.at, flow: "orders", fileId: 7, action: "processed", key: "k", detail: "d", actor: "ops"),
                ActivityRecord(id: 7, at: Self.at, flow: nil, fileId: nil, action: "pruned", key: nil, detail: "", actor: nil),
            ]
            for index in activities.indices { try activities[index].insertRow(db) }
        }
        try expectSameReading(FileRecord.self, table: "file", ids: [7, 8], in: ledger)
        try expectSameReading(AttemptRecord.self, table: "attempt", ids: [3, 4], in: ledger)
        try expectSameReading(DocumentRecord.self, table: "document", ids: [4, 5], in: ledger)
        try expectSameReading(ExportRecord.self, table: "export", ids: [5, 6], in: ledger)
        try expectSameReading(ActivityRecord.self, table: "activity", ids: [6, 7], in: ledger)
    }
}
