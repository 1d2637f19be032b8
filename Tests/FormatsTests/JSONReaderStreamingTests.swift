import Diagnostics
@testable import Formats
import Testing

@Suite("JSON reader: bytes, buffer edges and limits")
struct JSONReaderStreamingTests {
    typealias Support = JSONTestSupport
    static let chunk = 64 * 1024

    /// `{"a":"` then `bytes`, then `"}`: the string body starts at offset 6.
    private func stringDocument(_ bytes: [UInt8]) -> [UInt8] {
        Array("{\"a\":\"".utf8) + bytes + Array("\"}".utf8)
    }

    @Test(arguments: [
        ([0xFF], 0), ([0xC3, 0x28], 0), ([0xC0, 0xAF], 0), ([0xE0, 0x80, 0xAF], 0), ([0xED, 0xA0, 0x80], 0),
        ([0xF4, 0x90, 0x80, 0x80], 0), ([0xF8, 0x88, 0x80, 0x80, 0x80], 0), ([0x80], 0),
        ([0x41, 0x42, 0xE2, 0x82], 2), ([0x41, 0xE2, 0x82, 0x41], 1),
    ] as [([UInt8], Int)])
    func invalidUTF8InStrings(bytes: [UInt8], offsetInString: Int) throws {
        let error = try #require(try Support.error(stringDocument(bytes)))
        #expect(error.code == .inputUndecodable)
        #expect(error.arguments["encoding"] == "UTF-8")
        #expect(error.arguments["offset"] == String(6 + offsetInString))
        #expect(error.location?.path == "$.a")
    }

    @Test func invalidUTF8OutsideStrings() throws {
        let utf16 = try #require(try Support.error([0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00]))
        #expect(utf16.code == .inputUndecodable)
        #expect(utf16.arguments["offset"] == "0")
        let inValue = try #require(try Support.error(Array("{\"a\": ".utf8) + [0xC3, 0x28] + Array("}".utf8)))
        #expect(inValue.code == .inputUndecodable)
        #expect(inValue.arguments["offset"] == "6")
        // A valid non-ASCII character where a value belongs is a grammar error, named in the message.
        let word = try #require(try Support.error("{\"a\": é}"))
        #expect(word.code == .jsonExpectedValue)
        #expect(word.arguments["found"] == "'é'")
    }

