import Diagnostics
import Foundation
import OrderedCollections

/// Reads a CSV file with a header line, one row at a time, in bounded memory.
///
/// Each data row becomes a `Record` whose root is an object keyed by the header names as
/// written (trimmed), with one `.scalar` per cell (an empty cell is `""`). Rows that are empty,
/// or only delimiters and spaces, are skipped. Trailing empty cells beyond the header's width
/// (a delimiter at the end of each line) are ignored; any other difference in width is an error.
public struct CSVReader: RecordReader {
    /// Column names as written in the file, trimmed.
    public private(set) var header: [String]
    public private(set) var delimiter: Character
    /// Physical line of the header row.
    public private(set) var headerLine: Int
    /// The encoding text was decoded from (after looking at the byte order mark).
    public let encodingName: String

    private var parser: CSVRowParser
    private let displayName: String
    private var recordCount = 0
    /// The header's names with a placeholder cell each: each row's cells are this copied (its
    /// keys shared, never hashed again) with the values replaced.
    private var emptyRow: OrderedDictionary<String, Node> = [:]

    /// Opens `path` and reads its header line; errors name the file as `displayName`.
    public init(path: String, displayName: String, options: CSVReaderOptions) throws {
        try self.init(path: path, displayName: displayName, options: options, chunkSize: 64 * 1024)
    }

    /// As the public initializer, with a chosen read-buffer size (tests use tiny ones).
    init(path: String, displayName: String, options: CSVReaderOptions, chunkSize: Int) throws {
        self.displayName = displayName
        let source = try ByteSource(path: path, displayName: displayName)
        let delimiterByte: UInt8
        if let configured = options.delimiter {
            guard let ascii = configured.asciiValue, ascii != 0x22, ascii != 0x0A, ascii != 0x0D else {
                throw FerryError(
                    .csvUnsupportedDelimiter, at: Location(file: displayName), ["delimiter": String(configured)])
            }
            delimiterByte = ascii
        } else {
            var sniffer = try TextDecoder(
                source: source, encoding: options.encoding, file: displayName, chunkSize: chunkSize)
            delimiterByte = try CSVDelimiterDetector.detect(in: &sniffer)
            try source.rewind()
        }
        let decoder = try TextDecoder(
            source: source, encoding: options.encoding, file: displayName, chunkSize: chunkSize)
        encodingName = decoder.scheme.name
        delimiter = Character(Unicode.Scalar(delimiterByte))
        parser = CSVRowParser(decoder: decoder, delimiter: delimiterByte, limits: options.limits, file: displayName)

        var headerRow: CSVRowParser.Row?
        while let row = try parser.nextRow() {
            if !row.isBlank {
                headerRow = row
                break
            }
        }
        guard let row = headerRow else {
            throw FerryError(parser.sawContent ? .csvMissingHeader : .inputEmpty, at: Location(file: displayName))
        }
        header = try Self.columnNames(row, file: displayName)
        headerLine = row.line
        parser.columnNames = header
        let placeholder = Node(.null, at: Location(file: displayName))
        emptyRow = OrderedDictionary(uniqueKeys: header, values: repeatElement(placeholder, count: header.count))
    }

    /// The next data row, or `nil` after the last one.
    public mutating func next() throws -> Record? {
        while let row = try parser.nextRow() {
            if row.isBlank { continue }
            var fields = row.fields
            if fields.count != header.count {
                let extraAreEmpty = fields.count > header.count && fields[header.count...].allSatisfy(\.isEmpty)
                guard extraAreEmpty else {
                    throw FerryError(
                        .csvFieldCount, at: Location(file: displayName, line: row.line),
                        ["expected": String(header.count), "found": String(fields.count)])
                }
                fields.removeLast(fields.count - header.count)
            }
            recordCount += 1
            var cells = emptyRow
            for (offset, text) in fields.enumerated() {
                cells.values[offset] = Node(.scalar(text), at: Location(file: displayName, line: row.line, field: header[offset]))
            }
            return Record(
                index: recordCount, root: Node(.object(cells), at: Location(file: displayName, line: row.line)))
        }
        return nil
    }

    /// Trimmed, non-empty, case-insensitively unique header names; trailing empty cells dropped.
    private static func columnNames(_ row: CSVRowParser.Row, file: String) throws -> [String] {
        var names = row.fields.map { $0.trimmedWhitespace }
        while names.last?.isEmpty == true { names.removeLast() }
        let place = Location(file: file, line: row.line)
        guard !names.isEmpty else { throw FerryError(.csvMissingHeader, at: place) }
        var firstColumn: [String: Int] = [:]
        for (position, name) in names.enumerated() {
            guard !name.isEmpty else {
                throw FerryError(.csvEmptyHeaderName, at: place, ["column": String(position + 1)])
            }
            if let first = firstColumn[name.lowercased()] {
                throw FerryError(
                    .csvDuplicateHeader, at: place.field(name),
                    ["name": name, "column": String(position + 1), "first": String(first)])
            }
            firstColumn[name.lowercased()] = position + 1
        }
        return names
    }
}
