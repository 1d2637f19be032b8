import Foundation
import GRDB
import Testing

/// `ferry check --ledger`: consistent roots pass, damaged archives are named, and files
/// partners took out of the outbox are not drift.
@Suite(.serialized) struct LedgerCheckTests {
    /// A processed root: orders with two targets, articles, one broken file, one duplicate.
    static func processedRoot() throws -> FerryRoot {
        let root = try FerryRoot()
        try Workload.drop(Array(Workload.generate(files: 10, ordersPerFile: 2)), into: root)
        let run = try root.ferry(["run", "--no-wait"])
        #expect(run.status == 1, "the workload holds a broken file: \(run.stderr)")
        return root
    }

    static func check(_ root: FerryRoot) throws -> FerryRoot.Result {
        try root.ferry(["check", "--ledger"])
    }

    /// Archived inputs (not status records, not payload copies) relative to the root.
    static func archivedInputs(_ root: FerryRoot) -> [String] {
        root.files(under: "archive").filter { !$0.contains("/payloads/") && !$0.hasSuffix(".status.json") }
    }

    @Test func cleanRootIsConsistent() throws {
        let root = try Self.processedRoot()
        defer { root.remove() }
        let result = try Self.check(root)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("consistent"))
    }

    @Test func emptyRootIsConsistent() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        let result = try Self.check(root)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func deletedArchivedInputIsDrift() throws {
        let root = try Self.processedRoot()
        defer { root.remove() }
        let input = try #require(Self.archivedInputs(root).first)
        try FileManager.default.removeItem(atPath: root.path + "/" + input)
        let result = try Self.check(root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("[missingArchivedInput]"))
        #expect(result.stdout.contains(input), "\(result.stdout)")
    }

    @Test func deletedStatusRecordIsDrift() throws {
        let root = try Self.processedRoot()
        defer { root.remove() }
        let record = try #require(root.files(under: "archive").first { $0.hasSuffix(".status.json") })
        try FileManager.default.removeItem(atPath: root.path + "/" + record)
        let result = try Self.check(root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("[missingStatusRecord]"))
        #expect(result.stdout.contains(record), "\(result.stdout)")
    }

    @Test func statusRecordThatDisagreesIsDrift() throws {
        let root = try Self.processedRoot()
        defer { root.remove() }
        let record = try #require(root.files(under: "archive").first { $0.hasSuffix(".status.json") })
        let text = try root.read(record)
        let changed = text.replacingOccurrences(of: "\"attempt\": 1,", with: "\"attempt\": 7,")
        #expect(changed != text)
        try root.write(record, changed)
        let result = try Self.check(root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("[statusRecordMismatch]"), "\(result.stdout)")
    }

    @Test func deletedPayloadCopyIsDrift() throws {
        let root = try Self.processedRoot()
        defer { root.remove() }
        let copy = try #require(root.files(under: "archive").first { $0.contains("/payloads/") })
        try FileManager.default.removeItem(atPath: root.path + "/" + copy)
        let result = try Self.check(root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("[missingPayloadCopy]"))
        #expect(result.stdout.contains(copy), "\(result.stdout)")
    }

    @Test func alteredOutboxFileIsDrift() throws {
        let root = try Self.processedRoot()
        defer { root.remove() }
        let payload = try #require(root.outbox("orders", "orders-json").first)
        try root.write(payload, "{}")
        let result = try Self.check(root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("[payloadCopyDiffers]"), "\(result.stdout)")
    }

    @Test func unrecordedArchiveFileIsDrift() throws {
        let root = try Self.processedRoot()
        defer { root.remove() }
        let input = try #require(Self.archivedInputs(root).first)
        let stray = (input as NSString).deletingLastPathComponent + "/stray.csv"
        try root.write(stray, "sku\nX\n")
        // Hidden temporaries and payload folders are not inputs.
        try root.write((input as NSString).deletingLastPathComponent + "/.half.status.json.p1-x.tmp", "{")
        let result = try Self.check(root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("[unrecordedArchiveFile]"))
        #expect(result.stdout.contains(stray), "\(result.stdout)")
        #expect(!result.stdout.contains(".half"), "\(result.stdout)")
    }

    @Test func outboxFilesTakenByPartnersAreNotDrift() throws {
        let root = try Self.processedRoot()
        defer { root.remove() }
        let taken = root.outbox("orders", "orders-json") + root.outbox("orders", "orders-xml")
        #expect(taken.count > 4)
        for file in taken { try FileManager.default.removeItem(atPath: root.path + "/" + file) }
        let result = try Self.check(root)
        #expect(result.status == 0, "\(result.stdout)")
    }

    @Test func workOfAStoppedProcessIsRecoverableDrift() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        try Workload.drop(Array(Workload.generate(files: 4, ordersPerFile: 2)), into: root)
        // Four small files make one group (`ExportGroup`): its one intent transaction.
        let killed = try root.ferry(["run", "--no-wait"], environment: ["FERRY_FAULT": "afterIntentCommit:1"])
        #expect(killed.status == 9 || killed.status == 137, "the fault hook kills the run: \(killed.status)")
        let pending = try root.ledger { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM export WHERE state = 'pending'") ?? 0 }
        #expect(pending > 0)
        let result = try Self.check(root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("recoverable: [pendingExportOfDeadOwner]"), "\(result.stdout)")
        #expect(result.stdout.contains("recoverable: [orphanClaim]"), "\(result.stdout)")
        #expect(result.stdout.contains("recoverable: [interruptedFile]"), "\(result.stdout)")
        // The next run finishes it, and the root is consistent again.
        try root.ferry(["run", "--no-wait"])
        let after = try Self.check(root)
        #expect(after.status == 0, "\(after.stdout)")
    }
}
