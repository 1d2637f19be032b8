import Diagnostics
import Foundation
@testable import Formats

/// Files and helpers shared by the XML tests.
enum XMLTestSupport {
    /// A fresh temporary directory for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("ferry-xml-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `bytes` to `name` in a fresh temporary directory and returns its path.
    static func file(_ bytes: [UInt8], name: String = "input.xml") throws -> String {
        let url = try temporaryDirectory().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    static func file(_ text: String, name: String = "input.xml") throws -> String {
        try file(Array(text.utf8), name: name)
    }

    /// The path of a fixture under `Fixtures/xml`.
    static func fixture(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: "xml", subdirectory: "Fixtures/xml") else {
            throw FixtureMissing(name: name)
        }
        return url.path
    }

    struct FixtureMissing: Error { var name: String }

    /// All records of a file.
    static func records(_ path: String, _ selector: XMLRecordSelector = .children,
                        limits: ReaderLimits = .default, displayName: String = "input.xml") throws -> [Record] {
        var reader = try XMLRecordReader(
            path: path, displayName: displayName, options: XMLReaderOptions(records: selector, limits: limits))
        var result: [Record] = []
        while let record = try reader.next() { result.append(record) }
        return result
    }

    /// The `FerryError` reading all records throws, or `nil` when there is none.
    static func readError(_ path: String, _ selector: XMLRecordSelector = .children,
                          limits: ReaderLimits = .default) -> FerryError? {
        do {
            _ = try records(path, selector, limits: limits)
            return nil
        } catch let error as FerryError {
            return error
        } catch {
            return FerryError(ErrorCode("NOT-A-FERRY-ERROR"), ["reason": "\(error)"])
        }
    }

    /// A compact rendering of a node's shape and values, without locations.
    static func shape(_ node: Node) -> String {
        switch node.value {
        case .null: return "null"
        case .scalar(let text): return "'\(text)'"
        case .number(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .array(let items): return "[" + items.map(shape).joined(separator: ", ") + "]"
        case .object(let children):
            return "{" + children.map { "\($0.key): \(shape($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    /// Every string in a node tree: keys, texts and location paths.
    static func allText(_ node: Node) -> String {
        var parts = [node.location.path ?? "", node.text ?? ""]
        for (key, child) in node.children { parts.append(key); parts.append(allText(child)) }
        if case .array(let items) = node.value { parts += items.map(allText) }
        return parts.joined(separator: "|")
    }
}
