import Foundation
import GRDB
import Testing

/// Reference data, rules and filters through the real binary: the catalog filled by an
/// article flow, rule failures recorded and fixed by reprocessing, filtered documents explained.
@Suite struct RulesEndToEndTests {
    static func config(rules: String = "", filters: String = "", reference: String = "", allOrNothing: Bool = false) -> String {
        """
        \(reference)
        flows:
          - name: articles
            kind: article
            pickup: { settle: 0 }
            targets:
              - { name: articles-json, format: json }
          - name: orders
            kind: order
            all-or-nothing: \(allOrNothing)
            pickup: { settle: 0 }
            filters: \(filters.isEmpty ? "[]" : "\n" + filters)
            rules: \(rules.isEmpty ? "[]" : "\n" + rules)
            targets:
              - { name: erp, format: json }
        """
    }

    static func order(_ number: String, status: String = "open", date: String = "2026-11-20", lines: [(sku: String, vat: String?)]) -> String {
        let items = lines.map { line in
            "{\"sku\": \"\(line.sku)\", \"quantity\": 1" + (line.vat.map { ", \"vatCode\": \"\($0)\"" } ?? "") + "}"
        }
        return """
            {"number": "\(number)", "status": "\(status)", "orderDate": "\(date)",
             "buyer": {"email": "anouk@korenbloem.nl"}, "lines": [\(items.joined(separator: ", "))]}
            """
    }

