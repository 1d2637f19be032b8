import Foundation
import GRDB
import SharedFiles
import Testing

/// A temporary Ferry root driven through the real `ferry` binary.
struct FerryRoot {
    let path: String

    /// The built `ferry` executable next to the test bundle (`swift build` puts both in .build/<config>).
    static var binary: String {
        get throws {
            var candidates: [String] = []
            if let override = ProcessInfo.processInfo.environment["FERRY_BINARY"] { candidates.append(override) }
            let bundleFolder = Bundle.main.bundleURL.deletingLastPathComponent().path
            candidates.append(Bundle.main.bundleURL.path + "/ferry")
            candidates.append(bundleFolder + "/ferry")
            let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent()
            candidates.append(packageRoot.path + "/.build/debug/ferry")
            let found = candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
            return try #require(found, "ferry binary not found; build it with `swift build` (looked in \(candidates))")
        }
    }

    init(config: String? = FerryRoot.fastConfig) throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-e2e-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        path = base.path
        if let config { try write("ferry.yml", config) }
    }

    /// The built-in flows with settle 0, so tests need not wait.
    static let fastConfig = """
        flows:
          - name: articles
            kind: article
            pickup: { settle: 0 }
            targets:
              - { name: articles-json, format: json }
          - name: orders
            kind: order
            pickup: { settle: 0 }
            targets:
              - { name: orders-json, format: json }
              - { name: orders-xml, format: xml }
        """

    /// One order flow, settle 0, one JSON target `erp`.
    static let erpConfig = """
        flows:
          - name: orders
            kind: order
            pickup: { settle: 0 }
            targets:
              - { name: erp, format: json }
        """

    func url(_ relative: String) -> URL { URL(fileURLWithPath: path + "/" + relative) }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, Data(text.utf8))
    }

    func write(_ relative: String, _ data: Data) throws {
        let target = url(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try TestFile.write(data, to: target.path)
    }

    /// Drops a file into a flow's inbox, written under a hidden name and renamed, as a careful sender does.
    func drop(_ name: String, into flow: String, _ text: String) throws {
        try write("inbox/\(flow)/.\(name).part", text)
        try FileManager.default.moveItem(atPath: path + "/inbox/\(flow)/.\(name).part", toPath: path + "/inbox/\(flow)/\(name)")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `ferry <arguments> --root <root>` to completion.
    @discardableResult
    func ferry(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = try start(arguments, environment: environment)
        let out = process.standardOutput as? Pipe
        let err = process.standardError as? Pipe
        let stdout = out?.fileHandleForReading.readDataToEndOfFile() ?? Data()
        let stderr = err?.fileHandleForReading.readDataToEndOfFile() ?? Data()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Starts `ferry` without waiting (for watch and kill tests).
    func start(_ arguments: [String], environment: [String: String] = [:], captureOutput: Bool = true) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Self.binary)
        process.arguments = arguments + ["--root", path]
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        if captureOutput {
            process.standardOutput = Pipe()
            process.standardError = Pipe()
        } else {
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
        }
        try process.run()
        return process
    }

    /// Files under a folder (relative to the root), recursively, hidden ones included.
    func files(under relative: String) -> [String] {
        let base = path + "/" + relative
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var result: [String] = []
        while let item = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + item, isDirectory: &isDirectory), !isDirectory.boolValue {
                result.append(relative + "/" + item)
            }
        }
        return result.sorted()
    }

    /// Outbox payloads (not hidden files) of one target.
    func outbox(_ flow: String, _ target: String) -> [String] {
        files(under: "outbox/\(flow)/\(target)").filter { !($0 as NSString).lastPathComponent.hasPrefix(".") }
    }

    func read(_ relative: String) throws -> String {
        String(decoding: try Data(contentsOf: url(relative)), as: UTF8.self)
    }

    /// The status record of the archived input named `name` (latest if several).
    func statusRecord(for name: String) throws -> [String: Any] {
        let records = files(under: "archive").filter { $0.hasSuffix("/" + name + ".status.json") || $0.hasSuffix("/" + name + "~2.status.json") }
        let record = try #require(records.last, "no status record for \(name) in \(files(under: "archive"))")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url(record)))
        return try #require(object as? [String: Any])
    }

    func statusRecords() throws -> [[String: Any]] {
        try files(under: "archive").filter { $0.hasSuffix(".status.json") }.map {
            try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url($0))) as? [String: Any])
        }
    }

    /// Reads the ledger (a second connection; Ferry is not running).
    func ledger<T>(_ read: (Database) throws -> T) throws -> T {
        let queue = try DatabaseQueue(path: path + "/.ferry/ledger.sqlite")
        return try queue.read(read)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

extension [String: Any] {
    var documents: [[String: Any]] { self["documents"] as? [[String: Any]] ?? [] }
    var outcome: String? { self["outcome"] as? String }
}
