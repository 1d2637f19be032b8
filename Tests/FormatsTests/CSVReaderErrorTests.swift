import Diagnostics
import Foundation
import Testing

@testable import Formats

@Suite("CSV reader: errors")
struct CSVReaderErrorTests {
    typealias Support = CSVTestSupport

    @Test func unclosedQuoteIsReportedWhereTheFieldStarts() throws {
        let error = try #require(Support.failure(text: "sku,note\nA,ok\nB,\"never\nclosed\nat all\n"))
        #expect(error.code == .csvUnclosedQuote)
        #expect(error.location == Location(file: "input.csv", line: 3, field: "note"))
    }

    @Test func textAfterClosingQuote() throws {
        let error = try #require(Support.failure(text: "sku,name\nA,\"ab\"c\n"))
        #expect(error.code == .csvTextAfterQuote)
        #expect(error.location?.line == 2)
        #expect(error.location?.field == "name")
        let spaced = try #require(Support.failure(text: "sku,name\n\"multi\nline\" ,x\n"))
        #expect(spaced.code == .csvTextAfterQuote)
        #expect(spaced.location?.line == 3)
    }

    @Test func rowWithTooFewFields() throws {
        let error = try #require(Support.failure(text: "a;b;c\n1;2;3\n4;5\n"))
        #expect(error.code == .csvFieldCount)
        #expect(error.arguments == ["expected": "3", "found": "2"])
        #expect(error.location?.line == 3)
    }

    @Test func rowWithTooManyFields() throws {
        let error = try #require(Support.failure(text: "a;b\n\"x\ny\";2;3\n"))
        #expect(error.code == .csvFieldCount)
        #expect(error.arguments == ["expected": "2", "found": "3"])
        #expect(error.location?.line == 2)
    }

    @Test func rowsBeforeABadRowAreStillDelivered() throws {
        try Support.withFile("a;b\n1;2\n3\n") { path in
            var reader = try CSVReader(path: path, displayName: "orders.csv", options: CSVReaderOptions())
            #expect(try reader.next()?.root["a"]?.text == "1")
            #expect(throws: FerryError(.csvFieldCount, at: Location(file: "orders.csv", line: 3),
                                       ["expected": "2", "found": "1"])) { try reader.next() }
        }
    }

    @Test func duplicateHeaderIgnoringCase() throws {
        let error = try #require(Support.failure(text: "SKU;Name;sku\n1;2;3\n"))
        #expect(error.code == .csvDuplicateHeader)
        #expect(error.arguments == ["name": "sku", "column": "3", "first": "1"])
        #expect(error.location?.line == 1)
        let trimmed = try #require(Support.failure(text: "qty, Qty \n1,2\n"))
        #expect(trimmed.code == .csvDuplicateHeader)
    }

    @Test(arguments: [";;;\n", "\"\";\"\"\n", ";;\n;;\n", "\u{FEFF},\n"])
    func missingHeader(text: String) throws {
        let error = try #require(Support.failure(text: text))
        #expect(error.code == .csvMissingHeader)
    }

    @Test func emptyHeaderName() throws {
        let error = try #require(Support.failure(text: "sku;;qty\n1;2;3\n"))
        #expect(error.code == .csvEmptyHeaderName)
        #expect(error.arguments == ["column": "2"])
    }

    @Test(arguments: [[], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], Array(" \r\n\t\n  ".utf8), [0xEF, 0xBB, 0xBF, 0x0A]])
    func emptyFile(bytes: [UInt8]) throws {
        let error = try #require(Support.failure(bytes: bytes))
        #expect(error.code == .inputEmpty)
        #expect(error.location?.file == "input.csv")
    }

    @Test func fieldLargerThanTheLimit() throws {
        let limits = ReaderLimits(maxFieldBytes: 8)
        let fits = try Support.read(text: "a,b\n12345678,\"1234567\"\"\"\n", CSVReaderOptions(limits: limits))
        #expect(fits.rows == [["12345678", "1234567\""]])
        let error = try #require(Support.failure(text: "a,b\nx,\"1\n2345678\"\n", CSVReaderOptions(limits: limits)))
        #expect(error.code == .inputFieldTooLarge)
        #expect(error.arguments == ["limit": "8"])
        #expect(error.location == Location(file: "input.csv", line: 2, field: "b"))
    }

    @Test func tooManyColumnsStopsAtTheLimit() throws {
        let limits = ReaderLimits(maxColumns: 5)
        #expect(try Support.read(text: "a,b,c,d,e\n1,2,3,4,5\n", CSVReaderOptions(limits: limits)).records.count == 1)
        let header = String(repeating: ",", count: 100_000)
        let error = try #require(Support.failure(text: "x" + header + "\n", CSVReaderOptions(limits: limits)))
        #expect(error.code == .inputTooManyColumns)
        #expect(error.arguments == ["limit": "5"])
        let row = try #require(Support.failure(text: "a,b\n1,2,3,4,5,6,7\n", CSVReaderOptions(limits: limits)))
        #expect(row.code == .inputTooManyColumns)
        #expect(row.location?.line == 2)
    }

    @Test func defaultColumnLimitRejectsAHundredThousandColumns() throws {
        let header = (0..<100_000).map { "c\($0)" }.joined(separator: ";")
        let error = try #require(Support.failure(text: header + "\n"))
        #expect(error.code == .inputTooManyColumns)
        #expect(error.arguments == ["limit": "10000"])
    }

    @Test func missingFileIsUnreadable() throws {
        let missing = "/nonexistent-\(UUID().uuidString)/orders.csv"
        #expect {
            _ = try CSVReader(path: missing, displayName: "orders.csv", options: CSVReaderOptions())
        } throws: { error in
            guard let error = error as? FerryError else { return false }
            return error.code == .inputUnreadable && error.location?.file == "orders.csv"
                && !(error.arguments["reason"] ?? "").isEmpty
        }
    }

    @Test func directoryIsUnreadable() throws {
        let folder = FileManager.default.temporaryDirectory.path
        #expect {
            _ = try CSVReader(path: folder, displayName: "tmp", options: CSVReaderOptions())
        } throws: { error in
            (error as? FerryError)?.code == .inputUnreadable
        }
    }

    @Test(arguments: [Character("\""), "\n", "é"])
    func unsupportedDelimiter(delimiter: Character) throws {
        let error = try #require(Support.failure(text: "a,b\n1,2\n", CSVReaderOptions(delimiter: delimiter)))
        #expect(error.code == .csvUnsupportedDelimiter)
    }

    @Test func aFieldCountErrorReadsInTheOperatorsLanguage() {
        let error = FerryError(.csvFieldCount, at: Location(file: "o.csv", line: 4), ["expected": "3", "found": "2"])
        #expect(error.message(in: .de) == "die Zeile hat 2 Felder, die Kopfzeile aber 3")
    }
}
