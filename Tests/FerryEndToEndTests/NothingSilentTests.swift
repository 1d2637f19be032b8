import Foundation
import Testing

/// Files and documents that need a person are never shown as fine (issue 8, "Nothing silent").
@Suite struct NoDocumentsTests {
    static func config(format: String, allowEmpty: Bool? = nil) -> String {
        """
        flows:
          - name: orders
            kind: order
            format: \(format)
        \(allowEmpty.map { "    allow-empty: \($0)\n" } ?? "")    pickup: { settle: 0 }
            targets:
              - { name: erp, format: json }
        """
    }

    /// Files that hold no documents, per flow format: each fails with INPUT-008, naming what was expected.
    @Test(arguments: [
        ("csv", "header.csv", "number;orderDate;currency;line.sku;line.quantity\n"),
        ("csv", "notes.txt", "Please call me about the delivery tomorrow\n"),
        ("csv", "order.edi", "UNA:+.? 'UNB+UNOC:3+8712345000003:14+8798765000002:14+261121:0930+42'UNH+1+ORDERS:D:96A:UN'BGM+220+SO-1'UNT+3+1'UNZ+1+42'"),
        ("json", "empty.json", "[]"),
        ("json", "spaced.json", "  [ ]  \n"),
    ])
    func aFileWithoutDocumentsFails(format: String, name: String, content: String) throws {
        let root = try FerryRoot(config: Self.config(format: format))
        defer { root.remove() }
        try root.drop(name, into: "orders", content)
        let run = try root.ferry(["run"])
        #expect(run.status == 1, "\(run.stdout)")
        #expect(run.stdout.contains("✗ orders/\(name): failed"))
        let record = try root.statusRecord(for: name)
        #expect(record.outcome == "failed")
        let error = try #require((record["errors"] as? [[String: Any]])?.first)
        #expect(error["code"] as? String == "INPUT-008")
        let message = try #require(error["message"] as? String)
        #expect(message.contains("no documents found"))
        #expect(message.contains("order records in this \(format) file"), "says what was expected: \(message)")
        #expect((error["hint"] as? String)?.contains("allow-empty: true") == true)
        #expect(root.outbox("orders", "erp").isEmpty)
    }

