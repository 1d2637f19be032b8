import Foundation
import GRDB
import Synchronization
import Testing

@testable import Engine

/// Durable timers in the ledger: scheduled once, cancelled when the awaited event
/// arrives, claimed exactly once across processes, fired once.
@Suite struct LedgerTimerTests {
    let folder: String
    let path: String
    let ledger: Ledger
    let start = Date(timeIntervalSince1970: 1_795_000_000)

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-timers-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        path = folder + "/ledger.sqlite"
        ledger = try Ledger(path: path)
    }

    func request(_ key: String, action: String = "remind", dueIn seconds: TimeInterval = 3600) -> TimerRequest {
        TimerRequest(flow: "orders", target: "erp", key: key, event: "shipped", action: action, dueAt: start.addingTimeInterval(seconds))
    }

    @Test func schedulingIsIdempotentPerTargetKeyAndAction() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try ledger.schedule(request("SO-1"), at: start)
        let again = try ledger.schedule(request("SO-1", dueIn: 7200), at: start.addingTimeInterval(5))
        #expect(first.id != nil && again == first, "the second schedule returns the first timer unchanged")
        let other = try ledger.schedule(request("SO-1", action: "escalate"), at: start)
        #expect(other.id != first.id)
        #expect(try ledger.schedule(request("SO-2"), at: start).id != first.id)
        #expect(first.state == .waiting && first.createdAt == start)
    }

    @Test func aTimerFiresOnlyOnceItIsDueAndOnlyOnce() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let clock = LedgerClock.fixed(start.addingTimeInterval(3599))
        let timer = try ledger.schedule(request("SO-1"), at: start)
        #expect(try ledger.claimDue(now: clock.now(), owner: "p1", limit: 10).isEmpty, "not due yet")
        let due = start.addingTimeInterval(3600)
        let claimed = try ledger.claimDue(now: due, owner: "p1", limit: 10)
        #expect(claimed.map(\.id) == [timer.id])
        #expect(claimed.first?.owner == "p1" && claimed.first?.claimedAt == due)
        #expect(try ledger.claimDue(now: due.addingTimeInterval(60), owner: "p2", limit: 10).isEmpty, "claimed already")
        let id = try #require(timer.id)
        #expect(try !ledger.markFired(id: id, owner: "p2", at: due), "not p2's")
        #expect(try ledger.markFired(id: id, owner: "p1", at: due))
        #expect(try !ledger.markFired(id: id, owner: "p1", at: due), "fired once")
        let fired = try #require(try ledger.timer(id: id))
        #expect(fired.state == .fired && fired.firedAt == due)
    }

    @Test func theAwaitedEventCancelsAWaitingTimer() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let timer = try ledger.schedule(request("SO-1"), at: start)
        _ = try ledger.schedule(request("SO-2"), at: start)
        #expect(try ledger.cancelTimers(awaiting: "created", target: "erp", key: "SO-1") == 0, "another event")
        #expect(try ledger.cancelTimers(awaiting: "shipped", target: "erp", key: "SO-1") == 1)
        #expect(try ledger.timer(id: try #require(timer.id))?.state == .cancelled)
        let due = try ledger.claimDue(now: start.addingTimeInterval(7200), owner: "p1", limit: 10)
        #expect(due.map(\.key) == ["SO-2"], "a cancelled timer never fires")
        #expect(try ledger.cancelTimers(awaiting: "shipped", target: "erp", key: "SO-2") == 0, "claimed: firing already")
    }

    @Test func aStoppedProcessesClaimIsGivenBack() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let timer = try ledger.schedule(request("SO-1"), at: start)
        let due = start.addingTimeInterval(3600)
        #expect(try ledger.claimDue(now: due, owner: "p-dead", limit: 10).count == 1)
        #expect(try ledger.releaseTimerClaims(isStale: { $0 == "p-alive" }) == 0)
        #expect(try ledger.releaseTimerClaims(isStale: { $0 == "p-dead" }) == 1)
        #expect(try ledger.claimDue(now: due, owner: "p2", limit: 10).map(\.id) == [timer.id])
    }

    @Test func dueTimersComeOldestFirstUpToTheLimit() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (key, seconds) in [("SO-3", 30.0), ("SO-1", 10.0), ("SO-2", 20.0)] {
            _ = try ledger.schedule(request(key, dueIn: seconds), at: start)
        }
        let now = start.addingTimeInterval(100)
        #expect(try ledger.claimDue(now: now, owner: "p1", limit: 2).map(\.key) == ["SO-1", "SO-2"])
        #expect(try ledger.claimDue(now: now, owner: "p1", limit: 2).map(\.key) == ["SO-3"])
    }

    /// Several processes (each its own connection pool on the same file) claiming at once:
    /// every due timer is claimed by exactly one of them.
    @Test func concurrentClaimsTakeEachTimerExactlyOnce() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for index in 0..<200 {
            _ = try ledger.schedule(request("SO-\(index)"), at: start)
        }
        let ledgers = try (0..<4).map { _ in try Ledger(path: path) }
        let claims = Mutex<[Int64]>([])
        let failures = Mutex<[String]>([])
        let now = start.addingTimeInterval(3600)
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            while true {
                do {
                    let batch = try ledgers[worker].claimDue(now: now, owner: "p\(worker)", limit: 7)
                    if batch.isEmpty { return }
                    claims.withLock { $0 += batch.compactMap(\.id) }
                } catch {
                    failures.withLock { $0.append("\(error)") }
                    return
                }
            }
        }
        #expect(failures.withLock { $0 }.isEmpty)
        let claimed = claims.withLock { $0 }
        #expect(claimed.count == 200)
        #expect(Set(claimed).count == 200, "no timer claimed twice")
    }

    @Test func dueTimersAreFoundThroughAnIndex() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plan = try ledger.read { db -> String in
            try Row.fetchAll(
                db, sql: "EXPLAIN QUERY PLAN SELECT * FROM timer WHERE state = 'waiting' AND dueAt <= ? AND owner IS NULL ORDER BY dueAt",
                arguments: [start]
            ).map { $0["detail"] as String? ?? "" }.joined(separator: "; ")
        }
        #expect(plan.contains("timer_due"), "\(plan)")
    }

    @Test func aVersion4LedgerGainsTheTimerTable() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A ledger as version 4 left it: every migration up to "v4", no timer table.
        let old = folder + "/old.sqlite"
        do {
            let pool = try DatabasePool(path: old)
            try Ledger.migrator.migrate(pool, upTo: "v4: each attempt's input")
            #expect(try pool.read { try !$0.tableExists("timer") })
        }
        let opened = try Ledger(path: old)
        let migrations = try opened.read { db in try Ledger.migrator.appliedMigrations(db) }
        #expect(migrations.contains("v5: lifecycle and timers") && migrations.contains("v6: the document a timer holds"))
        #expect(try opened.read { try $0.tableExists("timer") })
        #expect(try opened.schedule(request("SO-1"), at: start).state == .waiting)
    }
}
