import Canonical
import Diagnostics
import Foundation
import Rules
import Testing

/// `article-exists` and `price-category-exists` on sales prices.
@Suite struct PriceRuleTests {
    var bench: RuleBench {
        var bench = RuleBench(masterData: InMemoryMasterData(catalog: [Article(sku: "A-1")]))
        bench.reference = ReferenceData(priceCategories: [PriceCategory(code: "WHOLESALE", name: "Groothandel"), PriceCategory(code: "DEALER")])
        return bench
    }

    @Test func articleExistsNamesAPricesUnknownSKUAtItsField() throws {
        #expect(try bench.run("article-exists", on: SalesPrice(sku: "A-1", priceCategory: "DEALER", price: 3)).errors.isEmpty)
        let result = try bench.run("article-exists", on: SalesPrice(sku: "X-9", priceCategory: "DEALER", price: 3))
        let error = try #require(result.errors.first)
        #expect(error.code == .ruleArticleNotFound)
        #expect(error.arguments["articles"] == "X-9")
        #expect(error.location?.field == "sku")
    }

    @Test func priceCategoryExistsTakesTheTableSpellingOrNamesTheUnknownCategory() throws {
        let known = try bench.run("price-category-exists", on: SalesPrice(sku: "A-1", priceCategory: "wholesale", price: 3))
        #expect(known.errors.isEmpty)
        #expect(known.document?.priceCategory == "WHOLESALE")
        let unknown = try bench.run("price-category-exists", on: SalesPrice(sku: "A-1", priceCategory: "RESELLER", price: 3))
        let error = try #require(unknown.errors.first)
        #expect(error.code == .rulePriceCategoryUnknown)
        #expect(error.arguments["category"] == "RESELLER")
        #expect(error.arguments["known"] == "WHOLESALE, DEALER")
        #expect(error.location?.field == "priceCategory")
        #expect(error.message(in: .de).contains("RESELLER"))
    }

    @Test func priceRulesLeaveOrdersAlone() throws {
        #expect(try bench.run("price-category-exists", on: order([line("X-9")])).errors.isEmpty)
    }
}
