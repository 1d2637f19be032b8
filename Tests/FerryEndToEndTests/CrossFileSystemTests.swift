import Foundation
import Testing

/// An archive on another file system than the inbox (a mounted share): the archive move
/// crosses file systems (EXDEV) and must still end with the input archived, nothing stuck in
/// `.ferry-work` and an honest exit code. Runs Ferry in a private mount namespace with a tmpfs
/// mounted over `archive/`; skipped, with the reason, where mounting is not allowed.
/// Whether this machine lets a test mount a tmpfs in a private mount namespace.
enum MountNamespace {
    static let available: Bool = {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["unshare", "-m", "sh", "-c", "mount -t tmpfs none /mnt 2>/dev/null"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }()
}

@Suite(.enabled(if: MountNamespace.available, "needs `unshare -m` and mount (root or CAP_SYS_ADMIN)"))
struct CrossFileSystemTests {

    /// Runs `ferry run` twice with a fresh tmpfs over `archive/` and reports what it saw.
    func runWithMountedArchive(_ root: FerryRoot) throws -> String {
        let script = """
            set -u
            mount -t tmpfs none "$1/archive"
            "$2" run --root "$1"; echo "exit=$?"
            "$2" run --root "$1"; echo "again=$?"
            find "$1/archive" -type f | sed "s|$1/||" | sort
            echo "work:"; find "$1/inbox" -path '*/.ferry-work/*' -type f | sed "s|$1/||"
            "$2" check --ledger --root "$1" >/dev/null; echo "check=$?"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["unshare", "-m", "sh", "-c", script, "sh", root.path, try FerryRoot.binary]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text
    }

    @Test func anArchiveOnAnotherFileSystemIsFilledByCopy() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        try FileManager.default.createDirectory(atPath: root.path + "/archive", withIntermediateDirectories: true)
        try root.drop("o.json", into: "orders", Samples.orderJSON(number: "SO-7301", lines: [("A", "1", "1.00")]))
        let seen = try runWithMountedArchive(root)
        #expect(seen.contains("exit=0"), "\(seen)")
        #expect(seen.contains("again=0"), "\(seen)")
        #expect(seen.range(of: #"archive/orders/\d{4}/\d\d/\d\d/o\.json\n"#, options: .regularExpression) != nil, "\(seen)")
        #expect(seen.contains("o.json.status.json"), "\(seen)")
        #expect(seen.contains("work:\ncheck=0"), "nothing left in .ferry-work, ledger consistent: \(seen)")
        #expect(root.outbox("orders", "orders-json").count == 1)
    }
}
