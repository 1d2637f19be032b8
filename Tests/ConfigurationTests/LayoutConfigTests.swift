import Configuration
import Diagnostics
import Testing

/// `maps:`, `layouts:` and `fields:` in ferry.yml: what `ferry check` reports, at which line.
@Suite struct LayoutConfigTests {
    func issues(_ yaml: String) -> [(code: ErrorCode, line: Int)] {
        ConfigLoader.check(yaml: yaml).issues.map { ($0.code, $0.line) }
    }

    let flowUsing = """
        flows:
          - name: shop
            kind: order
            layout: shop-orders
            targets:
              - { name: erp, format: json }
        """

    @Test func aValidLayoutIsResolvedIntoItsFlow() throws {
        let yaml = """
            layouts:
              shop-orders:
                kind: order
                format: json
                groups:
                  lines: $.items[*]
                fields:
                  number: $.id
                  lines.sku: sku
                  lines.quantity: { path: qty, decimal: comma }
            """ + "\n" + flowUsing
        let result = ConfigLoader.check(yaml: yaml)
        #expect(result.issues.isEmpty, "\(result.issues)")
        let flow = try #require(result.config?.flow(named: "shop"))
        #expect(flow.layout?.name == "shop-orders")
        #expect(flow.layout?.fields.map(\.field) == ["number", "lines.sku", "lines.quantity"])
        #expect(flow.layout?.fields.first?.origin.description == "ferry.yml:8")
    }

    @Test func unknownLayoutMapAndWrongDirectionAreReportedWhereWritten() {
        let found = issues("""
            maps:
              status:
                values: { a: open }
            layouts:
              partner:
                direction: target
                kind: order
                format: json
                fields:
                  id: number
                  state: { path: status, map: statuses }
            flows:
              - name: shop
                kind: order
                layout: partner
                targets:
                  - { name: erp, layout: nowhere }
            """)
        #expect(found.contains { $0.code == .configUnknownMap && $0.line == 11 })
        #expect(found.contains { $0.code == .configLayoutMismatch && $0.line == 15 })
        #expect(found.contains { $0.code == .configUnknownLayout && $0.line == 17 })
    }

    @Test func fieldsInAGroupNeedTheGroupAndGroupByIsForCSV() {
        let found = issues("""
            layouts:
              shop-orders:
                kind: order
                format: json
                group-by: id
                fields:
                  number: $.id
                  lines.sku: sku
            """ + "\n" + flowUsing)
        #expect(found.map(\.code) == [.configMappingInvalid, .configMappingInvalid])
        #expect(found.map(\.line) == [5, 8])
    }

    @Test func badPathsAndDatePatternsAreReportedAtTheirLine() {
        let found = issues("""
            layouts:
              shop-orders:
                kind: order
                format: xml
                fields:
                  number: cbc:ID
                  orderDate: { path: Date, date: dd-QQ-yyyy }
                  notes: Note[
            """ + "\n" + flowUsing)
        #expect(found.contains { $0.code == ErrorCode("PATH-007") && $0.line == 6 }, "undeclared prefix cbc")
        #expect(found.contains { $0.code == .mapDatePatternUnsupported && $0.line == 7 })
        #expect(found.contains { $0.code.rawValue.hasPrefix("PATH-") && $0.line == 8 })
    }

    @Test func anOverrideOfAFieldTheModelLacksIsRefused() {
        let found = issues("""
            flows:
              - name: orders
                kind: order
                fields:
                  note: { value: x }
                targets:
                  - name: erp
                    format: json
                    fields:
                      customFields.channel: { value: web }
                      lines.weight: { path: weight, date: yyyy }
                      shipTo: shippingAddress
            """)
        #expect(found.map(\.code) == [.configUnknownCanonicalField, .configTransformTypeMismatch, .configUnknownCanonicalField])
        #expect(found.map(\.line) == [5, 11, 12])
    }

    @Test func readingPatternsMustNameADateAndSettingsMustBeInRange() {
        let found = issues("""
            layouts:
              shop-orders:
                kind: order
                format: csv
                fields:
                  number: Nr
                  orderDate: { column: Datum, date: MM-yyyy }
                  shippingCost: { column: Verzending, round: 12 }
                  status: { column: Status, map: { a: open }, unmapped: default }
            """ + "\n" + flowUsing)
        #expect(found.map(\.code) == [.mapDatePatternIncomplete, .configInvalidValue, .configMappingInvalid])
        #expect(found.map(\.line) == [7, 8, 9])
    }

    @Test func checksBelongToTargetsAndACSVTargetRepeatsOneGroup() {
        let found = issues("""
            layouts:
              shop-orders:
                kind: order
                format: csv
                fields:
                  number: { column: Nr, max-length: 10 }
              flat:
                direction: target
                kind: order
                format: csv
                groups:
                  l: lines
                  d: discounts
                fields:
                  nr: number
                  l.sku: sku
                  d.amount: amount
            """ + "\n" + flowUsing)
        #expect(found.map(\.code) == [.configMappingInvalid, .configMappingInvalid])
        #expect(found.map(\.line) == [6, 11])
    }

    @Test func mapKeysThatDifferOnlyInCaseAreAmbiguous() {
        let found = issues("""
            maps:
              status:
                values:
                  GOED: open
                  goed: processing
            flows:
              - { name: o, kind: order, targets: [{ name: erp, format: json }] }
            """)
        #expect(found.map(\.code) == [.configMappingInvalid])
        #expect(found.map(\.line) == [5])
    }
}
