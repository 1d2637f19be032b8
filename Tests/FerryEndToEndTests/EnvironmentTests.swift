import Foundation
import GRDB
import Glibc
import Testing

/// The environment stops Ferry (disk full, no permission): exit 4, a clear error, nothing
/// lost, no partial outbox file; the next run after the fix completes.
@Suite(.serialized) struct EnvironmentTests {
    static func config(outbox: String? = nil) -> String {
        """
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
              - { name: erp, format: json\(outbox.map { ", outbox: \($0)" } ?? "") }
        """
    }

    /// Inputs are where they belong: each in the inbox or in the archive, nowhere else.
    static func expectNothingLost(_ root: FerryRoot, names: [String]) {
        for name in names {
            let inInbox = root.files(under: "inbox").contains { $0.hasSuffix("/" + name) && !$0.contains(".ferry-work") }
            let inArchive = root.files(under: "archive").contains { $0.hasSuffix("/" + name) }
            #expect(inInbox != inArchive, "\(name): inbox \(inInbox), archive \(inArchive)")
        }
    }

    static func hiddenFiles(in folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
            .filter { ($0 as NSString).lastPathComponent.hasPrefix(".") }
    }

    @Test func injectedDiskFullStopsTheRunAndTheNextRunCompletes() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        try root.drop("a.json", into: "orders", Samples.orderJSON(number: "SO-E1", lines: [("A", "1", "1")]))
        try root.drop("b.json", into: "orders", Samples.orderJSON(number: "SO-E2", lines: [("A", "1", "1")]))
        let full = try root.ferry(["run"], environment: ["FERRY_FAULT": "afterTempWrite", "FERRY_FAULT_ACTION": "errno:ENOSPC"])
        #expect(full.status == 4)
        #expect(full.stderr.contains("No space left on device"))
        Self.expectNothingLost(root, names: ["a.json", "b.json"])
        #expect(Self.hiddenFiles(in: root.path + "/outbox").isEmpty)
        #expect(root.outbox("orders", "erp").isEmpty)

