import Foundation
import GRDB
import Testing

/// Odd but real situations: colliding names, repeated documents, long and odd file
/// names, links, interrupted reprocessing.
@Suite struct EdgeCaseTests {
    @Test func keysThatSanitiseAlikeGetTheirOwnFilesAndContent() throws {
        let root = try FerryRoot(config: FerryRoot.erpConfig)
        defer { root.remove() }
        try root.drop("two.csv", into: "orders", """
            number;buyer.email;line.sku;line.quantity
            SO 1;a@example.com;AAA;1
            SO_1;b@example.com;BBB;2

            """)
        #expect(try root.ferry(["run"]).status == 0)
        let files = root.outbox("orders", "erp")
        #expect(files.count == 2)
        let record = try root.statusRecord(for: "two.csv")
        #expect(record.documents.map { $0["outcome"] as? String } == ["exported", "exported"])
        for document in record.documents {
            let key = try #require(document["key"] as? String)
            let output = try #require((document["outputs"] as? [String])?.first)
            let payload = try root.read(output)
            #expect(payload.contains(key.hasSuffix("SO 1") ? "AAA" : "BBB"), "\(output) holds the wrong order")
        }
    }

    @Test func anOrderRepeatedInOneFileIsExportedOnceThenAmended() throws {
        let root = try FerryRoot(config: FerryRoot.erpConfig)
        defer { root.remove() }
        try root.drop("twice.ndjson", into: "orders", """
            {"number": "X-1", "lines": [{"sku": "FIRST", "quantity": 1}]}
            {"number": "X-1", "lines": [{"sku": "SECOND", "quantity": 1}]}

            """)
        #expect(try root.ferry(["run"]).status == 5, "the amended copy needs attention")
        let record = try root.statusRecord(for: "twice.ndjson")
        #expect(record.documents.map { $0["outcome"] as? String } == ["exported", "amended-after-export"])
        let files = root.outbox("orders", "erp")
        #expect(files.count == 1)
        #expect(try root.read(try #require(files.first)).contains("FIRST"))
    }

    @Test func aLongMultibyteNameIsArchivedShortenedAndTheOriginalKept() throws {
        let root = try FerryRoot(config: FerryRoot.erpConfig)
        defer { root.remove() }
        let name = "a" + String(repeating: "€", count: 80) + ".json"
        #expect(name.utf8.count > 240)
        try root.drop(name, into: "orders", Samples.orderJSON(number: "SO-L1", lines: [("A", "1", "1")]))
        try root.drop("after.json", into: "orders", Samples.orderJSON(number: "SO-L2", lines: [("A", "1", "1")]))
        #expect(try root.ferry(["run"]).status == 0)
        let records = try root.statusRecords()
        #expect(records.count == 2)
        let long = try #require(records.first { ($0["file"] as? String) == name })
        #expect(long.outcome == "exported")
        #expect(root.files(under: "inbox/orders").isEmpty)
        #expect(root.files(under: "archive").allSatisfy { ($0 as NSString).lastPathComponent.utf8.count < 255 })
    }

    @Test func aSymlinkedInputIsArchivedAsTheBytesThatWereProcessed() throws {
        let root = try FerryRoot(config: FerryRoot.erpConfig)
        defer { root.remove() }
        try root.write("staging/o.json", Samples.orderJSON(number: "SO-S1", lines: [("A", "1", "1")]))
        try FileManager.default.createDirectory(atPath: root.path + "/inbox/orders", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root.path + "/inbox/orders/o.json", withDestinationPath: root.path + "/staging/o.json")
        #expect(try root.ferry(["run"]).status == 0)
        let archived = try #require(root.files(under: "archive").first { $0.hasSuffix("/o.json") })
        let attributes = try FileManager.default.attributesOfItem(atPath: root.path + "/" + archived)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
        #expect(try root.read(archived).contains("SO-S1"))
    }

    @Test func aSymlinkPointingOutsideTheRootIsNotFollowed() throws {
        let root = try FerryRoot(config: FerryRoot.erpConfig)
        defer { root.remove() }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-outside-\(UUID().uuidString).json").path
        try Data(Samples.orderJSON(number: "SO-OUT", lines: [("A", "1", "1")]).utf8).write(to: URL(fileURLWithPath: outside))
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try FileManager.default.createDirectory(atPath: root.path + "/inbox/orders", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root.path + "/inbox/orders/link.json", withDestinationPath: outside)
        #expect(try root.ferry(["run"]).status == 0)
        #expect(root.outbox("orders", "erp").isEmpty)
        #expect(try root.ferry(["status"]).stdout.contains("link.json: symlink outside root"))
    }

