import Foundation
import Testing

/// `ferry test`: sample inputs through the real engine, compared with golden files.
@Suite struct GoldenTestTests {
    static let config = """
        flows:
          - name: articles
            kind: article
            targets:
              - { name: shop, format: json }
          - name: orders
            kind: order
            pickup: { settle: 30, marker: [".done"] }
            targets:
              - { name: erp, format: csv, delimiter: ";" }
              - { name: partner, format: xml }
              - { name: api, format: json }
        """

    /// A root with article and order samples (one order file with a broken line) and no expected files yet.
    static func sampleRoot() throws -> FerryRoot {
        let root = try FerryRoot(config: config)
        try root.write("samples/articles/in/articles.csv", "sku;name;priceExclVat\nBIKE-01;Stadsfiets;412.40\nLOCK-02;Kettingslot;20.62\n")
        try root.write("samples/orders/in/nightly.csv", Samples.ordersCSV)
        try root.write("samples/orders/in/mixed.csv", Samples.ordersCSVWithBadQuantity)
        return root
    }

    /// `TMPDIR` for ferry, to see that its temporary root is gone afterwards.
    static func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-tmp-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func updateWritesGoldenFilesThenADifferenceFailsWithItsFieldPath() throws {
        let root = try Self.sampleRoot()
        defer { root.remove() }
        let temporary = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        let environment = ["TMPDIR": temporary]

        let update = try root.ferry(["test", "--update"], environment: environment)
        #expect(update.status == 0)
        #expect(update.stdout.contains("wrote samples/orders/expected/api/order_canonical_sales_SO-2001.json"))
        #expect(root.files(under: "samples/orders/expected/erp").count == 3)
        #expect(root.files(under: "samples/articles/expected/shop").count == 2)
        let outcomes = try root.read("samples/orders/expected/outcomes.txt")
        #expect(outcomes.contains("mixed.csv: partial; canonical/sales/SO-3002: MAP-002"))
        #expect(outcomes.contains("nightly.csv: exported"))

        let before = try root.snapshot()
        let pass = try root.ferry(["test"], environment: environment)
        #expect(pass.status == 0)
        #expect(pass.stdout.contains("PASS orders"))
        #expect(pass.stdout.contains("PASS articles"))
        #expect(try root.snapshot() == before)  // nothing written in the root: no .ferry, inbox or outbox
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary).isEmpty)

        // An expected value edited: JSON path, XML element path and CSV row and column.
        let json = "samples/orders/expected/api/order_canonical_sales_SO-2001.json"
        try root.write(json, try root.read(json).replacingOccurrences(of: "\"quantity\": 2", with: "\"quantity\": 3"))
        let xml = "samples/orders/expected/partner/order_canonical_sales_SO-2002.xml"
        try root.write(xml, try root.read(xml).replacingOccurrences(of: "<City>Eindhoven</City>", with: "<City>Helmond</City>"))
        let csv = "samples/orders/expected/erp/order_canonical_sales_SO-2001.csv"
        try root.write(csv, try root.read(csv).replacingOccurrences(of: "LOCK-02", with: "LOCK-03"))
        let fail = try root.ferry(["test", "orders"], environment: environment)
        #expect(fail.status == 1)
        #expect(fail.stdout.contains("FAIL orders"))
        #expect(fail.stdout.contains("$.lines[1].quantity: expected 3, got 2"))
        #expect(fail.stdout.contains("/Order/ShippingAddress/City: expected \"Helmond\", got \"Eindhoven\""))
        #expect(fail.stdout.contains("row 2 column line.sku: expected \"LOCK-03\", got \"LOCK-02\""))
        #expect(!fail.stdout.contains("articles"))  // only the flow asked for is compared

        #expect(try root.ferry(["test", "--update"], environment: environment).status == 0)
        #expect(try root.ferry(["test"], environment: environment).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary).isEmpty)
    }

    @Test func aConfigurationChangeFailsUntilTheGoldenFilesAreUpdated() throws {
        let root = try Self.sampleRoot()
        defer { root.remove() }
        #expect(try root.ferry(["test", "--update"]).status == 0)

        // The CSV delimiter changes: the same values, so the diff names the delimiter.
        try root.write("ferry.yml", Self.config.replacingOccurrences(of: "delimiter: \";\"", with: "delimiter: \",\""))
        let delimiter = try root.ferry(["test"])
        #expect(delimiter.status == 1)
        #expect(delimiter.stdout.contains("erp/order_canonical_sales_SO-2001.csv:"))
        #expect(delimiter.stdout.contains("delimiter: expected \";\", got \",\""))

        // A target changes format: its old files are missing, the new ones unexpected.
        try root.write("ferry.yml", Self.config.replacingOccurrences(of: "{ name: partner, format: xml }", with: "{ name: partner, format: json }"))
        let format = try root.ferry(["test"])
        #expect(format.status == 1)
        #expect(format.stdout.contains("partner/order_canonical_sales_SO-2001.xml: missing"))
        #expect(format.stdout.contains("partner/order_canonical_sales_SO-2001.json: unexpected"))

        let update = try root.ferry(["test", "--update"])
        #expect(update.status == 0)
        #expect(update.stdout.contains("removed samples/orders/expected/partner/order_canonical_sales_SO-2001.xml"))
        #expect(try root.ferry(["test"]).status == 0)
    }

    @Test func anOutcomeThatChangesIsADifference() throws {
        let root = try Self.sampleRoot()
        defer { root.remove() }
        #expect(try root.ferry(["test", "--update"]).status == 0)
        let path = "samples/orders/expected/outcomes.txt"
        try root.write(path, try root.read(path).replacingOccurrences(of: "mixed.csv: partial; canonical/sales/SO-3002: MAP-002", with: "mixed.csv: exported"))
        let result = try root.ferry(["test", "orders"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("outcomes.txt:"))
        #expect(result.stdout.contains("mixed.csv: expected \"exported\", got \"partial; canonical/sales/SO-3002: MAP-002\""))
    }

    @Test func unknownFlowOrNoSamplesIsAUsageError() throws {
        let root = try Self.sampleRoot()
        defer { root.remove() }
        #expect(try root.ferry(["test", "nope"]).status == 64)
        let empty = try FerryRoot()
        defer { empty.remove() }
        #expect(try empty.ferry(["test"]).status == 64)
        #expect(try empty.ferry(["test", "orders"]).status == 64)
        try empty.write("ferry.yml", "flows: [")
        #expect(try empty.ferry(["test"]).status == 2)
    }

    /// The samples bundled in the repository pass against the built-in configuration.
    @Test func bundledSamplesPass() throws {
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try FerryRoot.binary)
        process.arguments = ["test", "--root", package.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        for flow in ["articles", "stock", "orders", "shipments"] { #expect(text.contains("PASS \(flow)")) }
    }
}
