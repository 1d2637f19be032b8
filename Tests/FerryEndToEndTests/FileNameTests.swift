import Foundation
import Testing

@Suite struct FileNameTests {
    @Test func oddButValidNamesAreTakenAndArchived() throws {
        let root = try FerryRoot(config: FerryRoot.erpConfig)
        defer { root.remove() }
        let long = String(repeating: "n", count: 245) + ".json"
        #expect(long.utf8.count == 250)
        let names = ["with space.json", "Bestellung-Größe-café-日本.json", long, "Case.json", "case.json"]
        for (index, name) in names.enumerated() {
            // Written in place: a 250-byte name leaves no room for a `.part` upload name.
            try root.write("inbox/orders/" + name, Samples.orderJSON(number: "SO-N\(index)", lines: [("A", "1", "1")]))
        }
        #expect(try root.ferry(["run"]).status == 0)
        let records = try root.statusRecords()
        #expect(Set(records.compactMap { $0["file"] as? String }) == Set(names))
        #expect(records.allSatisfy { $0.outcome == "exported" })
        #expect(root.outbox("orders", "erp").count == names.count)
        #expect(root.files(under: "inbox/orders").isEmpty)
    }

    @Test func hostileBusinessKeysNeverEscapeTheOutbox() throws {
        let root = try FerryRoot(config: FerryRoot.erpConfig)
        defer { root.remove() }
        let numbers = ["../../escape", "a/b/c", "..", "x\\u0000y", "tab\\there", "/absolute", "line\\nbreak", "..\\\\..\\\\win"]
        let orders = numbers.map { #"{"number": "\#($0)", "lines": [{"sku": "A", "quantity": 1}]}"# }
        try root.drop("keys.ndjson", into: "orders", orders.joined(separator: "\n") + "\n")
        #expect(try root.ferry(["run"]).status == 0)
        let record = try root.statusRecord(for: "keys.ndjson")
        #expect(record.documents.allSatisfy { $0["outcome"] as? String == "exported" })
        let outbox = root.path + "/outbox/orders/erp"
        let written = try FileManager.default.contentsOfDirectory(atPath: outbox)
        #expect(written.count == numbers.count)
        for name in written {
            #expect(!name.contains("/") && !name.hasPrefix(".") && !name.contains(".."), "\(name)")
            #expect(name.unicodeScalars.allSatisfy { $0.value >= 0x20 })
        }
        // Nothing appeared outside the outbox folder.
        #expect(root.files(under: "outbox").allSatisfy { $0.hasPrefix("outbox/orders/erp/") })
        #expect(!FileManager.default.fileExists(atPath: root.path + "/escape"))
    }
}
