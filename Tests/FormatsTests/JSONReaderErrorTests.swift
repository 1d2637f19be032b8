import Diagnostics
@testable import Formats
import Testing

@Suite("JSON reader: coded errors")
struct JSONReaderErrorTests {
    typealias Support = JSONTestSupport

    @Test(arguments: ["", "   \n\t\r\n", "\u{FEFF}", "\u{FEFF} \n"])
    func emptyInput(text: String) throws {
        let error = try #require(try Support.error(text))
        #expect(error.code == .inputEmpty)
    }

    @Test func missingFileIsUnreadable() throws {
        let error = try #require(throws: FerryError.self) {
            try JSONRecordReader(path: "/nonexistent/ferry/orders.json", displayName: "orders.json",
                                 options: JSONReaderOptions())
        }
        #expect(error.code == .inputUnreadable)
        #expect(error.location?.file == "orders.json")
    }

    @Test func directoryIsUnreadable() throws {
        let file = try Support.file("{}")
        let directory = String(file[..<(file.lastIndex(of: "/") ?? file.endIndex)])
        var reader = try JSONRecordReader(path: directory, displayName: "orders", options: JSONReaderOptions())
        let error = try #require(throws: FerryError.self) { try reader.next() }
        #expect(error.code == .inputUnreadable)
    }

    @Test func truncatedFileNamesTheLine() throws {
        let text = "[{\"a\": 1},\n {\"b\": [1,\n 2"
        var reader = try JSONRecordReader(path: try Support.file(text), displayName: "orders.json",
                                          options: JSONReaderOptions())
        #expect(try reader.next()?.index == 1)
        let error = try #require(throws: FerryError.self) { try reader.next() }
        #expect(error.code == .jsonTruncated)
        #expect(error.location?.line == 3)
        #expect(error.location?.record == 2)
        #expect(error.location?.path == "$.b")
    }

    @Test(arguments: [
        "{\"a\": \"abc", "{\"a\": \"ab\\", "{\"a\": \"\\u12", "{\"a\"", "{\"a\":", "{", "[", "[{\"a\": 1}",
        "[{\"a\": 1},", "{\"a\": tr", "{\"a\": {\"b\": []",
    ])
    func truncatedInputs(text: String) throws {
        #expect(try Support.error(text)?.code == .jsonTruncated)
    }

    @Test(arguments: ["[{\"a\": 1},]", "{\"a\": 1,}", "{\"a\": [1, 2,]}", "[{\"a\": 1},\n]", "{\"a\": {\"b\": 1,\n}}"])
    func trailingComma(text: String) throws {
        #expect(try Support.error(text)?.code == .jsonTrailingComma)
    }

    @Test func trailingCommaIsLocated() throws {
        let error = try #require(try Support.error("{\"a\": [\n1,\n2,\n]}"))
        #expect(error.code == .jsonTrailingComma)
        #expect(error.location == Location(file: "orders.json", line: 4, record: 1, path: "$.a"))
    }

    @Test(arguments: [
        ("{\"a\" 1}", "':'"), ("{\"a\": 1 \"b\": 2}", "',' '}'"), ("{\"a\": [1 2]}", "',' ']'"),
        ("{a: 1}", "'\"'"), ("{'a': 1}", "'\"'"), ("[{\"a\": 1} {\"b\": 2}]", "',' ']'"),
        ("{\"a\": nul}", "'null'"), ("{\"a\": True}", nil), ("{/* c */ \"a\": 1}", "'\"'"),
        ("{\"a\": 1}}", nil),
    ] as [(String, String?)])
    func unexpectedCharacters(text: String, expected: String?) throws {
        let error = try #require(try Support.error(text))
        if let expected {
            #expect(error.code == .jsonUnexpectedCharacter)
            #expect(error.arguments["expected"] == expected)
        } else {
            #expect([.jsonExpectedValue, .jsonContentAfterEnd, .jsonUnexpectedCharacter].contains(error.code))
        }
    }

    @Test(arguments: ["{\"a\": }", "{\"a\": 'x'}", "{\"a\": [,1]}", "// note\n{}", "{\"a\": undefined}", "{\"a\": NaN}"])
    func expectedValue(text: String) throws {
        #expect(try Support.error(text)?.code == .jsonExpectedValue)
    }

    @Test(arguments: ["01", "-01", "+1", ".5", "1.", "1.e3", "1e", "1e+", "-", "--1", "1.5.2", "0x1F", "1e3.5"])
    func invalidNumbers(number: String) throws {
        let error = try #require(try Support.error("{\"n\": \(number)}"))
        if number == "0x1F" {
            #expect(error.code == .jsonUnexpectedCharacter)
        } else {
            #expect(error.code == .jsonInvalidNumber)
            #expect(error.arguments["text"] == number)
            #expect(error.location?.path == "$.n")
        }
    }

    @Test(arguments: [#"\x"#, #"\u12G4"#, #"\U0041"#, #"\'"#, #"\ "#])
    func invalidEscapes(escape: String) throws {
        #expect(try Support.error("{\"s\": \"a\(escape)b\"}")?.code == .jsonInvalidEscape)
    }

    @Test(arguments: [#"\uD800"#, #"\uDBFF x"#, #"\uDC00"#, #"\uDFFF\uD800"#, #"\uD800\u0041"#, #"\uD800\n"#, #"\uD83D\uD83D"#])
    func loneSurrogates(escape: String) throws {
        let error = try #require(try Support.error("{\"s\": \"\(escape)\"}"))
        #expect(error.code == .jsonLoneSurrogate)
        #expect(error.location?.path == "$.s")
    }

    @Test func controlCharactersInStrings() throws {
        let tab = try #require(try Support.error("{\"s\": \"a\tb\"}"))
        #expect(tab.code == .jsonControlCharacter)
        #expect(tab.arguments["character"] == "U+0009")
        let newline = try #require(try Support.error("{\n\"s\": \"a\nb\"}"))
        #expect(newline.code == .jsonControlCharacter)
        #expect(newline.location?.line == 2)
        #expect(try Support.error([UInt8]("{\"s\": \"".utf8) + [0x00] + [UInt8]("\"}".utf8))?.code == .jsonControlCharacter)
        #expect(try Support.error("{\"s\": \"a\u{1F}\"}")?.code == .jsonControlCharacter)
    }

    @Test func duplicateKeyIsLocatedAtTheSecondKey() throws {
        let error = try #require(try Support.error("[{\"a\": 1}, {\"sku\": \"A\",\n \"qty\": 1,\n \"sku\": \"B\"}]"))
        #expect(error.code == .jsonDuplicateKey)
        #expect(error.arguments["key"] == "sku")
        #expect(error.location == Location(file: "orders.json", line: 3, record: 2, path: "$.sku"))
        // Same key in different objects is fine; keys differing only by escape spelling are the same key.
        #expect(try Support.error("{\"a\": {\"x\": 1}, \"b\": {\"x\": 2}}") == nil)
        #expect(try Support.error(#"{"é": 1, "\u00e9": 2}"#)?.code == .jsonDuplicateKey)
    }

    /// Only where a system is known to repeat a key: the later value is taken, in the first
    /// key's place; without the option the same bytes are refused.
    @Test func aRepeatedKeyTakesTheLaterValueOnlyWhenAsked() throws {
        let text = #"{"parcel": {"shipment": null, "id": 7, "shipment": {"id": 28037}}}"#
        #expect(try Support.error(text)?.code == .jsonDuplicateKey)
        var reader = try JSONRecordReader(
            path: try Support.file(text), displayName: "parcel.json", options: JSONReaderOptions(laterKeyWins: true))
        let record = try #require(try reader.next())
        let parcel = try #require(record.root["parcel"])
        #expect(Array(parcel.children.keys) == ["shipment", "id"])
        #expect(parcel["shipment"]?["id"]?.text == "28037")
    }

    @Test(arguments: ["42", "\"text\"", "true", "null", "-1", "  3.5  "])
    func topLevelScalar(text: String) throws {
        #expect(try Support.error(text)?.code == .jsonTopLevelNotObject)
    }

    @Test func arrayElementThatIsNotAnObject() throws {
        let error = try #require(try Support.error("[{\"a\": 1},\n {\"a\": 2},\n 17]"))
        #expect(error.code == .jsonRecordNotObject)
        #expect(error.location == Location(file: "orders.json", line: 3, record: 3, path: "$"))
        #expect(try Support.error("[[{\"a\": 1}]]")?.code == .jsonRecordNotObject)
        #expect(try Support.error("[null]")?.code == .jsonRecordNotObject)
    }

    @Test func ndjsonLineThatIsNotAnObject() throws {
        let error = try #require(try Support.error("{\"a\": 1}\n\n[1, 2]\n"))
        #expect(error.code == .jsonRecordNotObject)
        #expect(error.location?.line == 3)
        #expect(error.location?.record == 2)
    }

    @Test(arguments: ["[{\"a\": 1}] x", "[{\"a\": 1}]\n[]", "{\"a\": 1} x", "{\"a\": 1}]"])
    func contentAfterTheEnd(text: String) throws {
        #expect(try Support.error(text)?.code == .jsonContentAfterEnd)
    }

    @Test func ndjsonRecordsMustBeOnTheirOwnLines() throws {
        let error = try #require(try Support.error("{\"a\": 1}\n{\"a\": 2} {\"a\": 3}\n"))
        #expect(error.code == .jsonRecordsOnOneLine)
        #expect(error.location?.line == 2)
        #expect(error.location?.record == 3)
    }
}
