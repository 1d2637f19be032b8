import Diagnostics
import Testing

@testable import Formats

@Suite("CSV writer")
struct CSVWriterTests {
    typealias Support = CSVTestSupport

    private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func writesSemicolonsAndCRLFWithoutBOM() {
        let bytes = CSVWriter().write(header: ["sku", "qty"], rows: [["A-1", "2"], ["B", ""]])
        #expect(text(bytes) == "sku;qty\r\nA-1;2\r\nB;\r\n")
        #expect(bytes.first == UInt8(ascii: "s"))
    }

    @Test(arguments: [
        ("plain", "plain"), ("a;b", "\"a;b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""), ("cr\rhere", "\"cr\rhere\""), (" lead", "\" lead\""),
        ("trail ", "\"trail \""), ("in side", "in side"), ("1,5", "1,5"), ("Café €", "Café €"), ("", ""),
    ])
    func quotesOnlyWhenNeeded(cell: String, written: String) {
        let bytes = CSVWriter().write(header: ["h", "x"], rows: [[cell, "x"]])
        #expect(text(bytes) == "h;x\r\n\(written);x\r\n")
    }

    @Test func quotesTheConfiguredDelimiter() {
        let bytes = CSVWriter(delimiter: ",").write(header: ["a", "b"], rows: [["1,5", "x;y"]])
        #expect(text(bytes) == "a,b\r\n\"1,5\",x;y\r\n")
    }

    @Test func allEmptyRowIsQuotedSoItIsNotABlankLine() {
        let bytes = CSVWriter().write(header: ["a", "b"], rows: [["", ""]])
        #expect(text(bytes) == "a;b\r\n\"\";\"\"\r\n")
    }

    @Test(arguments: [Character(";"), ",", "\t", "|"])
    func roundTripsThroughTheReader(delimiter: Character) throws {
        let header = ["SKU", "Name", "Note", "Price"]
        let rows: [[String]] = [
            ["A-1", "Café \"Crème\"", "line one\nline two\r\nline three", "12,50"],
            ["B;2", " leading and trailing ", "", "1.249,00"],
            ["", "", "", ""],
            ["C|3", "tab\there", "comma, semicolon; pipe|", "😀"],
            ["D", "\"", "\"\"", "end\r"],
        ]
        let bytes = CSVWriter(delimiter: delimiter).write(header: header, rows: rows)
        let contents = try Support.read(bytes: bytes)
        #expect(contents.reader.delimiter == delimiter)
        #expect(contents.reader.header == header)
        #expect(contents.rows == rows)
    }

    @Test func roundTripsASingleColumnWithEmptyValues() throws {
        let rows = [["x"], [""], [" "], ["y"]]
        let contents = try Support.read(bytes: CSVWriter().write(header: ["only"], rows: rows))
        #expect(contents.rows == rows)
    }
}