        #expect(try root.ferry(["run"]).status == 0)
        #expect(root.outbox("orders", "erp").count == 2)
        Self.expectNothingLost(root, names: ["a.json", "b.json"])
    }

    /// A real full file system: the outbox on a 256 KiB tmpfs filled to the brim. Needs
    /// mount(2) (CI runs as root); elsewhere the injected variant above covers the path.
    @Test func realFullOutboxFileSystem() throws {
        let mountPoint = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-full-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: mountPoint) }
        let mounted = Process.run("/bin/mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", mountPoint]) == 0
        guard mounted else {
            print("realFullOutboxFileSystem: mount(2) not permitted here (not root?); the injected disk-full test covers this path")
            return
        }
        defer { _ = Process.run("/bin/umount", [mountPoint]) }
        let root = try FerryRoot(config: Self.config(outbox: mountPoint + "/erp"))
        defer { root.remove() }
        // Fill the file system.
        let filler = mountPoint + "/filler"
        _ = FileManager.default.createFile(atPath: filler, contents: Data(count: 256 * 1024))
        try root.drop("big.json", into: "orders", Samples.orderJSON(number: "SO-F1", lines: (0..<50).map { ("SKU-\($0)", "1", "1.00") }))
        try root.drop("art.json", into: "articles", #"{"sku": "A-1", "name": "Thing"}"#)
        let full = try root.ferry(["run"])
        #expect(full.status == 4, "\(full.stdout)\(full.stderr)")
        #expect(full.stderr.contains("No space left on device"))
        Self.expectNothingLost(root, names: ["big.json", "art.json"])
        #expect(Self.hiddenFiles(in: mountPoint).isEmpty)

        try FileManager.default.removeItem(atPath: filler)
        #expect(try root.ferry(["run"]).status == 0)
        #expect((try FileManager.default.contentsOfDirectory(atPath: mountPoint + "/erp")).count == 1)
        Self.expectNothingLost(root, names: ["big.json", "art.json"])
    }

    /// A read-only outbox, for real: Ferry runs as an unprivileged user (setpriv) on a root
    /// it owns, except the outbox of one target. Needs root to switch users; otherwise the
    /// permission error is injected.
    @Test func unwritableOutboxStopsItsFlowOnlyAndNothingIsLost() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        try root.drop("o.json", into: "orders", Samples.orderJSON(number: "SO-P1", lines: [("A", "1", "1")]))
        try root.drop("a.json", into: "articles", #"{"sku": "A-1", "name": "Thing"}"#)
        let outbox = root.path + "/outbox/orders/erp"
        try FileManager.default.createDirectory(atPath: outbox, withIntermediateDirectories: true)
        let result: FerryRoot.Result
        if getuid() == 0 {
            #expect(Process.run("/bin/chown", ["-R", "65534:65534", root.path]) == 0)
            #expect(Process.run("/bin/chown", ["0:0", outbox]) == 0)
            chmod(outbox, 0o755)
            result = try root.ferryAs(uid: 65534, ["run"])
        } else {
            print("unwritableOutbox: not root, so the permission error is injected")
            result = try root.ferry(["run"], environment: ["FERRY_FAULT": "afterTempWrite", "FERRY_FAULT_ACTION": "errno:EACCES"])
        }
        #expect(result.status == 4, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("flow orders stopped"))
        #expect(result.stderr.contains("Permission denied"))
        // The other flow went on.
        #expect(root.outbox("articles", "shop").count == 1)
        Self.expectNothingLost(root, names: ["o.json", "a.json"])
        #expect(Self.hiddenFiles(in: outbox).isEmpty)

        if getuid() == 0 { #expect(Process.run("/bin/chown", ["-R", "0:0", root.path]) == 0) }
        #expect(try root.ferry(["run"]).status == 0)
        #expect(root.outbox("orders", "erp").count == 1)
        Self.expectNothingLost(root, names: ["o.json", "a.json"])
    }

    @Test func unreadableInputIsAClearErrorAndStaysInTheInbox() throws {
        guard getuid() == 0 else {
            // Injected: the same path through a failed read.
            let root = try FerryRoot(config: Self.config())
            defer { root.remove() }
            try root.drop("o.json", into: "orders", Samples.orderJSON(number: "SO-U1", lines: [("A", "1", "1")]))
            let result = try root.ferry(["run"], environment: ["FERRY_FAULT": "afterClaim", "FERRY_FAULT_ACTION": "errno:EACCES"])
            #expect(result.status == 4)
            Self.expectNothingLost(root, names: ["o.json"])
            return
        }
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        try root.drop("secret.json", into: "orders", Samples.orderJSON(number: "SO-U1", lines: [("A", "1", "1")]))
        try root.drop("fine.json", into: "articles", #"{"sku": "A-2", "name": "Other"}"#)
        #expect(Process.run("/bin/chown", ["-R", "65534:65534", root.path]) == 0)
        #expect(Process.run("/bin/chown", ["0:0", root.path + "/inbox/orders/secret.json"]) == 0)
        chmod(root.path + "/inbox/orders/secret.json", 0o600)
        let result = try root.ferryAs(uid: 65534, ["run"])
        #expect(result.status == 4, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("Permission denied"))
        #expect(root.outbox("articles", "shop").count == 1)
        Self.expectNothingLost(root, names: ["secret.json", "fine.json"])
        #expect(Process.run("/bin/chown", ["-R", "0:0", root.path]) == 0)
    }
}

extension Process {
    /// Runs a program to completion and returns its exit status (-1 if it cannot start).
    static func run(_ path: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return -1
        }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

extension FerryRoot {
    /// Runs `ferry` as another user (setpriv drops root's privileges).
    func ferryAs(uid: Int, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=\(uid)", "--regid=\(uid)", "--clear-groups", try Self.binary] + arguments + ["--root", path]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}

@Suite(.serialized) struct ArchivePermissionTests {
    /// A read-only archive: the flow stops (exit 4) after its payloads are out; the input
    /// stays claimed, and the run after the fix archives it without exporting again.
    @Test func readOnlyArchiveLosesNothingAndExportsOnce() throws {
        let root = try FerryRoot(config: EnvironmentTests.config())
        defer { root.remove() }
        try root.drop("o.json", into: "orders", Samples.orderJSON(number: "SO-RA1", lines: [("A", "1", "1")]))
        let archive = root.path + "/archive/orders"
        try FileManager.default.createDirectory(atPath: archive, withIntermediateDirectories: true)
        let result: FerryRoot.Result
        if getuid() == 0 {
            #expect(Process.run("/bin/chown", ["-R", "65534:65534", root.path]) == 0)
            #expect(Process.run("/bin/chown", ["0:0", archive]) == 0)
            chmod(archive, 0o755)
            result = try root.ferryAs(uid: 65534, ["run"])
        } else {
            print("readOnlyArchive: not root, so the permission error is injected")
            result = try root.ferry(["run"], environment: ["FERRY_FAULT": "afterExportsDone", "FERRY_FAULT_ACTION": "errno:EACCES"])
        }
        #expect(result.status == 4, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("flow orders stopped"))
        #expect(root.files(under: "inbox/orders").contains { $0.hasSuffix("/o.json") }, "the input is kept (claimed)")
        if getuid() == 0 { #expect(Process.run("/bin/chown", ["-R", "0:0", root.path]) == 0) }
        #expect(try root.ferry(["run"]).status == 0)
        #expect(try root.statusRecord(for: "o.json").outcome == "exported")
        #expect(root.outbox("orders", "erp").count == 1)
        #expect(root.files(under: "inbox/orders").isEmpty)
    }

    @Test func aWorldWritableInputIsNotArchivedWorldWritable() throws {
        let root = try FerryRoot(config: EnvironmentTests.config())
        defer { root.remove() }
        try root.drop("o.json", into: "orders", Samples.orderJSON(number: "SO-RA2", lines: [("A", "1", "1")]))
        chmod(root.path + "/inbox/orders/o.json", 0o666)
        #expect(try root.ferry(["run"]).status == 0)
        let archived = try #require(root.files(under: "archive").first { $0.hasSuffix("/o.json") })
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: root.path + "/" + archived)[.posixPermissions] as? Int)
        #expect(mode & 0o002 == 0)
    }
}
