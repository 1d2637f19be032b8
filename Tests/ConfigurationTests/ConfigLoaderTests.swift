import Diagnostics
import Foundation
import Formats
import Testing
@testable import Configuration

/// The example from docs/configuration.md, with every key set.
let fullExample = """
language: nl
on-failure: "/usr/local/bin/notify-ferry"
poll-interval: 7.5
flows:
  - name: orders
    enabled: false
    kind: order
    source: canonical
    format: csv
    inbox: drops/orders
    all-or-nothing: true
    csv: { delimiter: tab, encoding: windows-1252 }
    numbers: { decimal: ",", thousands: "." }
    pickup:
      include: ["*.csv", "*.txt"]
      exclude: ["*.bak"]
      settle: 500ms
      marker: [".done", ".ok"]
    targets:
      - name: erp
        system: canonical
        format: csv
        outbox: /srv/erp/in
        mode: "0640"
        per-input-file: true
        delimiter: "|"
      - name: shop
        format: xml
        mode: 0600
"""

@Suite struct ConfigLoaderTests {
    @Test func fullExampleParsesIntoTheExpectedValues() throws {
        let result = ConfigLoader.check(yaml: fullExample)
        #expect(result.issues == [])
        let config = try #require(result.config)
        #expect(config.language == .nl)
        #expect(config.onFailure == "/usr/local/bin/notify-ferry")
        #expect(config.pollInterval == 7.5)
        #expect(config.origin == "ferry.yml")
        let flow = try #require(config.flows.first)
        #expect(config.flows.count == 1)
        #expect(flow.name == "orders")
        #expect(flow.line == 5)
        #expect(flow.enabled == false)
        #expect(flow.kind == "order")
        #expect(flow.source == "canonical")
        #expect(flow.format == .csv)
        #expect(flow.inbox == "drops/orders")
        #expect(flow.allOrNothing)
        #expect(flow.csv == CSVDialect(delimiter: "\t", encoding: .windows1252))
        #expect(flow.numberFormat == NumberFormat(decimalSeparator: ",", groupingSeparator: "."))
        #expect(flow.pickup == PickupConfig(
            include: ["*.csv", "*.txt"], exclude: ["*.bak"], settleSeconds: 0.5, markerSuffixes: [".done", ".ok"]))
        #expect(flow.pickup.markerMode)
        #expect(flow.targets == [
            TargetConfig(name: "erp", system: "canonical", format: .csv, outbox: "/srv/erp/in", fileMode: 0o640,
                         perInputFile: true, delimiter: "|", line: 20),
            TargetConfig(name: "shop", format: .xml, outbox: "outbox/orders/shop", fileMode: 0o600, line: 27),
        ])
    }

    @Test func defaultsAreAppliedToOmittedKeys() throws {
        let yaml = """
        flows:
          - name: stock
            kind: stock
            targets:
              - name: stock-out
                format: json
        """
        let config = try #require(ConfigLoader.check(yaml: yaml).config)
        #expect(config.language == .en)
        #expect(config.onFailure == nil)
        #expect(config.pollInterval == 5)
        let flow = try #require(config.flow(named: "stock"))
        #expect(flow == FlowConfig(
            name: "stock", enabled: true, kind: "stock", source: "canonical", format: nil, inbox: "inbox/stock",
            targets: [TargetConfig(name: "stock-out", system: "canonical", format: .json,
                                   outbox: "outbox/stock/stock-out", fileMode: 0o666, perInputFile: false,
                                   delimiter: ";", line: 5)],
            pickup: PickupConfig(include: ["*"], exclude: [], settleSeconds: 2, markerSuffixes: []),
            csv: CSVDialect(delimiter: nil, encoding: nil), numberFormat: .point, allOrNothing: false, line: 2))
    }

    @Test(arguments: [
        ("2", 2.0), ("0", 0), ("1.5", 1.5), ("\"2s\"", 2), ("500ms", 0.5), ("1m", 60), ("'3 s'", 3),
    ])
    func settleAcceptsSecondsAndUnits(written: String, seconds: Double) throws {
        let yaml = "flows:\n  - name: a\n    kind: order\n    pickup:\n      settle: \(written)\n"
        let config = try #require(ConfigLoader.check(yaml: yaml).config)
        #expect(config.flows.first?.pickup.settleSeconds == seconds)
    }

    @Test func markerAcceptsASingleString() throws {
        let yaml = "flows:\n  - name: a\n    kind: order\n    pickup: { marker: .ready }\n"
        let config = try #require(ConfigLoader.check(yaml: yaml).config)
        #expect(config.flows.first?.pickup.markerSuffixes == [".ready"])
    }

    @Test func knownSystemsAndKindsCanBeExtended() throws {
        let yaml = "flows:\n  - name: a\n    kind: invoice\n    source: shopify\n"
        #expect(ConfigLoader.check(yaml: yaml).config == nil)
        let result = ConfigLoader.check(yaml: yaml, knownSystems: ["canonical", "shopify"], knownKinds: ["invoice"])
        #expect(result.issues == [])
        #expect(result.config?.flows.first?.source == "shopify")
    }

    @Test func builtInDefaultHasFourFlowsInOrder() throws {
        #expect(ConfigLoader.defaultText() != nil, "Default.yml must be found in the resource bundle")
        let config = ConfigLoader.builtIn()
        #expect(config.flows.map(\.name) == ["articles", "stock", "orders", "shipments"])
        #expect(config.flows.map(\.kind) == ["article", "stock", "order", "shipment"])
        #expect(config.flows.map { $0.targets.map(\.name) } ==
            [["articles-json"], ["stock-json"], ["orders-json", "orders-xml"], ["shipments-json"]])
        #expect(config.flows[2].targets.map(\.format) == [.json, .xml])
        #expect(config.flows.allSatisfy { $0.source == "canonical" && $0.format == nil && $0.pickup.settleSeconds == 2 })
        #expect(config.flows[2].inbox == "inbox/orders")
        #expect(config.flows[2].targets[1].outbox == "outbox/orders/orders-xml")
        #expect(config.origin == "(built-in default)")
    }

    @Test func defaultFileAndCodeFallbackAgree() {
        #expect(ConfigLoader.builtIn() == FerryConfig.standard)
    }

    @Test func loadWithoutFileReturnsTheDefault() throws {
        let root = try temporaryRoot()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try ConfigLoader.load(root: root) == ConfigLoader.builtIn())
    }

    @Test func loadReadsTheFileAndRecordsItsPath() throws {
        let root = try temporaryRoot()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try fullExample.write(toFile: root + "/ferry.yml", atomically: true, encoding: .utf8)
        let config = try ConfigLoader.load(root: root)
        #expect(config.flows.map(\.name) == ["orders"])
        #expect(config.origin == root + "/ferry.yml")
    }

    @Test func loadWithBrokenFileThrowsAllIssues() throws {
        let root = try temporaryRoot()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let yaml = "flows:\n  - name: a\n    kind: parcel\n    format: yaml\n"
        try yaml.write(toFile: root + "/ferry.yml", atomically: true, encoding: .utf8)
        let failure = try #require(throws: ConfigLoadFailure.self) { try ConfigLoader.load(root: root) }
        #expect(failure.issues.map(\.code) == [.configUnknownKind, .configInvalidValue])
        #expect(failure.issues.map(\.line) == [3, 4])
        #expect(failure.path == root + "/ferry.yml")
    }

    @Test func loadWithNonUTF8FileThrowsUnreadable() throws {
        let root = try temporaryRoot()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Data([0x66, 0x6C, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: root + "/ferry.yml"))
        let failure = try #require(throws: ConfigLoadFailure.self) { try ConfigLoader.load(root: root) }
        #expect(failure.issues.map(\.code) == [.configUnreadable])
    }

    private func temporaryRoot() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-config-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
