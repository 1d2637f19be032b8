import Canonical
import Configuration
import Connectors
import Diagnostics
import Foundation
import GRDB
import Logging
import Mapping
import Synchronization
import SharedFiles
import Testing

@testable import Engine

/// A target system written for these tests only, with the shape of the marketplace rule
/// (issue 11): an order's `notes` carry its tracking code. With a code, `shipped` goes out
/// at once; without one the order waits up to three hours for a code, then `shipped` goes
/// out without it. A cancelled order is cancelled only where it was shipped to.
struct WaitingShipper: Connector {
    static let name = "waiting-shipper"
    static let wait = Duration.seconds(3 * 3600)
    private let canonical = CanonicalConnector()

    var system: String { Self.name }
    var profile: SystemProfile { SystemProfile(name: Self.name, reads: [], writes: [.order]) }

    func openSource(path: String, displayName: String, settings: SourceSettings) throws -> any DocumentSource {
        try canonical.openSource(path: path, displayName: displayName, settings: settings)
    }

    /// Set by a test: rendering fails (as after a mapping change that the stored document no longer meets).
    static let failRendering = Mutex(false)

    func payload(for documents: [any CanonicalDocument], settings: TargetSettings) throws -> Payload {
        if Self.failRendering.withLock({ $0 }) { throw FerryError(.engineAllOrNothing, at: Location(file: "test")) }
        return try canonical.payload(for: documents, settings: settings)
    }

    func events(for document: any CanonicalDocument) -> [EventName] { [.shipped] }

    func lifecycle(of document: any CanonicalDocument, for target: LifecycleTarget, history: LifecycleHistory) -> LifecycleDecision {
        guard let order = document as? Order else { return .export(events(for: document)) }
        if order.status == .cancelled {
            return history.wasExported(.shipped, to: target.name)
                ? .export([.cancelled]) : .skip(.verbatim("cancelled before it was ever sent: nothing to cancel"))
        }
        if let code = order.notes, !code.isEmpty { return .export([.shipped]) }
        return .wait(TimerWait(awaiting: .shipped, duration: Self.wait, then: [.shipped]))
    }
}

/// A clock the test moves.
final class TestClock: Sendable {
    private let value: Mutex<Date>
    init(_ start: Date) { value = Mutex(start) }
    var now: Date { value.withLock { $0 } }
    func advance(hours: Double) { value.withLock { $0 = $0.addingTimeInterval(hours * 3600) } }
}

/// The system clock moved by an offset the test sets (a clock that runs).
final class OffsetClock: Sendable {
    private let offset = Mutex(0.0)
    var now: Date { Date().addingTimeInterval(offset.withLock { $0 }) }
    func set(_ seconds: Double) { offset.withLock { $0 = seconds } }
}

/// Lifecycle decisions and durable timers through the engine, with a test connector:
/// the event in time, late, never; a restart during the wait; a kill during the firing;
/// two processes firing at once. Every path writes exactly one shipment payload.
@Suite(.serialized) struct LifecycleTimerTests {
    let root: String
    let clock = TestClock(Date(timeIntervalSince1970: 1_795_000_000))
    let config: FerryConfig

    static func config(pollInterval: Int = 5) throws -> FerryConfig {
        let yaml = """
            poll-interval: \(pollInterval)
            flows:
              - name: orders
                kind: order
                pickup: { settle: 0 }
                targets:
                  - { name: market, system: waiting-shipper, format: json }
            """
        let checked = ConfigLoader.check(
            yaml: yaml, knownSystems: ["canonical", WaitingShipper.name], systems: [WaitingShipper().profile])
        return try #require(checked.config, Comment(rawValue: "\(checked.issues.count) issues"))
    }

    init() throws {
        ConnectorRegistration.register(WaitingShipper())
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-lifecycle-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        config = try Self.config()
    }

    func engine() throws -> Engine {
        let clock = self.clock
        return try Engine(root: root, config: config, logger: Logger(label: "test"), clock: { clock.now })
    }

