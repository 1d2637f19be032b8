import Foundation
import GRDB
import Glibc
import Testing

/// Retention (issue 14): `ferry prune` removes archived inputs, status records and payload
/// copies older than `retention:`, keeps every export in the ledger (the same orders dropped
/// again are still `already-exported`), and a prune killed at any step is finished by the next.
@Suite struct PruneTests {
    static let config = """
        retention: { archive: 30d, payload-copies: 30d }
        flows:
          - name: orders
            kind: order
            pickup: { settle: 0 }
            targets:
              - { name: erp, format: json }
        """
    static let january = ["FERRY_NOW": "2026-01-01T10:00:00Z"]
    static let march = ["FERRY_NOW": "2026-03-01T10:00:00Z"]

    static func order(_ number: String) -> String {
        Samples.orderJSON(number: number, lines: [("BIKE-01", "1", "499.00")])
    }

    /// Two files processed on 1 January (three orders), returned with the archive's files.
    static func processed() throws -> FerryRoot {
        let root = try FerryRoot(config: config)
        try root.drop("a.json", into: "orders", "[" + order("SO-1") + "," + order("SO-2") + "]")
        try root.drop("b.json", into: "orders", order("SO-3"))
        #expect(try root.ferry(["run"], environment: january).status == 0)
        #expect(root.outbox("orders", "erp").count == 3)
        return root
    }

    static func archived(_ root: FerryRoot) -> [String] {
        root.files(under: "archive").filter { !($0 as NSString).lastPathComponent.hasPrefix(".") }
    }

    /// Nothing of the pruned files is left in the archive, the ledger says so, `check --ledger`
    /// is clean, and the orders dropped again are not exported again.
    static func expectPrunedAndExactlyOnce(_ root: FerryRoot) throws {
        #expect(archived(root).isEmpty, "\(archived(root))")
        #expect(!FileManager.default.fileExists(atPath: root.path + "/archive/orders/2026"), "empty day folders are removed")
        let (states, documents, exports, copiesPruned) = try root.ledger { db in
            (
                try String.fetchAll(db, sql: "SELECT pruned FROM file ORDER BY id"),
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document") ?? -1,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM export WHERE state = 'done'") ?? -1,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM export WHERE copyPrunedAt IS NOT NULL") ?? -1
            )
        }
        #expect(states == ["pruned", "pruned"])
        #expect(documents == 0, "a pruned file's document rows are compacted away")
        #expect(exports == 3, "every exactly-once unit stays")
        #expect(copiesPruned == 3)
        let check = try root.ferry(["check", "--ledger"], environment: march)
        #expect(check.status == 0, "pruned files are not missing: \(check.stdout) \(check.stderr)")

