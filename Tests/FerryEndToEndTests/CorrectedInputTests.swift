import Foundation
import Testing

/// Fixing a malformed archived input: `ferry reprocess ID --with FILE` archives the
/// corrected file next to the original (which is kept) and records its hash and size for
/// the new attempt; an archived input edited in place is drift for `check --ledger` until a
/// reprocess records its new bytes.
@Suite struct CorrectedInputTests {
    static let broken = "[" + Samples.orderJSON(number: "SO-8001", lines: [("BIKE-01", "1", "499.00")]) + ",\n{\"number\": \"SO-80"
    static let corrected = "["
        + Samples.orderJSON(number: "SO-8001", lines: [("BIKE-01", "1", "499.00")]) + ",\n"
        + Samples.orderJSON(number: "SO-8002", lines: [("CUP-10", "12", "3.50")]) + "]"

    static func sha256(_ text: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(String(decoding: data, as: UTF8.self).prefix(64))
    }

    /// A root with the broken file processed (failed) and the archived input's path.
    static func failedRoot() throws -> (FerryRoot, Int, String) {
        let root = try FerryRoot(config: FerryRoot.erpConfig)
        try root.drop("orders.json", into: "orders", broken)
        #expect(try root.ferry(["run", "--no-wait"]).status == 1)
        let record = try root.statusRecord(for: "orders.json")
        #expect(record.outcome == "failed")
        let id = try #require(record["id"] as? Int)
        let archived = try #require(root.files(under: "archive").first { $0.hasSuffix("/orders.json") })
        return (root, id, archived)
    }

