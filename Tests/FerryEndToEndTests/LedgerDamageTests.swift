import Foundation
import GRDB
import Testing

/// A root whose ledger is lost or damaged must not export again what it already exported:
/// every command that opens the root stops with exit 7 and says what to do.
@Suite struct LedgerDamageTests {
    static let order = Samples.orderJSON(number: "SO-9101", lines: [("BIKE-01", "1", "499.00")])

    /// A root that exported SO-9101 once.
    func exportedOnce() throws -> FerryRoot {
        let root = try FerryRoot()
        try root.drop("first.json", into: "orders", Self.order)
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(root.files(under: "outbox").count == 2, "\(run.stdout)\(run.stderr)")
        return root
    }

    @Test func aDeletedLedgerIsRefusedNotStartedOver() throws {
        let root = try exportedOnce()
        defer { root.remove() }
        let payloads = root.files(under: "outbox")
        try FileManager.default.removeItem(atPath: root.path + "/.ferry")
        try root.drop("again.json", into: "orders", Self.order + "\n")
        let run = try root.ferry(["run"])
        #expect(run.status == 7, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains("ledger") && run.stderr.contains("ferry ledger rebuild"), "\(run.stderr)")
        #expect(!run.stdout.contains("nothing to do"))
        #expect(root.files(under: "outbox") == payloads, "nothing exported a second time")
        #expect(!FileManager.default.fileExists(atPath: root.path + "/.ferry/ledger.sqlite"), "no fresh ledger was made")
        // Refused again on the next try, and by the commands that only look.
        #expect(try root.ferry(["run"]).status == 7)
        #expect(try root.ferry(["status"]).status == 7)
    }

