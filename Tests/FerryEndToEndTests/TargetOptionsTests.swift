import Foundation
import Testing

@Suite struct TargetOptionsTests {
    @Test func perInputFileTargetWritesOneFileWithEveryNewDocument() throws {
        let root = try FerryRoot(config: """
            flows:
              - name: orders
                kind: order
                pickup: { settle: 0 }
                targets:
                  - { name: batch, format: json, per-input-file: true }
                  - { name: single, format: csv }
            """)
        defer { root.remove() }
        try root.drop("nightly-0815.csv", into: "orders", Samples.ordersCSV)
        #expect(try root.ferry(["run"]).status == 0)
        let batch = root.outbox("orders", "batch")
        #expect(batch == ["outbox/orders/batch/nightly-0815.json"])
        let payload = try JSONSerialization.jsonObject(with: Data(contentsOf: root.url(try #require(batch.first))))
        let orders = try #require(payload as? [[String: Any]])
        #expect(orders.compactMap { $0["number"] as? String } == ["SO-2001", "SO-2002"])
        #expect(root.outbox("orders", "single").count == 2)
        let record = try root.statusRecord(for: "nightly-0815.csv")
        #expect(record.documents.allSatisfy { ($0["outputs"] as? [String])?.contains("outbox/orders/batch/nightly-0815.json") == true })

        // The same orders in a later file: nothing new, so no new batch file.
        try root.drop("nightly-0816.csv", into: "orders", Samples.ordersCSV + "\n")
        try root.ferry(["run"])
        #expect(root.outbox("orders", "batch").count == 1)
        #expect(try root.statusRecord(for: "nightly-0816.csv").outcome == "unchanged")
    }

    @Test func onFailureCommandGetsTheStatusRecordPath() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        let marker = root.path + "/notified.txt"
        try root.write("ferry.yml", FerryRoot.fastConfig.replacingOccurrences(of: "flows:", with: "on-failure: 'echo >> \(marker)'\nflows:"))
        try root.drop("broken.xml", into: "orders", Samples.brokenXML)
        try root.drop("fine.json", into: "orders", Samples.orderJSON(number: "SO-9001", lines: [("A", "1", "1")]))
        #expect(try root.ferry(["run"]).status == 1)
        let notified = try String(contentsOfFile: marker, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(notified.count == 1)
        #expect(notified.first?.hasSuffix("/broken.xml.status.json") == true)
        #expect(FileManager.default.fileExists(atPath: try #require(notified.first)))
    }

    @Test func targetModeIsAppliedToOutboxFiles() throws {
        let root = try FerryRoot(config: """
            flows:
              - name: orders
                kind: order
                pickup: { settle: 0 }
                targets:
                  - { name: erp, format: xml, mode: "0640" }
            """)
        defer { root.remove() }
        try root.drop("o.json", into: "orders", Samples.orderJSON(number: "SO-9101", lines: [("A", "1", "1")]))
        try root.ferry(["run"])
        let file = try #require(root.outbox("orders", "erp").first)
        let mode = try FileManager.default.attributesOfItem(atPath: root.path + "/" + file)[.posixPermissions] as? Int
        #expect(mode == 0o640)
    }
}
