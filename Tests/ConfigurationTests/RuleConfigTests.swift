import Diagnostics
import Foundation
import Rules
import Testing
@testable import Configuration

@Suite struct RuleConfigTests {
    @Test func rulesAndFiltersParseWithTheirSettings() throws {
        let yaml = """
            reference:
              vat-rates: [{ code: H, rate: 21 }]
              partners: [{ name: acme }]
            flows:
              - name: orders
                kind: order
                filters:
                  - status: [open, Processing]
                  - order-date-within-days: 30
                  - flag: customFields.syncToProductFlow
                  - field: lines[*].sku
                    matches: 'A-[0-9]+'
                  - { field: shippingAddress.country, not-in: [DE] }
                  - { field: buyer.email, exists: true }
                rules:
                  - article-exists
                  - vat-rate-from-code:
                  - supplier-code-from-catalog: { supplier: ACME }
                  - customer-known: { by: [email, identifier], target: erp }
                  - partner-active: { partner: acme, party: seller }
                targets:
                  - { name: erp, format: json }
            """
        let result = ConfigLoader.check(yaml: yaml)
        #expect(result.issues == [])
        let flow = try #require(result.config?.flows.first)
        #expect(flow.rules.map(\.name) == [
            "article-exists", "vat-rate-from-code", "supplier-code-from-catalog", "customer-known", "partner-active",
        ])
        #expect(flow.rules[2].parameters == ["supplier": .text("ACME")])
        #expect(flow.rules[3].parameters == ["by": .list(["email", "identifier"]), "target": .text("erp")])
        #expect(flow.rules[0].line == 16)
        #expect(flow.filters.count == 6)
        #expect(flow.filters.first == .status(["open", "processing"]))
        #expect(flow.filters[1] == .orderDateWithinDays(30))
        guard case .field(let path, .matches(let pattern)) = flow.filters[3] else {
            Issue.record("expected a matches filter, got \(flow.filters[3])")
            return
        }
        #expect(path.description == "lines[*].sku")
        #expect(pattern.pattern == "A-[0-9]+")
    }

    @Test func ruleMistakesAreReportedAtTheirLine() {
        let yaml = """
            reference:
              partners: [{ name: acme }]
            flows:
              - name: articles
                kind: article
                rules:
                  - article-exists
                  - vat-rate-from-code
              - name: orders
                kind: order
                rules:
                  - article-exsits
                  - gtin-from-catalog: { required: perhaps }
                  - article-unique: { strict: true }
                  - partner-active: { partner: bob }
                  - customer-known: { target: nowhere }
                  - supplier-code-from-catalog: { suplier: ACME }
                  - { article-exists: {}, vat-code-required: {} }
            """
        let issues = ConfigLoader.check(yaml: yaml).issues
        #expect(issues.map { "\($0.code) \($0.line)" } == [
            "RULE-102 7", "RULE-103 8", "RULE-101 12", "RULE-105 13", "RULE-105 14", "RULE-104 15", "RULE-105 16",
            "CONFIG-008 17", "CONFIG-005 18",
        ])
        #expect(issues[2].error.arguments["suggestion"] == "article-exists")
        #expect(issues[7].error.arguments["suggestion"] == "supplier")
    }

    @Test func filterMistakesAreReportedAtTheirLine() {
        let yaml = """
            flows:
              - name: articles
                kind: article
                filters:
                  - status: [open]
                  - flag: customFields.productFlow
                  - { field: attributes.colour, equals: red }
                  - { field: buyer.email, equals: x }
              - name: orders
                kind: order
                filters:
                  - status: [open, bogus]
                  - order-date-within-days: 0
                  - { field: "lines[x].sku", equals: x }
                  - { field: shippingAdress.country, equals: NL }
                  - { field: notes, matches: "(" }
                  - { field: notes }
                  - { field: notes, equals: a, not-equals: b }
                  - stauts: open
                  - "just text"
            """
        let issues = ConfigLoader.check(yaml: yaml).issues
        #expect(issues.map { "\($0.code) \($0.line)" } == [
            "RULE-112 5", "RULE-113 8", "CONFIG-010 12", "RULE-117 13", "RULE-114 14", "RULE-113 15", "RULE-115 16",
            "RULE-116 17", "RULE-116 18", "RULE-111 19", "CONFIG-004 20",
        ])
        #expect(issues[5].error.arguments["suggestion"] == "shippingAddress.country")
    }
}
