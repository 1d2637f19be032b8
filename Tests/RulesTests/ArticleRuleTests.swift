import Canonical
import Diagnostics
import Foundation
import Rules
import Testing

@Suite struct ArticleRuleTests {
    let bench = RuleBench(
        masterData: InMemoryMasterData(catalog: [
            Article(sku: "A-1", gtin: "8712345000011", supplierCodes: [SupplierCode(supplier: "ACME", code: "AC-1")]),
            Article(sku: "B-2", gtin: "8712345000028"),
            Article(sku: "C-3", gtin: "8712345000028"),
            Article(sku: "d-4"),
            Article(sku: "D-4"),
        ]))

    @Test func articleExistsListsEveryMissingSKUInOneError() throws {
        let result = try bench.run("article-exists", on: order([line("A-1"), line("X-9"), line("Y-8"), line("X-9")]))
        let error = try #require(result.errors.first)
        #expect(result.errors.count == 1)
        #expect(error.code == .ruleArticleNotFound)
        #expect(error.arguments["articles"] == "X-9, Y-8")
        #expect(error.location?.field == "lines[1].sku")
        #expect(error.location?.file == "orders.json")
        #expect(error.location?.record == 3)
        #expect(error.message(in: .nl).contains("X-9, Y-8"))
    }

    @Test func articleExistsFindsALineWithoutSKUByItsGTINIgnoringLeadingZeros() throws {
        #expect(try bench.run("article-exists", on: order([line(nil, gtin: "08712345000011")])).errors.isEmpty)
        let missing = try bench.run("article-exists", on: order([line(nil, gtin: "4000000000001")]))
        #expect(missing.errors.map(\.code) == [.ruleArticleNotFound])
        #expect(missing.errors.first?.location?.field == "lines[0].gtin")
    }

    @Test func articleUniqueRefusesAGTINOrSKUThatMatchesTwoArticles() throws {
        #expect(try bench.run("article-unique", on: order([line("A-1"), line(nil, gtin: "8712345000011")])).errors.isEmpty)
        let byGTIN = try bench.run("article-unique", on: order([line(nil, gtin: "8712345000028")]))
        #expect(byGTIN.errors.map(\.code) == [.ruleArticleNotUnique])
        #expect(byGTIN.errors.first?.arguments["articles"] == "8712345000028")
        let bySKU = try bench.run("article-unique", on: order([line("D-4")]))
        #expect(bySKU.errors.first?.arguments["articles"] == "D-4")
    }

    @Test func articleUniqueRefusesAnArticleWhoseGTINAnotherArticleHas() throws {
        let clash = try bench.run("article-unique", on: Article(sku: "E-5", gtin: "08712345000011"))
        #expect(clash.errors.map(\.code) == [.ruleArticleNotUnique])
        #expect(clash.errors.first?.arguments["articles"] == "08712345000011 (E-5, A-1)")
        #expect(clash.errors.first?.location?.field == "gtin")
        // The article's own earlier version is no clash.
        #expect(try bench.run("article-unique", on: Article(sku: "A-1", gtin: "8712345000011")).errors.isEmpty)
    }

    @Test func articleNumberCharactersNamesEveryBadNumber() throws {
        let result = try bench.run("article-number-characters", on: order([line("A-1"), line("B 2"), line("C*3")]))
        #expect(result.errors.map(\.code) == [.ruleArticleNumberInvalid])
        #expect(result.errors.first?.arguments["articles"] == "B 2, C*3")
        let custom = try bench.run("article-number-characters", ["pattern": .text("[0-9]+")], on: Article(sku: "A-1"))
        #expect(custom.errors.first?.location?.field == "sku")
    }

    @Test func supplierCodeFromCatalogFillsTheCodeBySKUOrGTIN() throws {
        let result = try bench.run(
            "supplier-code-from-catalog", ["supplier": .text("acme")],
            on: order([line("A-1"), line(nil, gtin: "8712345000011")]))
        #expect(result.errors.isEmpty)
        #expect(result.document?.lines.map(\.supplierArticleCode) == ["AC-1", "AC-1"])
    }

    @Test func supplierCodeFromCatalogNamesALineWithNeitherGTINNorCode() throws {
        let result = try bench.run("supplier-code-from-catalog", ["supplier": .text("ACME")], on: order([line("D-4", number: 7)]))
        #expect(result.errors.map(\.code) == [.ruleSupplierCodeMissing])
        #expect(result.errors.first?.arguments["line"] == "7 (D-4)")
        #expect(result.errors.first?.location?.field == "lines[0].supplierArticleCode")
        // A GTIN alone is enough.
        #expect(try bench.run("supplier-code-from-catalog", ["supplier": .text("ACME")], on: order([line("D-4", gtin: "1")])).errors.isEmpty)
    }

    @Test func supplierCodeFromCatalogTakesTheSellerAsSupplierOrSaysThereIsNone() throws {
        let seller = Party(number: "ACME")
        let result = try bench.run("supplier-code-from-catalog", on: order([line("A-1")], seller: seller))
        #expect(result.document?.lines.first?.supplierArticleCode == "AC-1")
        #expect(try bench.run("supplier-code-from-catalog", on: order([line("A-1")])).errors.map(\.code) == [.ruleSupplierUnknown])
    }

    @Test func gtinFromCatalogFillsAndOptionallyRequiresTheGTIN() throws {
        let filled = try bench.run("gtin-from-catalog", on: order([line("A-1"), line("D-4")]))
        #expect(filled.errors.isEmpty)
        #expect(filled.document?.lines.map(\.gtin) == ["8712345000011", nil])
        let required = try bench.run("gtin-from-catalog", ["required": .text("true")], on: order([line("A-1"), line("D-4")]))
        #expect(required.errors.map(\.code) == [.ruleGTINMissing])
        #expect(required.errors.first?.arguments["line"] == "2 (D-4)")
    }
}
