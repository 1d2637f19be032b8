import Foundation
import GRDB
import Testing

/// Step 3 decides a lifecycle again under the intents' lock (issue 11): a process that judged
/// a cancellation "never sent" in step 1 must still send it when another process committed
/// the order's `created` in between. `FERRY_FAULT=afterDecide` with `FERRY_FAULT_ACTION=pause:`
/// holds the first process between step 1 and step 2 while the second one runs.
@Suite struct MarketplaceLifecycleRaceTests {
    @Test func aCancellationJudgedNeverSentGoesOutWhenTheOrderWasSentMeanwhile() throws {
        let root = try FerryRoot(config: MarketplaceEndToEndTests.config)
        defer { root.remove() }
        let cancelled = try MarketplaceEndToEndTests.fixture("channable-order-cancelled.json")
        var open = cancelled.replacingOccurrences(of: "\"status_shipped\": \"cancelled\"", with: "\"status_shipped\": \"not_shipped\"")
        open = open.replacingOccurrences(of: "Changed shipping status: not_shipped -> cancelled", with: "Order seen again")

        let gate = root.path + "/gate"
        try root.drop("cancelled.json", into: "marketplace-orders", cancelled)
        let first = try root.start(["run"], environment: ["FERRY_FAULT": "afterDecide", "FERRY_FAULT_ACTION": "pause:" + gate],
                                   captureOutput: false)
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: gate + ".reached") && Date() < deadline && first.isRunning { usleep(20_000) }
        #expect(FileManager.default.fileExists(atPath: gate + ".reached"), "the first process never reached step 1's end")

        // Meanwhile another process sends the open order to the webshop.
        try root.drop("open.json", into: "marketplace-orders", open)
        let second = try root.ferry(["run"])
        #expect(second.status == 0, "\(second.stdout)\(second.stderr)")
        #expect(root.outbox("marketplace-orders", "webshop") == [
            "outbox/marketplace-orders/webshop/order_channable_sales_70004.woocommerce-order.json"])

        _ = FileManager.default.createFile(atPath: gate, contents: Data())
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(root.outbox("marketplace-orders", "webshop") == [
            "outbox/marketplace-orders/webshop/order_channable_sales_70004.woocommerce-order-cancel.json",
            "outbox/marketplace-orders/webshop/order_channable_sales_70004.woocommerce-order.json",
        ])
        let document = try #require(try root.statusRecord(for: "cancelled.json").documents.first)
        #expect(document["outcome"] as? String == "exported", "\(document)")
        #expect(try MarketplaceEndToEndTests.exports(root) == [
            "webshop channable/sales/70004 cancelled done", "webshop channable/sales/70004 created done",
        ])
    }
}