    /// Drops an order file; `tracking` goes into the order's notes.
    func drop(_ name: String, _ number: String, tracking: String? = nil, status: String? = nil) throws {
        var fields = [#""number":"\#(number)""#]
        if let tracking { fields.append(#""notes":"\#(tracking)""#) }
        if let status { fields.append(#""status":"\#(status)""#) }
        try TestFile.write("[{\(fields.joined(separator: ","))}]", to: root + "/inbox/orders/" + name, atomically: true)
    }

    /// The payloads in the target's outbox, by name, with their text.
    func payloads() throws -> [String: String] {
        let folder = root + "/outbox/orders/market"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }
        return try Dictionary(uniqueKeysWithValues: names.map { ($0, try String(contentsOfFile: folder + "/" + $0, encoding: .utf8)) })
    }

    func outcomes(_ engine: Engine) throws -> [String] {
        try engine.ledger.read { db in
            try String.fetchAll(db, sql: "SELECT outcome FROM document ORDER BY id")
        }
    }

    func timerStates(_ engine: Engine) throws -> [String] {
        try engine.ledger.read { db in try String.fetchAll(db, sql: "SELECT state FROM timer ORDER BY id") }
    }

    func activity(_ engine: Engine, _ action: String) throws -> Int {
        try engine.log(key: .exact("SO-1")).entries.filter { $0.action == action }.count
    }

    @Test func aCodeInTimeCancelsTheTimerAndShipsOnce() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let engine = try engine()
        try drop("a.json", "SO-1")
        _ = engine.run(observe: false)
        #expect(try outcomes(engine) == ["pending"])
        #expect(try payloads().isEmpty)
        let status = try engine.status()
        let timer = try #require(status.flows.first?.timers.first)
        #expect(timer.key.hasSuffix("SO-1") && timer.awaiting == "shipped" && timer.then == ["shipped"])
        #expect(timer.until == clock.now.addingTimeInterval(3 * 3600))
        let record = try engine.ledger.read { db in try Row.fetchOne(db, sql: "SELECT reason FROM document") }
        let reason = Note.text(StoredNotes.decode(record?["reason"]))
        #expect(reason.contains("waits for shipped for market until"), "\(reason)")

        clock.advance(hours: 1)
        try drop("b.json", "SO-1", tracking: "3SABCD1234567")
        _ = engine.run(observe: false)
        #expect(try outcomes(engine) == ["pending", "exported"])
        #expect(try timerStates(engine) == ["cancelled"])
        clock.advance(hours: 5)
        _ = engine.run(observe: false)
        let written = try payloads()
        #expect(written.count == 1)
        #expect(written.values.first?.contains("3SABCD1234567") == true)
        #expect(try engine.status().flows.first?.timers.isEmpty == true)
        #expect(try activity(engine, "timer-scheduled") == 1)
        #expect(try activity(engine, "timer-cancelled") == 1)
        #expect(try activity(engine, "timer-fired") == 0)
    }

    @Test func aLateCodeFindsTheFallbackSentAndSendsNothingMore() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let engine = try engine()
        try drop("a.json", "SO-1")
        _ = engine.run(observe: false)
        clock.advance(hours: 2.9)
        _ = engine.run(observe: false)
        #expect(try payloads().isEmpty, "not due yet")
        clock.advance(hours: 0.2)
        let report = engine.run(observe: false)
        #expect(report.timersFired == 1)
        #expect(try timerStates(engine) == ["fired"])
        #expect(try payloads().count == 1)
        #expect(try payloads().values.first?.contains("notes") == false)

        try drop("b.json", "SO-1", tracking: "3SABCD1234567")
        _ = engine.run(observe: false)
        #expect(try payloads().count == 1, "the shipment unit went out with the fallback")
        #expect(try outcomes(engine) == ["pending", "amended-after-export"])
        #expect(try activity(engine, "timer-fired") == 1)
        let exported = try engine.log(key: .exact("SO-1")).entries.filter { $0.action == "timer-export" }.map(\.detail)
        #expect(exported.count == 1 && exported.first?.hasPrefix("shipped for market: outbox/orders/market/") == true, "\(exported)")
    }

    @Test func withoutACodeTheFallbackFiresExactlyOnce() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let engine = try engine()
        try drop("a.json", "SO-1")
        _ = engine.run(observe: false)
        for _ in 0..<3 {
            clock.advance(hours: 2)
            _ = engine.run(observe: false)
        }
        #expect(try payloads().count == 1)
        #expect(try activity(engine, "timer-fired") == 1)
        let exports = try engine.ledger.read { db in
            try Row.fetchAll(db, sql: "SELECT event, state, fileId FROM export").map { "\($0["event"] as String) \($0["state"] as String)" }
        }
        #expect(exports == ["shipped done"])
        // The same order again (other bytes, same document): the wait is over, nothing more goes out.
        try TestFile.write(#"[ {"number": "SO-1"} ]"#, to: root + "/inbox/orders/c.json", atomically: true)
        _ = engine.run(observe: false)
        #expect(try payloads().count == 1)
        #expect(try outcomes(engine).last == "already-exported")
    }

    @Test func theTimerSurvivesARestart() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        do {
            let first = try engine()
            try drop("a.json", "SO-1")
            _ = first.run(observe: false)
            #expect(try timerStates(first) == ["waiting"])
        }
        clock.advance(hours: 4)
        let second = try engine()
        #expect(second.run(observe: false).timersFired == 1)
        #expect(try payloads().count == 1)
    }

    @Test func aFiringStoppedByAKillIsFiredAgainWithoutASecondPayload() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let engine = try engine()
        try drop("a.json", "SO-1")
        _ = engine.run(observe: false)
        clock.advance(hours: 4)
        // Killed right after the claim: the claim belongs to a process that is gone.
        let dead = "dead-" + UUID().uuidString.lowercased()
        #expect(try engine.ledger.claimDue(now: clock.now, owner: dead, limit: 10).count == 1)
        #expect(try payloads().isEmpty)
        #expect(engine.run(observe: false).timersFired == 1)
        #expect(try payloads().count == 1)

        // Killed after the export was done but before the timer was marked fired.
        try engine.ledger.write { db in
            try db.execute(sql: "UPDATE timer SET state = 'waiting', owner = ?, firedAt = NULL", arguments: [dead])
        }
        #expect(engine.run(observe: false).timersFired == 1)
        #expect(try payloads().count == 1, "the export of this unit was found, not made again")
        #expect(try timerStates(engine) == ["fired"])
    }

