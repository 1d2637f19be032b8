import Diagnostics
import Testing

/// The codes of issue 8's mapping checks, and MAP-005's hint that names the field holding a value.
@Suite struct LayoutCatalogTests {
    static let codes: [ErrorCode] = [
        .mapColumnBeyondHeader, .mapPathSelectedNothing, .mapDivisionByZero, .mapKeyValueMalformed,
        .configEntriesWrongField, .mapInvalidEnumValue,
    ]

    static func placeholders(_ text: String) -> Set<String> {
        var names = Set<String>()
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    @Test(arguments: codes)
    func everyTextSpeaksFourLanguagesWithTheSamePlaceholders(_ code: ErrorCode) throws {
        let entry = try #require(Catalog.entries[code])
        var tables = [entry.message, entry.hint]
        if let special = entry.hintWith { tables.append(special.hint) }
        for table in tables {
            #expect(Set(table.keys) == Set(Language.allCases), "\(code)")
            let english = Self.placeholders(table[.en] ?? "")
            for language in Language.allCases {
                #expect(Self.placeholders(table[language] ?? "") == english, "\(code) \(language)")
            }
        }
    }

    @Test func theOwnerHintIsUsedOnlyWhenAnotherFieldHoldsTheValue() {
        let plain = FerryError(.mapInvalidEnumValue, at: nil, ["field": "status", "value": "gone", "allowed": "open, shipped"])
        var owned = plain
        owned.arguments["value"] = "approved"
        owned.arguments["owner"] = "approval"
        for language in Language.allCases {
            #expect(!plain.hint(in: language).contains("approval"))
            #expect(owned.hint(in: language).contains("approval"), "\(language)")
            #expect(!owned.hint(in: language).contains("{"), "\(language)")
        }
    }
}
