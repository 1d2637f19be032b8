import Foundation
import GRDB
import Testing

/// Silence alerts (issue 14): a flow that expects a file every day by 06:00 (Amsterdam) and
/// gets none is reported missing exactly once per window — by `status`, the console,
/// `/metrics` and `on-failure` — across restarts, until a late file clears it. The clock is
/// the test hook `FERRY_NOW` (each `ferry` process starts at that instant).
@Suite struct SilenceAlertTests {
    static let config = """
        on-failure: ./alert.sh
        flows:
          - name: orders
            kind: order
            pickup: { settle: 0 }
            expect: { every: day, by: "06:00", time-zone: Europe/Amsterdam }
            targets:
              - { name: erp, format: json }
        """

    static func root() throws -> FerryRoot {
        let root = try FerryRoot(config: config)
        // Appends each alert file it is given to alerts.log, one JSON object per line.
        try HookTests.script(root, "alert.sh", #"tr -d '\n' < "$1" >> alerts.log; echo >> alerts.log"#)
        return root
    }

    static func alerts(_ root: FerryRoot) throws -> [[String: Any]] {
        guard FileManager.default.fileExists(atPath: root.path + "/alerts.log") else { return [] }
        return try root.read("alerts.log").split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    static func missing(_ root: FerryRoot, at now: String) throws -> [[String: Any]] {
        let result = try root.ferry(["status", "--json"], environment: ["FERRY_NOW": now])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let flows = try #require(object["flows"] as? [[String: Any]])
        return try #require(flows.first?["missing"] as? [[String: Any]])
    }

    @Test func aMissedWindowAlertsOnceAcrossRestartsAndALateFileClearsIt() throws {
        let root = try Self.root()
        defer { root.remove() }
        // 5 January, 13:00 in Amsterdam: a file arrives; the expectation is watched from now on.
        try root.drop("monday.json", into: "orders", Samples.orderJSON(number: "SO-1", lines: [("BIKE-01", "1", "499.00")]))
        #expect(try root.ferry(["run"], environment: ["FERRY_NOW": "2026-01-05T12:00:00Z"]).status == 0)
        // 6 January 13:00: the window 5 → 6 January had its file; nothing is missing.
        #expect(try root.ferry(["run"], environment: ["FERRY_NOW": "2026-01-06T12:00:00Z"]).status == 0)
        #expect(try Self.missing(root, at: "2026-01-06T12:00:00Z").isEmpty)
        #expect(try Self.alerts(root).isEmpty)

        // 7 January 06:30 in Amsterdam: no file since the 6 January deadline. Ferry was not
        // running at 06:00; the first process after it reports the window.
        let first = try root.ferry(["run"], environment: ["FERRY_NOW": "2026-01-07T05:30:00Z"])
        #expect(first.status == 0, "a missing flow does not change the run's exit code: \(first.stderr)")
        let alerts = try Self.alerts(root)
        #expect(alerts.count == 1)
        let alert = try #require(alerts.first)
        #expect(alert["alert"] as? String == "missing")
        #expect(alert["flow"] as? String == "orders")
        #expect(alert["windowEnd"] as? String == "2026-01-07T05:00:00Z")
        #expect(alert["windowStart"] as? String == "2026-01-06T05:00:00Z")
        #expect(alert["expected"] as? String == "every day by 06:00 Europe/Amsterdam")
        #expect((alert["lastFileAt"] as? String)?.hasPrefix("2026-01-05T12:00") == true)

        // Restarts (and a watch pass) neither repeat nor lose it.
        #expect(try root.ferry(["run"], environment: ["FERRY_NOW": "2026-01-07T06:00:00Z"]).status == 0)
        #expect(try root.ferry(["run"], environment: ["FERRY_NOW": "2026-01-07T07:00:00Z"]).status == 0)
        #expect(try Self.alerts(root).count == 1)
        let missing = try Self.missing(root, at: "2026-01-07T07:00:00Z")
        #expect(missing.count == 1)
        #expect(missing.first?["windowEnd"] as? String == "2026-01-07T05:00:00Z")
        #expect(missing.first?["detectedAt"] != nil)
        let text = try root.ferry(["status"], environment: ["FERRY_NOW": "2026-01-07T07:00:00Z"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("missing: no file in the window that ended"), "\(text.stdout)")
        let logged = try root.ledger { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM activity WHERE action = 'missing' AND flow = 'orders'") ?? 0
        }
        #expect(logged == 1)

        // 10:00: the late file arrives and clears it; no new alert.
        try root.drop("late.json", into: "orders", Samples.orderJSON(number: "SO-2", lines: [("BIKE-01", "1", "499.00")]))
        #expect(try root.ferry(["run"], environment: ["FERRY_NOW": "2026-01-07T09:00:00Z"]).status == 0)
        #expect(try Self.missing(root, at: "2026-01-07T09:00:00Z").isEmpty)
        #expect(try Self.alerts(root).count == 1)
        // The late file is the file of the window 7 → 8 January too.
        #expect(try root.ferry(["run"], environment: ["FERRY_NOW": "2026-01-08T05:30:00Z"]).status == 0)
        #expect(try Self.alerts(root).count == 1)
        // 9 January: the next empty window is a new alert.
        #expect(try root.ferry(["run"], environment: ["FERRY_NOW": "2026-01-09T05:30:00Z"]).status == 0)
        #expect(try Self.alerts(root).map { $0["windowEnd"] as? String } == ["2026-01-07T05:00:00Z", "2026-01-09T05:00:00Z"])
    }

    @Test func statusShowsAMissedWindowBeforeAnyProcessRecordedIt() throws {
        let root = try Self.root()
        defer { root.remove() }
        #expect(try root.ferry(["run"], environment: ["FERRY_NOW": "2026-01-05T12:00:00Z"]).status == 0)
        let missing = try Self.missing(root, at: "2026-01-06T08:00:00Z")
        #expect(missing.count == 1)
        #expect(missing.first?["detectedAt"] == nil)
        #expect(missing.first?["lastFileAt"] == nil)
        #expect(try Self.alerts(root).isEmpty, "status only reads")
    }

    @Test func serveEvaluatesAndShowsItOnTheOverviewAndInMetrics() throws {
        let root = try Self.root()
        defer { root.remove() }
        #expect(try root.ferry(["run"], environment: ["FERRY_NOW": "2026-01-05T12:00:00Z"]).status == 0)
        let console = try ConsoleServe(root, environment: ["FERRY_NOW": "2026-01-06T08:00:00Z"])
        let deadline = Date().addingTimeInterval(20)
        while try Self.alerts(root).isEmpty && Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
        #expect(try Self.alerts(root).count == 1, "serve evaluates at start")
        let overview = try console.get("/")
        #expect(overview.body.contains("missing: no file in the window that ended"), "\(overview.body)")
        let metrics = try console.get("/metrics")
        #expect(metrics.body.contains(#"ferry_flow_missing{flow="orders"} 1.0"#), "\(metrics.body)")
    }
}
