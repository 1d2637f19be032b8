import Foundation
import GRDB
import Testing

@testable import Engine

/// The hot records' hand-written columns are exactly their Codable encoding: a property added
/// to a record and forgotten in `LedgerRecords+Encoding.swift` fails here.
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
}