    /// `allow-empty: true`: header-only CSV, `[]` and a 0-byte file end `empty`, exit 0.
    @Test func aFlowThatAllowsEmptyFilesEndsThemEmpty() throws {
        let root = try FerryRoot(config: Self.config(format: "csv", allowEmpty: true))
        defer { root.remove() }
        try root.drop("quiet-night.csv", into: "orders", "number;orderDate;currency;line.sku;line.quantity\n")
        try root.drop("zero.csv", into: "orders", "")
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("✓ orders/quiet-night.csv: empty"))
        for name in ["quiet-night.csv", "zero.csv"] {
            let record = try root.statusRecord(for: name)
            #expect(record.outcome == "empty")
            #expect((record["errors"] as? [Any])?.isEmpty == true)
        }
        // Still an order flow: a file with documents is exported as before.
        try root.drop("busy-night.csv", into: "orders", Samples.ordersCSV)
        #expect(try root.ferry(["run"]).status == 0)
        #expect(try root.statusRecord(for: "busy-night.csv").outcome == "exported")
    }

    /// Reprocess and the dry run decide as the run does: after `allow-empty: true` is set, the
    /// failed empty file becomes `empty`; before, the dry run reports it failed.
    @Test func reprocessAndDryRunAgreeWithTheRun() throws {
        let root = try FerryRoot(config: Self.config(format: "json"))
        defer { root.remove() }
        try root.drop("empty.json", into: "orders", "[]")
        #expect(try root.ferry(["run"]).status == 1)
        let dry = try root.ferry(["reprocess", "1", "--dry-run"])
        #expect(dry.stdout.contains("empty.json"))
        #expect(dry.stdout.contains("failed"))
        #expect(dry.stdout.contains("INPUT-008"))

        try root.write("ferry.yml", Self.config(format: "json", allowEmpty: true))
        let allowed = try root.ferry(["reprocess", "1", "--dry-run"])
        #expect(allowed.stdout.contains("empty.json"))
        #expect(allowed.stdout.contains("would end empty"), "\(allowed.stdout)")
        #expect(allowed.status == 0, "the dry run exits as the real reprocess does")
        #expect(!allowed.stdout.contains("INPUT-008"))
        let real = try root.ferry(["reprocess", "1"])
        #expect(real.status == 0, "\(real.stdout)\(real.stderr)")
        #expect(try root.statusRecord(for: "empty.json").outcome == "empty")
    }

    /// `ferry preview` decides as a run does.
    @Test func previewOfAFileWithoutDocumentsFailsAsARunWould() throws {
        let root = try FerryRoot(config: Self.config(format: "csv"))
        defer { root.remove() }
        try root.write("header.csv", "number;orderDate;currency;line.sku;line.quantity\n")
        let failed = try root.ferry(["preview", root.path + "/header.csv", "--flow", "orders"])
        #expect(failed.status == 1)
        #expect(failed.stdout.contains("[INPUT-008]"), "\(failed.stdout)")
        try root.write("ferry.yml", Self.config(format: "csv", allowEmpty: true))
        let allowed = try root.ferry(["preview", root.path + "/header.csv", "--flow", "orders"])
        #expect(allowed.status == 0, "\(allowed.stdout)")
        #expect(!allowed.stdout.contains("INPUT-008"))
    }

    @Test func checkValidatesAllowEmpty() throws {
        let root = try FerryRoot(config: Self.config(format: "csv").replacingOccurrences(of: "    pickup:", with: "    allow-empty: sometimes\n    pickup:"))
        defer { root.remove() }
        let check = try root.ferry(["check"])
        #expect(check.status == 2)
        #expect(check.stdout.contains("ferry.yml:5"))
        #expect(check.stdout.contains("CONFIG-007"))
        #expect(check.stdout.contains("allow-empty"))
    }
}

@Suite struct AmendedAfterExportTests {
    /// Two targets, one amended order: the run line is not ✓, the summary counts the document
    /// once, the reason names the change once, and the run exits 5 (needs attention).
    @Test func anAmendedOrderNeedsAttention() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        try root.drop("first.json", into: "orders", Samples.orderJSON(number: "SO-8801", lines: [("BIKE-01", "1", "499.00")]))
        #expect(try root.ferry(["run"]).status == 0)
        try root.drop("second.json", into: "orders", Samples.orderJSON(number: "SO-8801", lines: [("BIKE-01", "2", "499.00")]))
        let run = try root.ferry(["run"])
        #expect(run.status == 5, "needs attention: \(run.stdout)")
        #expect(!run.stdout.contains("✓ orders/second.json"))
        #expect(run.stdout.contains("! orders/second.json: unchanged (1 document(s) changed after export"))
        #expect(run.stdout.contains("orders: 1 file taken, unchanged: 1, amended-after-export: 1"), "\(run.stdout)")

        let document = try #require(try root.statusRecord(for: "second.json").documents.first)
        #expect(document["outcome"] as? String == "amended-after-export")
        let reason = try #require(document["reason"] as? String)
        #expect(reason.components(separatedBy: "quantity BIKE-01: 1 → 2").count == 2, "the change is named once: \(reason)")
        #expect(reason.contains("orders-json") && reason.contains("orders-xml"), "both earlier exports named: \(reason)")

