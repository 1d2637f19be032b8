import Foundation
import GRDB
import Testing

/// `ferry ledger rebuild` and durable timers (issue 11): the status record keeps each wait as
/// data (`waits`), so a rebuilt ledger waits again, fires once when due, and does not fire a
/// second time a timer whose export the lost ledger had already made.
@Suite struct MarketplaceTimerRebuildTests {
    let timer = MarketplaceTimerTests()

    func loseAndRebuild(_ root: FerryRoot) throws -> String {
        try FileManager.default.removeItem(atPath: root.path + "/.ferry")
        #expect(try root.ferry(["run"]).status == 7)
        let rebuild = try root.ferry(["ledger", "rebuild"])
        #expect(rebuild.status == 0, "\(rebuild.stdout)\(rebuild.stderr)")
        return rebuild.stdout
    }

    @Test func aRebuiltLedgerWaitsAgainAndFiresOnce() throws {
        let root = try FerryRoot(config: MarketplaceEndToEndTests.config)
        defer { root.remove() }
        try timer.startWaiting(root)
        let document = try #require(try root.statusRecord(for: "completed.json").documents.first)
        let waits = try #require(document["waits"] as? [[String: Any]], "\(document)")
        #expect(waits.first?["target"] as? String == "channable")
        #expect(waits.first?["awaiting"] as? String == "shipped")
        #expect(waits.first?["then"] as? [String] == ["shipped"])
        let due = try #require(waits.first?["until"] as? String)

        let rebuilt = try loseAndRebuild(root)
        #expect(rebuilt.contains("1 timer(s) restored"), "\(rebuilt)")
        #expect(try timer.timers(root) == ["waiting"])
        let restoredDue = try root.ledger { db in try String.fetchOne(db, sql: "SELECT strftime('%Y-%m-%dT%H:%M:%SZ', dueAt) FROM timer") }
        #expect(restoredDue == due)
        let status = try root.ferry(["status"])
        #expect(status.stdout.contains("woocommerce/sales/5120 → channable: shipped until"), "\(status.stdout)")

        #expect(try root.ferry(["run"], environment: ["FERRY_CLOCK_OFFSET": "2h"]).status == 0)
        #expect(root.outbox("webshop-orders", "channable").isEmpty, "not yet due")
        #expect(try root.ferry(["run"], environment: MarketplaceTimerTests.later).status == 0)
        let sent = try timer.shipments(root)
        #expect(sent.count == 1)
        let code = sent.first?["tracking_code"]
        #expect(code == nil || code is NSNull)
        #expect(try timer.timers(root) == ["fired"])
        #expect(try MarketplaceEndToEndTests.exports(root) == ["channable woocommerce/sales/5120 shipped done"])
    }

    /// The timer fired before the ledger was lost: its payload copy, which no status record
    /// names, shows it, so the rebuilt ledger has the timer `fired` and the export done.
    @Test func aTimerThatFiredBeforeTheLossIsNotFiredAgain() throws {
        let root = try FerryRoot(config: MarketplaceEndToEndTests.config)
        defer { root.remove() }
        try timer.startWaiting(root)
        #expect(try root.ferry(["run"], environment: MarketplaceTimerTests.later).status == 0)
        #expect(try timer.shipments(root).count == 1)

        _ = try loseAndRebuild(root)
        #expect(try timer.timers(root) == ["fired"])
        #expect(try MarketplaceEndToEndTests.exports(root) == ["channable woocommerce/sales/5120 shipped done"])
        #expect(try root.ferry(["run"], environment: ["FERRY_CLOCK_OFFSET": "8h"]).status == 0)
        #expect(try timer.shipments(root).count == 1)
        #expect(try root.ferry(["check", "--ledger"]).status == 0)
    }

    /// The code arrived in time before the loss: the rebuilt timer is `cancelled`.
    @Test func aTimerWhoseEventArrivedIsCancelledByTheRebuild() throws {
        let root = try FerryRoot(config: MarketplaceEndToEndTests.config)
        defer { root.remove() }
        try timer.startWaiting(root)
        try root.drop("with-code.json", into: "webshop-orders", try MarketplaceTimerTests.completedWithCode())
        #expect(try root.ferry(["run"]).status == 0)
        _ = try loseAndRebuild(root)
        #expect(try timer.timers(root) == ["cancelled"])
        #expect(try root.ferry(["run"], environment: MarketplaceTimerTests.later).status == 0)
        #expect(try timer.shipments(root).count == 1)
    }
}
