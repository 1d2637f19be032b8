import GRDB
import Foundation
import Testing

@Suite struct ReprocessTests {
    static func config(decimal: String) -> String {
        """
        flows:
          - name: orders
            kind: order
            numbers: { decimal: "\(decimal)" }
            pickup: { settle: 0 }
            targets:
              - { name: erp, format: json }
        """
    }

    static let commaCSV = """
        number;orderDate;line.sku;line.quantity;line.unitPriceExclVat
        SO-6001;2026-11-21;BIKE-01;1;499,00
        SO-6002;2026-11-21;CUP-10;12;3,50

        """

    @Test func reprocessFailedExportsOnceTheCauseIsFixed() throws {
        let root = try FerryRoot(config: Self.config(decimal: "."))
        defer { root.remove() }
        try root.drop("comma.csv", into: "orders", Self.commaCSV)
        #expect(try root.ferry(["run"]).status == 1)
        #expect(try root.statusRecord(for: "comma.csv").outcome == "failed")
        #expect(root.outbox("orders", "erp").isEmpty)

        try root.write("ferry.yml", Self.config(decimal: ","))
        let again = try root.ferry(["reprocess", "--failed", "--reason", "decimal comma configured"])
        #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
        let record = try root.statusRecord(for: "comma.csv")
        #expect(record.outcome == "exported")
        #expect(record["attempt"] as? Int == 2)
        #expect((record["previousAttempts"] as? [[String: Any]])?.first?["outcome"] as? String == "failed")
        #expect(root.outbox("orders", "erp").count == 2)
        let payload = try root.read(try #require(root.outbox("orders", "erp").first { $0.contains("SO-6001") }))
        #expect(payload.contains("499"))

        // Once exported, the file no longer awaits attention.
        let status = try root.ferry(["status", "--json"])
        #expect(!status.stdout.contains("\"file\" : \"comma.csv\""))
    }

    @Test func reprocessWithoutForceSkipsExportedUnitsAndForceWritesANewName() throws {
        let root = try FerryRoot(config: Self.config(decimal: "."))
        defer { root.remove() }
        try root.drop("o.json", into: "orders", Samples.orderJSON(number: "SO-6101", lines: [("BIKE-01", "1", "499.00")]))
        try root.ferry(["run"])
        let id = try #require(try root.statusRecord(for: "o.json")["id"] as? Int)

        let plain = try root.ferry(["reprocess", "\(id)", "--reason", "check"])
        #expect(plain.status == 0)
        #expect(try root.statusRecord(for: "o.json").documents.first?["outcome"] as? String == "already-exported")
        #expect(root.outbox("orders", "erp").count == 1)

        let forced = try root.ferry(["reprocess", "\(id)", "--force", "--reason", "partner lost the file"])
        #expect(forced.status == 0)
        let payloads = root.outbox("orders", "erp")
        #expect(payloads.count == 2)
        #expect(payloads.contains { $0.hasSuffix("_v2.json") })
        let record = try root.statusRecord(for: "o.json")
        #expect(record["attempt"] as? Int == 3)
        #expect(record.documents.first?["outcome"] as? String == "exported")

        let log = try root.ferry(["log", "--key", "SO-6101"])
        #expect(log.stdout.contains("partner lost the file"))
        #expect(log.stdout.contains("_v2.json"))
    }

    @Test func dryRunWritesNothing() throws {
        let root = try FerryRoot(config: Self.config(decimal: "."))
        defer { root.remove() }
        try root.drop("o.json", into: "orders", Samples.orderJSON(number: "SO-6201", lines: [("BIKE-01", "1", "499.00")]))
        try root.drop("comma.csv", into: "orders", Self.commaCSV)
        try root.ferry(["run"])
        let id = try #require(try root.statusRecord(for: "o.json")["id"] as? Int)
        let before = try fingerprint(root)

        let forced = try root.ferry(["reprocess", "\(id)", "--force", "--dry-run"])
        #expect(forced.status == 0)
        #expect(forced.stdout.contains("would write outbox/orders/erp/"))
        #expect(forced.stdout.contains("_v2.json"))
        #expect(forced.stdout.contains("identical to"))
        let failed = try root.ferry(["reprocess", "--failed", "--dry-run"])
        #expect(failed.stdout.contains("failed"))

        #expect(try fingerprint(root) == before)
    }

    /// Every file under the root with its bytes, and every ledger row (the ledger's own
    /// files change on checkpoints without any row changing, so rows are compared).
    private func fingerprint(_ root: FerryRoot) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for file in root.files(under: ".") where !file.hasPrefix("./.ferry/") {
            result[file] = try Data(contentsOf: root.url(file))
        }
        try root.ledger { db in
            for table in ["sighting", "file", "attempt", "document", "export", "activity", "run"] {
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid").map(\.description)
                result["ledger:" + table] = Data(rows.joined(separator: "\n").utf8)
            }
        }
        return result
    }
}
