import Foundation
import Testing

/// `ferry preview FILE --flow FLOW`: a run's conversion, shown, with nothing written.
@Suite struct PreviewTests {
    @Test func previewShowsDocumentsAndPayloadsAndLeavesTheRootUntouched() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        // A file waiting in the inbox, and earlier output in the outbox and archive.
        try root.drop("nightly.csv", into: "orders", Samples.ordersCSV)
        try root.write("outbox/orders/orders-json/older.json", "{}")
        try root.write("archive/orders/2026/01/01/older.csv", "number\n")
        let before = try root.snapshot()

        let result = try root.ferry(["preview", root.path + "/inbox/orders/nightly.csv", "--flow", "orders"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("order canonical/sales/SO-2001 at nightly.csv:2: converted"))
        #expect(result.stdout.contains("outbox/orders/orders-json/order_canonical_sales_SO-2001.json"))
        #expect(result.stdout.contains("outbox/orders/orders-xml/order_canonical_sales_SO-2002.xml"))
        #expect(result.stdout.contains("\"sku\": \"LOCK-02\""))  // canonical document and JSON payload
        #expect(result.stdout.contains("<Sku>CUP-10</Sku>"))  // XML payload

        #expect(try root.snapshot() == before)
        #expect(!FileManager.default.fileExists(atPath: root.path + "/.ferry"))
    }

    @Test func jsonOutputCarriesDocumentsPayloadsAndErrors() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        try root.write("incoming/mixed.csv", Samples.ordersCSVWithBadQuantity)
        let before = try root.snapshot()
        let result = try root.ferry(["preview", root.path + "/incoming/mixed.csv", "--flow", "orders", "--json", "--target", "orders-json"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.map { $0["outcome"] as? String } == ["converted", "failed"])
        let good = try #require(documents.first)
        #expect((good["canonical"] as? [String: Any])?["number"] as? String == "SO-3001")
        let payloads = try #require(good["payloads"] as? [[String: Any]])
        #expect(payloads.map { $0["path"] as? String } == ["outbox/orders/orders-json/order_canonical_sales_SO-3001.json"])
        let text = try #require(payloads.first?["text"] as? String)
        let payload = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(payload["number"] as? String == "SO-3001")
        let errors = try #require(documents.last?["errors"] as? [[String: Any]])
        #expect(errors.map { $0["code"] as? String } == ["MAP-002"])
        #expect(errors.first?["location"] as? String == "mixed.csv:3 field line.quantity")
        #expect((object["summary"] as? [String: Any])?["failed"] as? Int == 1)
        #expect(try root.snapshot() == before)
    }

    @Test func brokenFileShowsItsLocatedErrorInTheChosenLanguage() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        try root.write("broken.xml", Samples.brokenXML)
        var messages: [String] = []
        for language in ["en", "nl"] {
            let result = try root.ferry(["preview", root.path + "/broken.xml", "--flow", "orders", "--json", "--lang", language])
            #expect(result.status == 1)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let errors = try #require(object["fileErrors"] as? [[String: Any]])
            let error = try #require(errors.first)
            #expect((error["code"] as? String)?.hasPrefix("XML-") == true)
            #expect((error["location"] as? String)?.hasPrefix("broken.xml:") == true)
            messages.append(error["message"] as? String ?? "")
            #expect((object["summary"] as? [String: Any])?["fileFailed"] as? Bool == true)
        }
        #expect(messages[0] != messages[1])
        let text = try root.ferry(["preview", root.path + "/broken.xml", "--flow", "orders"])
        #expect(text.status == 1)
        #expect(text.stdout.contains("[XML-"))
        #expect(!FileManager.default.fileExists(atPath: root.path + "/.ferry"))
    }

    @Test func perInputFileTargetShowsTheOneFileARunWouldWrite() throws {
        let root = try FerryRoot(config: """
            flows:
              - name: orders
                kind: order
                targets:
                  - { name: batch, format: json, per-input-file: true }
            """)
        defer { root.remove() }
        try root.write("nightly-0815.csv", Samples.ordersCSV)
        let result = try root.ferry(["preview", root.path + "/nightly-0815.csv", "--flow", "orders", "--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let shared = try #require(object["filePayloads"] as? [[String: Any]])
        #expect(shared.map { $0["path"] as? String } == ["outbox/orders/batch/nightly-0815.json"])
        #expect(shared.first?["keys"] as? [String] == ["canonical/sales/SO-2001", "canonical/sales/SO-2002"])
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.allSatisfy { ($0["payloads"] as? [Any])?.isEmpty == true })
    }

    @Test func usageAndConfigurationMistakesHaveTheirExitCodes() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        try root.write("o.csv", Samples.ordersCSV)
        #expect(try root.ferry(["preview", root.path + "/o.csv", "--flow", "nope"]).status == 64)
        #expect(try root.ferry(["preview", root.path + "/missing.csv", "--flow", "orders"]).status == 64)
        #expect(try root.ferry(["preview", root.path + "/o.csv", "--flow", "orders", "--target", "nope"]).status == 64)
        #expect(try root.ferry(["preview", root.path + "/o.csv", "--flow", "orders", "--lang", "xx"]).status == 64)
        try root.write("ferry.yml", "flows:\n  - name: orders\n    kind: nonsense\n")
        #expect(try root.ferry(["preview", root.path + "/o.csv", "--flow", "orders"]).status == 2)
    }
}
