import Foundation
import GRDB
import Glibc
import Testing

/// Several Ferry processes on one root never process a file twice, and each takes files.
@Suite(.serialized) struct ContentionTests {
    @Test func watchAndTwoRunsShareOneRoot() throws {
        // More files than three of a process's claim runs (`ExportGroup.capacity`, 64) hold: two
        // processes' first runs cannot drain the inbox before the third has started.
        let inputs = Workload.generate(files: 200, ordersPerFile: 3)
        let (reference, expected) = try KillTests.baseline(inputs)
        defer { reference.remove() }

        // A settle time makes all three wait for the same moment (the first sighting is
        // shared through the ledger), so each takes files however slowly it started.
        let root = try FerryRoot(config: KillTests.config.replacingOccurrences(of: "settle: 0", with: "settle: 1"))
        defer { root.remove() }
        try Workload.drop(inputs, into: root)
        // All three start together on a root without a ledger yet: creating it must not race.
        let watcher = try root.start(["watch"], captureOutput: false)
        defer { if watcher.isRunning { watcher.terminate() } }
        let runs = try (0..<2).map { _ in try root.start(["run"]) }
        for run in runs {
            let stderr = (run.standardError as? Pipe)?.fileHandleForReading.readDataToEndOfFile() ?? Data()
            run.waitUntilExit()
            // 1 when it took a broken file, 5 when only amended ones, 0 when neither: which files
            // each process takes depends on timing. Never a lock (3) or environment (4) stop.
            #expect([0, 1, 5].contains(run.terminationStatus), "run: \(String(decoding: stderr, as: UTF8.self))")
        }
        // The watch goes on until the inbox is empty, and is stopped only once it has taken a
        // file: a SIGTERM that lands while a slow machine is still starting it ends it by the
        // signal, before its handler is in place.
        let watcherOwner = "p\(watcher.processIdentifier)-%"
        var waited = 0.0
        while waited < 60 {
            // Read while three processes write it; a busy moment counts as nothing taken yet.
            let taken = (try? root.ledger { db in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM file WHERE takenBy LIKE ?", arguments: [watcherOwner])
            }) ?? 0
            if root.files(under: "inbox").isEmpty && taken > 0 { break }
            Thread.sleep(forTimeInterval: 0.2)
            waited += 0.2
        }
        watcher.terminate()
        watcher.waitUntilExit()
        #expect(watcher.terminationStatus == 0, "watch ended by \(watcher.terminationReason == .uncaughtSignal ? "signal" : "exit") \(watcher.terminationStatus)")

        let actual = try RootSnapshot(root)
        #expect(actual.inboxLeftovers.isEmpty)
        #expect(actual.hiddenOutboxFiles.isEmpty)
        let missing = Set(expected.payloads.keys).subtracting(actual.payloads.keys).sorted()
        let extra = Set(actual.payloads.keys).subtracting(expected.payloads.keys).sorted()
        #expect(missing.isEmpty && extra.isEmpty, "missing \(missing), extra \(extra)")
        if !missing.isEmpty {
            let copy = root.path + "-kept"
            try? FileManager.default.copyItem(atPath: root.path, toPath: copy)
            print("contention: root kept at \(copy)")
        }
        // Every input archived exactly once.
        let rows = try root.ledger { db in try Row.fetchAll(db, sql: "SELECT originalName, takenBy FROM file") }
        let names = rows.map { $0["originalName"] as String }
        #expect(names.count == inputs.count)
        #expect(Set(names).count == inputs.count)
        #expect(try root.statusRecords().count == inputs.count)
        // Each of the three processes took files itself.
        let takers = Dictionary(grouping: rows.compactMap { $0["takenBy"] as String? }, by: { $0 }).mapValues(\.count)
        print("contention: files taken per process \(takers.values.sorted()); watch pid \(watcher.processIdentifier), runs \(runs.map(\.processIdentifier)), takers \(takers)")
        #expect(takers.count == 3, "\(takers)")
        // Exactly one done export per unit and generation (the ledger's own guarantee, checked).
        let duplicates = try root.ledger { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (SELECT 1 FROM export GROUP BY target, kind, key, event, generation HAVING COUNT(*) > 1)") ?? -1
        }
        #expect(duplicates == 0)
    }

    @Test func aFileRemovedOrTruncatedBeforeItIsClaimedIsHandledQuietly() throws {
        let root = try FerryRoot(config: """
            flows:
              - name: orders
                kind: order
                pickup: { settle: 1 }
                targets:
                  - { name: erp, format: json }
            """)
        defer { root.remove() }
        try root.write("inbox/orders/gone.json", Samples.orderJSON(number: "SO-G1", lines: [("A", "1", "1")]))
        try root.write("inbox/orders/renamed.json", Samples.orderJSON(number: "SO-G2", lines: [("A", "1", "1")]))
        try root.write("inbox/orders/shrunk.json", Samples.orderJSON(number: "SO-G3", lines: [("A", "1", "1")]))
        // Seen once (settling), then changed by their writer before they could be claimed.
        #expect(try root.ferry(["run", "--no-wait"]).status == 0)
        try FileManager.default.removeItem(atPath: root.path + "/inbox/orders/gone.json")
        try FileManager.default.moveItem(atPath: root.path + "/inbox/orders/renamed.json", toPath: root.path + "/inbox/orders/renamed-final.json")
        let handle = try #require(FileHandle(forWritingAtPath: root.path + "/inbox/orders/shrunk.json"))
        try handle.truncate(atOffset: 0)
        try handle.close()
        try root.write("inbox/orders/shrunk.json", Samples.orderJSON(number: "SO-G3", lines: [("B", "2", "1")]))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("Error"), "\(run.stderr)")
        #expect(try root.statusRecord(for: "renamed-final.json").outcome == "exported")
        let shrunk = try root.statusRecord(for: "shrunk.json")
        #expect(shrunk.outcome == "exported")
        #expect(try root.read(try #require(root.outbox("orders", "erp").first { $0.contains("SO-G3") })).contains("\"B\""))
        #expect(!root.files(under: "archive").contains { $0.contains("gone.json") })
        // No stale first sighting is left behind for the vanished names.
        let sightings = try root.ledger { db in try String.fetchAll(db, sql: "SELECT path FROM sighting") }
        #expect(sightings.isEmpty, "\(sightings)")
    }
}
