import Foundation
import GRDB
import Testing

/// Small files of a flow share the export protocol's durable steps (`ExportGroup`,
/// docs/ARCHITECTURE.md "Groups of small files"): fewer transactions and fsyncs per file, and
/// for every file exactly the outcome, records and payloads it would have had alone.
@Suite(.serialized) struct ExportGroupTests {
    /// Write transactions the ledger committed so far (every one bumps its generation).
    static func transactions(_ root: FerryRoot) throws -> Int {
        try root.ledger { db in try Int.fetchOne(db, sql: "SELECT generation FROM ledgerMeta") ?? 0 }
    }

    @Test func smallFilesShareTheirTransactions() throws {
        let root = try FerryRoot(config: FerryRoot.erpConfig)
        defer { root.remove() }
        let files = 40
        for number in 1...files {
            try root.drop("order-\(number).json", into: "orders", Workload.orderJSON(number, quantity: 2))
        }
        let run = try root.ferry(["run", "--no-wait"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(root.outbox("orders", "erp").count == files)
        #expect(try root.statusRecords().count == files)
        #expect(try root.statusRecords().allSatisfy { $0.outcome == "exported" })
        let archived = try root.ledger { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM file WHERE state = 'archived' AND owner IS NULL") ?? 0
        }
        #expect(archived == files)
        // Alone, a file costs five write transactions (claim, intents, done, outcome, archived);
        // in a group, its claim and a share of the group's four.
        let perFile = Double(try Self.transactions(root)) / Double(files)
        #expect(perFile < 2, "\(perFile) write transactions per file")
    }

    /// The same workload (new orders, resent and amended ones, duplicates, broken files) in one
    /// run, where files are grouped, and one file per run, where none is: the same records and
    /// payloads, byte for byte.
    @Test func aGroupDecidesEachFileAsIfAlone() throws {
        let inputs = Workload.generate(files: 40, ordersPerFile: 3)
        let alone = try FerryRoot(config: KillTests.config)
        defer { alone.remove() }
        for input in inputs {
            try Workload.drop([input], into: alone)
            try alone.ferry(["run", "--no-wait"])
        }
        let grouped = try FerryRoot(config: KillTests.config)
        defer { grouped.remove() }
        try Workload.drop(inputs, into: grouped)
        try grouped.ferry(["run", "--no-wait"])
        let expected = try RootSnapshot(alone)
        let actual = try RootSnapshot(grouped)
        #expect(expected.records.count == inputs.count)
        #expect(actual == expected)
    }

    /// The environment fails a file of the second group while the first group is being sealed
    /// on its own thread (`BackgroundSeal`): the first group's seal ends whole (its status
    /// records are not taken for a failed file's leftovers) and its files are reported; the
    /// failed group's files stay in the inbox, and the next run takes them.
    @Test func aGroupBeingSealedEndsWholeWhenTheNextFileFails() throws {
        let root = try FerryRoot(config: FerryRoot.erpConfig)
        defer { root.remove() }
        let files = 70
        let names = (1...files).map { String(format: "order-%02d.json", $0) }
        for (index, name) in names.enumerated() {
            try root.drop(name, into: "orders", Workload.orderJSON(index + 1, quantity: 1))
        }
        // The 66th payload written: a file of the second group, once the first (64) completed.
        let run = try root.ferry(
            ["run", "--no-wait"], environment: ["FERRY_FAULT": "afterTempWrite:66", "FERRY_FAULT_ACTION": "errno:EACCES"])
        #expect(run.status == 4, "\(run.stdout)\(run.stderr)")
        let sealed = 64  // ExportGroup.capacity
        let records = try root.statusRecords()
        #expect(records.count == sealed)
        #expect(records.allSatisfy { $0.outcome == "exported" })
        #expect(try root.ledger { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM file WHERE state = 'archived'") } == sealed)
        // Reported as they were sealed, in the order taken.
        let reported = run.stdout.split(separator: "\n").filter { $0.contains(": exported") }
        #expect(reported.count == sealed, "\(run.stdout)")
        #expect(reported.first?.contains(names[0]) == true && reported.last?.contains(names[sealed - 1]) == true)
        #expect(EnvironmentTests.hiddenFiles(in: root.path + "/archive").isEmpty)
        EnvironmentTests.expectNothingLost(root, names: names)

        let again = try root.ferry(["run", "--no-wait"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try root.statusRecords().count == files)
        #expect(root.outbox("orders", "erp").count == files)
    }

    /// Two files with the same bytes in one group: the one taken second is a duplicate of the
    /// other, as when they come in two runs.
    @Test func theSameBytesTwiceInOneGroupAreADuplicate() throws {
        let root = try FerryRoot(config: FerryRoot.erpConfig)
        defer { root.remove() }
        let order = Workload.orderJSON(7, quantity: 1)
        try root.drop("a.json", into: "orders", order)
        try root.drop("b.json", into: "orders", order)
        try root.ferry(["run", "--no-wait"])
        let outcomes = try root.statusRecords().compactMap(\.outcome).sorted()
        #expect(outcomes == ["duplicate", "exported"])
        #expect(root.outbox("orders", "erp").count == 1)
    }
}
