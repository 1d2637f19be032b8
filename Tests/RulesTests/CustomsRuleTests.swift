import Canonical
import Foundation
import Rules
import Testing

@Suite struct CustomsRuleTests {
    let bench = RuleBench(
        masterData: InMemoryMasterData(catalog: [
            Article(sku: "GLAZE", weight: Decimal(string: "1.1"), hsCode: "999999", countryOfOrigin: "DE",
                    attributes: ["FreeTextField_01": "320740"]),
            Article(sku: "KLEI", weight: 10, hsCode: "250810", attributes: ["FreeTextField_01": "  "]),
        ]))

    @Test func theNamedAttributeWinsOverTheArticlesHSCodeAndEmptyOnesAreSkipped() throws {
        let result = try bench.run("customs-from-catalog", ["hs-code-field": .text("FreeTextField_01")],
                                   on: order([line("GLAZE"), line("KLEI"), line("UNKNOWN")]))
        #expect(result.errors.isEmpty)
        let lines = try #require(result.document?.lines)
        #expect(lines.map(\.hsCode) == ["320740", "250810", nil])
        #expect(lines.map(\.countryOfOrigin) == ["DE", nil, nil])
        #expect(lines.map(\.weight) == [Decimal(string: "1.1"), 10, nil])
    }

    @Test func withoutTheFieldTheArticlesOwnHSCodeAndALinesOwnValuesAreKept() throws {
        var withOwn = line("GLAZE")
        withOwn.hsCode = "111111"
        withOwn.weight = 2
        let result = try bench.run("customs-from-catalog", on: order([withOwn, line("GLAZE")]))
        let lines = try #require(result.document?.lines)
        #expect(lines.map(\.hsCode) == ["111111", "999999"])
        #expect(lines.map(\.weight) == [2, Decimal(string: "1.1")])
    }
}