    @Test func twoProcessesFiringAtOnceWriteOnePayload() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let engines = [try engine(), try engine()]
        for number in 1...5 { try drop("o\(number).json", "SO-\(number)") }
        _ = engines[0].run(observe: false)
        #expect(try timerStates(engines[0]) == Array(repeating: "waiting", count: 5))
        clock.advance(hours: 4)
        let fired = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let count = engines[index].run(observe: false).timersFired
            fired.withLock { $0 += count }
        }
        #expect(fired.withLock { $0 } == 5)
        #expect(try payloads().count == 5)
        #expect(try timerStates(engines[0]) == Array(repeating: "fired", count: 5))
    }

    @Test func aCancellationOfWhatWasNeverSentIsSkippedWithItsReason() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let engine = try engine()
        try drop("a.json", "SO-9", status: "cancelled")
        _ = engine.run(observe: false)
        #expect(try outcomes(engine) == ["filtered"])
        let reason = try engine.ledger.read { db in try String.fetchOne(db, sql: "SELECT reason FROM document") }
        #expect(Note.text(StoredNotes.decode(reason)) == "cancelled before it was ever sent: nothing to cancel")
        #expect(try payloads().isEmpty)

        // Shipped, then cancelled: the cancellation goes out.
        try drop("b.json", "SO-8", tracking: "3SXYZ")
        _ = engine.run(observe: false)
        try drop("c.json", "SO-8", status: "cancelled")
        _ = engine.run(observe: false)
        #expect(try payloads().count == 2)
        #expect(try outcomes(engine) == ["filtered", "exported", "exported"])
    }

    @Test func aWatchWakesUpWhenATimerComesDue() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let clock = OffsetClock()
        // Polling once a minute: only the timer's own wake-up fires it within seconds.
        let engine = try Engine(root: root, config: try Self.config(pollInterval: 60), logger: Logger(label: "test"), clock: { clock.now })
        try drop("a.json", "SO-1")
        _ = engine.run(observe: false)
        #expect(try timerStates(engine) == ["waiting"])
        clock.set(3 * 3600 - 1.5)  // due in a second and a half
        let stop = StopSignal()
        let finished = Mutex(false)
        Thread.detachNewThread {
            _ = engine.watch(stop: stop, onPass: { _ in })
            finished.withLock { $0 = true }
        }
        let until = Date().addingTimeInterval(8)
        while Date() < until, (try? payloads().count) == 0 { Thread.sleep(forTimeInterval: 0.1) }
        stop.trigger()
        while !finished.withLock({ $0 }) { Thread.sleep(forTimeInterval: 0.05) }
        #expect(try payloads().count == 1)
        #expect(try timerStates(engine) == ["fired"])
    }

    @Test func laterDocumentsOfAKeyInOneFileSeeWhatEarlierOnesExport() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let engine = try engine()
        // Shipped with a code, then cancelled, in one file: the cancellation goes out too.
        try TestFile.write(
            #"[{"number":"SO-7","notes":"3SXYZ"},{"number":"SO-7","status":"cancelled"}]"#, to: root + "/inbox/orders/a.json",
            atomically: true)
        _ = engine.run(observe: false)
        #expect(try outcomes(engine) == ["exported", "exported"])
        #expect(try payloads().count == 2)
        #expect(try timerStates(engine).isEmpty)
    }

    @Test func aTimerWhoseDocumentNoLongerRendersEndsFailedWithoutStoppingTheRun() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        defer { WaitingShipper.failRendering.withLock { $0 = false } }
        let engine = try engine()
        try drop("a.json", "SO-1")
        _ = engine.run(observe: false)
        WaitingShipper.failRendering.withLock { $0 = true }
        clock.advance(hours: 4)
        let report = engine.run(observe: false)
        #expect(report.stoppedBy == nil && !report.internalError)
        #expect(report.timersFired == 0)
        #expect(try timerStates(engine) == ["failed"])
        #expect(try activity(engine, "timer-failed") == 1)
        #expect(try payloads().isEmpty)
        #expect(try engine.status().flows.first?.timers.isEmpty == true)
    }
}
