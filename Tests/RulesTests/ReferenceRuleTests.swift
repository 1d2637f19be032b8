import Canonical
import Diagnostics
import Foundation
import Rules
import Testing

@Suite struct ReferenceRuleTests {
    var bench: RuleBench {
        var bench = RuleBench()
        bench.reference = ReferenceData(
            vatRates: [
                VATRate(code: "H", rate: 21, inclusive: true), VATRate(code: "L", rate: Decimal(string: "5.5") ?? 0),
            ],
            warehouses: [
                Warehouse(code: "MAIN", sender: Address(city: "Utrecht"), isDefault: true), Warehouse(code: "BE", sender: Address(country: "BE")),
            ],
            defaultDebtor: "10001",
            partners: [
                Partner(name: "acme", active: true, number: "D-100", identifiers: ["GLN": "8712345000004"]),
                Partner(name: "sleepy", active: false, email: "orders@sleepy.example"),
            ])
        bench.masterData = InMemoryMasterData(registry: [
            KnownParty(role: .buyer, party: Party(number: "C-77", email: "Anouk@Korenbloem.nl"), targets: ["erp"]),
        ])
        return bench
    }

    @Test func vatCodeRequiredListsTheLinesWithout() throws {
        let result = try bench.run("vat-code-required", on: order([line("A-1", vatCode: "H"), line("B-2"), line(nil)]))
        #expect(result.errors.map(\.code) == [.ruleVATCodeMissing])
        #expect(result.errors.first?.arguments["lines"] == "2 (B-2), 3")
        #expect(result.errors.first?.location?.field == "lines[1].vatCode")
    }

    @Test func vatRateFromCodeFillsRatesAndNamesUnknownCodesPerLine() throws {
        let result = try bench.run("vat-rate-from-code", on: order([line("A-1", vatCode: "h"), line("B-2", vatCode: "L"), line("C-3", vatCode: "Z")]))
        #expect(result.document?.lines.map(\.vatRate) == [21, Decimal(string: "5.5"), nil])
        #expect(result.errors.map(\.code) == [.ruleVATCodeUnknown])
        #expect(result.errors.first?.arguments == ["line": "3 (C-3)", "code": "Z"])
        let article = try bench.run("vat-rate-from-code", on: Article(sku: "A-1", vatCode: "L"))
        #expect(article.document?.vatRate == Decimal(string: "5.5"))
    }

    @Test func vatInclusiveRequiredListsTheExclusiveCodes() throws {
        let result = try bench.run("vat-inclusive-required", on: order([line("A", vatCode: "H"), line("B", vatCode: "L"), line("C", vatCode: "L")]))
        #expect(result.errors.map(\.code) == [.ruleVATNotInclusive])
        #expect(result.errors.first?.arguments["codes"] == "L")
    }

    @Test func rulesSeeEarlierEnrichmentsAndReportAnErrorOnce() throws {
        let rules = [RuleSpec(name: "vat-rate-from-code"), RuleSpec(name: "vat-inclusive-required")]
        let result = try bench.run(rules, on: order([line("A", vatCode: "Q")]))
        #expect(result.errors.map(\.code) == [.ruleVATCodeUnknown])
    }

    @Test func warehouseSenderKeepsKnownWarehousesAndFallsBackToTheDefault() throws {
        #expect(try bench.run("warehouse-sender", on: order([], warehouse: "be")).document?.warehouse == "BE")
        let unmapped = try bench.run("warehouse-sender", on: order([], warehouse: "NORTH"))
        #expect(unmapped.errors.isEmpty)
        #expect(unmapped.document?.warehouse == "MAIN")
        #expect(unmapped.document?.customFields["sourceWarehouse"] == "NORTH")
        #expect(bench.reference.senderWarehouse(for: "NORTH")?.sender.city == "Utrecht")
    }

    @Test func warehouseSenderWithoutDefaultIsAnError() throws {
        var bench = bench
        bench.reference.warehouses = [Warehouse(code: "BE")]
        let unknown = try bench.run("warehouse-sender", on: order([], warehouse: "NORTH"))
        #expect(unknown.errors.map(\.code) == [.ruleWarehouseUnknown])
        #expect(unknown.errors.first?.arguments["warehouse"] == "NORTH")
        #expect(try bench.run("warehouse-sender", on: order([])).errors.map(\.code) == [.ruleWarehouseMissing])
    }

