import Diagnostics

/// Splits decoded UTF-8 text into CSV rows (RFC 4180 quoting), one row at a time.
///
/// Works on bytes: the delimiter, quote and line ends are ASCII, and ASCII bytes never occur
/// inside a multi-byte UTF-8 sequence. Rows end at CRLF, LF or a lone CR outside quotes;
/// line ends inside quotes are kept verbatim and still counted as physical lines.
struct CSVRowParser {
    /// One row as split from the text.
    struct Row {
        var fields: [String]
        /// Physical line the row starts on.
        var line: Int
        /// Whether any field was written in quotes.
        var quoted: Bool

        /// Unquoted and every field empty or spaces: `;;;` lines that spreadsheets leave behind.
        var isBlank: Bool {
            !quoted && fields.allSatisfy { $0.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
        }
    }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    private var decoder: TextDecoder
    private let delimiter: UInt8
    private let limits: ReaderLimits
    private let file: String
    private var chunk: [UInt8] = []
    private var index = 0
    private var field: [UInt8] = []
    private var line = 1
    private var lastWasCR = false
    /// Column names, once the header is known, to name the field in errors.
    var columnNames: [String] = []
    /// Whether any byte other than spaces, tabs and line ends has been read.
    private(set) var sawContent = false

    init(decoder: TextDecoder, delimiter: UInt8, limits: ReaderLimits, file: String) {
        self.decoder = decoder
        self.delimiter = delimiter
        self.limits = limits
        self.file = file
    }

    /// The next row, skipping empty lines; `nil` at the end of the file.
    mutating func nextRow() throws -> Row? {
        var fields: [String] = []
        fields.reserveCapacity(columnNames.count)
        field.removeAll(keepingCapacity: true)
        var state = State.fieldStart
        var rowLine = line
        var fieldLine = line
        var started = false
        var quoted = false

        while true {
            if index >= chunk.count {
                index = 0
                guard try decoder.decode(into: &chunk) else { break }
            }
            // Inside a field, the bytes up to the next one that can end or change it (a quote,
            // a line end, outside quotes the delimiter) are plain content: appended as one run.
            if state == .unquoted || state == .quoted {
                let start = index
                let end = Self.endOfPlainRun(chunk, from: start, delimiter: state == .unquoted ? delimiter : nil)
                if end > start {
                    let run = chunk[start..<end]
                    field.append(contentsOf: run)
                    index = end
                    lastWasCR = false
                    if !sawContent && run.contains(where: { $0 != 0x20 && $0 != 0x09 }) { sawContent = true }
                    if field.count > limits.maxFieldBytes {
                        throw FerryError(
                            .inputFieldTooLarge, at: location(fieldLine, column: fields.count),
                            ["limit": String(limits.maxFieldBytes)])
                    }
                    continue
                }
            }
            let byte = chunk[index]
            index += 1
            let byteLine = line
            let followsCR = lastWasCR
            let isLineEnd = byte == 0x0A || byte == 0x0D
            if byte == 0x0D {
                line += 1
                lastWasCR = true
            } else {
                if byte == 0x0A && !followsCR { line += 1 }
                lastWasCR = false
            }
            if !started {
                if isLineEnd { continue }  // an empty line, or the LF of a CRLF
                started = true
                rowLine = byteLine
                fieldLine = byteLine
            }
            if !sawContent && byte != 0x20 && byte != 0x09 && !isLineEnd { sawContent = true }

            switch state {
            case .fieldStart:
                fieldLine = byteLine
                if byte == 0x22 {
                    state = .quoted
                    quoted = true
                } else if byte == delimiter {
                    try finishField(into: &fields, rowLine: rowLine)
                } else if isLineEnd {
                    try finishField(into: &fields, rowLine: rowLine)
                    return Row(fields: fields, line: rowLine, quoted: quoted)
                } else {
                    try append(byte, fields: fields, fieldLine: fieldLine)
                    state = .unquoted
                }
            case .unquoted:
                if byte == delimiter {
                    try finishField(into: &fields, rowLine: rowLine)
                    state = .fieldStart
                } else if isLineEnd {
                    try finishField(into: &fields, rowLine: rowLine)
                    return Row(fields: fields, line: rowLine, quoted: quoted)
                } else {
                    try append(byte, fields: fields, fieldLine: fieldLine)
                }
            case .quoted:
                if byte == 0x22 {
                    state = .quoteInQuoted
                } else {
                    try append(byte, fields: fields, fieldLine: fieldLine)
                }
            case .quoteInQuoted:
                if byte == 0x22 {
                    try append(byte, fields: fields, fieldLine: fieldLine)
                    state = .quoted
                } else if byte == delimiter {
                    try finishField(into: &fields, rowLine: rowLine)
                    state = .fieldStart
                } else if isLineEnd {
                    try finishField(into: &fields, rowLine: rowLine)
                    return Row(fields: fields, line: rowLine, quoted: quoted)
                } else {
                    throw FerryError(.csvTextAfterQuote, at: location(byteLine, column: fields.count))
                }
            }
        }

        guard started else { return nil }
        if state == .quoted {
            throw FerryError(.csvUnclosedQuote, at: location(fieldLine, column: fields.count))
        }
        try finishField(into: &fields, rowLine: rowLine)
        return Row(fields: fields, line: rowLine, quoted: quoted)
    }

    /// The index of the first byte from `start` that is a quote, a line end or `delimiter`,
    /// or the end of `chunk`.
    private static func endOfPlainRun(_ chunk: [UInt8], from start: Int, delimiter: UInt8?) -> Int {
        chunk.withUnsafeBufferPointer { buffer in
            var end = start
            let stop = delimiter ?? 0x22
            while end < buffer.count {
                let byte = buffer[end]
                if byte == 0x22 || byte == 0x0A || byte == 0x0D || byte == stop { break }
                end += 1
            }
            return end
        }
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8, fields: [String], fieldLine: Int) throws {
        field.append(byte)
        if field.count > limits.maxFieldBytes {
            throw FerryError(
                .inputFieldTooLarge, at: location(fieldLine, column: fields.count),
                ["limit": String(limits.maxFieldBytes)])
        }
    }

    private mutating func finishField(into fields: inout [String], rowLine: Int) throws {
        guard fields.count < limits.maxColumns else {
            throw FerryError(
                .inputTooManyColumns, at: Location(file: file, line: rowLine), ["limit": String(limits.maxColumns)])
        }
        fields.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
    }

    private func location(_ line: Int, column: Int) -> Location {
        Location(file: file, line: line, field: column < columnNames.count ? columnNames[column] : nil)
    }
}
