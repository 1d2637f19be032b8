import Diagnostics

/// Reads records from a JSON file: one object, an array of objects, or NDJSON.
///
/// Streams through one 64 KiB buffer and materialises only the current record, so memory
/// does not grow with the number of records. The grammar is strict RFC 8259 in UTF-8 (a
/// leading byte order mark is skipped); duplicate keys are an error. Copies of a reader
/// share one file position.
public struct JSONRecordReader: RecordReader {
    /// How the file holds its records.
    public enum Layout: Sendable, Hashable {
        /// The file is a single object: one record.
        case singleObject
        /// The file is an array; each element is a record and must be an object.
        case array
        /// NDJSON: one object per line; blank lines are skipped.
        case lines
    }

    private enum Phase {
        case start
        /// Before an array element; `afterComma` when a comma preceded it.
        case arrayElement(afterComma: Bool)
        /// After an array element, before its `,` or `]`.
        case arraySeparator
        /// Whitespace after an NDJSON record is skipped; whether it held a line break.
        case lines(lineBreakBefore: Bool)
        case finished
    }

    /// Known after the first call to `next()`.
    public private(set) var layout: Layout?
    private let parser: JSONParser
    private var phase = Phase.start
    private var nextIndex = 1

    /// Opens the file; `displayName` is the name used in locations. Throws `.inputUnreadable`.
    public init(path: String, displayName: String, options: JSONReaderOptions = JSONReaderOptions()) throws {
        try self.init(path: path, displayName: displayName, options: options,
                      bufferCapacity: JSONByteSource.defaultCapacity)
    }

    /// Opens the file with a buffer of `bufferCapacity` bytes (for tests of chunk edges).
    init(path: String, displayName: String, options: JSONReaderOptions, bufferCapacity: Int) throws {
        let source = try JSONByteSource(path: path, displayName: displayName, capacity: bufferCapacity)
        parser = JSONParser(source: source, file: displayName, limits: options.limits)
        parser.laterKeyWins = options.laterKeyWins
    }

    /// The next record, or `nil` after the last one.
    public mutating func next() throws -> Record? {
        do {
            switch phase {
            case .start: return try readFirst()
            case .arrayElement(let afterComma): return try readArrayElement(afterComma: afterComma)
            case .arraySeparator: return try readArraySeparator()
            case .lines(let lineBreakBefore): return try readLine(lineBreakBefore: lineBreakBefore)
            case .finished: return nil
            }
        } catch {
            phase = .finished
            throw error
        }
    }

    private var source: JSONByteSource { parser.source }

    private mutating func readFirst() throws -> Record? {
        try source.skipByteOrderMark()
        try source.skipWhitespace()
        parser.record = nextIndex
        guard let byte = try source.peek() else { throw FerryError(.inputEmpty, at: Location(file: parser.file)) }
        switch byte {
        case UInt8(ascii: "["):
            layout = .array
            source.advance()
            try source.skipWhitespace()
            if try source.peek() == UInt8(ascii: "]") {
                source.advance()
                try finishDocument()
                return nil
            }
            return try readArrayElement(afterComma: false)
        case UInt8(ascii: "{"):
            let node = try parser.parseValue(path: "$", depth: 0)
            let lineBreak = try source.skipWhitespace()
            if try source.peek() == nil {
                layout = .singleObject
                phase = .finished
            } else {
                layout = .lines
                phase = .lines(lineBreakBefore: lineBreak)
            }
            return record(node)
        case UInt8(ascii: "\""), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            throw parser.failure(.jsonTopLevelNotObject, path: "$")
        default:
            throw try parser.expectedValue(path: "$")
        }
    }

    private mutating func readArrayElement(afterComma: Bool) throws -> Record? {
        parser.record = nextIndex
        try source.skipWhitespace()
        if afterComma, try source.peek() == UInt8(ascii: "]") {
            throw parser.failure(.jsonTrailingComma, path: nil)
        }
        let node = try parser.parseValue(path: "$", depth: 1)
        guard case .object = node.value else { throw FerryError(.jsonRecordNotObject, at: node.location) }
        phase = .arraySeparator
        return record(node)
    }

    private mutating func readArraySeparator() throws -> Record? {
        parser.record = nextIndex
        try source.skipWhitespace()
        guard let byte = try source.peek() else { throw parser.failure(.jsonTruncated, path: nil) }
        switch byte {
        case UInt8(ascii: ","):
            source.advance()
            return try readArrayElement(afterComma: true)
        case UInt8(ascii: "]"):
            source.advance()
            try finishDocument()
            return nil
        default:
            throw parser.failure(.jsonUnexpectedCharacter, path: nil,
                                 ["found": try parser.foundAtCursor(path: "$"), "expected": "',' ']'"])
        }
    }

    private mutating func readLine(lineBreakBefore: Bool) throws -> Record? {
        guard let byte = try source.peek() else {
            phase = .finished
            return nil
        }
        parser.record = nextIndex
        guard lineBreakBefore else {
            if byte == UInt8(ascii: "{") { throw parser.failure(.jsonRecordsOnOneLine, path: nil) }
            throw parser.failure(.jsonContentAfterEnd, path: nil, ["found": try parser.foundAtCursor(path: "$")])
        }
        let node = try parser.parseValue(path: "$", depth: 0)
        guard case .object = node.value else { throw FerryError(.jsonRecordNotObject, at: node.location) }
        phase = .lines(lineBreakBefore: try source.skipWhitespace())
        return record(node)
    }

    /// After the top-level array: only whitespace may follow.
    private mutating func finishDocument() throws {
        try source.skipWhitespace()
        if try source.peek() != nil {
            throw parser.failure(.jsonContentAfterEnd, path: nil, ["found": try parser.foundAtCursor(path: "$")])
        }
        phase = .finished
    }

    private mutating func record(_ node: Node) -> Record {
        defer { nextIndex += 1 }
        return Record(index: nextIndex, root: node)
    }
}
