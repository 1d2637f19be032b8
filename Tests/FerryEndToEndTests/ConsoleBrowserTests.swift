import Foundation
import Testing

/// The console in a real browser (headless Chromium through WebDriver,
/// scripts/console-browser-check.py): an operator's round from a failure to its export.
/// Screenshots go to `FERRY_SCREENSHOTS` (kept), else to a temporary folder (removed), never into the repository.
@Suite struct ConsoleBrowserTests {
    static let browserInstalled: Bool = {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
            && (try? ConsoleOpenAPITests.python(["-c", "import selenium"]).status) == 0
    }()

    static let config = """
        flows:
          - name: articles
            kind: article
            pickup: { settle: 0 }
            targets:
              - { name: articles-json, format: json }
          - name: orders
            kind: order
            pickup: { settle: 0 }
            rules:
              - article-exists
            targets:
              - { name: erp, format: json }
          - name: shop
            kind: order
            pickup: { settle: 0 }
            targets:
              - { name: shop-erp, format: json }
        """

    @Test(.enabled(if: browserInstalled, "needs Debian's chromium and chromium-driver and python3 selenium"))
    func anOperatorFixesAFailureAcknowledgesAnAmendmentAndFollowsAKey() throws {
        let root = try FerryRoot(config: Self.config)
        defer { root.remove() }
        try root.drop("o.json", into: "orders", """
            {"number": "SO-8001", "orderDate": "2026-11-20", "buyer": {"email": "anouk@korenbloem.nl"},
             "lines": [{"sku": "BIKE-01", "quantity": 1, "unitPriceExclVat": 499.00}]}
            """)
        #expect(try root.ferry(["run"]).status == 1)
        try root.drop("first.json", into: "shop", Samples.orderJSON(number: "SO-8101", lines: [("CUP-10", "1", "3.50")]))
        try root.ferry(["run"])
        try root.drop("second.json", into: "shop", Samples.orderJSON(number: "SO-8101", lines: [("CUP-10", "4", "3.50")]))
        #expect(try root.ferry(["run"]).status == 5)
        let id = try #require(try root.statusRecord(for: "o.json")["id"] as? Int)
        let serve = try ConsoleServe(root)
        let kept = ProcessInfo.processInfo.environment["FERRY_SCREENSHOTS"]
        let shots = kept ?? FileManager.default.temporaryDirectory.appendingPathComponent("ferry-console-shots-\(UUID().uuidString)").path
        defer { if kept == nil { try? FileManager.default.removeItem(atPath: shots) } }
        let check = try ConsoleOpenAPITests.python([
            ConsoleOpenAPITests.repository + "/scripts/console-browser-check.py", "http://127.0.0.1:\(serve.port)", try FerryRoot.binary,
            root.path, shots, "\(id)", "SO-8101",
        ])
        #expect(check.status == 0, "\(check.output)")
        #expect(try root.statusRecord(for: "o.json").outcome == "exported")
        #expect(root.outbox("orders", "erp").count == 1)
        #expect(!(try root.ferry(["status", "--json"]).stdout.contains("SO-8101")), "the amendment was acknowledged")
        #expect(FileManager.default.fileExists(atPath: shots + "/overview.png"))
    }
}
