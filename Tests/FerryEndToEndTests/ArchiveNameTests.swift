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

/// What sits in an inbox but is not a file to take is listed with why, never silently invisible;
/// a relative symlink within the root is taken like an absolute one.
@Suite struct InboxOddEntriesTests {
    @Test func foldersFIFOsAndSymlinksAreListedOrTaken() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        let inbox = root.path + "/inbox/orders"
        try FileManager.default.createDirectory(atPath: inbox + "/sub", withIntermediateDirectories: true)
        #expect(mkfifo(inbox + "/pipe.json", 0o600) == 0)
        try FileManager.default.createDirectory(atPath: root.path + "/shared", withIntermediateDirectories: true)
        try Samples.orderJSON(number: "SO-7501", lines: [("A", "1", "1.00")]).write(toFile: root.path + "/shared/o.json", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: inbox + "/relative.json", withDestinationPath: "../../shared/o.json")
        try FileManager.default.createSymbolicLink(atPath: inbox + "/outside.json", withDestinationPath: "../../../")
        try FileManager.default.createSymbolicLink(atPath: inbox + "/broken.json", withDestinationPath: "nowhere.json")

        let status = try root.ferry(["status", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        let flows = try #require(object["flows"] as? [[String: Any]])
        let orders = try #require(flows.first { $0["flow"] as? String == "orders" })
        let waiting = Dictionary(uniqueKeysWithValues: ((orders["waiting"] as? [[String: Any]]) ?? []).compactMap { entry in
            (entry["name"] as? String).map { ($0, entry["reason"] as? String ?? "") }
        })
        #expect(waiting["sub"] == "ignored: folder", "\(waiting)")
        #expect(waiting["pipe.json"] == "ignored: fifo", "\(waiting)")
        #expect(waiting["outside.json"] == "symlink outside root", "\(waiting)")
        #expect(waiting["broken.json"] == "symlink to nothing", "\(waiting)")

        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(root.outbox("orders", "orders-json") == ["outbox/orders/orders-json/order_canonical_sales_SO-7501.json"])
        #expect(FileManager.default.fileExists(atPath: root.path + "/shared/o.json"), "the link's target stays where it is")
    }
}

/// Symbolic links that would take Ferry outside its root: folders and archived inputs.
@Suite struct SymlinkedFolderTests {
    @Test func anInboxLinkedToOutsideTheRootIsRefusedUnlessAllowed() throws {
        let root = try FerryRoot(config: """
            flows:
              - name: orders
                kind: order
                pickup: { settle: 0 }
                targets:
                  - { name: erp, format: json }
            """)
        defer { root.remove() }
        let elsewhere = root.path + "-elsewhere"
        defer { try? FileManager.default.removeItem(atPath: elsewhere) }
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root.path + "/inbox", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root.path + "/inbox/orders", withDestinationPath: elsewhere)
        try Samples.orderJSON(number: "SO-7601", lines: [("A", "1", "1.00")]).write(toFile: elsewhere + "/o.json", atomically: true, encoding: .utf8)

        let refused = try root.ferry(["run"])
        #expect(refused.status == 2, "\(refused.stdout)\(refused.stderr)")
        #expect(refused.stderr.contains("allow-symlinked-folders"), "\(refused.stderr)")
        #expect(root.files(under: "outbox").isEmpty)

        try root.write("ferry.yml", "allow-symlinked-folders: true\n" + (try root.read("ferry.yml")))
        let allowed = try root.ferry(["run"])
        #expect(allowed.status == 0, "\(allowed.stdout)\(allowed.stderr)")
        #expect(root.outbox("orders", "erp").count == 1)
    }

    @Test func reprocessDoesNotFollowALinkPlantedInTheArchive() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        try root.drop("o.json", into: "orders", "{ broken")
        #expect(try root.ferry(["run"]).status == 1)
        let archived = try #require(root.files(under: "archive").first { $0.hasSuffix("/o.json") })
        let secret = root.path + "-secret.json"
        defer { try? FileManager.default.removeItem(atPath: secret) }
        try Samples.orderJSON(number: "SO-7602", lines: [("A", "1", "1.00")]).write(toFile: secret, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: root.path + "/" + archived)
        try FileManager.default.createSymbolicLink(atPath: root.path + "/" + archived, withDestinationPath: secret)
        let result = try root.ferry(["reprocess", "1", "--reason", "try"])
        #expect(result.stdout.contains("symbolic link"), "\(result.stdout)\(result.stderr)")
        #expect(root.files(under: "outbox").isEmpty, "nothing read through the link")
    }
}