    @Test func withArchivesTheCorrectedFileBesideTheOriginalAndRecordsItsHash() throws {
        let (root, id, archived) = try Self.failedRoot()
        defer { root.remove() }
        try root.write("fixed/orders.json", Self.corrected)

        // The dry run reads the corrected file too, and writes nothing.
        let dry = try root.ferry(["reprocess", "\(id)", "--with", root.path + "/fixed/orders.json", "--dry-run"])
        #expect(dry.status == 0, "\(dry.stdout)\(dry.stderr)")
        #expect(dry.stdout.contains("would end exported"), "\(dry.stdout)")
        #expect(root.files(under: "archive").filter { $0.contains(".attempt-") }.isEmpty)

        let result = try root.ferry(["reprocess", "\(id)", "--with", root.path + "/fixed/orders.json", "--reason", "sender resent"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(try root.read(archived) == Self.broken, "the original stays as it was")
        let copy = (archived as NSString).deletingLastPathComponent + "/orders.attempt-2.json"
        #expect(try root.read(copy) == Self.corrected)

        let record = try root.statusRecord(for: "orders.json")
        #expect(record.outcome == "exported")
        #expect(record["sha256"] as? String == (try Self.sha256(Self.corrected)))
        #expect(record["size"] as? Int == Self.corrected.utf8.count)
        #expect(record["input"] as? String == copy)
        let previous = try #require((record["previousAttempts"] as? [[String: Any]])?.first)
        #expect(previous["sha256"] as? String == (try Self.sha256(Self.broken)))
        #expect(previous["size"] as? Int == Self.broken.utf8.count)
        #expect(root.outbox("orders", "erp").count == 2)

        let check = try root.ferry(["check", "--ledger"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")

        // A later reprocess reads the corrected copy, not the broken original.
        let again = try root.ferry(["reprocess", "\(id)"])
        #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
        #expect(try root.statusRecord(for: "orders.json").outcome == "unchanged")
    }

    /// A ledger rebuilt from the status records knows which input each attempt read: the
    /// corrected copy's exports are restored, and a later reprocess reads the copy again.
    @Test func aRebuiltLedgerKeepsTheCorrectedInput() throws {
        let (root, id, _) = try Self.failedRoot()
        defer { root.remove() }
        try root.write("fixed.json", Self.corrected)
        #expect(try root.ferry(["reprocess", "\(id)", "--with", root.path + "/fixed.json"]).status == 0)
        try FileManager.default.removeItem(atPath: root.path + "/.ferry")

        let rebuild = try root.ferry(["ledger", "rebuild"])
        #expect(rebuild.status == 0, "\(rebuild.stdout)\(rebuild.stderr)")
        #expect(rebuild.stdout.contains("1 file(s), 2 export(s) restored"), "\(rebuild.stdout)")
        let check = try root.ferry(["check", "--ledger"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let again = try root.ferry(["reprocess", "\(id)"])
        #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
        #expect(try root.statusRecord(for: "orders.json").outcome == "unchanged")
        #expect(root.outbox("orders", "erp").count == 2)
    }

    @Test func anArchivedInputEditedInPlaceIsDriftUntilAReprocessRecordsIt() throws {
        let (root, id, archived) = try Self.failedRoot()
        defer { root.remove() }
        try root.write(archived, Self.corrected)

        let drift = try root.ferry(["check", "--ledger"])
        #expect(drift.status == 1, "\(drift.stdout)\(drift.stderr)")
        #expect((drift.stdout + drift.stderr).contains("ENGINE-024"), "\(drift.stdout)\(drift.stderr)")

        let result = try root.ferry(["reprocess", "\(id)"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let record = try root.statusRecord(for: "orders.json")
        #expect(record.outcome == "exported")
        #expect(record["sha256"] as? String == (try Self.sha256(Self.corrected)))
        #expect(record["size"] as? Int == Self.corrected.utf8.count)

        let check = try root.ferry(["check", "--ledger"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test func withRefusesAMissingFileAndSeveralFiles() throws {
        let (root, id, _) = try Self.failedRoot()
        defer { root.remove() }
        let missing = try root.ferry(["reprocess", "\(id)", "--with", root.path + "/nope.json"])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("ENGINE-022"), "\(missing.stderr)")
        try root.write("fixed.json", Self.corrected)
        let several = try root.ferry(["reprocess", "--failed", "--with", root.path + "/fixed.json"])
        #expect(several.status == 64)
        #expect(several.stderr.contains("ENGINE-023"), "\(several.stderr)")
        #expect(try root.statusRecord(for: "orders.json")["attempt"] as? Int == 1)
    }
}

/// One set of exit codes: an unknown file is a usage error (64) for every command that
/// takes one, and `resolve` refuses a file that did not fail.
@Suite struct FileCommandExitCodeTests {
    @Test func unknownIdsExit64ForReprocessAndResolve() throws {
        let root = try FerryRoot(config: FerryRoot.erpConfig)
        defer { root.remove() }
        for arguments in [["resolve", "99", "--reason", "x"], ["reprocess", "9999"], ["reprocess", "9999", "--dry-run"]] {
            let result = try root.ferry(arguments)
            #expect(result.status == 64, "\(arguments): \(result.status)")
            #expect(result.stderr.contains("ENGINE-020"), "\(arguments): \(result.stderr)")
        }
    }

    @Test func resolveRefusesAnExportedFile() throws {
        let root = try FerryRoot(config: FerryRoot.erpConfig)
        defer { root.remove() }
        try root.drop("o.json", into: "orders", Samples.orderJSON(number: "SO-8101", lines: [("BIKE-01", "1", "499.00")]))
        try root.ferry(["run", "--no-wait"])
        let id = try #require(try root.statusRecord(for: "o.json")["id"] as? Int)
        let result = try root.ferry(["resolve", "\(id)", "--reason", "done by hand"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("ENGINE-021"), "\(result.stderr)")
        #expect(try root.statusRecord(for: "o.json")["resolved"] is NSNull)
    }

    @Test func resolveAcceptsAFailedFile() throws {
        let root = try FerryRoot(config: FerryRoot.erpConfig)
        defer { root.remove() }
        try root.drop("bad.json", into: "orders", "{\"number\": ")
        #expect(try root.ferry(["run", "--no-wait"]).status == 1)
        let id = try #require(try root.statusRecord(for: "bad.json")["id"] as? Int)
        let result = try root.ferry(["resolve", "\(id)", "--reason", "sender will resend"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try root.statusRecord(for: "bad.json")["resolved"] is [String: Any])
    }

    @Test func demoSaysItsPartialFileIsIntendedAndExitsZero() throws {
        let root = try FerryRoot(config: nil)
        defer { root.remove() }
        let result = try root.ferry(["demo"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("orders-broken.csv ended partial on purpose, so the demo's run exits with 1"), "\(result.stdout)")
        let status = try root.ferry(["status", "--json"])
        #expect(status.stdout.contains("\"exitCode\" : 1"), "the recorded run keeps its code: \(status.stdout)")

        // Run again in the same folder: every example is a duplicate, nothing is exported
        // twice, and the demo says so instead of calling itself failed.
        let payloads = root.files(under: "outbox")
        let again = try root.ferry(["demo"])
        #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
        #expect(again.stdout.contains("The demo already ran in"), "\(again.stdout)")
        #expect(!again.stderr.contains("did not go as intended"), "\(again.stderr)")
        #expect(root.files(under: "outbox") == payloads)
    }
}
