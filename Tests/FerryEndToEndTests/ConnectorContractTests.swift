import Foundation
import Testing

/// The connector contract as `ferry check` and `ferry mapping show` see it: systems by name,
/// the kinds each reads and writes, documented `options:`, bundled layouts with `fields:` over them.
@Suite struct ConnectorContractTests {
    static func check(_ config: String) throws -> (status: Int32, output: String) {
        let root = try FerryRoot(config: config)
        defer { root.remove() }
        let result = try root.ferry(["check"])
        return (result.status, result.stdout + result.stderr)
    }

    @Test func aSourceThatCannotReadTheKindIsReportedAtItsLine() throws {
        let result = try Self.check("""
            flows:
              - name: parcels
                kind: order
                source: sendcloud
                targets:
                  - { name: out, format: json }
            """)
        #expect(result.status == 2)
        #expect(result.output.contains("ferry.yml:4:"), "\(result.output)")
        #expect(result.output.contains("[CONFIG-060]"))
        #expect(result.output.contains("`sendcloud` reads: shipment"), "\(result.output)")
    }

    @Test func aTargetThatCannotWriteTheKindIsReportedAtItsLine() throws {
        let result = try Self.check("""
            flows:
              - name: stock
                kind: stock
                targets:
                  - name: parcels
                    system: sendcloud
                    format: json
            """)
        #expect(result.status == 2)
        #expect(result.output.contains("ferry.yml:6:"), "\(result.output)")
        #expect(result.output.contains("[CONFIG-061]"))
        #expect(result.output.contains("`sendcloud` writes: order"), "\(result.output)")
    }

    @Test func anUnknownSystemGetsTheClosestName() throws {
        let result = try Self.check("""
            flows:
              - name: orders
                kind: order
                source: exact-onlin
            """)
        #expect(result.status == 2)
        #expect(result.output.contains("ferry.yml:4:"), "\(result.output)")
        #expect(result.output.contains("[CONFIG-020]"))
        #expect(result.output.contains("Did you mean `exact-online`?"), "\(result.output)")
    }

    @Test func theOptionsOfAnUnknownSystemAreNotJudged() throws {
        let result = try Self.check("""
            flows:
              - name: orders
                kind: order
                source: exact-onlin
                options: { order-age-days: 10 }
            """)
        #expect(result.status == 2)
        #expect(result.output.contains("[CONFIG-020]"))
        #expect(!result.output.contains("[CONFIG-062]"), "\(result.output)")
    }

    @Test func optionsAreCheckedPerSystemAtTheirLine() throws {
        let result = try Self.check("""
            flows:
              - name: orders
                kind: order
                source: exact-online
                options:
                  order-age-dayz: 10
                  approval: maybe
                targets:
                  - name: parcels
                    system: sendcloud
                    format: json
                    options:
                      customer-mapping: automatic
                      shipping-method: eight
                      create-label: on-goods-delivery
            """)
        #expect(result.status == 2)
        #expect(result.output.contains("ferry.yml:6:"), "\(result.output)")
        #expect(result.output.contains("[CONFIG-062]"))
        #expect(result.output.contains("Did you mean `order-age-days`?"), "\(result.output)")
        #expect(result.output.contains("ferry.yml:7:"))
        #expect(result.output.contains("`maybe` is not a valid value for the `exact-online` option `approval`"), "\(result.output)")
        #expect(result.output.contains("ferry.yml:13:"))
        #expect(result.output.contains("Expected dynamic | manual."), "\(result.output)")
        #expect(result.output.contains("ferry.yml:14:"))
        #expect(!result.output.contains("ferry.yml:15:"), "a valid option is not reported")
    }

    @Test func theCanonicalSystemHasNoOptions() throws {
        let result = try Self.check("""
            flows:
              - name: orders
                kind: order
                options: { anything: 1 }
            """)
        #expect(result.status == 2)
        #expect(result.output.contains("ferry.yml:4:"), "\(result.output)")
        #expect(result.output.contains("[CONFIG-062]"))
    }

    @Test func theReadmeConfigurationOfExactToSendcloudIsValid() throws {
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "## Integration: ERP (Exact Online) → shipping (Sendcloud)"))
        let rest = readme[section.upperBound...]
        let start = try #require(rest.range(of: "```yaml\n"))
        let end = try #require(rest[start.upperBound...].range(of: "```"))
        let result = try Self.check(String(rest[start.upperBound..<end.lowerBound]))
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("4 flows"), "\(result.output)")
    }

    @Test func mappingShowPrintsTheBundledLayoutWithFieldsOverIt() throws {
        let root = try FerryRoot(config: """
            flows:
              - name: orders
                kind: order
                source: exact-online
                fields:
                  notes: $.Description
                targets:
                  - name: parcels
                    system: sendcloud
                    format: json
                    fields:
                      order_number: customFields.yourRef
            """)
        defer { root.remove() }
        #expect(try root.ferry(["check"]).status == 0)
        let shown = try root.ferry(["mapping", "show", "orders"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("source layout exact-online-sales-order (json) → canonical order"), "\(shown.stdout)")
        let notes = try #require(shown.stdout.split(separator: "\n").first { $0.contains("notes ") })
        #expect(notes.contains("$.Description") && notes.contains("[ferry.yml:6]"), "\(notes)")
        let number = try #require(shown.stdout.split(separator: "\n").first { $0.contains("  number ") })
        #expect(number.contains("$.OrderNumber") && number.contains("[exact-online (built in):"), "\(number)")
        let orderNumber = try #require(shown.stdout.split(separator: "\n").first { $0.contains("order_number") })
        #expect(orderNumber.contains("customFields.yourRef") && orderNumber.contains("[ferry.yml:12]"), "\(orderNumber)")
    }
}
