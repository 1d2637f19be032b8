import Diagnostics
import Testing

@Suite struct TransformCatalogTests {
    static let codes: [ErrorCode] = [
        .mapDatePatternUnsupported, .mapDatePatternIncomplete, .mapUnknownTimeZone, .mapDateMismatch,
        .mapDateNonexistent, .mapUnknownUnit, .mapIncompatibleUnits, .mapInvalidVATRate, .mapInvalidTransformSetting,
    ]

    @Test(arguments: codes)
    func everyCodeSpeaksFourLanguages(_ code: ErrorCode) throws {
        #expect(code.rawValue.hasPrefix("MAP-1"))
        let entry = try #require(Catalog.entries[code])
        for table in [entry.message, entry.hint] {
            #expect(Set(table.keys) == Set(Language.allCases))
            #expect(Set(table.values).count == 4)
        }
        let error = FerryError(code, at: nil, ["field": "orderDate", "pattern": "dd-MM-yyyy", "value": "x",
            "zone": "Mars/Olympus", "unit": "stone", "from": "kg", "to": "cm", "rate": "121",
            "transform": "pad", "setting": "length", "token": "EEEE"])
        for language in Language.allCases {
            #expect(!error.message(in: language).contains("{"), "\(code) \(language)")
        }
    }

    @Test func codesAreDistinct() {
        #expect(Set(Self.codes.map(\.rawValue)).count == Self.codes.count)
    }
}
