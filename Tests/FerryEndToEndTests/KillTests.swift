import Foundation
import GRDB
import Glibc
import Testing

/// SIGKILL a running `ferry` while it has files claimed and payloads in flight, again and
/// again, then compare with an uninterrupted run on a copy of the same inputs.
@Suite(.serialized) struct KillTests {
    static let config = """
        flows:
          - name: articles
            kind: article
            pickup: { settle: 0 }
            targets:
              - { name: shop, format: json }
          - name: orders
            kind: order
            pickup: { settle: 0 }
            targets:
              - { name: erp, format: json }
              - { name: partner, format: xml }
        """

    /// Whether the killed process left work in progress: a claimed file or a pending export.
    static func workInProgress(_ root: FerryRoot) throws -> Bool {
        let claimed = root.files(under: "inbox").contains { $0.contains("/.ferry-work/") }
        // A kill during the very first start may land before the ledger (or its tables) exists.
        guard FileManager.default.fileExists(atPath: root.path + "/.ferry/ledger.sqlite") else { return claimed }
        let pending = try root.ledger { db in
            try db.tableExists("export") ? Int.fetchOne(db, sql: "SELECT COUNT(*) FROM export WHERE state = 'pending'") ?? 0 : 0
        }
        return claimed || pending > 0
    }

    static func baseline(_ inputs: [Workload.Input]) throws -> (FerryRoot, RootSnapshot) {
        let root = try FerryRoot(config: config)
        try Workload.drop(inputs, into: root)
        let run = try root.ferry(["run", "--no-wait"])
        #expect(run.status == 1, "the workload holds broken files: \(run.stderr)")
        return (root, try RootSnapshot(root))
    }

    @Test func randomKillsNeverLoseOrDuplicate() throws {
        let inputs = Workload.generate(files: 150, ordersPerFile: 8)
        let (reference, expected) = try Self.baseline(inputs)
        defer { reference.remove() }
        #expect(expected.payloads.count > 100)

        let root = try FerryRoot(config: Self.config)
        defer { root.remove() }
        try Workload.drop(inputs, into: root)
        var generator = SystemRandomNumberGenerator()
        var effectiveKills = 0
        var attempts = 0
        // Until every input has left the inbox (claimed files in .ferry-work count as not yet done).
        while !root.files(under: "inbox").isEmpty && attempts < 400 {
            attempts += 1
            let process = try root.start(["run", "--no-wait"], captureOutput: false)
            // Early kills catch start-up and claims; later ones catch exports and archiving.
            // On a loaded machine a start does less per second: widen the window as runs go
            // by, so the workload still finishes.
            Thread.sleep(forTimeInterval: Double.random(in: 0.03...(0.35 + Double(attempts) * 0.01), using: &generator))
            guard process.isRunning else {
                process.waitUntilExit()
                continue
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal, try Self.workInProgress(root) { effectiveKills += 1 }
        }
        // Let a last, undisturbed run finish whatever the final kill interrupted.
        try root.ferry(["run", "--no-wait"])
        let actual = try RootSnapshot(root)

        print("kill test: \(attempts) runs, \(effectiveKills) kills while files were claimed or exports pending, \(expected.payloads.count) payloads compared")
        #expect(effectiveKills >= 10, "only \(effectiveKills) kills landed while work was in progress (\(attempts) attempts)")
        #expect(actual.hiddenOutboxFiles.isEmpty)
        #expect(actual.inboxLeftovers.isEmpty, "\(actual.inboxLeftovers)")
        #expect(Set(actual.records.keys) == Set(expected.records.keys))
        for (name, record) in expected.records {
            #expect(actual.records[name] == record, "\(name)")
        }
        #expect(Set(actual.payloads.keys) == Set(expected.payloads.keys))
        for (path, bytes) in expected.payloads where actual.payloads[path] != bytes {
            Issue.record("payload \(path) differs")
        }
        let pending = try root.ledger { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM export WHERE state != 'done'") ?? -1 }
        #expect(pending == 0)
    }

    /// A kill at each step of the export protocol (docs/ARCHITECTURE.md), through the
    /// test-only fault hook, then an undisturbed run: same result as never interrupted.
    @Test(arguments: ["afterClaim", "afterTempWrite", "afterIntentCommit", "afterRename", "afterDirectorySync", "afterExportsDone", "afterArchiveMove", "afterStatusRecord", "afterGroupSync"])
    func killAtEachProtocolStep(point: String) throws {
        let inputs = Array(Workload.generate(files: 6, ordersPerFile: 3))
        let (reference, expected) = try Self.baseline(inputs)
        defer { reference.remove() }
        let root = try FerryRoot(config: Self.config)
        defer { root.remove() }
        try Workload.drop(inputs, into: root)
        for hit in [2, 1] {
            let killed = try root.ferry(["run", "--no-wait"], environment: ["FERRY_FAULT": "\(point):\(hit)"])
            #expect(killed.status == 9 || killed.status == 137 || killed.status == 1 || killed.status == 0)
        }
        try root.ferry(["run", "--no-wait"])
        let actual = try RootSnapshot(root)
        #expect(actual == expected, "after a kill at \(point): \(actual) vs \(expected)")
    }
}
