import Foundation
import Testing

@testable import Engine

/// A status record's document entry written directly reads byte for byte as `JSONEncoder`
/// (with the record's options) writes it.
@Suite struct StatusRecordEntryTests {
    typealias Entry = StatusRecordWriter.DocumentEntry

    static let entries: [Entry] = [
        Entry(kind: "order", key: "webshop/sales/1001", outcome: "exported", reason: nil, outputs: ["outbox/erp/order_1001.json"], errors: [], waits: nil),
        Entry(kind: "order", key: nil, outcome: "filtered", reason: "status \"cancelled\" is filtered", outputs: [], errors: [], waits: nil),
        Entry(
            kind: "article", key: "SKU/é\u{1}\t", outcome: "already-exported", reason: "line 1\nline 2 \\ «Thé»",
            outputs: ["outbox/a/b.json", "outbox/a/b~2.json"], errors: [], waits: nil),
        Entry(kind: "order", key: "", outcome: "amended-after-export", reason: "", outputs: [""], errors: [], waits: nil),
    ]

    @Test("written directly as JSONEncoder writes it", arguments: entries)
    func sameAsEncoder(_ entry: Entry) {
        #expect(entry.json == JSONText.encode(entry))
    }
}
