import Foundation
import Testing

/// Inputs named like the archive's own files are archived under another name, so they never
/// take the place of the day's payload copies or pass for a status record.
@Suite struct ArchiveNameTests {
    @Test func anInputNamedPayloadsDoesNotBlockTheDaysPayloadCopies() throws {
        let root = try FerryRoot(config: """
            flows:
              - name: orders
                kind: order
                format: json
                pickup: { settle: 0 }
                targets:
                  - { name: erp, format: json }
            """)
        defer { root.remove() }
        // A broken input first, so the day has no payload copies folder yet.
        try root.drop("payloads", into: "orders", "{ broken")
        #expect(try root.ferry(["run"]).status == 1)
        try root.drop("later.json", into: "orders", Samples.orderJSON(number: "SO-7002", lines: [("B", "1", "1.00")]))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(root.outbox("orders", "erp").count == 1)
        #expect(root.files(under: "archive").contains { $0.hasSuffix("/payloads~2") })
        #expect(try root.ferry(["check", "--ledger"]).status == 0)
    }

    @Test func anInputNamedLikeAStatusRecordIsNotTakenForOne() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        try root.drop("x.json.status.json", into: "orders", Samples.orderJSON(number: "SO-7003", lines: [("A", "1", "1.00")]))
        #expect(try root.ferry(["run"]).status == 0)
        let check = try root.ferry(["check", "--ledger"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
}

/// The status record quotes the input's values, so it is no more readable than the input.
@Suite struct StatusRecordModeTests {
    @Test func theRecordGetsTheArchivedInputsMode() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        try root.drop("private.json", into: "orders", Samples.orderJSON(number: "SO-7101", lines: [("A", "1", "1.00")]))
        #expect(chmod(root.path + "/inbox/orders/private.json", 0o600) == 0)
        #expect(try root.ferry(["run"]).status == 0)
        let record = try #require(root.files(under: "archive").first { $0.hasSuffix("private.json.status.json") })
        let attributes = try FileManager.default.attributesOfItem(atPath: root.path + "/" + record)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }
}
