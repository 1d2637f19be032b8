import Diagnostics
import Foundation
import SharedFiles
import Testing

@testable import Formats

@Suite("CSV reader: structure")
struct CSVReaderTests {
    typealias Support = CSVTestSupport

    @Test func readsHeaderAndRowsWithLocations() throws {
        let contents = try Support.read(text: "sku;name;qty\nA1;Shirt;2\nA2;;5\n")
        #expect(contents.reader.header == ["sku", "name", "qty"])
        #expect(contents.reader.delimiter == ";")
        #expect(contents.reader.headerLine == 1)
        #expect(contents.rows == [["A1", "Shirt", "2"], ["A2", "", "5"]])
        #expect(contents.records.map(\.index) == [1, 2])
        #expect(contents.lines == [2, 3])
        let cell = try #require(contents.records[1].root["name"])
        #expect(cell.value == .scalar(""))
        #expect(cell.location == Location(file: "input.csv", line: 3, field: "name"))
        #expect(contents.records[0].root.location == Location(file: "input.csv", line: 2))
    }

    @Test func keysAreHeaderNamesAsWrittenAndTrimmedLookupIgnoresCase() throws {
        let contents = try Support.read(text: " Order No , Item SKU \n1001,AB-1\n")
        #expect(contents.reader.header == ["Order No", "Item SKU"])
        let root = contents.records[0].root
        #expect(Array(root.children.keys) == ["Order No", "Item SKU"])
        #expect(root["item sku"]?.text == "AB-1")
        #expect(root["ORDER NO"]?.text == "1001")
    }

    @Test func dataCellsKeepTheirSpaces() throws {
        let contents = try Support.read(text: "a,b\n  x , y\n")
        #expect(contents.rows == [["  x ", " y"]])
    }

