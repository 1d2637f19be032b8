/// Writes a header and rows as CSV text: UTF-8 without BOM, CRLF line ends.
///
/// A field is quoted when it holds the delimiter, `"`, CR or LF, or starts or ends with a
/// space or tab; quotes inside are doubled. A row whose cells are all empty is written as `""`
/// cells so that readers do not take it for a blank line.
public struct CSVWriter: Sendable {
    public var delimiter: Character

    public init(delimiter: Character = ";") {
        self.delimiter = delimiter
    }

    public func write(header: [String], rows: [[String]]) -> [UInt8] {
        var output: [UInt8] = []
        append(header, to: &output)
        for row in rows { append(row, to: &output) }
        return output
    }

    /// Appends one row with its CRLF.
    public func append(_ row: [String], to output: inout [UInt8]) {
        let separator = Array(String(delimiter).utf8)
        let forceQuotes = !row.isEmpty && row.allSatisfy(\.isEmpty)
        for (position, cell) in row.enumerated() {
            if position > 0 { output.append(contentsOf: separator) }
            if forceQuotes || needsQuotes(cell, separator: separator) {
                output.append(0x22)
                for byte in cell.utf8 {
                    if byte == 0x22 { output.append(0x22) }
                    output.append(byte)
                }
                output.append(0x22)
            } else {
                output.append(contentsOf: cell.utf8)
            }
        }
        output.append(contentsOf: [0x0D, 0x0A])
    }

    private func needsQuotes(_ cell: String, separator: [UInt8]) -> Bool {
        let bytes = Array(cell.utf8)
        guard let first = bytes.first, let last = bytes.last else { return false }
        if first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 { return true }
        if bytes.contains(where: { $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) { return true }
        return contains(bytes, separator)
    }

    private func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start..<(start + needle.count)].elementsEqual(needle) {
            return true
        }
        return false
    }
}
