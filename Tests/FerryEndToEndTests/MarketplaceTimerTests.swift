import Foundation
import GRDB
import Testing

/// The tracking wait through the real binary (issue 11, docs/connectors/channable.md): a
/// webshop order completed without a track & trace code is `pending`; a code that arrives in
/// time sends the shipment with it, and when the wait ends the shipment goes without one.
/// Exactly one shipment payload per order in every path, across separate processes (each
/// `ferry run` is a restart), kills during the firing, and a clock moved by
/// `FERRY_CLOCK_OFFSET` instead of hours of sleep.
@Suite struct MarketplaceTimerTests {
    static let later = ["FERRY_CLOCK_OFFSET": "4h"]

    /// The completed order of the fixture, without its track & trace code.
    static func completedWithoutCode() throws -> String {
        try MarketplaceEndToEndTests.fixture("woocommerce-order-completed.json")
            .replacingOccurrences(of: "\"_wc_shipment_tracking_items\"", with: "\"_unrelated_items\"")
    }

    /// The same order with its code, fetched later.
    static func completedWithCode() throws -> String {
        try MarketplaceEndToEndTests.fixture("woocommerce-order-completed.json").replacingOccurrences(
            of: "\"date_modified_gmt\": \"2026-12-01T14:02:40\"", with: "\"date_modified_gmt\": \"2026-12-01T14:40:00\"")
    }

    func shipments(_ root: FerryRoot) throws -> [[String: Any]] {
        try root.outbox("webshop-orders", "channable").map {
            try #require(try MarketplaceEndToEndTests.json(root, $0) as? [String: Any])
        }
    }

    func timers(_ root: FerryRoot) throws -> [String] {
        try root.ledger { db in try String.fetchAll(db, sql: "SELECT state FROM timer ORDER BY id") }
    }

    /// Drops the order without a code and runs: pending, one timer, nothing sent.
    func startWaiting(_ root: FerryRoot) throws {
        try root.drop("completed.json", into: "webshop-orders", try Self.completedWithoutCode())
        #expect(try root.ferry(["run"]).status == 0)
        #expect(root.outbox("webshop-orders", "channable").isEmpty)
        let document = try #require(try root.statusRecord(for: "completed.json").documents.first)
        #expect(document["outcome"] as? String == "pending")
        #expect((document["reason"] as? String)?.contains("waits for shipped for channable until") == true)
        #expect(try timers(root) == ["waiting"])
    }

    @Test func aCodeInTimeSendsTheShipmentWithItOnce() throws {
        let root = try FerryRoot(config: MarketplaceEndToEndTests.config)
        defer { root.remove() }
        try startWaiting(root)
        let status = try root.ferry(["status"])
        #expect(status.stdout.contains("woocommerce/sales/5120 → channable: shipped until"), "\(status.stdout)")
        let json = try root.ferry(["status", "--json"])
        #expect(json.stdout.contains("\"timers\""))

        try root.drop("with-code.json", into: "webshop-orders", try Self.completedWithCode())
        #expect(try root.ferry(["run"]).status == 0)
        #expect(try timers(root) == ["cancelled"])
        #expect(try root.ferry(["run"], environment: Self.later).status == 0)
        let sent = try shipments(root)
        #expect(sent.count == 1)
        #expect(sent.first?["tracking_code"] as? String == "3SKAAS0012345678")
        let log = try root.ferry(["log", "--key", "5120"])
        #expect(log.stdout.contains("timer-scheduled") && log.stdout.contains("timer-cancelled"), "\(log.stdout)")
    }

    @Test func whenTheWaitEndsTheShipmentGoesWithoutACodeAndALateCodeSendsNothingMore() throws {
        let root = try FerryRoot(config: MarketplaceEndToEndTests.config)
        defer { root.remove() }
        try startWaiting(root)
        #expect(try root.ferry(["run"], environment: ["FERRY_CLOCK_OFFSET": "2h"]).status == 0)
        #expect(root.outbox("webshop-orders", "channable").isEmpty, "still waiting after two of three hours")
        #expect(try root.ferry(["run"], environment: Self.later).status == 0)
        var sent = try shipments(root)
        #expect(sent.count == 1)
        let code = sent.first?["tracking_code"]
        #expect(code == nil || code is NSNull, "sent without a code")
        #expect(try timers(root) == ["fired"])
        #expect(try MarketplaceEndToEndTests.exports(root) == ["channable woocommerce/sales/5120 shipped done"])

        // The code arrives late: the shipment unit went out already.
        try root.drop("with-code.json", into: "webshop-orders", try Self.completedWithCode())
        #expect(try root.ferry(["run"], environment: Self.later).status == 5)
        sent = try shipments(root)
        #expect(sent.count == 1)
        #expect(try root.statusRecord(for: "with-code.json").documents.first?["outcome"] as? String == "amended-after-export")
        let log = try root.ferry(["log", "--key", "5120"])
        #expect(log.stdout.contains("timer-fired") && log.stdout.contains("timer-export"), "\(log.stdout)")
    }

    @Test(arguments: ["afterTimerClaim", "afterTimerExport", "afterIntentCommit", "afterRename"])
    func aKillDuringTheFiringFiresAgainWithOnePayload(point: String) throws {
        let root = try FerryRoot(config: MarketplaceEndToEndTests.config)
        defer { root.remove() }
        try startWaiting(root)
        let killed = try root.ferry(["run"], environment: Self.later.merging(["FERRY_FAULT": point]) { $1 })
        #expect(killed.status != 0, "the process killed itself at \(point)")
        #expect(try root.ferry(["run"], environment: Self.later).status == 0)
        #expect(try shipments(root).count == 1)
        #expect(try timers(root) == ["fired"])
        #expect(try root.ferry(["run"], environment: Self.later).status == 0)
        #expect(try shipments(root).count == 1)
    }

    @Test func twoProcessesFiringTogetherSendOneShipment() throws {
        let root = try FerryRoot(config: MarketplaceEndToEndTests.config)
        defer { root.remove() }
        try startWaiting(root)
        let first = try root.start(["run"], environment: Self.later, captureOutput: false)
        let second = try root.start(["run"], environment: Self.later, captureOutput: false)
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0 && second.terminationStatus == 0)
        #expect(try shipments(root).count == 1)
        #expect(try timers(root) == ["fired"])
    }
}