        // The same bytes again: a duplicate of the pruned file. The same orders in other bytes:
        // already exported. Nothing new in the outbox either way.
        try root.drop("a.json", into: "orders", "[" + order("SO-1") + "," + order("SO-2") + "]")
        try root.drop("again.json", into: "orders", "[\n" + order("SO-2") + ",\n" + order("SO-1") + "\n]")
        #expect(try root.ferry(["run"], environment: march).status == 0)
        #expect(try root.statusRecord(for: "a.json")["outcome"] as? String == "duplicate")
        let again = try root.statusRecord(for: "again.json")
        #expect(again["outcome"] as? String == "unchanged")
        #expect((again["documents"] as? [[String: Any]])?.compactMap { $0["outcome"] as? String } == ["already-exported", "already-exported"])
        #expect(root.outbox("orders", "erp").count == 3)
    }

    @Test func pruneRemovesWhatRetentionNoLongerKeepsAndNothingIsExportedTwice() throws {
        let root = try Self.processed()
        defer { root.remove() }
        let before = Self.archived(root)
        #expect(before.count == 7, "two inputs, two status records, three payload copies: \(before)")

        // Not yet 30 days old: nothing to prune.
        let early = try root.ferry(["prune", "--json"], environment: ["FERRY_NOW": "2026-01-20T10:00:00Z"])
        #expect(early.status == 0)
        #expect(early.stdout.contains(#""files" : 0"#), "\(early.stdout)")
        #expect(Self.archived(root) == before)

        let dry = try root.ferry(["prune", "--dry-run"], environment: Self.march)
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("would prune 2 archived files and 3 payload copies"), "\(dry.stdout)")
        #expect(Self.archived(root) == before, "a dry run removes nothing")

        let prune = try root.ferry(["prune"], environment: Self.march)
        #expect(prune.status == 0, "\(prune.stderr)")
        #expect(prune.stdout.contains("pruned 2 archived files and 3 payload copies"), "\(prune.stdout)")
        try Self.expectPrunedAndExactlyOnce(root)
        // A pruned file cannot be reprocessed: its input is gone (PRUNE-001, a usage error).
        let reprocess = try root.ferry(["reprocess", "1"], environment: Self.march)
        #expect(reprocess.status == 64)
        #expect(reprocess.stderr.contains("PRUNE-001"), "\(reprocess.stderr)")
        // A second prune has nothing left to do.
        #expect(try root.ferry(["prune"], environment: Self.march).stdout.contains("pruned 0 archived files and 0 payload copies"))
    }

    @Test func aFailureAwaitingAnOperatorIsKept() throws {
        let root = try FerryRoot(config: Self.config)
        defer { root.remove() }
        try root.drop("broken.json", into: "orders", "{ not json")
        #expect(try root.ferry(["run"], environment: Self.january).status == 1)
        #expect(try root.ferry(["prune"], environment: Self.march).status == 0)
        #expect(Self.archived(root).count == 2, "the failed input and its status record stay until resolved")
        #expect(try root.ferry(["resolve", "1", "--reason", "sender fixed it"], environment: Self.march).status == 0)
        #expect(try root.ferry(["prune"], environment: Self.march).status == 0)
        #expect(Self.archived(root).isEmpty)
    }

    /// A kill at each step of a prune (`FERRY_FAULT`), then `ferry prune` again: finished,
    /// nothing half-done, nothing exported twice.
    @Test(arguments: ["afterPruneMark", "afterPruneRemove", "afterPruneCopies"])
    func aPruneKilledAtAnyStepIsFinishedByTheNext(_ point: String) throws {
        let root = try Self.processed()
        defer { root.remove() }
        let killed = try root.ferry(["prune"], environment: Self.march.merging(["FERRY_FAULT": point]) { $1 })
        #expect(killed.status == SIGKILL, "\(point): \(killed.status) \(killed.stderr)")
        // Stopped exactly at that step: what is left half-done.
        let (states, copiesMarked) = try root.ledger { db in
            (
                try String.fetchAll(db, sql: "SELECT coalesce(pruned, 'kept') FROM file ORDER BY id"),
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM export WHERE copyPrunedAt IS NOT NULL") ?? -1
            )
        }
        let left = Self.archived(root)
        switch point {
        case "afterPruneMark":
            #expect(states == ["pruning", "pruning"])
            #expect(left.count == 7)
        case "afterPruneRemove":
            #expect(states == ["pruning", "pruning"])
            #expect(left.count == 3 && left.allSatisfy { $0.contains("/payloads/") }, "\(left)")
        default:
            #expect(states == ["pruned", "pruned"])
            #expect(left.isEmpty && copiesMarked == 0, "copies removed, not yet marked: \(left)")
        }
        let rerun = try root.ferry(["prune"], environment: Self.march)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        if point != "afterPruneCopies" {
            #expect(rerun.stdout.contains("finished the prune of 2 files"), "\(rerun.stdout)")
        }
        try Self.expectPrunedAndExactlyOnce(root)
    }

    @Test func watchPrunesWhenItStarts() throws {
        let root = try Self.processed()
        defer { root.remove() }
        let watch = try root.start(["watch"], environment: Self.march, captureOutput: false)
        defer {
            watch.terminate()
            watch.waitUntilExit()
        }
        let deadline = Date().addingTimeInterval(30)
        while !Self.archived(root).isEmpty && Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
        #expect(Self.archived(root).isEmpty, "\(Self.archived(root))")
        let pruned = try root.ledger { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM file WHERE pruned = 'pruned'") ?? 0 }
        #expect(pruned == 2)
    }

    @Test func theConsoleMarksPrunedFiles() throws {
        let root = try Self.processed()
        defer { root.remove() }
        #expect(try root.ferry(["prune"], environment: Self.march).status == 0)
        let console = try ConsoleServe(root)
        let page = try console.get("/files/1")
        #expect(page.status == 200)
        #expect(page.body.contains(#"id="pruned""#), "\(page.body)")
        #expect(try console.get("/files/1/input").status == 404)
        let list = try console.get("/api/v1/files?limit=10")
        let files = try #require(list.object["files"] as? [[String: Any]])
        #expect(files.allSatisfy { $0["pruned"] as? Bool == true })
    }
}
