import Diagnostics
import Foundation
import Testing

@testable import Formats

@Suite("CSV reader: encodings and buffer boundaries")
struct CSVReaderEncodingTests {
    typealias Support = CSVTestSupport

    @Test func windows1252WhenConfigured() throws {
        let path = try Support.fixturePath("windows-1252-semicolon")
        let contents = try Support.read(path, CSVReaderOptions(encoding: .windows1252))
        #expect(contents.reader.delimiter == ";")
        #expect(contents.reader.encodingName == "windows-1252")
        #expect(contents.rows == [["A1", "Café crème", "12,50"], ["A2", "Prix 5 €", "3,00"], ["A3", "Müller Grüße", "1"]])
        // The same bytes read as UTF-8 are rejected, not patched with U+FFFD: "Caf" + 0xE9 at offset 22.
        let error = try #require(Support.failure(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path)))))
        #expect(error.code == .inputUndecodable)
        #expect(error.arguments == ["encoding": "UTF-8", "offset": "22"])
        #expect(error.location == Location(file: "input.csv", line: 2))
    }

    @Test func utf8WithBOMAndCRLF() throws {
        let contents = try Support.read(Support.fixturePath("utf8-bom-crlf"))
        #expect(contents.reader.header == ["SKU", "Name", "Qty"])
        #expect(contents.reader.delimiter == ",")
        #expect(contents.rows == [["X-1", "Blåbær", "2"], ["X-2", "Smith, John", "3"]])
        #expect(contents.lines == [2, 3])
    }

    @Test(arguments: [nil, TextEncoding.utf8, .utf16, .windows1252])
    func utf16LittleEndianFoundByItsBOM(configured: TextEncoding?) throws {
        let contents = try Support.read(Support.fixturePath("utf16le-bom-tab"), CSVReaderOptions(encoding: configured))
        #expect(contents.reader.encodingName == "UTF-16")
        #expect(contents.reader.delimiter == "\t")
        #expect(contents.rows == [["T1", "Łódź 😀"], ["T2", "tab\there"]])
    }

