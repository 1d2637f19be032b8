import Foundation
import GRDB
import Testing

/// `run`, `watch` and `reprocess` finish a file through one routine: outcome recorded,
/// status record written, archive folder synced, then archived.
@Suite struct FinishingTests {
    /// A reprocess once wrote its status record and marked the file archived without the
    /// archive-folder fsync (and the fault point after it) that a first attempt goes through.
    @Test func aReprocessEndsThroughTheSameStepsAsARun() throws {
        let root = try FerryRoot(config: FerryRoot.erpConfig)
        defer { root.remove() }
        try root.drop("o.json", into: "orders", Samples.orderJSON(number: "SO-F1", lines: [("A", "1", "1")]))
        // A first attempt stops right after its status record is durable.
        let first = try root.ferry(["run"], environment: ["FERRY_FAULT": "afterStatusRecord"])
        #expect(first.status == 9, "\(first.stderr)")
        #expect(try root.ferry(["run"]).status == 0)

        let killed = try root.ferry(["reprocess", "1", "--force", "--reason", "resend"], environment: ["FERRY_FAULT": "afterStatusRecord"])
        #expect(killed.status == 9, "the reprocess passes the step after the archive folder's sync: \(killed.stdout)\(killed.stderr)")
        // Stopped there: the record of attempt 2 is written, the file not yet archived.
        #expect(try root.statusRecord(for: "o.json")["attempt"] as? Int == 2)
        #expect(try root.ledger { try String.fetchAll($0, sql: "SELECT state FROM file") } == ["reprocessing"])

        #expect(try root.ferry(["run"]).status == 0)
        #expect(try root.ledger { try String.fetchAll($0, sql: "SELECT state FROM file") } == ["archived"])
        let record = try root.statusRecord(for: "o.json")
        #expect(record["attempt"] as? Int == 2)
        #expect(record.outcome == "exported")
        #expect(root.outbox("orders", "erp").count == 2, "one forced re-export, not two")
    }
}
