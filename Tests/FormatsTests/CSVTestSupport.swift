import Diagnostics
import Foundation
import SharedFiles
import Testing

@testable import Formats

/// Files and shortcuts shared by the CSV tests.
enum CSVTestSupport {
    static func fixturePath(_ name: String) throws -> String {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Fixtures/csv"),
            "missing fixture \(name).csv")
        return url.path
    }

    /// A file of the shared corpus (only from tests marked `.needsSharedFolder`).
    static func corpus(_ name: String) throws -> String { try SharedFolder.path("corpus/" + name) }

    /// Writes `bytes` to a fresh temporary file, runs `body` with its path, then removes it.
    static func withFile<T>(_ bytes: [UInt8], _ body: (String) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("input.csv")
        try Data(bytes).write(to: file)
        return try body(file.path)
    }

    static func withFile<T>(_ text: String, _ body: (String) throws -> T) throws -> T {
        try withFile(Array(text.utf8), body)
    }

    /// A reader's header and all its records.
    struct Contents {
        var reader: CSVReader
        var records: [Record]

        /// Cell texts per record, in header order.
        var rows: [[String]] {
            records.map { record in reader.header.map { record.root[$0]?.text ?? "<missing>" } }
        }
        var lines: [Int?] { records.map(\.root.location.line) }
    }

    static func read(
        _ path: String, _ options: CSVReaderOptions = CSVReaderOptions(), chunkSize: Int = 64 * 1024
    ) throws -> Contents {
        var reader = try CSVReader(path: path, displayName: "input.csv", options: options, chunkSize: chunkSize)
        var records: [Record] = []
        while let record = try reader.next() { records.append(record) }
        return Contents(reader: reader, records: records)
    }

    static func read(text: String, _ options: CSVReaderOptions = CSVReaderOptions()) throws -> Contents {
        try withFile(text) { try read($0, options) }
    }

    static func read(bytes: [UInt8], _ options: CSVReaderOptions = CSVReaderOptions()) throws -> Contents {
        try withFile(bytes) { try read($0, options) }
    }

    /// The `FerryError` that reading all of `bytes` throws, or `nil`.
    static func failure(bytes: [UInt8], _ options: CSVReaderOptions = CSVReaderOptions()) -> FerryError? {
        do {
            _ = try withFile(bytes) { try read($0, options) }
            return nil
        } catch let error as FerryError {
            return error
        } catch {
            Issue.record("not a FerryError: \(error)")
            return nil
        }
    }

    static func failure(text: String, _ options: CSVReaderOptions = CSVReaderOptions()) -> FerryError? {
        failure(bytes: Array(text.utf8), options)
    }
}