    @Test func aTruncatedLedgerIsRefused() throws {
        let root = try exportedOnce()
        defer { root.remove() }
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: root.path + "/.ferry/ledger.sqlite" + suffix) }
        try Data().write(to: URL(fileURLWithPath: root.path + "/.ferry/ledger.sqlite"))
        try root.drop("again.json", into: "orders", Self.order + "\n")
        let run = try root.ferry(["run"])
        #expect(run.status == 7, "\(run.stdout)\(run.stderr)")
        #expect(root.files(under: "outbox").count == 2)
    }

    @Test func anOlderCopyOfTheLedgerIsRefused() throws {
        let root = try exportedOnce()
        defer { root.remove() }
        let ledger = root.path + "/.ferry/ledger.sqlite"
        let saved = root.path + "/../" + (root.path as NSString).lastPathComponent + "-old-ledger"
        defer { try? FileManager.default.removeItem(atPath: saved) }
        // The whole ledger as a copy of .ferry/ holds it: the database with its write-ahead log
        // (the database file alone may hold a checkpoint of part of the log only).
        try FileManager.default.copyItem(atPath: ledger, toPath: saved)
        if FileManager.default.fileExists(atPath: ledger + "-wal") {
            try FileManager.default.copyItem(atPath: ledger + "-wal", toPath: saved + "-wal")
        }
        defer { try? FileManager.default.removeItem(atPath: saved + "-wal") }
        // Another order afterwards, then the ledger replaced by the copy from before it.
        try root.drop("second.json", into: "orders", Samples.orderJSON(number: "SO-9102", lines: [("BIKE-02", "1", "99.00")]))
        #expect(try root.ferry(["run"]).status == 0)
        let payloads = root.files(under: "outbox")
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: ledger + suffix) }
        try FileManager.default.removeItem(atPath: ledger)
        try FileManager.default.copyItem(atPath: saved, toPath: ledger)
        if FileManager.default.fileExists(atPath: saved + "-wal") {
            try FileManager.default.copyItem(atPath: saved + "-wal", toPath: ledger + "-wal")
        }
        try root.drop("again.json", into: "orders", Samples.orderJSON(number: "SO-9102", lines: [("BIKE-02", "1", "99.00")]) + "\n")
        let run = try root.ferry(["run"])
        #expect(run.status == 7, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains("LEDGER-002") || run.stderr.contains("lost commits"), "\(run.stderr)")
        #expect(root.files(under: "outbox") == payloads)
    }

    @Test func aDamagedWriteAheadLogIsNoticedNotSilentlyTruncated() throws {
        // A log that still holds commits is what a killed process (or a power cut) leaves
        // behind: a clean exit closes the ledger, which moves the log into it and removes it.
        let root = try FerryRoot()
        defer { root.remove() }
        try root.drop("first.json", into: "orders", Self.order)
        let killed = try root.ferry(["run"], environment: ["FERRY_FAULT": "afterStatusRecord"])
        #expect(killed.status == 9, "\(killed.stdout)\(killed.stderr)")
        #expect(root.files(under: "outbox").count == 2)
        let wal = root.path + "/.ferry/ledger.sqlite-wal"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: wal))
        #expect(bytes.count > 8192, "the run's commits are still in the log")
        let middle = bytes.count / 2
        bytes.replaceSubrange(middle..<(middle + 1024), with: Data(repeating: 0x5A, count: 1024))
        try bytes.write(to: URL(fileURLWithPath: wal))
        try root.drop("again.json", into: "orders", Self.order + "\n")
        let run = try root.ferry(["run"])
        #expect(run.status == 7, "\(run.stdout)\(run.stderr)")
        #expect(!run.stdout.contains("nothing to do"))
        #expect(root.files(under: "outbox").count == 2, "SO-9101 is not exported again")
    }

    @Test func aMalformedLedgerFileStopsWithExitSevenNotOne() throws {
        let root = try exportedOnce()
        defer { root.remove() }
        let ledger = root.path + "/.ferry/ledger.sqlite"
        // Move every commit into the main file, then damage it past its 100-byte header.
        try DatabaseQueue(path: ledger).writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        var bytes = try Data(contentsOf: URL(fileURLWithPath: ledger))
        bytes.replaceSubrange(100..<bytes.count, with: Data(repeating: 0x5A, count: bytes.count - 100))
        try bytes.write(to: URL(fileURLWithPath: ledger))
        let run = try root.ferry(["run"])
        #expect(run.status == 7, "\(run.stdout)\(run.stderr)")
        #expect(!run.stdout.contains("nothing to do"))
        #expect(run.stderr.contains("LEDGER-00") || run.stderr.contains("ledger"), "\(run.stderr)")
    }

    @Test func aRebuiltLedgerKnowsWhatWasExported() throws {
        let root = try exportedOnce()
        defer { root.remove() }
        let payloads = root.files(under: "outbox")
        try FileManager.default.removeItem(atPath: root.path + "/.ferry")
        #expect(try root.ferry(["run"]).status == 7)

        let rebuild = try root.ferry(["ledger", "rebuild"])
        #expect(rebuild.status == 0, "\(rebuild.stdout)\(rebuild.stderr)")
        #expect(rebuild.stdout.contains("1 file(s), 2 export(s) restored"), "\(rebuild.stdout)")

        // The same order again: already exported. A changed one: amended, not exported. A new one: exported.
        try root.drop("again.json", into: "orders", Self.order + "\n")
        try root.drop("changed.json", into: "orders", Samples.orderJSON(number: "SO-9101", lines: [("BIKE-01", "2", "499.00")]))
        try root.drop("new.json", into: "orders", Samples.orderJSON(number: "SO-9103", lines: [("BIKE-03", "1", "10.00")]))
        let run = try root.ferry(["run"])
        #expect([0, 5].contains(run.status), "\(run.stdout)\(run.stderr)")
        #expect(try root.statusRecord(for: "again.json").documents.first?["outcome"] as? String == "already-exported")
        #expect(try root.statusRecord(for: "changed.json").documents.first?["outcome"] as? String == "amended-after-export")
        #expect(try root.statusRecord(for: "new.json").documents.first?["outcome"] as? String == "exported")
        let written = Set(root.files(under: "outbox")).subtracting(payloads)
        #expect(written.count == 2 && written.allSatisfy { $0.contains("SO-9103") }, "\(written)")

        // The rebuilt ledger agrees with the archive, and keeps the first file's id for reprocess.
        let check = try root.ferry(["check", "--ledger"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(try root.ledger { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM file WHERE id = 1 AND originalName = 'first.json'") } == 1)
    }

    @Test func aLedgerThatLostCommitsIsRebuiltAndTheOldOneKept() throws {
        let root = try exportedOnce()
        defer { root.remove() }
        // Commits still in the log are what a killed process leaves (a clean exit moves them
        // into the ledger and removes the log): a second run, killed, exports another order.
        try root.drop("second.json", into: "orders", Samples.orderJSON(number: "SO-9102", lines: [("BIKE-02", "1", "10.00")]))
        let killed = try root.ferry(["run"], environment: ["FERRY_FAULT": "afterStatusRecord"])
        #expect(killed.status == 9, "\(killed.stdout)\(killed.stderr)")
        let wal = root.path + "/.ferry/ledger.sqlite-wal"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: wal))
        #expect(bytes.count > 1056, "the killed run's commits are in the log")
        bytes.replaceSubrange(32..<1056, with: Data(repeating: 0x5A, count: 1024))
        try bytes.write(to: URL(fileURLWithPath: wal))
        #expect(try root.ferry(["status"]).status == 7)
        let rebuild = try root.ferry(["ledger", "rebuild"])
        #expect(rebuild.status == 0, "\(rebuild.stdout)\(rebuild.stderr)")
        #expect(rebuild.stdout.contains(".ferry/ledger-before-rebuild-"))
        let kept = root.files(under: ".ferry").filter { $0.contains("ledger-before-rebuild-") }
        #expect(kept.contains { $0.hasSuffix("/ledger.sqlite") } && kept.contains { $0.hasSuffix("/ledger.generation") })
        try root.drop("again.json", into: "orders", Self.order + "\n")
        #expect(try root.ferry(["run"]).status == 0)
        #expect(try root.statusRecord(for: "again.json").documents.first?["outcome"] as? String == "already-exported")
    }

    @Test func noRebuildUnderARunningWatch() throws {
        let root = try exportedOnce()
        defer { root.remove() }
        let watch = try root.start(["watch"])
        defer { watch.terminate(); watch.waitUntilExit() }
        var busy = false
        for _ in 0..<50 where !busy {
            Thread.sleep(forTimeInterval: 0.1)
            busy = !root.files(under: ".ferry/owners").isEmpty
        }
        #expect(busy, "the watch took its owner lock")
        let rebuild = try root.ferry(["ledger", "rebuild"])
        #expect(rebuild.status == 7)
        #expect(rebuild.stderr.contains("LEDGER-004"), "\(rebuild.stderr)")
    }

    @Test func backupWritesAConsistentCopy() throws {
        let root = try exportedOnce()
        defer { root.remove() }
        let copy = root.path + "/../" + (root.path as NSString).lastPathComponent + "-backup.sqlite"
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let backup = try root.ferry(["ledger", "backup", copy])
        #expect(backup.status == 0, "\(backup.stderr)")
        let exports = try DatabaseQueue(path: copy).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM export WHERE state = 'done'") }
        #expect(exports == 2)
        #expect(try root.ferry(["ledger", "backup", copy]).status == 64, "never overwrites")
    }
}

/// The ledger lost while a file is half exported: its payloads are out, it has no status record.
@Suite struct LedgerLostInFlightTests {
    @Test func aFileInFlightIsNeitherStartedOverNorExportedTwice() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        try root.drop("o.json", into: "orders", "[" + [9201, 9202, 9203].map {
            Samples.orderJSON(number: "SO-\($0)", lines: [("A", "1", "1.00")])
        }.joined(separator: ",") + "]")
        // Killed after the payloads were renamed into place, before anything else was recorded.
        let killed = try root.ferry(["run"], environment: ["FERRY_FAULT": "afterDirectorySync"])
        #expect(killed.status != 0)
        let payloads = root.files(under: "outbox")
        #expect(!payloads.isEmpty)
        try FileManager.default.removeItem(atPath: root.path + "/.ferry")

        #expect(try root.ferry(["run"]).status == 7, "the payload copies show the root exported before")
        let rebuild = try root.ferry(["ledger", "rebuild"])
        #expect(rebuild.status == 0, "\(rebuild.stdout)\(rebuild.stderr)")
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let after = root.files(under: "outbox")
        #expect(Set(payloads).isSubset(of: Set(after)))
        #expect(after.count == 6, "3 orders × 2 targets, each once: \(after)")
        #expect(!after.contains { $0.contains("_v2") }, "\(after)")
    }

    /// Killed right after a payload's rename into the outbox, before Ferry's own copy got its
    /// name: the copy under its hidden name, matching the placed payload, is the proof.
    @Test func aPayloadPlacedBeforeItsCopyWasNamedIsNotExportedAgain() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        try root.drop("o.json", into: "orders", Samples.orderJSON(number: "SO-9231", lines: [("A", "1", "1.00")]))
        #expect(try root.ferry(["run"], environment: ["FERRY_FAULT": "afterRename"]).status != 0)
        // The first target's payload is placed; the second's is still a hidden temporary.
        let payloads = root.files(under: "outbox").filter { !($0 as NSString).lastPathComponent.hasPrefix(".") }
        #expect(payloads.count == 1, "\(payloads)")
        try FileManager.default.removeItem(atPath: root.path + "/.ferry")
        let rebuild = try root.ferry(["ledger", "rebuild"])
        #expect(rebuild.status == 0, "\(rebuild.stdout)\(rebuild.stderr)")
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let after = root.files(under: "outbox")
        #expect(Set(payloads).isSubset(of: Set(after)))
        #expect(after.count == 2, "the first target's payload once, the second's now: \(after)")
        #expect(!after.contains { $0.contains("~2") || $0.contains("_v2") }, "\(after)")
    }

    /// A per-input-file target's combined payload was out when the run stopped and the ledger
    /// was lost: the rebuild takes its members from the one batch the file was, so the next
    /// run neither sends the file's payload again nor loses an order that was not in it.
    @Test func aCombinedPayloadInFlightIsNotExportedAgain() throws {
        let root = try FerryRoot(config: """
            flows:
              - name: orders
                kind: order
                pickup: { settle: 0 }
                targets:
                  - { name: erp, format: json }
                  - { name: batch, format: csv, per-input-file: true }
            """)
        defer { root.remove() }
        // SO-9241 went out before, alone; the file in flight repeats it and adds SO-9242.
        try root.drop("first.json", into: "orders", Samples.orderJSON(number: "SO-9241", lines: [("A", "1", "1.00")]))
        #expect(try root.ferry(["run"]).status == 0)
        try root.drop("daily.json", into: "orders", "[" + [9241, 9242].map {
            Samples.orderJSON(number: "SO-\($0)", lines: [("A", "1", "1.00")])
        }.joined(separator: ",") + "]")
        #expect(try root.ferry(["run"], environment: ["FERRY_FAULT": "afterExportsDone"]).status != 0)
        let payloads = root.files(under: "outbox")
        #expect(payloads.contains("outbox/orders/batch/daily.csv"), "\(payloads)")
        try FileManager.default.removeItem(atPath: root.path + "/.ferry")
        #expect(try root.ferry(["ledger", "rebuild"]).status == 0)
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(root.files(under: "outbox") == payloads, "nothing exported a second time")
        let outcomes = try root.statusRecord(for: "daily.json").documents.compactMap { $0["outcome"] as? String }
        #expect(outcomes == ["already-exported", "exported"], "\(outcomes)")
    }

    /// The file in flight names an article twice, changed the second time: both versions went
    /// out (`article_SKU-1.json`, then `_v2`) before the stop; both are restored, in order.
    @Test func anArticleTwiceInTheFileInFlightIsNotExportedAgain() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        let header = "sku;name;priceInclVat;stockAvailable\n"
        try root.drop("a.csv", into: "articles", header + "SKU-1;A;10.95;18\nSKU-2;B;5.00;1\nSKU-1;A;10.95;37\n")
        #expect(try root.ferry(["run"], environment: ["FERRY_FAULT": "afterExportsDone:2"]).status != 0)
        let payloads = root.files(under: "outbox")
        #expect(payloads.contains { $0.hasSuffix("article_SKU-1_v2.json") }, "\(payloads)")
        try FileManager.default.removeItem(atPath: root.path + "/.ferry")
        #expect(try root.ferry(["ledger", "rebuild"]).status == 0)
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(root.files(under: "outbox") == payloads, "nothing exported a second time")
    }

    /// The file in flight carried a second version of an article: its payload copy is named
    /// `_v2`, and the rebuild must take it for that unit's next generation, not a stranger.
    @Test func aSecondVersionInFlightIsNotExportedAgain() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        let header = "sku;name;priceInclVat;stockAvailable\n"
        try root.drop("a.csv", into: "articles", header + "SKU-1;A;10.95;1\n")
        #expect(try root.ferry(["run"]).status == 0)
        try root.drop("b.csv", into: "articles", header + "SKU-1;A;12.95;1\n")
        #expect(try root.ferry(["run"], environment: ["FERRY_FAULT": "afterExportsDone"]).status != 0)
        let payloads = root.files(under: "outbox")
        #expect(payloads.contains { $0.hasSuffix("article_SKU-1_v2.json") }, "\(payloads)")
        try FileManager.default.removeItem(atPath: root.path + "/.ferry")
        #expect(try root.ferry(["ledger", "rebuild"]).status == 0)
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(root.files(under: "outbox") == payloads, "nothing exported a second time")
    }

    /// Killed once the input was in the archive but before its status record: the rebuild
    /// puts it back into a claim folder, and the next run finishes it without exporting again.
    @Test func anInputArchivedWithoutItsRecordIsFinishedNotForgotten() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        try root.drop("o.json", into: "orders", "[" + [9211, 9212].map {
            Samples.orderJSON(number: "SO-\($0)", lines: [("A", "1", "1.00")])
        }.joined(separator: ",") + "]")
        let killed = try root.ferry(["run"], environment: ["FERRY_FAULT": "afterArchiveMove"])
        #expect(killed.status != 0)
        let payloads = root.files(under: "outbox")
        #expect(payloads.count == 4)
        #expect(root.files(under: "archive").contains { $0.hasSuffix("/o.json") })
        #expect(!root.files(under: "archive").contains { $0.hasSuffix("o.json.status.json") })
        try FileManager.default.removeItem(atPath: root.path + "/.ferry")

        let rebuild = try root.ferry(["ledger", "rebuild"])
        #expect(rebuild.status == 0, "\(rebuild.stdout)\(rebuild.stderr)")
        #expect(rebuild.stdout.contains("o.json was archived without a status record"), "\(rebuild.stdout)")
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(root.files(under: "outbox") == payloads, "nothing exported a second time")
        let archived = root.files(under: "archive").filter { $0.hasSuffix("/o.json") }
        #expect(archived.count == 1, "\(archived)")
        let outcomes = try root.statusRecord(for: "o.json").documents.compactMap { $0["outcome"] as? String }
        #expect(outcomes == ["exported", "exported"], "the exports restored from the payload copies: \(outcomes)")
        let check = try root.ferry(["check", "--ledger"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
}

@Suite struct LedgerRebuildRepeatTests {
    /// Found by the crash harness (seed 864573400): a file with a stock level and then an older
    /// one of the same key (exported, then superseded); the rebuild restored the export with the
    /// older level's `asOf`, so a later file with that older level went out as a second version.
    @Test func theRestoredExportOfARepeatedKeyIsTheOccurrenceThatWentOut() throws {
        let root = try FerryRoot(
            config: """
                flows:
                  - name: stock
                    kind: stock
                    pickup: { settle: 0 }
                    targets:
                      - { name: wms, format: csv }
                """)
        defer { root.remove() }
        let newer = #"{"sku": "SKU-13", "warehouse": "W1", "available": 241, "asOf": "2026-11-20T22:00:00Z"}"#
        let older = #"{"sku": "SKU-13", "warehouse": "W1", "available": 324, "asOf": "2026-11-20T03:00:00Z"}"#
        try root.drop("f.ndjson", into: "stock", newer + "\n" + older + "\n")
        #expect(try root.ferry(["run"]).status == 0)
        let outcomes = try root.statusRecord(for: "f.ndjson").documents.map { $0["outcome"] as? String }
        #expect(outcomes == ["exported", "superseded"])
        try FileManager.default.removeItem(atPath: root.path + "/.ferry")
        let rebuild = try root.ferry(["ledger", "rebuild"])
        #expect(rebuild.status == 0, "\(rebuild.stdout)\(rebuild.stderr)")
        #expect(
            try root.ledger { try String.fetchOne($0, sql: "SELECT asOf FROM export WHERE key = 'SKU-13/W1'") }?.hasPrefix("2026-11-20 22:00")
                == true)

        try root.drop("g.ndjson", into: "stock", #"{"sku": "SKU-13", "warehouse": "W1", "available": 4, "asOf": "2026-11-20T03:00:00Z"}"# + "\n")
        let run = try root.ferry(["run"])
        #expect([0, 5].contains(run.status), "\(run.stdout)\(run.stderr)")
        #expect(try root.statusRecord(for: "g.ndjson").documents.first?["outcome"] as? String == "superseded")
        #expect(root.outbox("stock", "wms").count == 1, "\(root.outbox("stock", "wms"))")
    }

    @Test func aDocumentAFileRepeatsIsOneRestoredExport() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        let header = "sku;name;priceInclVat;stockAvailable\n"
        try root.drop("a.csv", into: "articles", header + "SKU-1;A;10.95;1\nSKU-1;A;10.95;1\n")
        #expect(try root.ferry(["run"]).status == 0)
        try FileManager.default.removeItem(atPath: root.path + "/.ferry")
        #expect(try root.ferry(["ledger", "rebuild"]).status == 0)
        try root.drop("b.csv", into: "articles", header + "SKU-1;A;12.95;1\n")
        #expect(try root.ferry(["run"]).status == 0)
        #expect(root.outbox("articles", "articles-json").contains { $0.hasSuffix("article_SKU-1_v2.json") },
                "\(root.outbox("articles", "articles-json"))")
    }
}
