import Foundation
import GRDB
import Testing

/// The three exactly-once cases of the engine issue, through the real binary.
@Suite struct ExactlyOnceTests {
    @Test func sameFileDroppedTwiceIsDuplicate() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        let order = Samples.orderJSON(number: "SO-1001", lines: [("BIKE-01", "1", "499.00")])
        try root.drop("orders-a.json", into: "orders", order)
        #expect(try root.ferry(["run"]).status == 0)
        try root.drop("orders-b.json", into: "orders", order)
        let second = try root.ferry(["run"])
        #expect(second.status == 0)

        #expect(try root.statusRecord(for: "orders-a.json").outcome == "exported")
        #expect(try root.statusRecord(for: "orders-b.json").outcome == "duplicate")
        #expect(root.outbox("orders", "orders-json").count == 1)
        #expect(root.outbox("orders", "orders-xml").count == 1)
        #expect(root.files(under: "inbox/orders").isEmpty)
    }

    @Test func sameOrderInADifferentFileIsAlreadyExported() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        try root.drop("first.json", into: "orders", Samples.orderJSON(number: "SO-1002", lines: [("BIKE-01", "1", "499.00")]))
        try root.ferry(["run"])
        // Different bytes (an array, other spacing), same order content.
        let again = "[\n" + Samples.orderJSON(number: "SO-1002", lines: [("BIKE-01", "1.0", "499")]) + "\n]"
        try root.drop("second.json", into: "orders", again)
        #expect(try root.ferry(["run"]).status == 0)

        let record = try root.statusRecord(for: "second.json")
        #expect(record.outcome == "unchanged")
        #expect(record.documents.map { $0["outcome"] as? String } == ["already-exported"])
        #expect(root.outbox("orders", "orders-json").count == 1)
        #expect(root.outbox("orders", "orders-xml").count == 1)
    }

    @Test func sameOrderWithChangedLinesIsAmendedAfterExport() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        try root.drop("first.json", into: "orders", Samples.orderJSON(number: "SO-1003", lines: [("BIKE-01", "1", "499.00"), ("LOCK-02", "2", "24.95")]))
        try root.ferry(["run"])
        try root.drop(
            "second.json", into: "orders",
            Samples.orderJSON(number: "SO-1003", lines: [("BIKE-01", "3", "499.00"), ("BELL-03", "1", "7.50")]))
        #expect(try root.ferry(["run"]).status == 5, "an amended order needs attention")

        let record = try root.statusRecord(for: "second.json")
        let document = try #require(record.documents.first)
        #expect(document["outcome"] as? String == "amended-after-export")
        let reason = try #require(document["reason"] as? String)
        #expect(reason.contains("quantity BIKE-01: 1 → 3"))
        #expect(reason.contains("line added: BELL-03"))
        #expect(reason.contains("line removed: LOCK-02"))
        #expect(root.outbox("orders", "orders-json").count == 1)
        #expect(root.outbox("orders", "orders-xml").count == 1)

        let status = try root.ferry(["status", "--json"])
        #expect(status.stdout.contains("amended-after-export") || status.stdout.contains("SO-1003"))
    }

    @Test func changedArticleIsExportedAsANewVersionAndUnchangedIsNot() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        let article = #"{"sku": "BIKE-01", "name": "Stadsfiets", "priceInclVat": 599.00}"#
        try root.drop("a1.json", into: "articles", article)
        try root.ferry(["run"])
        try root.drop("a2.json", into: "articles", #"{"sku": "BIKE-01", "name": "Stadsfiets", "priceInclVat": 599.0, "updatedAt": "2026-11-22T08:00:00Z"}"#)
        try root.ferry(["run"])
        try root.drop("a3.json", into: "articles", #"{"sku": "BIKE-01", "name": "Stadsfiets", "priceInclVat": 549.00}"#)
        try root.ferry(["run"])

        #expect(try root.statusRecord(for: "a2.json").documents.first?["outcome"] as? String == "already-exported")
        #expect(try root.statusRecord(for: "a3.json").outcome == "exported")
        let payloads = root.outbox("articles", "articles-json")
        #expect(payloads.count == 2)
        #expect(payloads.contains { $0.hasSuffix("_v2.json") })
    }

    @Test func ledgerAndOutboxFilesHaveSafeModes() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        try root.drop("o.json", into: "orders", Samples.orderJSON(number: "SO-1004", lines: [("BIKE-01", "1", "1")]))
        try root.ferry(["run"])
        // The -wal and -shm files exist while a Ferry process has the ledger open.
        let watcher = try root.start(["watch"], captureOutput: false)
        defer { if watcher.isRunning { watcher.terminate() } }
        var waited = 0
        while !FileManager.default.fileExists(atPath: root.path + "/.ferry/ledger.sqlite-shm") && waited < 100 {
            Thread.sleep(forTimeInterval: 0.05)
            waited += 1
        }
        for suffix in ["", "-wal", "-shm"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: root.path + "/.ferry/ledger.sqlite" + suffix)
            #expect((attributes[.posixPermissions] as? Int) == 0o600, "ledger\(suffix)")
        }
        watcher.terminate()
        watcher.waitUntilExit()
        for payload in root.outbox("orders", "orders-json") {
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: root.path + "/" + payload)[.posixPermissions] as? Int)
            #expect(mode & 0o002 == 0, "\(payload) is world-writable")
        }
    }
}