    @Test func customerKnownFindsTheBuyerByEmailNumberOrPartnerIdentifier() throws {
        #expect(try bench.run("customer-known", on: order([], buyer: Party(email: "anouk@korenbloem.nl"))).errors.isEmpty)
        #expect(try bench.run("customer-known", on: order([], buyer: Party(number: "C-77"))).errors.isEmpty)
        let partner = Party(identifiers: [PartyIdentifier(scheme: "gln", value: "8712345000004")])
        #expect(try bench.run("customer-known", on: order([], buyer: partner)).errors.isEmpty)
        let stranger = try bench.run("customer-known", on: order([], buyer: Party(email: "who@else.nl")))
        #expect(stranger.errors.map(\.code) == [.ruleCustomerUnknown])
        #expect(stranger.errors.first?.arguments["customer"] == "who@else.nl")
        #expect(try bench.run("customer-known", on: order([])).errors.map(\.code) == [.ruleBuyerMissing])
    }

    @Test func customerKnownWithSetNumberGivesTheBuyerTheMatchedNumber() throws {
        let partner = Party(identifiers: [PartyIdentifier(scheme: "GLN", value: "8712345000004")])
        let set = try bench.run("customer-known", ["set-number": .text("true")], on: order([], buyer: partner))
        #expect(set.errors.isEmpty)
        #expect(set.document?.buyer?.number == "D-100")
        // Off by default, and a number the buyer has is kept.
        #expect(try bench.run("customer-known", on: order([], buyer: partner)).document?.buyer?.number == nil)
        var numbered = partner
        numbered.number = "OWN-1"
        let kept = try bench.run("customer-known", ["set-number": .text("true")], on: order([], buyer: numbered))
        #expect(kept.document?.buyer?.number == "OWN-1")
    }

    @Test func customerKnownWithATargetNeedsAnEarlierExportThere() throws {
        let buyer = Party(email: "anouk@korenbloem.nl")
        #expect(try bench.run("customer-known", ["target": .text("erp")], on: order([], buyer: buyer)).errors.isEmpty)
        let elsewhere = try bench.run("customer-known", ["target": .text("wms")], on: order([], buyer: buyer))
        #expect(elsewhere.errors.map(\.code) == [.ruleCustomerNotAtTarget])
        let byNumberOnly = try bench.run("customer-known", ["by": .list(["number"])], on: order([], buyer: buyer))
        #expect(byNumberOnly.errors.map(\.code) == [.ruleBuyerMissing])
    }

    @Test func partnerActiveRefusesInactiveAndUnknownPartners() throws {
        let acme = Party(identifiers: [PartyIdentifier(scheme: "GLN", value: "8712345000004")])
        #expect(try bench.run("partner-active", on: order([], buyer: acme)).errors.isEmpty)
        let sleepy = try bench.run("partner-active", on: order([], buyer: Party(email: "ORDERS@sleepy.example")))
        #expect(sleepy.errors.map(\.code) == [.rulePartnerInactive])
        #expect(sleepy.errors.first?.arguments["partner"] == "sleepy")
        #expect(try bench.run("partner-active", on: order([], buyer: Party(email: "x@y.z"))).errors.map(\.code) == [.rulePartnerUnknown])
        #expect(try bench.run("partner-active", ["partner": .text("sleepy")], on: order([])).errors.map(\.code) == [.rulePartnerInactive])
        #expect(try bench.run("partner-active", ["party": .text("seller")], on: order([], seller: acme)).errors.isEmpty)
    }

    @Test func defaultDebtorSendsEveryOrderToOneCustomerNumber() throws {
        let result = try bench.run("default-debtor", on: order([], buyer: Party(number: "C-77", email: "a@b.nl")))
        #expect(result.document?.buyer?.number == "10001")
        #expect(result.document?.buyer?.email == "a@b.nl")
        #expect(try bench.run("default-debtor", on: order([])).document?.buyer?.number == "10001")
    }
}
