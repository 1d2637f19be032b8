import Foundation
import Testing

/// `FERRY_CLOCK_OFFSET` moves the engine's clock (for tests that cross a durable timer's
/// wait): a file that must settle for an hour is taken at once by a run whose clock is two
/// hours ahead, and not by one on the system clock.
@Suite struct ClockOffsetTests {
    @Test func theOffsetMovesTheEnginesNow() throws {
        let root = try FerryRoot(config: """
            flows:
              - name: orders
                kind: order
                pickup: { settle: 60m }
                targets:
                  - { name: erp, format: json }
            """)
        defer { root.remove() }
        try root.drop("orders.json", into: "orders", #"[{"number":"SO-1"}]"#)
        #expect(try root.ferry(["run", "--no-wait"]).status == 0)
        #expect(root.outbox("orders", "erp").isEmpty, "settling for an hour on the system clock")
        #expect(try root.ferry(["run", "--no-wait"], environment: ["FERRY_CLOCK_OFFSET": "-2h"]).status == 0)
        #expect(root.outbox("orders", "erp").isEmpty, "a clock behind the system's sees the file even younger")
        #expect(try root.ferry(["run", "--no-wait"], environment: ["FERRY_CLOCK_OFFSET": "2h"]).status == 0)
        #expect(root.outbox("orders", "erp").count == 1, "two hours ahead, the hour of settling is over")
    }
}
