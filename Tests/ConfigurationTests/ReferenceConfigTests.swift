import Diagnostics
import Foundation
import Rules
import Testing
@testable import Configuration

@Suite struct ReferenceConfigTests {
    func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-ref-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: path + "/reference", withIntermediateDirectories: true)
        return path
    }

    static let flows = """
        flows:
          - name: orders
            kind: order
        """

    @Test func inlineTablesParseIntoTypedRows() throws {
        let yaml = """
            reference:
              vat-rates:
                - { code: H, rate: 21, inclusive: true, description: hoog }
                - { code: L, rate: "5,5" }
              warehouses:
                - code: MAIN
                  name: Magazijn
                  company: Ferry BV
                  street: Kerkstraat
                  house-number: 12
                  addition: A
                  postal-code: 1234 AB
                  city: Utrecht
                  country: nl
                  phone: "+31 30 123 4567"
                  email: magazijn@ferry.example
                  default: true
              price-categories:
                - { code: RETAIL, name: Retail }
              default-debtor: "10001"
              partners:
                - { name: acme, active: no, gln: "8712345000004", email: orders@acme.example }
            \(Self.flows)
            """
        let result = ConfigLoader.check(yaml: yaml)
        #expect(result.issues == [])
        let reference = try #require(result.config?.reference)
        #expect(reference.vatRates == [
            VATRate(code: "H", rate: 21, inclusive: true, description: "hoog"),
            VATRate(code: "L", rate: Decimal(string: "5.5") ?? 0, inclusive: false),
        ])
        let warehouse = try #require(reference.warehouse(code: "main"))
        #expect(warehouse.isDefault)
        #expect(warehouse.sender.houseNumber == "12")
        #expect(warehouse.sender.houseNumberAddition == "A")
        #expect(warehouse.sender.country == "NL")
        #expect(warehouse.sender.companyName == "Ferry BV")
        #expect(warehouse.email == "magazijn@ferry.example")
        #expect(reference.priceCategory(code: "retail")?.name == "Retail")
        #expect(reference.defaultDebtor == "10001")
        #expect(reference.partners == [
            Partner(name: "acme", active: false, email: "orders@acme.example", identifiers: ["GLN": "8712345000004"]),
        ])
        #expect(reference.configured == Set(ReferenceData.Table.allCases))
    }

    @Test func inlineMistakesAreReportedAtTheirLine() {
        let yaml = """
            reference:
              vat-rates:
                - { code: H, rate: 21 }
                - { code: h, rate: 9 }
                - { code: X, rate: 120, inclusive: perhaps }
                - { rate: 6, colour: red }
              warehouses:
                - { code: A, default: true, country: NLD }
                - { code: B, default: yes }
              partners: { name: acme }
            \(Self.flows)
            """
        let issues = ConfigLoader.check(yaml: yaml).issues
        let found = issues.map { "\($0.code) \($0.line) \($0.field ?? "")" }
        #expect(found == [
            "REF-007 4 reference.vat-rates[1].code",
            "REF-005 5 reference.vat-rates[2].rate",
            "REF-006 5 reference.vat-rates[2].inclusive",
            "REF-004 6 reference.vat-rates[3].code",
            "CONFIG-008 6 reference.vat-rates[3].colour",
            "REF-008 8 reference.warehouses[0].country",
            "REF-009 9 reference.warehouses[1].default",
            "REF-010 10 reference.partners",
        ])
    }

    @Test func aCSVFileIsReadAgainstTheRootAndItsRowsChecked() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "Code;Rate;Inclusive\nH;21;ja\nL;9,0;nee\n".write(toFile: root + "/reference/vat-rates.csv", atomically: true, encoding: .utf8)
        let yaml = "reference:\n  vat-rates: { file: reference/vat-rates.csv }\n" + Self.flows
        let result = ConfigLoader.check(yaml: yaml, root: root)
        #expect(result.issues == [])
        #expect(result.config?.reference.vatRates.map(\.rate) == [21, 9])
        #expect(result.config?.reference.vatRate(code: "H")?.inclusive == true)
        // Without a root the file is configured but not read.
        let unread = ConfigLoader.check(yaml: yaml)
        #expect(unread.issues == [])
        #expect(unread.config?.reference.configured.contains(.vatRates) == true)
        #expect(unread.config?.reference.vatRates.isEmpty == true)
    }

    @Test func badCSVRowsAreLocatedAtFileLineAndColumn() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "code;rate\nH;21\nL;abc\nH;6\n".write(toFile: root + "/reference/vat-rates.csv", atomically: true, encoding: .utf8)
        try "code;name;colour\n".write(toFile: root + "/reference/categories.csv", atomically: true, encoding: .utf8)
        try "name;active\n\"acme\n".write(toFile: root + "/reference/partners.csv", atomically: true, encoding: .utf8)
        let yaml = """
            reference:
              vat-rates: { file: reference/vat-rates.csv }
              price-categories: { file: reference/categories.csv }
              partners: { file: reference/partners.csv }
              warehouses: { file: reference/missing.csv }
            \(Self.flows)
            """
        let issues = ConfigLoader.check(yaml: yaml, root: root).issues
        let found = issues.map { "\($0.error.location?.file ?? "") \($0.code) \($0.line) \($0.field ?? "")" }
        #expect(found == [
            "ferry.yml REF-001 5 reference.warehouses.file",
            "reference/categories.csv REF-003 1 colour",
            "reference/partners.csv CSV-002 2 name",
            "reference/vat-rates.csv REF-005 3 rate",
            "reference/vat-rates.csv REF-007 4 code",
        ])
        #expect(issues.last?.error.arguments["first"] == "2")
    }

    @Test func aMissingRequiredColumnIsNamed() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "code;inclusive\nH;ja\n".write(toFile: root + "/reference/vat-rates.csv", atomically: true, encoding: .utf8)
        let yaml = "reference:\n  vat-rates: { file: reference/vat-rates.csv }\n" + Self.flows
        let issues = ConfigLoader.check(yaml: yaml, root: root).issues
        #expect(issues.map(\.code) == [.refMissingColumn])
        #expect(issues.first?.error.arguments["column"] == "rate")
    }

    @Test func loadReadsReferenceFilesOfTheRoot() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "code;rate\nH;21\nH;9\n".write(toFile: root + "/reference/vat-rates.csv", atomically: true, encoding: .utf8)
        try ("reference:\n  vat-rates: { file: reference/vat-rates.csv }\n" + Self.flows)
            .write(toFile: root + "/ferry.yml", atomically: true, encoding: .utf8)
        #expect(throws: ConfigLoadFailure.self) { try ConfigLoader.load(root: root) }
    }
}