    @Test func utf16BigEndianWithBOM() throws {
        var bytes: [UInt8] = [0xFE, 0xFF]
        for unit in "sku;name\r\nB1;Ærø 😀\r\n".utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try Support.read(bytes: bytes).rows == [["B1", "Ærø 😀"]])
    }

    @Test func utf16WithoutBOMWhenConfigured() throws {
        var little: [UInt8] = []
        var big: [UInt8] = []
        for unit in "sku,name\nU1,Ünïcödé\n".utf16 {
            little += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            big += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        for bytes in [little, big] {
            let contents = try Support.read(bytes: bytes, CSVReaderOptions(encoding: .utf16))
            #expect(contents.rows == [["U1", "Ünïcödé"]])
        }
    }

    @Test func utf16LoneSurrogateIsUndecodable() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "a\nx".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        bytes += [0x3D, 0xD8, 0x41, 0x00]  // high surrogate at offset 8, then "A"
        let error = try #require(Support.failure(bytes: bytes))
        #expect(error.code == .inputUndecodable)
        #expect(error.arguments == ["encoding": "UTF-16", "offset": "8"])
        #expect(error.location?.line == 2)
        let lowFirst = try #require(Support.failure(bytes: [0xFF, 0xFE, 0x61, 0x00, 0x00, 0xDC]))
        #expect(lowFirst.arguments["offset"] == "4")
        let odd = try #require(Support.failure(bytes: [0xFF, 0xFE, 0x61, 0x00, 0x62]))
        #expect(odd.code == .inputUndecodable)
        #expect(odd.arguments["offset"] == "4")
    }

    @Test(arguments: [
        ([0xFF], 6), ([0xC3, 0x28], 6), ([0xC0, 0x80], 6), ([0xE0, 0x80, 0x80], 6),
        ([0xED, 0xA0, 0x80], 6), ([0xF4, 0x90, 0x80, 0x80], 6), ([0xF8, 0x88, 0x80, 0x80, 0x80], 6),
        ([0x41, 0xE2, 0x82], 7), ([0x80], 6),
    ] as [([UInt8], Int)])
    func invalidUTF8IsUndecodable(bad: [UInt8], offset: Int) throws {
        let error = try #require(Support.failure(bytes: Array("a\nok\nx".utf8) + bad + Array(",".utf8)))
        #expect(error.code == .inputUndecodable)
        #expect(error.arguments == ["encoding": "UTF-8", "offset": String(offset)])
        #expect(error.location == Location(file: "input.csv", line: 3))
    }

    @Test func utf8SequenceCutOffByTheEndOfTheFile() throws {
        let error = try #require(Support.failure(bytes: Array("a\n".utf8) + [0xE2, 0x82]))
        #expect(error.code == .inputUndecodable)
        #expect(error.arguments == ["encoding": "UTF-8", "offset": "2"])
        #expect(error.location?.line == 2)
    }

    @Test func rowsBeforeAnUndecodableByteAreDelivered() throws {
        try Support.withFile(Array("sku\nA\nB\n".utf8) + [0xFF]) { path in
            var reader = try CSVReader(path: path, displayName: "input.csv", options: CSVReaderOptions())
            #expect(try reader.next()?.root["sku"]?.text == "A")
            #expect(try reader.next()?.root["sku"]?.text == "B")
            #expect(throws: FerryError(.inputUndecodable, at: Location(file: "input.csv", line: 4),
                                       ["encoding": "UTF-8", "offset": "8"])) { try reader.next() }
        }
    }

    @Test(arguments: [0x81, 0x8D, 0x8F, 0x90, 0x9D] as [UInt8])
    func windows1252UnassignedBytesAreUndecodable(byte: UInt8) throws {
        let bytes = Array("a\n".utf8) + [0x80, byte]
        let error = try #require(Support.failure(bytes: bytes, CSVReaderOptions(encoding: .windows1252)))
        #expect(error.code == .inputUndecodable)
        #expect(error.arguments == ["encoding": "windows-1252", "offset": "3"])
        let latin1 = try Support.read(bytes: bytes, CSVReaderOptions(encoding: .iso88591))
        #expect(latin1.rows == [[String(decoding: [0xC2, 0x80, 0xC2, byte], as: UTF8.self)]])
    }

    @Test func latin1MapsEveryByte() throws {
        let bytes = Array("name\n".utf8) + [0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72, 0x20, 0xA4]
        #expect(try Support.read(bytes: bytes, CSVReaderOptions(encoding: .iso88591)).rows == [["Müller ¤"]])
    }

    /// A file whose byte at `boundary - 1` starts `straddling`, padded with `x` in column `b`.
    private func straddle(_ straddling: String, endingRow: String = "\n", boundary: Int = 65_536) -> [UInt8] {
        let head = Array("a,b\n1,".utf8)
        let padding = [UInt8](repeating: 0x78, count: boundary - 1 - head.count)
        return head + padding + Array(straddling.utf8) + Array(endingRow.utf8) + Array("2,y\n".utf8)
    }

    @Test(arguments: ["é", "€", "😀"])
    func multiByteCharacterAcrossTheBufferBoundary(character: String) throws {
        let contents = try Support.read(bytes: straddle(character))
        #expect(contents.records.count == 2)
        let cell = try #require(contents.rows.first?.last)
        #expect(cell.hasSuffix("x" + character))
        #expect(cell.utf8.count == 65_535 - 6 + character.utf8.count)
        #expect(contents.rows.last == ["2", "y"])
    }

    @Test func crlfAcrossTheBufferBoundary() throws {
        // CR is the last byte of the first chunk, LF the first of the second.
        let contents = try Support.read(bytes: straddle("\r", endingRow: "\n"))
        #expect(contents.rows.map(\.count) == [2, 2])
        #expect(contents.rows.last == ["2", "y"])
        #expect(contents.lines == [2, 3])
    }

    @Test func doubledQuoteAcrossTheBufferBoundary() throws {
        var bytes = Array("a,b\n1,\"".utf8)
        bytes += [UInt8](repeating: 0x78, count: 65_535 - bytes.count) + Array("\"\"z\"\n2,y\n".utf8)
        #expect(bytes[65_535] == 0x22 && bytes[65_536] == 0x22)
        let contents = try Support.read(bytes: bytes)
        let cell = try #require(contents.rows.first?.last)
        #expect(cell.hasSuffix("x\"z"))
        #expect(contents.rows.last == ["2", "y"])
    }

    @Test func invalidUTF8AfterTheBufferBoundaryHasItsFileOffset() throws {
        var bytes = straddle("é")
        bytes.insert(0xFF, at: 65_539)  // after the "2" of the last row
        let error = try #require(Support.failure(bytes: bytes))
        #expect(error.arguments == ["encoding": "UTF-8", "offset": "65539"])
        #expect(error.location?.line == 3)
    }
}
