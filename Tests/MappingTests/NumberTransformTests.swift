import Diagnostics
import Foundation
import Mapping
import Testing

@Suite struct NumberTransformTests {
    static let here = Location(file: "articles.csv", line: 9, field: "weight")

    static func decimal(_ text: String) -> Decimal {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
    }

    /// Value, from, to → exact result.
    static let conversions: [(String, String, String, String)] = [
        ("1250", "g", "kg", "1.25"),
        ("1.25", "kg", "g", "1250"),
        ("0.001", "kg", "g", "1"),
        ("1", "lb", "g", "453.59237"),
        ("1", "lb", "kg", "0.45359237"),
        ("1", "oz", "g", "28.349523125"),
        ("16", "oz", "lb", "1"),
        ("2", "lb", "oz", "32"),
        ("453.59237", "g", "lb", "1"),
        ("12.5", "cm", "mm", "125"),
        ("125", "mm", "m", "0.125"),
        ("1", "in", "mm", "25.4"),
        ("1", "in", "cm", "2.54"),
        ("2.54", "cm", "in", "1"),
        ("1", "m", "cm", "100"),
        ("-3", "kg", "g", "-3000"),
        ("1", "KG", "Gram", "1000"),
        ("5", "meter", "centimetre", "500"),
        ("0", "oz", "kg", "0"),
    ]

    @Test(arguments: conversions)
    func converts(_ value: String, _ from: String, _ to: String, _ expected: String) throws {
        let result = try UnitConversion.convert(Self.decimal(value), from: from, to: to, at: Self.here)
        #expect(result == Self.decimal(expected))
    }

    @Test func nonTerminatingResultsRoundToTheScale() throws {
        let grams = try UnitConversion.convert(1, from: MeasureUnit.gram, to: .pound, scale: 6, at: Self.here)
        #expect(grams == Self.decimal("0.002205"))
        let inches = try UnitConversion.convert(10, from: "mm", to: "in", scale: 3, at: Self.here)
        #expect(inches == Self.decimal("0.394"))
    }

    @Test(arguments: [("1", "kg", "cm", ErrorCode.mapIncompatibleUnits), ("1", "in", "g", .mapIncompatibleUnits),
                      ("1", "stone", "kg", .mapUnknownUnit), ("1", "kg", "", .mapUnknownUnit),
                      ("1", "l", "ml", .mapUnknownUnit)])
    func refusesUnits(_ value: String, _ from: String, _ to: String, _ code: ErrorCode) {
        let error = #expect(throws: FerryError.self) {
            try UnitConversion.convert(Self.decimal(value), from: from, to: to, at: Self.here)
        }
        #expect(error?.code == code)
        #expect(error?.location == Self.here)
    }

    @Test func refusesABadScale() {
        let error = #expect(throws: FerryError.self) {
            try UnitConversion.convert(1, from: MeasureUnit.gram, to: .pound, scale: 11, at: Self.here)
        }
        #expect(error?.code == .mapInvalidTransformSetting)
    }

    /// Amount, rate, scale → excluding VAT.
    static let excluding: [(String, String, Int, String)] = [
        ("121", "21", 2, "100"),
        ("10", "21", 2, "8.26"),
        ("1249.00", "21", 2, "1032.23"),
        ("19.99", "9", 2, "18.34"),
        ("119", "19", 2, "100"),
        ("5", "7", 2, "4.67"),
        ("10.55", "5.5", 2, "10"),
        ("100", "0", 2, "100"),
        ("10", "21", 4, "8.2645"),
        ("10", "21", 0, "8"),
        ("-12.10", "21", 2, "-10"),
        ("0.01", "21", 2, "0.01"),
    ]

    @Test(arguments: excluding)
    func removesVAT(_ amount: String, _ rate: String, _ scale: Int, _ expected: String) throws {
        let result = try VATConversion.excluding(
            Self.decimal(amount), ratePercent: Self.decimal(rate), scale: scale, at: Self.here)
        #expect(result == Self.decimal(expected))
    }

    /// Amount, rate, scale → including VAT; halves round away from zero.
    static let including: [(String, String, Int, String)] = [
        ("100", "21", 2, "121"),
        ("8.26", "21", 2, "9.99"),
        ("0.05", "10", 2, "0.06"),      // 0.055 → 0.06
        ("-0.05", "10", 2, "-0.06"),    // -0.055 → -0.06
        ("12.50", "9", 2, "13.63"),     // 13.625 → 13.63
        ("10", "19", 2, "11.9"),
        ("3.3333", "0", 3, "3.333"),
        ("100", "100", 2, "200"),
    ]

    @Test(arguments: including)
    func addsVAT(_ amount: String, _ rate: String, _ scale: Int, _ expected: String) throws {
        let result = try VATConversion.including(
            Self.decimal(amount), ratePercent: Self.decimal(rate), scale: scale, at: Self.here)
        #expect(result == Self.decimal(expected))
    }

    @Test func vatContainedInAnAmount() throws {
        #expect(try VATConversion.vatIncluded(in: 10, ratePercent: 21, at: Self.here) == Self.decimal("1.74"))
    }

    @Test(arguments: [("-1", 2, ErrorCode.mapInvalidVATRate), ("100.01", 2, .mapInvalidVATRate),
                      ("21", -1, .mapInvalidTransformSetting), ("21", 11, .mapInvalidTransformSetting)])
    func refusesRatesAndScales(_ rate: String, _ scale: Int, _ code: ErrorCode) {
        for convert in [VATConversion.including, VATConversion.excluding] {
            let error = #expect(throws: FerryError.self) {
                try convert(10, Self.decimal(rate), scale, Self.here)
            }
            #expect(error?.code == code)
            #expect(error?.location == Self.here)
        }
    }
}
