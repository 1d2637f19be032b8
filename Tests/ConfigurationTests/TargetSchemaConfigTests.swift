import Diagnostics
import Testing
@testable import Configuration

@Suite struct TargetSchemaConfigTests {
    static func config(format: String) -> String {
        """
        flows:
          - name: orders
            kind: order
            targets:
              - name: partner
                format: \(format)
                schema: schemas/ubl-2.1/maindoc/UBL-Order-2.1.xsd
        """
    }

    @Test func schemaOnAnXMLTargetIsKeptWithItsLine() throws {
        let result = ConfigLoader.check(yaml: Self.config(format: "xml"))
        #expect(result.issues == [])
        let target = try #require(result.config?.flows.first?.targets.first)
        #expect(target.schema == "schemas/ubl-2.1/maindoc/UBL-Order-2.1.xsd")
        #expect(target.schemaLine == 7)
    }

    @Test(arguments: ["json", "csv"])
    func schemaOnAnotherFormatIsRefusedWithItsLine(format: String) throws {
        let result = ConfigLoader.check(yaml: Self.config(format: format))
        #expect(result.config == nil)
        let issue = try #require(result.issues.first)
        #expect(result.issues.count == 1)
        #expect(issue.code == .xmlSchemaNeedsXMLTarget)
        #expect(issue.line == 7)
        #expect(issue.field == "flows[0].targets[0].schema")
        #expect(issue.error.arguments["format"] == format)
    }

    @Test func schemaBesideAMissingFormatReportsOnlyTheMissingFormat() throws {
        let yaml = "flows:\n  - name: orders\n    kind: order\n    targets:\n      - { name: partner, schema: a.xsd }\n"
        let result = ConfigLoader.check(yaml: yaml)
        #expect(result.issues.map(\.code) == [.configMissingKey])
    }
}