    @Test func charactersAndEscapesStraddlingTheBufferEdge() throws {
        // A 3-byte € over the first 64 KiB edge, an escape over the second, a surrogate pair over the third.
        let euroStart = Self.chunk - 1
        var body = [UInt8](repeating: UInt8(ascii: "x"), count: euroStart - 6) + Array("€".utf8)
        body += [UInt8](repeating: UInt8(ascii: "y"), count: 2 * Self.chunk - 3 - (6 + body.count)) + Array(#"\u00e9"#.utf8)
        body += [UInt8](repeating: UInt8(ascii: "z"), count: 3 * Self.chunk - 8 - (6 + body.count))
        body += Array(#"\uD83D\uDE00"#.utf8)
        let document = stringDocument(body)
        #expect(Array(document[euroStart..<euroStart + 3]) == Array("€".utf8))
        #expect(document[2 * Self.chunk - 3] == UInt8(ascii: "\\"))
        #expect(document[3 * Self.chunk - 8] == UInt8(ascii: "\\"))

        let (records, _) = try Support.readAll(document)
        let text = try #require(records.first?.root["a"]?.text)
        #expect(text.utf8.count == body.count - 6 - 12 + 2 + 4)
        #expect(text.hasPrefix("xxx"))
        #expect(text.contains("x€y"))
        #expect(text.contains("yéz"))
        #expect(text.hasSuffix("z😀"))
    }

    @Test func invalidUTF8StraddlingTheBufferEdgeReportsItsOffset() throws {
        let start = Self.chunk - 2
        let body = [UInt8](repeating: UInt8(ascii: "x"), count: start - 6) + [0xE2, 0x82, 0x41]
        let error = try #require(try Support.error(stringDocument(body)))
        #expect(error.code == .inputUndecodable)
        #expect(error.arguments["offset"] == String(start))
    }

    /// Every buffer size, down to 4 bytes, reads the same tree as the default buffer.
    @Test func tinyBuffersReadTheSameTree() throws {
        let text = "\u{FEFF}[{\"a\": \"é€😀\\u00e9\\uD83D\\uDE00\\n\", \"b\": [12.50, -1e-3, true, false, null],\n"
            + " \"c\": {\"d\": {}}}, {\"e\": \"\"}]\n"
        let bytes = Array(text.utf8)
        let expected = try Support.readAll(bytes).records
        #expect(expected.count == 2)
        for capacity in 4...24 {
            let records = try Support.readAll(bytes, bufferCapacity: capacity).records
            #expect(records.map(\.root) == expected.map(\.root), "buffer \(capacity)")
        }
    }

    @Test func hundredThousandOpenBracketsAreTooDeep() throws {
        let brackets = [UInt8](repeating: UInt8(ascii: "["), count: 100_000)
        let error = try #require(try Support.error(brackets))
        #expect(error.code == .inputTooDeep)
        #expect(error.arguments["limit"] == "256")
        let inObject = try #require(try Support.error(Array("{\"a\":".utf8) + brackets))
        #expect(inObject.code == .inputTooDeep)
        let braces = [UInt8](String(repeating: "{\"a\":", count: 100_000).utf8)
        #expect(try Support.error(braces)?.code == .inputTooDeep)
    }

    @Test func depthLimitCountsEveryContainer() throws {
        let limits = ReaderLimits(maxDepth: 3)
        #expect(try Support.error("{\"a\": {\"b\": []}}", limits: limits) == nil)
        #expect(try Support.error("{\"a\": {\"b\": [[]]}}", limits: limits)?.code == .inputTooDeep)
        // In the array layout, the outer array is the first level.
        #expect(try Support.error("[{\"a\": {}}]", limits: limits) == nil)
        let error = try #require(try Support.error("[{\"a\": {\"b\": {}}}]", limits: limits))
        #expect(error.code == .inputTooDeep)
        #expect(error.location?.path == "$.a.b")
        #expect(error.arguments["limit"] == "3")
    }

    @Test func fieldLimitAppliesToStringsKeysAndNumbers() throws {
        let limits = ReaderLimits(maxFieldBytes: 1024)
        let fits = String(repeating: "a", count: 1024)
        let over = String(repeating: "a", count: 1025)
        #expect(try Support.readAll("{\"s\": \"\(fits)\"}", limits: limits).first?.root["s"]?.text == fits)
        let error = try #require(try Support.error("{\"s\": \"\(over)\"}", limits: limits))
        #expect(error.code == .inputFieldTooLarge)
        #expect(error.arguments["limit"] == "1024")
        #expect(error.location?.path == "$.s")
        #expect(try Support.error("{\"\(over)\": 1}", limits: limits)?.code == .inputFieldTooLarge)
        let digits = String(repeating: "1", count: 1025)
        #expect(try Support.error("{\"n\": \(digits)}", limits: limits)?.code == .inputFieldTooLarge)
        // Escapes and multi-byte characters count by their decoded UTF-8 bytes.
        let euros = String(repeating: "\\u20ac", count: 342)
        #expect(try Support.error("{\"s\": \"\(euros)\"}", limits: limits)?.code == .inputFieldTooLarge)
        #expect(try Support.error("{\"s\": \"\(String(repeating: "€", count: 341))\"}", limits: limits) == nil)
    }

    @Test func oversizeStringStopsEarly() throws {
        // 8 MiB of string with a 1 KiB limit and no closing quote: the limit, not the missing quote, is reported.
        let body = [UInt8](repeating: UInt8(ascii: "q"), count: 8 << 20)
        let error = try #require(try Support.error(Array("[{\"s\": \"".utf8) + body, limits: ReaderLimits(maxFieldBytes: 1024)))
        #expect(error.code == .inputFieldTooLarge)
    }

    @Test func manyRecordsStreamOneByOne() throws {
        let count = 50_000
        var text = "[\n"
        for index in 1...count {
            text += "{\"id\": \(index), \"sku\": \"SKU-\(index)\", \"qty\": \"1.50\"}" + (index < count ? ",\n" : "\n")
        }
        text += "]\n"
        var reader = try JSONRecordReader(path: try Support.file(text), displayName: "orders.json",
                                          options: JSONReaderOptions())
        var seen = 0
        while let record = try reader.next() {
            seen += 1
            #expect(record.index == seen)
            if seen % 10_000 == 0 {
                #expect(record.root["sku"]?.text == "SKU-\(seen)")
                #expect(record.root.location.line == seen + 1)
            }
        }
        #expect(seen == count)
    }
}
