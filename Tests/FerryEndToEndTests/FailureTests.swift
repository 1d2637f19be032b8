import Foundation
import Testing

/// Malformed input fails its own file only, with a coded, located error in four languages.
@Suite struct FailureTests {
    @Test func malformedFileFailsWhileTheOthersAreExported() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        try root.drop("good.json", into: "orders", Samples.orderJSON(number: "SO-5001", lines: [("BIKE-01", "1", "499.00")]))
        try root.drop("broken.xml", into: "orders", Samples.brokenXML)
        try root.drop("more.csv", into: "orders", Samples.ordersCSV)
        let run = try root.ferry(["run"])
        #expect(run.status == 1)

        #expect(try root.statusRecord(for: "good.json").outcome == "exported")
        #expect(try root.statusRecord(for: "more.csv").outcome == "exported")
        let broken = try root.statusRecord(for: "broken.xml")
        #expect(broken.outcome == "failed")
        let error = try #require((broken["errors"] as? [[String: Any]])?.first)
        #expect((error["code"] as? String)?.hasPrefix("XML-") == true)
        #expect((error["location"] as? String)?.hasPrefix("broken.xml") == true)
        let messages = try #require(error["messages"] as? [String: String])
        #expect(Set(messages.keys) == ["en", "nl", "de", "fr"])
        #expect(Set(messages.values).count == 4, "four distinct translations")
        #expect(!(error["hint"] as? String ?? "").isEmpty)
        // Nothing of the broken file was exported, even its first, well-formed order.
        #expect(!root.outbox("orders", "orders-json").contains { $0.contains("SO-4001") })
        #expect(root.outbox("orders", "orders-json").count == 3)
        #expect(root.files(under: "inbox/orders").isEmpty)
    }

    @Test func documentErrorMakesTheFilePartialWithLocation() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        try root.drop("mixed.csv", into: "orders", Samples.ordersCSVWithBadQuantity)
        #expect(try root.ferry(["run"]).status == 1)
        let record = try root.statusRecord(for: "mixed.csv")
        #expect(record.outcome == "partial")
        let outcomes = record.documents.map { $0["outcome"] as? String }
        #expect(outcomes == ["exported", "failed"])
        let error = try #require((record.documents[1]["errors"] as? [[String: Any]])?.first)
        #expect((error["location"] as? String)?.contains("mixed.csv:3") == true)
        #expect((error["code"] as? String)?.hasPrefix("MAP-") == true)
    }

    @Test func emptyFileFailsWithItsOwnCode() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        try root.drop("empty.csv", into: "orders", "")
        #expect(try root.ferry(["run"]).status == 1)
        let record = try root.statusRecord(for: "empty.csv")
        #expect(record.outcome == "failed")
        #expect((record["errors"] as? [[String: Any]])?.first?["code"] as? String == "INPUT-002")
    }

    @Test func brokenConfigurationExitsTwoWithLineAndFix() throws {
        let root = try FerryRoot(config: """
            flows:
              - name: orders
                kind: order
                pickup:
                  setle: 3
                targets:
                  - { name: erp, format: yaml }
            """)
        defer { root.remove() }
        let check = try root.ferry(["check"])
        #expect(check.status == 2)
        #expect(check.stdout.contains("ferry.yml:5"))
        #expect(check.stdout.contains("settle"))
        #expect(check.stdout.contains("ferry.yml:7"))
        #expect(try root.ferry(["run"]).status == 2)
    }
}
