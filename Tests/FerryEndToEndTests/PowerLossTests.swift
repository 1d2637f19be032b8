import Foundation
import GRDB
import Testing

/// Power loss that takes the ledger's last commit with it after a payload's rename was
/// already durable: the next start must not export the document again.
@Suite struct PowerLossTests {
    @Test func ledgerRestoredToBeforeTheDoneCommitDoesNotReExport() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        let snapshot = root.path + "/../" + (root.path as NSString).lastPathComponent + "-ledger-snapshot"
        defer { try? FileManager.default.removeItem(atPath: snapshot) }
        try root.drop("o.json", into: "orders", Samples.orderJSON(number: "SO-8001", lines: [("BIKE-01", "1", "499.00")]))

        // Copy the ledger at the moment after the payloads were renamed and their folder
        // fsynced, before the commit that marks them done; the run itself goes on.
        let run = try root.ferry(
            ["run"], environment: ["FERRY_FAULT": "afterDirectorySync", "FERRY_FAULT_ACTION": "snapshot:\(snapshot)"])
        #expect(run.status == 0)
        let payloadsBefore = root.files(under: "outbox")
        #expect(payloadsBefore.count == 2)

        // The power cut: the ledger loses everything after the snapshot (its generation mirror
        // too: it is written only after a commit is durable, so it cannot be ahead of the ledger).
        try FileManager.default.removeItem(atPath: root.path + "/.ferry/ledger.generation")
        try FileManager.default.copyItem(atPath: snapshot + "/ledger.generation", toPath: root.path + "/.ferry/ledger.generation")
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: root.path + "/.ferry/ledger.sqlite" + suffix)
            let saved = snapshot + "/ledger.sqlite" + suffix
            // The shared-memory index is rebuilt from the WAL; a stale copy must not come back.
            if suffix != "-shm", FileManager.default.fileExists(atPath: saved) {
                try FileManager.default.copyItem(atPath: saved, toPath: root.path + "/.ferry/ledger.sqlite" + suffix)
            }
        }
        let pendingAfterRestore = try root.ledger { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM export WHERE state = 'pending'") ?? 0
        }
        #expect(pendingAfterRestore == 2, "the restored ledger still has the intents pending")

        // Next start: recovery sees the intents, no temporaries, and marks them done.
        #expect(try root.ferry(["run"]).status == 0)
        #expect(root.files(under: "outbox") == payloadsBefore)
        let states = try root.ledger { db in try String.fetchAll(db, sql: "SELECT state FROM export") }
        #expect(states == ["done", "done"])

        // The same order arriving again is recognised as exported.
        try root.drop("again.json", into: "orders", Samples.orderJSON(number: "SO-8001", lines: [("BIKE-01", "1", "499.00")]) + "\n")
        try root.ferry(["run"])
        #expect(try root.statusRecord(for: "again.json").documents.first?["outcome"] as? String == "already-exported")
        #expect(root.files(under: "outbox") == payloadsBefore)
    }
}