        let json = try root.ferry(["run", "--json"])
        #expect(json.status == 0, "nothing new taken")
    }

    /// A failure still wins: exit 1, not 5.
    @Test func aFailedFileOutranksNeedsAttention() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        try root.drop("first.json", into: "orders", Samples.orderJSON(number: "SO-8802", lines: [("BIKE-01", "1", "499.00")]))
        try root.ferry(["run"])
        try root.drop("second.json", into: "orders", Samples.orderJSON(number: "SO-8802", lines: [("BIKE-01", "2", "499.00")]))
        try root.drop("broken.xml", into: "orders", Samples.brokenXML)
        #expect(try root.ferry(["run"]).status == 1)
    }

    /// `ferry status` lists a partial file's document errors, not only the file.
    @Test func statusListsEachPartialFilesDocumentErrors() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        try root.drop("mixed.csv", into: "orders", Samples.ordersCSVWithBadQuantity)
        #expect(try root.ferry(["run"]).status == 1)
        let status = try root.ferry(["status"])
        #expect(status.stdout.contains("partial  #1 mixed.csv"))
        #expect(status.stdout.contains("SO-3002: [MAP-"), "\(status.stdout)")
        #expect(status.stdout.contains("mixed.csv:3"))
        let json = try root.ferry(["status", "--json"])
        #expect(json.stdout.contains("\"documentErrorCount\" : 1"))
    }
}

@Suite struct LogQuestionsTests {
    @Test func anUnknownFlowIsAUsageError() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        let log = try root.ferry(["log", "--flow", "NOPE"])
        #expect(log.status == 64)
        #expect(log.stderr.contains("unknown flow 'NOPE'"))
        #expect(log.stderr.contains("articles, orders"))
        #expect(try root.ferry(["log", "--flow", "orders"]).status == 0)
    }

    @Test func anUnknownKeySaysSo() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        try root.drop("o.json", into: "orders", Samples.orderJSON(number: "SO-8901", lines: [("A", "1", "1")]))
        try root.ferry(["run"])
        let unknown = try root.ferry(["log", "--key", "NOPE"])
        #expect(unknown.status == 0)
        #expect(unknown.stdout.contains("no record of key 'NOPE'"))
        let known = try root.ferry(["log", "--key", "SO-8901"])
        #expect(!known.stdout.contains("no record of key"))
        #expect(known.stdout.contains("SO-8901"))
    }
}

@Suite struct InboxListingTests {
    @Test func anOrphanMarkerIsListedAsSuch() throws {
        let root = try FerryRoot(config: PickupTests.config(settle: 0, marker: true))
        defer { root.remove() }
        try root.write("inbox/orders/orphan.json.done", "")
        try root.write("inbox/orders/waiting.json", Samples.orderJSON(number: "SO-9001", lines: [("A", "1", "1")]))
        #expect(try root.ferry(["run"]).status == 0)
        let status = try root.ferry(["status"])
        #expect(status.stdout.contains("orphan.json.done: orphan marker (no data file)"), "\(status.stdout)")
        #expect(status.stdout.contains("waiting.json: waiting for marker"))
        #expect(!status.stdout.contains("orphan.json.done: waiting for marker"))
    }

    /// `ferry run` and a stopped `watch` leave no empty owner folders in `.ferry-work/`.
    @Test func ownWorkFoldersAreRemovedOnCleanExit() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        try root.drop("o.json", into: "orders", Samples.orderJSON(number: "SO-9101", lines: [("A", "1", "1")]))
        #expect(try root.ferry(["run"]).status == 0)
        #expect(Self.workFolders(root).isEmpty, "after run: \(Self.workFolders(root))")

        let watcher = try root.start(["watch"], captureOutput: false)
        defer { if watcher.isRunning { watcher.terminate() } }
        try root.drop("p.json", into: "orders", Samples.orderJSON(number: "SO-9102", lines: [("A", "1", "1")]))
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, !root.files(under: "archive").contains(where: { $0.hasSuffix("p.json.status.json") }) {
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(!Self.workFolders(root).isEmpty, "watch claimed through its owner folder")
        watcher.terminate()
        watcher.waitUntilExit()
        #expect(watcher.terminationStatus == 0)
        #expect(Self.workFolders(root).isEmpty, "after watch: \(Self.workFolders(root))")
    }

    static func workFolders(_ root: FerryRoot) -> [String] {
        ["articles", "orders"].flatMap { flow in
            ((try? FileManager.default.contentsOfDirectory(atPath: root.path + "/inbox/\(flow)/.ferry-work")) ?? []).map { flow + "/" + $0 }
        }
    }
}
