import Configuration
import Diagnostics
import Foundation
import Logging

/// The sample inputs run once through the real engine in a fresh temporary root, under a
/// fixed clock, so names, timestamps and counters come out the same every time.
struct GoldenRun {
    /// 2026-01-01T00:00:00Z.
    static let fixedDate = Date(timeIntervalSince1970: 1_767_225_600)

    let temporaryRoot: String
    let engine: Engine
    let report: RunReport

    /// Copies every sample folder's inputs into the inbox of its flow (all flows at once, so
    /// article samples reach the catalog before order samples, in configuration order) and
    /// runs the engine once. The caller removes the root with `remove()`.
    /// - Throws: `IOFailure` when the temporary root cannot be set up; `FerryError` for a
    ///   configuration the engine cannot run.
    static func run(_ samples: [SampleFolder], config: FerryConfig, root realRoot: String, logger: Logger) throws -> GoldenRun {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-test-" + UUID().uuidString).path
        try FileIO.makeDirectories(root)
        do {
            let isolated = configuration(config, root: realRoot)
            let layout = RootLayout(root: root)
            for sample in samples {
                guard let flow = isolated.flow(named: sample.flow) else { continue }
                let inbox = layout.inbox(flow)
                try FileIO.makeDirectories(inbox)
                let markers = config.flow(named: sample.flow)?.pickup.markerSuffixes ?? []
                for name in sample.inputs where !markers.contains(where: { name.hasSuffix($0) }) {
                    try FileManager.default.copyItem(atPath: sample.inputFolder + "/" + name, toPath: inbox + "/" + name)
                    // Equal times: the engine then takes a flow's files in name order.
                    try FileManager.default.setAttributes([.modificationDate: fixedDate], ofItemAtPath: inbox + "/" + name)
                }
            }
            let engine = try Engine(root: layout.root, config: isolated, logger: logger, clock: { fixedDate })
            let report = engine.run(trigger: "test", observe: false)
            return GoldenRun(temporaryRoot: layout.root, engine: engine, report: report)
        } catch {
            try? FileManager.default.removeItem(atPath: root)
            throw error
        }
    }

    /// `config` with every flow enabled, its inbox and outboxes inside the temporary root,
    /// taken at once (settle 0, no markers), and no `on-failure` command. Files the
    /// configuration names relative to the real root (target schemas) stay where they are.
    static func configuration(_ config: FerryConfig, root realRoot: String) -> FerryConfig {
        var copy = config
        copy.onFailure = nil
        let real = RootLayout(root: realRoot)
        for index in copy.flows.indices {
            var flow = copy.flows[index]
            flow.enabled = true
            flow.inbox = "inbox/" + flow.name
            flow.pickup.settleSeconds = 0
            flow.pickup.markerSuffixes = []
            for target in flow.targets.indices {
                flow.targets[target].outbox = outboxPath(flow: flow.name, target: flow.targets[target].name)
                flow.targets[target].schema = flow.targets[target].schema.map(real.resolve)
            }
            copy.flows[index] = flow
        }
        return copy
    }

    /// The outbox folder of `target` in `flow` (any name: a folder no target writes is empty).
    func outbox(flow: String, target: String) -> String {
        RootLayout(root: temporaryRoot).resolve(Self.outboxPath(flow: flow, target: target))
    }

    private static func outboxPath(flow: String, target: String) -> String { "outbox/\(flow)/\(target)" }

    /// Each input of `flow`: its outcome and the error codes of what failed.
    func outcomes(flow: String) throws -> OutcomeList {
        var entries: [(name: String, outcome: String)] = []
        for taken in report.taken where taken.flow == flow {
            let file = try engine.ledger.file(id: taken.id)
            let fileCodes = (JSONText.decode([FerryError].self, file?.errorsJSON) ?? []).map(\.code.rawValue)
            let rows = try engine.ledger.documents(fileId: taken.id, attempt: file?.attempt ?? 1)
            let failed = rows.filter { $0.outcome == DocumentOutcome.failed.rawValue }.map { row in
                (label: row.key ?? "#\(row.ordinal)", codes: (JSONText.decode([FerryError].self, row.errorsJSON) ?? []).map(\.code.rawValue))
            }
            let line = OutcomeList.describe(outcome: taken.outcome.rawValue, fileCodes: fileCodes, documents: failed)
            entries.append((taken.name, line))
        }
        for waiting in report.waiting where waiting.flow == flow {
            entries.append((waiting.name, "not taken (\(waiting.reason))"))
        }
        return OutcomeList(entries: entries)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: temporaryRoot)
    }
}
