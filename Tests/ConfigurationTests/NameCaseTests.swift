import Diagnostics
import Testing
@testable import Configuration

/// Flow and target names become folder names: two that differ only in case would share a
/// folder on a case-insensitive file system, so `ferry check` refuses them at their line.
@Suite struct NameCaseTests {
    @Test func flowsDifferingOnlyInCaseAreRefused() throws {
        let yaml = """
            flows:
              - name: orders
                kind: order
                targets: [{ name: erp, format: json }]
              - name: Orders
                kind: order
                targets: [{ name: shop, format: json }]
            """
        let result = ConfigLoader.check(yaml: yaml)
        #expect(result.config == nil)
        let issue = try #require(result.issues.first { $0.code == .configNamesDifferOnlyInCase })
        #expect(issue.line == 5)
        #expect(issue.error.arguments["other"] == "orders")
        #expect(issue.error.arguments["first"] == "2")
    }

    @Test func targetsDifferingOnlyInCaseAreRefused() throws {
        let yaml = """
            flows:
              - name: orders
                kind: order
                targets:
                  - { name: erp, format: json }
                  - { name: ERP, format: xml }
            """
        let result = ConfigLoader.check(yaml: yaml)
        let issue = try #require(result.issues.first { $0.code == .configNamesDifferOnlyInCase })
        #expect(issue.line == 6)
        #expect(issue.error.arguments["name"] == "ERP")
    }

    @Test func anExactDuplicateKeepsItsOwnCode() throws {
        let yaml = "flows:\n  - { name: a, kind: order, targets: [{ name: t, format: json }] }\n  - { name: a, kind: order, targets: [{ name: u, format: json }] }\n"
        let result = ConfigLoader.check(yaml: yaml)
        #expect(result.issues.contains { $0.code == .configDuplicateFlow })
        #expect(!result.issues.contains { $0.code == .configNamesDifferOnlyInCase })
    }
}
