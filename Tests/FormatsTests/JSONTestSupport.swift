import Diagnostics
import Foundation
@testable import Formats
import Testing

/// Temporary JSON inputs and helpers shared by the JSON reader tests.
enum JSONTestSupport {
    /// Writes `bytes` to a fresh temporary file and returns its path.
    static func file(_ bytes: [UInt8]) throws -> String {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("ferry-json-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent("orders.json")
        try Data(bytes).write(to: url)
        return url.path
    }

    static func file(_ text: String) throws -> String {
        try file(Array(text.utf8))
    }

    /// The path of a fixture under `Fixtures/json/`.
    static func fixture(_ name: String) throws -> String {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures/json"))
        return url.path
    }

    /// All records of `bytes`, and the reader (for its layout).
    static func readAll(
        _ bytes: [UInt8], limits: ReaderLimits = .default, bufferCapacity: Int = 64 * 1024
    ) throws -> (records: [Record], layout: JSONRecordReader.Layout?) {
        var reader = try JSONRecordReader(
            path: try file(bytes), displayName: "orders.json",
            options: JSONReaderOptions(limits: limits), bufferCapacity: bufferCapacity)
        var records: [Record] = []
        while let record = try reader.next() { records.append(record) }
        return (records, reader.layout)
    }

    static func readAll(_ text: String, limits: ReaderLimits = .default) throws -> [Record] {
        try readAll(Array(text.utf8), limits: limits).records
    }

    /// The error reading `bytes` to the end produces; `nil` if none.
    static func error(_ bytes: [UInt8], limits: ReaderLimits = .default) throws -> FerryError? {
        var reader = try JSONRecordReader(
            path: try file(bytes), displayName: "orders.json", options: JSONReaderOptions(limits: limits))
        do {
            while try reader.next() != nil {}
            return nil
        } catch let error as FerryError {
            return error
        }
    }

    static func error(_ text: String, limits: ReaderLimits = .default) throws -> FerryError? {
        try error(Array(text.utf8), limits: limits)
    }

    /// The node at a chain of keys (strings) and indexes (ints), case-sensitive.
    static func node(_ root: Node, _ steps: any Hashable...) -> Node? {
        var current: Node? = root
        for step in steps {
            switch (current?.value, step) {
            case (.object(let members)?, let key as String): current = members[key]
            case (.array(let items)?, let index as Int): current = items.indices.contains(index) ? items[index] : nil
            default: return nil
            }
        }
        return current
    }
}

extension Node.Value {
    /// The value with every nested location dropped, for comparing trees read from different files.
    var shape: String {
        String(decoding: JSONWriter(pretty: false).write(Node(self, at: Location(file: ""))), as: UTF8.self)
    }
}
