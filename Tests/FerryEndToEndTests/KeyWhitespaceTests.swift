import Foundation
import Testing

/// Business keys are trimmed of Unicode whitespace in every reader and layout: an order
/// number sent with a stray space, tab or no-break space is the same order, not a new export.
@Suite struct KeyWhitespaceTests {
    @Test func anOrderNumberWithStrayWhitespaceIsTheSameOrder() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        let variants = ["WS-1", "WS-1 ", " WS-1", "WS-1\t", "WS-1\u{00A0}"]
        for (index, number) in variants.enumerated() {
            let escaped = number.replacingOccurrences(of: "\t", with: "\\t")
            try root.drop("o\(index).json", into: "orders", Samples.orderJSON(number: escaped, lines: [("BIKE-01", "1", "499.00")]))
        }
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(root.outbox("orders", "orders-json") == ["outbox/orders/orders-json/order_canonical_sales_WS-1.json"])
        let outcomes = try (0..<variants.count).map { try root.statusRecord(for: "o\($0).json").documents.first?["outcome"] as? String }
        #expect(outcomes.filter { $0 == "exported" }.count == 1, "\(outcomes)")
        #expect(outcomes.filter { $0 == "already-exported" }.count == 4, "\(outcomes)")
        let payload = try root.jsonObject("outbox/orders/orders-json/order_canonical_sales_WS-1.json")
        #expect(payload["number"] as? String == "WS-1")
    }

    @Test func anSKUThatIsOnlyWhitespaceIsMissing() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        try root.drop("a.json", into: "articles", #"{"sku": " \u00a0 ", "name": "Nothing"}"#)
        #expect(try root.ferry(["run"]).status == 1)
        let error = try #require((try root.statusRecord(for: "a.json").documents.first?["errors"] as? [[String: Any]])?.first)
        #expect(error["code"] as? String == "MAP-003" || (error["message"] as? String)?.contains("sku") == true, "\(error)")
    }
}