    @Test func multilineQuotedFieldsKeepPhysicalLineNumbers() throws {
        let contents = try Support.read(Support.fixturePath("multiline-quoted"))
        #expect(contents.reader.header == ["id", "note", "qty"])
        #expect(contents.rows == [
            ["1", "first line\n\nthird line", "5"],
            ["2", "say \"hi\"", "6"],
            ["3", "crlf\r\ninside", "7"],
            ["4", "plain", "8"],
        ])
        #expect(contents.lines == [2, 5, 6, 8])
        #expect(contents.records[3].root["qty"]?.location.line == 8)
    }

    @Test func rowEndsCRLFLoneCRAndNoFinalNewline() throws {
        #expect(try Support.read(text: "a,b\r\n1,2\r\n3,4").rows == [["1", "2"], ["3", "4"]])
        let crOnly = try Support.read(text: "a,b\r1,2\r3,4\r")
        #expect(crOnly.rows == [["1", "2"], ["3", "4"]])
        #expect(crOnly.lines == [2, 3])
    }

    @Test func nextKeepsReturningNilAtTheEnd() throws {
        try CSVTestSupport.withFile("a\n1") { path in
            var reader = try CSVReader(path: path, displayName: "input.csv", options: CSVReaderOptions())
            #expect(try reader.next()?.root["a"]?.text == "1")
            #expect(try reader.next() == nil)
            #expect(try reader.next() == nil)
        }
    }

    @Test func quotedFieldsHoldDelimitersQuotesAndEmptyText() throws {
        let contents = try Support.read(text: "a;b;c\n\"x;y\";\"he said \"\"no\"\"\";\"\"\n")
        #expect(contents.rows == [["x;y", "he said \"no\"", ""]])
    }

    @Test func quoteInsideUnquotedFieldIsLiteral() throws {
        let contents = try Support.read(text: "size,label\n12\",pipe 12\" wide\n")
        #expect(contents.rows == [["12\"", "pipe 12\" wide"]])
    }

    @Test func blankLinesAndDelimiterOnlyLinesAreSkipped() throws {
        let text = "\n\r\nsku;qty\n\nA;1\n;;\n   \nB;2\n\n"
        let contents = try Support.read(text: text)
        #expect(contents.reader.headerLine == 3)
        #expect(contents.rows == [["A", "1"], ["B", "2"]])
        #expect(contents.records.map(\.index) == [1, 2])
        #expect(contents.lines == [5, 8])
    }

    @Test func quotedEmptyRowIsNotSkipped() throws {
        let contents = try Support.read(text: "a,b\n\"\",\"\"\n")
        #expect(contents.rows == [["", ""]])
    }

    @Test func trailingDelimiterOnEveryLineIsTolerated() throws {
        let contents = try Support.read(text: "a;b;\r\n1;2;\r\n3;4;;\r\n")
        #expect(contents.reader.header == ["a", "b"])
        #expect(contents.rows == [["1", "2"], ["3", "4"]])
    }

    @Test(arguments: [
        ("sku|name|qty\nA|B|1\n", Character("|")),
        ("sku\tname\tqty\nA\tB\t1\n", Character("\t")),
        ("sku;name,with comma;qty\nA;B;1\n", Character(";")),
        ("\"a;b;c\",d,e\nx,y,z\n", Character(",")),
        ("sku,name\nA,B\n", Character(",")),
        ("\n;;\n\"sku\";\"name\"\nA;B\n", Character(";")),
    ])
    func detectsTheDelimiterFromTheHeaderLine(text: String, expected: Character) throws {
        let contents = try Support.read(text: text)
        #expect(contents.reader.delimiter == expected)
        #expect(contents.records.count == 1)
    }

    @Test func singleColumnHeaderDefaultsToComma() throws {
        let contents = try Support.read(text: "sku\nA-1\nA-2\n")
        #expect(contents.reader.delimiter == ",")
        #expect(contents.rows == [["A-1"], ["A-2"]])
    }

    @Test func configuredDelimiterWins() throws {
        let contents = try Support.read(text: "a;b,c\n1;2,3\n", CSVReaderOptions(delimiter: ","))
        #expect(contents.reader.header == ["a;b", "c"])
        #expect(contents.rows == [["1;2", "3"]])
    }

    /// Plain bytes inside a field are taken as one run up to a quote, a line end or (outside
    /// quotes) the delimiter: runs of every length, cut by every buffer size, with what ends
    /// them inside and outside quotes, read as byte by byte.
    @Test func plainRunsOfEveryLengthAcrossBufferBoundaries() throws {
        var text = "id,note,tail\r\n"
        var expected: [[String]] = []
        var lines: [Int?] = []
        for length in [0, 1, 2, 15, 16, 17, 63, 64, 65, 130] {
            let plain = String(repeating: "é", count: length / 2) + String(repeating: "x", count: length - length / 2)
            let note = plain + ",\"; " + plain + "\r\n" + plain + "\"\"" + plain
            let tail = "ab\"c" + plain + " "
            text += "\(length),\"" + note.replacingOccurrences(of: "\"", with: "\"\"") + "\"," + tail + "\r\n"
            expected.append([String(length), note, tail])
            lines.append(2 + 2 * lines.count)
        }
        try Support.withFile(text) { path in
            for size in [1, 2, 3, 5, 7, 64, 64 * 1024] {
                let contents = try Support.read(path, chunkSize: size)
                #expect(contents.rows == expected, "chunk \(size)")
                #expect(contents.lines == lines, "chunk \(size)")
            }
        }
    }

    @Test func sameRecordsForEveryBufferSize() throws {
        try Self.sameRecordsForEveryBufferSize(try ["multiline-quoted", "utf8-bom-crlf", "utf16le-bom-tab"].map(Support.fixturePath))
    }

    @Test(.needsSharedFolder) func sameRecordsForEveryBufferSizeInRealExports() throws {
        try Self.sameRecordsForEveryBufferSize(try [
            "woocommerce-sample-fashion-9-products-multiline.csv", "prestashop-1.4-products_import-semicolon-crlf.csv",
            "magento2-sample-catalog_product.csv",
        ].map(Support.corpus))
    }

    static func sameRecordsForEveryBufferSize(_ paths: [String]) throws {
        for path in paths {
            let reference = try Support.read(path)
            #expect(!reference.records.isEmpty)
            for size in [1, 2, 3, 5, 7, 64] {
                let small = try Support.read(path, chunkSize: size)
                #expect(small.reader.header == reference.reader.header, "\(path) chunk \(size)")
                #expect(small.rows == reference.rows, "\(path) chunk \(size)")
                #expect(small.lines == reference.lines, "\(path) chunk \(size)")
            }
        }
    }
}
