import Diagnostics
import Formats
import Foundation

/// Where an actual payload differs from the expected one, field by field where the format
/// allows (JSON, XML, CSV), otherwise line by line.
enum PayloadDiff {
    /// Details shown per file at most.
    static let limit = 50

    /// The differences between the files at `expected` and `actual`; empty when byte-identical.
    /// `name` (`orders-json/order_….json`) names the file in locations and picks the format.
    static func differences(expected: String, actual: String, name: String) -> [String] {
        let wanted: [UInt8]
        let got: [UInt8]
        do {
            wanted = try FileIO.readAll(expected)
            got = try FileIO.readAll(actual)
        } catch {
            return ["cannot be read: \(error)"]
        }
        if wanted == got { return [] }
        var structured: [String]?
        switch (name as NSString).pathExtension.lowercased() {
        case "json": structured = try? json(expected, actual, name)
        case "xml": structured = try? xml(expected, actual, name)
        case "csv": structured = try? csv(expected, actual, name)
        default: break
        }
        var details = structured ?? []
        if details.isEmpty {
            // Same values laid out differently (spacing, key order, quoting), or text Ferry
            // cannot read as its format: show the lines.
            details = LineDiff.changes(old: lines(wanted), new: lines(got))
            if structured != nil && !details.isEmpty { details.insert("same values, laid out differently:", at: 0) }
        }
        if details.isEmpty {
            details = [lines(wanted) == lines(got) ? "line endings differ (CRLF and LF)" : "the bytes differ (encoding?)"]
        }
        if details.count > limit {
            let more = details.count - limit
            details = Array(details.prefix(limit)) + ["… and \(more) more"]
        }
        return details
    }

    /// The text with CRLF as LF: `LineDiff` splits at LF, and Swift reads CRLF as one character.
    private static func lines(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    }

    private static func json(_ expected: String, _ actual: String, _ name: String) throws -> [String] {
        var wanted = try JSONRecordReader(path: expected, displayName: name)
        var got = try JSONRecordReader(path: actual, displayName: name)
        var diff = NodeDiff(style: .json)
        var index = 0
        while !diff.isFull {
            let left = try wanted.next()
            let right = try got.next()
            if left == nil && right == nil { break }
            index += 1
            let path: String
            switch wanted.layout ?? got.layout {
            case .array?: path = "$[\(index - 1)]"
            case .lines?: path = "record \(index) $"
            default: path = "$"
            }
            switch (left, right) {
            case (let left?, let right?): diff.compare(left.root, right.root, at: path)
            case (let left?, nil): diff.note("\(path): removed (expected \(NodeDiff.describe(left.root)))")
            case (nil, let right?): diff.note("\(path): added (got \(NodeDiff.describe(right.root)))")
            case (nil, nil): break
            }
        }
        if wanted.layout != got.layout, let left = wanted.layout, let right = got.layout {
            diff.note("$: expected \(describe(left)), got \(describe(right))")
        }
        return diff.details
    }

    private static func describe(_ layout: JSONRecordReader.Layout) -> String {
        switch layout {
        case .singleObject: "one object"
        case .array: "an array"
        case .lines: "one object per line"
        }
    }

    private static func xml(_ expected: String, _ actual: String, _ name: String) throws -> [String] {
        let options = XMLReaderOptions(records: .root)
        var wanted = try XMLRecordReader(path: expected, displayName: name, options: options)
        var got = try XMLRecordReader(path: actual, displayName: name, options: options)
        guard let left = try wanted.next(), let right = try got.next() else { return [] }
        var diff = NodeDiff(style: .xml)
        if wanted.rootName != got.rootName || wanted.rootNamespace != got.rootNamespace {
            diff.note("root element: expected \(wanted.rootName ?? "-"), got \(got.rootName ?? "-")")
        }
        diff.compare(left.root, right.root, at: left.root.location.path ?? "/")
        return diff.details
    }

    private static func csv(_ expected: String, _ actual: String, _ name: String) throws -> [String] {
        var wanted = try CSVReader(path: expected, displayName: name, options: CSVReaderOptions())
        var got = try CSVReader(path: actual, displayName: name, options: CSVReaderOptions())
        var details: [String] = []
        if wanted.delimiter != got.delimiter {
            details.append("delimiter: expected \(NodeDiff.quoted(String(wanted.delimiter))), got \(NodeDiff.quoted(String(got.delimiter)))")
        }
        let gotColumns = Set(got.header)
        let wantedColumns = Set(wanted.header)
        for column in wanted.header where !gotColumns.contains(column) { details.append("column \(column): removed") }
        for column in got.header where !wantedColumns.contains(column) { details.append("column \(column): added") }
        if details.isEmpty && wanted.header != got.header {
            details.append("columns: expected the order \(wanted.header.joined(separator: ", ")), got \(got.header.joined(separator: ", "))")
        }
        let shared = wanted.header.filter(gotColumns.contains)
        while details.count < limit {
            let left = try wanted.next()
            let right = try got.next()
            switch (left, right) {
            case (let left?, let right?):
                for column in shared {
                    let a = cell(left, column)
                    let b = cell(right, column)
                    if a != b {
                        details.append("row \(left.index) column \(column): expected \(NodeDiff.quoted(a)), got \(NodeDiff.quoted(b))")
                    }
                }
            case (let left?, nil): details.append("row \(left.index): removed (expected \(summary(left)))")
            case (nil, let right?): details.append("row \(right.index): added (got \(summary(right)))")
            case (nil, nil): return details
            }
        }
        return details
    }

    private static func cell(_ record: Record, _ column: String) -> String {
        guard case .object(let cells) = record.root.value else { return "" }
        return cells[column]?.text ?? ""
    }

    /// The first few cells of a row, `sku=A; quantity=2`.
    private static func summary(_ record: Record) -> String {
        guard case .object(let cells) = record.root.value else { return "" }
        return cells.prefix(3).map { "\($0.key)=\($0.value.text ?? "")" }.joined(separator: "; ")
    }
}
