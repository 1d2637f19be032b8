import Configuration
import Diagnostics
import Mapping
import Testing

/// Issue 8, "nothing silent": what `ferry check` now refuses in a layout, at its line,
/// instead of a mapping that yields nothing or fails every document at run time.
@Suite struct LayoutCheckTests {
    func issues(_ yaml: String) -> [ConfigIssue] {
        ConfigLoader.check(yaml: yaml).issues
    }

    let flowUsing = """
        flows:
          - name: shop
            kind: order
            layout: shop-orders
            targets:
              - { name: erp, format: json }
        """

    func layout(_ fields: String, format: String = "json", kind: String = "order", groups: String = "") -> String {
        """
        layouts:
          shop-orders:
            kind: \(kind)
            format: \(format)
        \(groups)
            fields:
        \(fields)
        """ + "\n" + flowUsing.replacingOccurrences(of: "kind: order", with: "kind: \(kind)")
    }

    @Test func columnPositionsCountFromOne() {
        let found = issues(layout("""
                  number: { column: 0 }
                  notes: { column: -5 }
                  sourceStatus: { column: 3 }
            """, format: "csv"))
        #expect(found.map(\.code) == [.configInvalidValue, .configInvalidValue])
        #expect(found.map(\.line) == [7, 8])
    }

    @Test func relativeSelectorsAreAcceptedAndUnreadableOnesRefusedAtTheirLine() {
        let good = issues(layout("""
                  number: $.id
                  lines.sku: sku
                  lines.customFields.color: "meta_data[?(@.key == 'pa_color')].value"
                  lines.customFields.first: "properties[0].value"
                  lines.description: { path: "properties[*].value", join: ", " }
            """, groups: "    groups:\n      lines: $.items[*]"))
        #expect(good.isEmpty, "\(good)")
        let bad = issues(layout("""
                  number: $.id
                  lines.sku: "properties[0"
                  lines.description: "properties[1:2].value"
            """, groups: "    groups:\n      lines: $.items[*]"))
        #expect(bad.map(\.code.rawValue).allSatisfy { $0.hasPrefix("PATH-") }, "\(bad)")
        #expect(bad.map(\.line) == [9, 10])
    }

    @Test func entriesAndKeyValueBelongToDictionaries() {
        let found = issues(layout("""
                  number: $.id
                  lines.sku: { entries: [{ key: "props[*].name", value: "props[*].value" }] }
                  customFields.color: { entries: [{ key: a, value: b }] }
                  notes: { path: $.extra, key-value: true }
                  customFields: { entries: [{ key: "meta[*].key", value: "meta[*].value" }] }
                  lines.customFields: { path: extra, key-value: { pairs: ";", key: ":" } }
            """, groups: "    groups:\n      lines: $.items[*]"))
        #expect(found.map(\.code) == [.configEntriesWrongField, .configEntriesWrongField, .configEntriesWrongField])
        #expect(found.map(\.line) == [9, 10, 11])
        #expect(found.first?.error.message(in: .en) == "`entries:` builds named values, but lines.sku holds text")
    }

    @Test func valueMapOutputsMustBeValuesOfTheCodedField() throws {
        let yaml = """
            maps:
              states:
                values: { Goedgekeurd: approved, Open: OPEN, Verzonden: shipped, Weg: gone }
            layouts:
              shop-orders:
                kind: order
                format: json
                fields:
                  number: $.id
                  status: { path: $.state, map: states }
                  approval: { path: $.state, map: { ja: approved, nee: rejected } }
                  orderKind: { path: $.kind, default: sale }
                  sourceStatus: { path: $.state, map: states }
            """ + "\n" + flowUsing
        let found = issues(yaml)
        #expect(found.map(\.code) == [.mapInvalidEnumValue, .mapInvalidEnumValue, .mapInvalidEnumValue])
        #expect(found.map(\.line) == [10, 10, 12])
        let approved = try #require(found.first).error
        #expect(approved.arguments["value"] == "approved")
        #expect(approved.hint(in: .en) == "\"approved\" is a value of approval: write it there. status takes one of: "
            + "open, processing, placed, shipped, completed, cancelled.")
        #expect(approved.hint(in: .nl).contains("approval"))
        #expect(found[1].error.arguments["value"] == "gone")
        #expect(found[1].error.hint(in: .en) == "Use one of: open, processing, placed, shipped, completed, cancelled.")
    }

    @Test func arithmeticAndDecimalsOnCustomFieldsAreAccepted() throws {
        let yaml = layout("""
                  number: $.id
                  lines.quantity: qty
                  lines.vatRate: { path: tax, multiply: 100 }
                  lines.unitPriceExclVat: { path: total, divide: qty, round: 2 }
                  lines.customFields.weight: { path: weight, decimal: comma, multiply: "0.001" }
                  lines.customFields.size: { path: size, round: 1 }
            """, groups: "    groups:\n      lines: $.items[*]")
        let result = ConfigLoader.check(yaml: yaml)
        #expect(result.issues.isEmpty, "\(result.issues)")
        let rules = try #require(result.config?.flow(named: "shop")?.layout?.fields)
        #expect(rules.first { $0.field == "lines.vatRate" }?.value.summary == "tax | multiply by 100")
        #expect(rules.first { $0.field == "lines.unitPriceExclVat" }?.value.summary == "total | divide by qty | round 2")

        let refused = issues(layout("""
                  number: $.id
                  notes: { path: x, multiply: 2 }
                  lines.quantity: { path: qty, divide: 0 }
            """, groups: "    groups:\n      lines: $.items[*]"))
        #expect(refused.map(\.code) == [.configTransformTypeMismatch, .configInvalidValue])
        #expect(refused.map(\.line) == [9, 10])
    }

    @Test func aTargetReadsThroughIndexesAndStillChecksTheFieldNamed() {
        let yaml = """
            layouts:
              partner:
                direction: target
                kind: order
                format: json
                groups:
                  items: lines
                fields:
                  id: number
                  first_id: "buyer.identifiers[0].value"
                  last_id: "buyer.identifiers[-1].valeu"
                  items.total: { path: unitPriceExclVat, multiply: quantity, round: 2 }
            flows:
              - name: shop
                kind: order
                targets:
                  - { name: erp, layout: partner }
            """
        let found = issues(yaml)
        #expect(found.map(\.code) == [.configUnknownCanonicalField], "\(found)")
        #expect(found.map(\.line) == [11])
    }
}
