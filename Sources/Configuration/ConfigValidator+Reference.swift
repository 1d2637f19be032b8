import Diagnostics
import Foundation
import Formats
import Rules
import Yams

extension ConfigValidator {
    /// `reference:`: each table inline (a list of rows) or `{ file: PATH }` naming a CSV file,
    /// which is read when the validator has a root. `default-debtor` is one text.
    mutating func reference(_ entry: ConfigEntry) -> ReferenceData {
        var data = ReferenceData(configured: [])
        guard let tables = section(entry, allowed: ConfigKeys.reference) else { return data }
        for table in ReferenceData.Table.allCases {
            guard let entry = tables[table.rawValue] else { continue }
            data.configured.insert(table)
            guard let schema = ReferenceTableSchema.of(table) else {
                if let debtor = text(entry), !debtor.isEmpty {
                    data.defaultDebtor = debtor
                    referenceLoaded.insert(table)
                }
                continue
            }
            switch entry.value {
            case .sequence(let rows):
                inlineRows(Array(rows), schema: schema, entry: entry, into: &data)
                referenceLoaded.insert(table)
            case .mapping(let mapping) where mapping.keys.contains { $0.scalar?.string == "file" }:
                guard let file = section(entry, allowed: ConfigKeys.referenceFile), let pathEntry = required("file", in: file),
                      let path = text(pathEntry)
                else { continue }
                var options = CSVReaderOptions()
                if let entry = file["delimiter"], let delimiter = delimiter(entry) { options.delimiter = delimiter }
                if let entry = file["encoding"], let name = text(entry) {
                    if let encoding = TextEncoding(name: name) {
                        options.encoding = encoding
                    } else {
                        report(.configInvalidValue, at: entry.place, field: entry.field, [
                            "key": entry.name, "value": name,
                            "allowed": TextEncoding.allCases.map(\.rawValue).joined(separator: ", "),
                        ])
                    }
                }
                guard let root else { continue }
                if readReferenceFile(path, root: root, options: options, schema: schema, at: pathEntry, into: &data) {
                    referenceLoaded.insert(table)
                }
            default:
                report(.refExpectedTable, at: entry.keyPlace, field: entry.field, ["table": table.rawValue])
            }
        }
        return data
    }

    private mutating func inlineRows(_ rows: [YAMLNode], schema: ReferenceTableSchema, entry: ConfigEntry, into data: inout ReferenceData) {
        var checks = ReferenceRowChecks(schema: schema)
        for (index, row) in rows.enumerated() {
            let rowField = "\(entry.field)[\(index)]"
            guard let section = section(row, field: rowField, name: rowField, allowed: schema.columns, fallback: entry.keyPlace)
            else { continue }
            var cells: [String: String] = [:]
            var places: [String: Place] = [:]
            for column in schema.columns {
                guard let cell = section[column], let value = text(cell) else { continue }
                cells[column] = value
                places[column] = cell.place
            }
            var problems = checks.check(cells, line: section.place.line)
            if problems.isEmpty { problems = schema.add(cells, into: &data) }
            for problem in problems {
                let place = problem.column.flatMap { places[$0] } ?? section.place
                report(problem.code, at: place, field: problem.column.map { "\(rowField).\($0)" } ?? rowField, problem.arguments)
            }
        }
    }

    /// Reads one reference CSV file (relative to the root unless absolute); its mistakes are
    /// located at its own lines and columns. - Returns: whether the file could be read.
    private mutating func readReferenceFile(
        _ path: String, root: String, options: CSVReaderOptions, schema: ReferenceTableSchema, at entry: ConfigEntry,
        into data: inout ReferenceData
    ) -> Bool {
        let resolved = path.hasPrefix("/") ? path : URL(fileURLWithPath: root).appendingPathComponent(path).path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), !isDirectory.boolValue else {
            report(.refFileUnreadable, at: entry.place, field: entry.field, ["path": path, "reason": "no such file"])
            return false
        }
        var fileIssues: [ConfigIssue] = []
        func fileIssue(_ code: ErrorCode, line: Int, column: String?, _ arguments: [String: String]) {
            fileIssues.append(ConfigIssue(code, file: path, line: line, column: 0, field: column, arguments))
        }
        do {
            var reader = try CSVReader(path: resolved, displayName: path, options: options)
            var columns: [String: String] = [:]
            for name in reader.header {
                if let column = schema.columns.first(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) {
                    columns[name] = column
                } else {
                    fileIssue(.refUnknownColumn, line: reader.headerLine, column: name, [
                        "column": name, "suggestion": ConfigKeys.suggestion(for: name, among: schema.columns),
                        "allowed": schema.columns.joined(separator: ", "),
                    ])
                }
            }
            for column in schema.required where !columns.values.contains(column) {
                fileIssue(.refMissingColumn, line: reader.headerLine, column: nil, [
                    "column": column, "table": schema.table.rawValue, "allowed": schema.columns.joined(separator: ", "),
                ])
            }
            if fileIssues.isEmpty {
                var checks = ReferenceRowChecks(schema: schema)
                while let record = try reader.next() {
                    let line = record.root.location.line ?? 0
                    var cells: [String: String] = [:]
                    for (name, node) in record.root.children {
                        if let column = columns[name] { cells[column] = node.text ?? "" }
                    }
                    var problems = checks.check(cells, line: line)
                    if problems.isEmpty { problems = schema.add(cells, into: &data) }
                    for problem in problems { fileIssue(problem.code, line: line, column: problem.column, problem.arguments) }
                }
            }
        } catch let error as FerryError {
            let line = error.location?.line ?? 0
            fileIssues.append(ConfigIssue(error: error.located(Location(file: path)), line: line, column: 0))
        } catch {
            report(.refFileUnreadable, at: entry.place, field: entry.field, ["path": path, "reason": "\(error)"])
            return false
        }
        for issue in fileIssues { append(issue) }
        return true
    }
}
