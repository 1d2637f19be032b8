import Diagnostics
import Mapping
import Testing

@Suite struct TextTransformTests {
    static let here = Location(file: "orders.json", record: 3, path: "$.customer.name")

    @Test(arguments: [("  Jansen \t", "Jansen"), ("\u{00A0}Müller\r\n", "Müller"), ("", ""), (" \n ", ""),
                      ("a  b", "a  b")])
    func trims(_ text: String, _ expected: String) {
        #expect(TextTransform.trim(text) == expected)
    }

    @Test(arguments: [("straße", "STRASSE", "straße"), ("Élodie", "ÉLODIE", "élodie"), ("iJ", "IJ", "ij")])
    func changesCase(_ text: String, _ upper: String, _ lower: String) {
        #expect(TextTransform.upper(text) == upper)
        #expect(TextTransform.lower(text) == lower)
    }

    @Test(arguments: [
        ([Optional("Jan"), "van", "Dijk"], " ", "Jan van Dijk"),
        (["Jan", "", "Dijk"], " ", "Jan Dijk"),
        (["Jan", nil, "  ", "Dijk"], " ", "Jan Dijk"),
        (["", nil], "-", ""),
        (["Kerkstraat", "12"], ", ", "Kerkstraat, 12"),
    ] as [([String?], String, String)])
    func concatenates(_ parts: [String?], _ separator: String, _ expected: String) {
        #expect(TextTransform.concatenate(parts, separator: separator) == expected)
    }

    @Test(arguments: [
        ("Jan van Dijk", " ", 0, "Jan"), ("Jan van Dijk", " ", -1, "Dijk"), ("Jan van Dijk", " ", 1, "van"),
        ("Jan", " ", 1, ""), ("Jan", " ", -2, ""), ("a;;c", ";", 1, ""), ("a;;c", ";", 2, "c"),
        ("NL-1234-AB", "-", 2, "AB"), ("", ",", 0, ""),
    ])
    func splits(_ text: String, _ separator: String, _ index: Int, _ expected: String) throws {
        #expect(try TextTransform.split(text, separator: separator, index: index, at: Self.here) == expected)
    }

    @Test(arguments: [("12,50", ",", ".", "12.50"), ("a-b-c", "-", "", "abc"), ("aaa", "aa", "b", "ba"),
                      ("no match", "x", "y", "no match")])
    func replaces(_ text: String, _ target: String, _ replacement: String, _ expected: String) throws {
        #expect(try TextTransform.replace(target, with: replacement, in: text, at: Self.here) == expected)
    }

    @Test(arguments: [
        ("42", 6, "0", TextTransform.Side.leading, "000042"), ("42", 4, " ", .trailing, "42  "),
        ("123456", 4, "0", .leading, "123456"), ("é", 3, ".", .trailing, "é.."), ("", 0, "x", .leading, ""),
    ] as [(String, Int, Character, TextTransform.Side, String)])
    func pads(_ text: String, _ length: Int, _ character: Character, _ side: TextTransform.Side, _ expected: String)
        throws
    {
        let result = try TextTransform.pad(text, toLength: length, with: character, side: side, at: Self.here)
        #expect(result == expected)
    }

    @Test(arguments: [("Kerkstraat", 4, "Kerk"), ("Kerk", 10, "Kerk"), ("Zoë Müller", 3, "Zoë"), ("abc", 0, "")])
    func truncates(_ text: String, _ length: Int, _ expected: String) throws {
        #expect(try TextTransform.truncate(text, toLength: length, at: Self.here) == expected)
    }

    @Test(arguments: [(nil, "NL"), ("", "NL"), ("  ", "NL"), ("BE", "BE"), (" BE ", " BE ")] as [(String?, String)])
    func defaultsIfEmpty(_ text: String?, _ expected: String) {
        #expect(TextTransform.defaultIfEmpty(text, "NL") == expected)
    }

    @Test func refusesBadSettings() {
        let attempts: [() throws -> String] = [
            { try TextTransform.split("a b", separator: "", index: 0, at: Self.here) },
            { try TextTransform.replace("", with: "x", in: "abc", at: Self.here) },
            { try TextTransform.pad("a", toLength: -1, at: Self.here) },
            { try TextTransform.truncate("a", toLength: -1, at: Self.here) },
        ]
        for attempt in attempts {
            let error = #expect(throws: FerryError.self) { try attempt() }
            #expect(error?.code == .mapInvalidTransformSetting)
            #expect(error?.location == Self.here)
        }
    }
}