    static func day(_ daysAgo: Int) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: Date().addingTimeInterval(-Double(daysAgo) * 86_400))
    }

    @Test func anOrderWithUnknownArticlesFailsUntilTheArticlesArrive() throws {
        let root = try FerryRoot(config: Self.config(rules: "      - article-exists"))
        defer { root.remove() }
        try root.drop("o.json", into: "orders", Self.order("SO-7001", lines: [("BIKE-01", nil), ("CUP-10", nil), ("BIKE-01", nil)]))
        #expect(try root.ferry(["run"]).status == 1)
        let failed = try root.statusRecord(for: "o.json")
        #expect(failed.outcome == "failed")
        let error = try #require((failed.documents.first?["errors"] as? [[String: Any]])?.first)
        #expect(error["code"] as? String == "RULE-001")
        #expect(error["message"] as? String == "the following article(s) could not be found in the article catalog: BIKE-01, CUP-10")
        #expect(error["location"] as? String == "o.json:1 record 1 field lines[0].sku")
        #expect((error["messages"] as? [String: String])?["de"]?.contains("BIKE-01, CUP-10") == true)
        #expect(root.outbox("orders", "erp").isEmpty)
        let status = try root.ferry(["status"])
        #expect(status.stdout.contains("failed  #1 o.json"), "\(status.stdout)")

        try root.drop("a.csv", into: "articles", "sku;gtin;name\nBIKE-01;8712345000011;Bike\nCUP-10;;Cup\n")
        #expect(try root.ferry(["run"]).status == 0)
        #expect(try root.ledger { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM catalogArticle") } == 2)

        let again = try root.ferry(["reprocess", "--failed", "--reason", "articles arrived"])
        #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
        #expect(try root.statusRecord(for: "o.json").outcome == "exported")
        #expect(root.outbox("orders", "erp").count == 1)
        let buyers = try root.ledger { db in
            try Row.fetchAll(db, sql: "SELECT p.emailKey, t.target FROM party p JOIN partyTarget t ON t.partyId = p.id")
                .map { "\($0["emailKey"] as String? ?? "") \($0["target"] as String? ?? "")" }
        }
        #expect(buyers == ["anouk@korenbloem.nl erp"])
    }

    @Test func aFailedArticleStaysOutOfTheCatalog() throws {
        let root = try FerryRoot(config: Self.config(rules: "      - article-exists"))
        defer { root.remove() }
        try root.drop("a.csv", into: "articles", "sku;priceExclVat\nBIKE-01;12.50\nCUP-10;twelve\n")
        #expect(try root.ferry(["run"]).status == 1)
        let skus = try root.ledger { try String.fetchAll($0, sql: "SELECT sku FROM catalogArticle") }
        #expect(skus == ["BIKE-01"])
    }

    @Test func vatRatesComeFromTheReferenceCSVFile() throws {
        let reference = """
            reference:
              vat-rates: { file: reference/vat-rates.csv }
            """
        let root = try FerryRoot(config: Self.config(rules: "      - vat-rate-from-code\n      - vat-inclusive-required", reference: reference))
        defer { root.remove() }
        try root.write("reference/vat-rates.csv", "code;rate;inclusive\nH;21;ja\nL;9,0;nee\n")
        try root.drop("good.json", into: "orders", Self.order("SO-7101", lines: [("BIKE-01", "H")]))
        try root.drop("bad.json", into: "orders", Self.order("SO-7102", lines: [("BIKE-01", "L"), ("CUP-10", "Z")]))
        #expect(try root.ferry(["run"]).status == 1)
        let payload = try root.read(try #require(root.outbox("orders", "erp").first))
        #expect(payload.contains("\"vatRate\": 21"), "\(payload)")
        let errors = try #require(try root.statusRecord(for: "bad.json").documents.first?["errors"] as? [[String: Any]])
        #expect(errors.map { $0["code"] as? String } == ["RULE-004", "RULE-005"])
        #expect(errors.first?["message"] as? String == "for order line 2 (CUP-10), there is no corresponding VAT rate (code: Z)")
        #expect(errors.last?["message"] as? String == "the following VAT rates were found but are not VAT-inclusive: L")
    }

    @Test func aStatusFilterRecordsFilteredWithItsReason() throws {
        let root = try FerryRoot(config: Self.config(filters: "      - status: [open, processing]"))
        defer { root.remove() }
        let orders = "[" + Self.order("SO-7201", lines: [("BIKE-01", nil)]) + ","
            + Self.order("SO-7202", status: "shipped", lines: [("BIKE-01", nil)]) + "]"
        try root.drop("o.json", into: "orders", orders)
        #expect(try root.ferry(["run"]).status == 0)
        let documents = try root.statusRecord(for: "o.json").documents
        #expect(documents.map { $0["outcome"] as? String } == ["exported", "filtered"])
        let reason = "filter status: status is shipped, not one of open, processing"
        #expect(documents.last?["reason"] as? String == reason)
        let status = try root.ferry(["status"])
        #expect(status.stdout.contains("filtered  #1 o.json canonical/sales/SO-7202: " + reason), "\(status.stdout)")
        #expect(root.outbox("orders", "erp").count == 1)
    }

    @Test func anOrderDateFilterKeepsRecentOrdersOnly() throws {
        let root = try FerryRoot(config: Self.config(filters: "      - order-date-within-days: 30"))
        defer { root.remove() }
        let orders = "[" + Self.order("SO-7301", date: Self.day(2), lines: [("BIKE-01", nil)]) + ","
            + Self.order("SO-7302", date: Self.day(60), lines: [("BIKE-01", nil)]) + "]"
        try root.drop("o.json", into: "orders", orders)
        #expect(try root.ferry(["run"]).status == 0)
        let documents = try root.statusRecord(for: "o.json").documents
        #expect(documents.map { $0["outcome"] as? String } == ["exported", "filtered"])
        #expect((documents.last?["reason"] as? String)?.hasPrefix("filter order-date-within-days: ordered \(Self.day(60))") == true)
    }

    @Test func aRuleFailureBlocksAnAllOrNothingFile() throws {
        let root = try FerryRoot(config: Self.config(rules: "      - vat-code-required", allOrNothing: true))
        defer { root.remove() }
        let orders = "[" + Self.order("SO-7401", lines: [("BIKE-01", "H")]) + "," + Self.order("SO-7402", lines: [("BIKE-01", nil)]) + "]"
        try root.drop("o.json", into: "orders", orders)
        #expect(try root.ferry(["run"]).status == 1)
        let documents = try root.statusRecord(for: "o.json").documents
        let codes = documents.map { (($0["errors"] as? [[String: Any]])?.first?["code"] as? String) ?? "" }
        #expect(codes == ["ENGINE-002", "RULE-003"])
        #expect(documents.allSatisfy { $0["outcome"] as? String == "failed" })
        #expect(root.outbox("orders", "erp").isEmpty)
    }

    @Test func checkReportsABadReferenceRowWithFileAndLine() throws {
        let reference = """
            reference:
              vat-rates: { file: reference/vat-rates.csv }
            """
        let root = try FerryRoot(config: Self.config(rules: "      - vat-rate-from-code", reference: reference))
        defer { root.remove() }
        try root.write("reference/vat-rates.csv", "code;rate;inclusive\nH;21;ja\nL;negen;nee\nH;9;nee\n")
        let check = try root.ferry(["check"])
        #expect(check.status == 2)
        #expect(check.stdout.contains("reference/vat-rates.csv:3: [REF-005] `negen` is not a VAT percentage (rate)"), "\(check.stdout)")
        #expect(check.stdout.contains("reference/vat-rates.csv:4: [REF-007]"), "\(check.stdout)")
        // Every command loads the reference files, so a run refuses to start too.
        #expect(try root.ferry(["run"]).status == 2)
    }
}
