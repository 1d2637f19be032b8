import Configuration
import Foundation
import Logging
import SharedFiles
import Synchronization
import Testing

@testable import Engine

/// A run tells each file as it ends to a handler and then counts files instead of keeping
/// them (so a night of 100,000 files does not keep 100,000 reports); without a handler the
/// report keeps every file. Either way the counts and the exit code agree.
@Suite struct RunReportTests {
    /// A root with `good` small order files (a group's worth and more) and one broken file.
    func root(good: Int) throws -> (String, FerryConfig) {
        let root = try OrderFlowRoot.make("ferry-report")
        for number in 1...good {
            try TestFile.write(OrderFlowRoot.order(number), to: root + "/inbox/orders/o\(number).json", atomically: true)
        }
        try TestFile.write("{ not json", to: root + "/inbox/orders/broken.json", atomically: true)
        return (root, try OrderFlowRoot.config())
    }

    @Test func withAHandlerEachFileIsToldOnceAndOnlyCounted() throws {
        let (root, config) = try root(good: 20)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let engine = try Engine(root: root, config: config, logger: Logger(label: "test"))
        let told = Mutex<[String: FileOutcome]>([:])
        engine.onFileTaken { file in told.withLock { $0[file.name] = file.outcome } }
        let report = engine.run(observe: false)
        let names = told.withLock { $0 }
        #expect(names.count == 21)
        #expect(names["broken.json"]?.isSuccess == false)
        #expect(names.values.filter(\.isSuccess).count == 20)
        #expect(report.taken.isEmpty)
        #expect(report.tally.files == 21)
        #expect(report.tally.failed == 1)
        #expect(report.tally.flows["orders"]?.files == 21)
        #expect(report.tally.flows["orders"]?.outcomes.values.reduce(0, +) == 21)
        #expect(report.exitCode == 1)
    }

    @Test func withoutAHandlerTheReportKeepsEveryFile() throws {
        let (root, config) = try root(good: 10)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let engine = try Engine(root: root, config: config, logger: Logger(label: "test"))
        let report = engine.run(observe: false)
        #expect(report.taken.count == 11)
        #expect(Set(report.taken.map(\.name)).count == 11)
        #expect(report.tally.files == 11)
        #expect(report.tally.failed == report.taken.filter { !$0.outcome.isSuccess }.count)
        #expect(report.tally.failed == 1)
        #expect(report.exitCode == 1)
    }

    @Test func filesLeftSettlingAreCountedWithWhenTheLastIsReady() throws {
        let (root, _) = try root(good: 5)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let config = try OrderFlowRoot.config(settle: 60)
        let engine = try Engine(root: root, config: config, logger: Logger(label: "test"))
        engine.onFileTaken { _ in }
        let before = Date()
        let report = engine.run(observe: false)
        #expect(report.tally.files == 0)
        #expect(report.waiting.isEmpty, "counted, not kept")
        #expect(report.waitingTally.flows["orders"]?["settling"]?.files == 6)
        #expect(report.waitingTally.settling == 6)
        let last = try #require(report.waitingTally.lastSettledAt)
        let first = try #require(report.waitingTally.firstSettledAt)
        #expect(first <= last && last.timeIntervalSince(before) >= 59 && last.timeIntervalSince(before) < 120)
        #expect(report.exitCode == 0)
    }
}