    @Test func aNameThatIsNotUTF8IsListedNotIgnored() throws {
        let root = try FerryRoot(config: FerryRoot.erpConfig)
        defer { root.remove() }
        try FileManager.default.createDirectory(atPath: root.path + "/inbox/orders", withIntermediateDirectories: true)
        let path = Array((root.path + "/inbox/orders/bad").utf8) + [0xFF] + Array(".json".utf8) + [0]
        let fd = path.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { open(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) } ?? -1
        }
        #expect(fd >= 0)
        close(fd)
        try root.ferry(["run"])
        let status = try root.ferry(["status"])
        #expect(status.stdout.contains("bad\\xFF.json: file name is not valid UTF-8"))
    }

    @Test func anInterruptedForcedReprocessIsResumedNotRepeated() throws {
        let root = try FerryRoot(config: FerryRoot.erpConfig)
        defer { root.remove() }
        try root.drop("o.json", into: "orders", "[" + Samples.orderJSON(number: "SO-R1", lines: [("A", "1", "1")]) + "," + Samples.orderJSON(number: "SO-R2", lines: [("B", "1", "1")]) + "]")
        try root.ferry(["run"])
        let killed = try root.ferry(["reprocess", "1", "--force", "--reason", "resend"], environment: ["FERRY_FAULT": "afterExportsDone"])
        #expect(killed.status == 9)
        // The next run resumes attempt 2; it does not start a third.
        #expect(try root.ferry(["run"]).status == 0)
        let files = root.outbox("orders", "erp")
        #expect(files.count == 4, "\(files)")
        #expect(!files.contains { $0.contains("_v3") })
        let record = try root.statusRecord(for: "o.json")
        #expect(record["attempt"] as? Int == 2)
        #expect(record.outcome == "exported")
        #expect(record["reason"] as? String == "resend")
        let states = try root.ledger { db in try String.fetchAll(db, sql: "SELECT state FROM file") }
        #expect(states == ["archived"])
    }

    @Test func reprocessOfAnUnknownIdIsAUsageError() throws {
        let root = try FerryRoot(config: FerryRoot.erpConfig)
        defer { root.remove() }
        try root.ferry(["run"])
        let result = try root.ferry(["reprocess", "999"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("999"))
    }
}

@Suite struct WatchdogTests {
    /// One order flow under `file-timeout` (also `WatchdogStopTests`').
    static func config(fileTimeout: String = "300ms") -> String {
        "file-timeout: \(fileTimeout)\n" + FerryRoot.erpConfig
    }

    @Test func aFileThatOverrunsTheWatchdogIsFailedNotRetriedForever() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        // Large enough that a debug build needs well over 300 ms for it.
        let orders = (0..<400).map { number in
            Samples.orderJSON(number: "SO-W\(number)", lines: (0..<40).map { ("SKU-\($0)", "1", "2.50") })
        }
        try root.drop("big.json", into: "orders", "[" + orders.joined(separator: ",") + "]")
        let first = try root.ferry(["run"])
        #expect(first.status == 6, "the watchdog stops the process with its documented code: \(first.stderr)")
        try root.drop("small.json", into: "orders", Samples.orderJSON(number: "SO-W-small", lines: [("A", "1", "1")]))
        let second = try root.ferry(["run"])
        #expect(second.status == 1)
        let record = try root.statusRecord(for: "big.json")
        #expect(record.outcome == "failed")
        #expect((record["errors"] as? [[String: Any]])?.first?["code"] as? String == "ENGINE-007")
        #expect(try root.statusRecord(for: "small.json").outcome == "exported")
    }

    /// The clock is per file: many files that each finish in time are never stopped, however
    /// long the run takes altogether (the timer, armed for the first file, is moved on to the
    /// file then being processed). 1 s, not 300 ms: the file watched when a group of 64
    /// completes waits for the group, which a debug build on a loaded machine (CI) takes
    /// longer than 300 ms over; 800 files take a debug build about 3 s.
    @Test func manyQuickFilesOutlastTheTimeoutTogether() throws {
        let root = try FerryRoot(config: Self.config(fileTimeout: "1s"))
        defer { root.remove() }
        for number in 0..<800 {
            try root.drop("o\(number).json", into: "orders", Samples.orderJSON(number: "SO-Q\(number)", lines: [("A", "1", "1")]))
        }
        let started = Date()
        let result = try root.ferry(["run"])
        let took = Date().timeIntervalSince(started)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(took > 1, "the run must outlast file-timeout to show anything (took \(took) s)")
        #expect(try root.statusRecord(for: "o799.json").outcome == "exported")
    }
}
