import Configuration
import Diagnostics
import Foundation
import Logging

/// The sample run of `ferry test` did not finish, so nothing could be compared.
public struct GoldenRunStopped: Error, CustomStringConvertible {
    public var description: String
    /// The run's own exit code: 4 when the environment stopped it, 1 otherwise.
    public var exitCode: Int32
}

extension Engine {
    /// The flows of `config` with a `samples/<flow>/in/` folder under `root`, in configuration order.
    public static func sampleFlows(root: String, config: FerryConfig) -> [String] {
        let base = RootLayout(root: root).root
        return config.flows.map(\.name).filter { SampleFolder(root: base, flow: $0).exists }
    }

    /// Runs every sample input under `root/samples/` through the real engine in a temporary
    /// root (removed afterwards) under a fixed clock, and compares each flow's payloads with
    /// `samples/<flow>/expected/<target>/`, and each input's outcome with
    /// `expected/outcomes.txt` when present.
    ///
    /// Every flow's samples run (article samples feed the catalog that order flows use);
    /// only `flow`, or every flow with samples, is compared. With `update`, the expected
    /// files are made to match the output instead; the differences are still reported.
    /// Nothing outside the temporary root is written otherwise.
    /// - Throws: `GoldenRunStopped` when the sample run stopped early; `IOFailure` when the
    ///   temporary root or (with `update`) the expected files cannot be written; `FerryError`
    ///   for a configuration the engine cannot run.
    public static func goldenTest(
        root: String, config: FerryConfig, flow: String? = nil, update: Bool = false, logger: Logger
    ) throws -> [GoldenFlowResult] {
        let base = RootLayout(root: root).root
        let samples = sampleFlows(root: root, config: config).map { SampleFolder(root: base, flow: $0) }
        let run = try GoldenRun.run(samples, config: config, root: base, logger: logger)
        defer { run.remove() }
        if let stopped = run.report.stoppedBy ?? run.report.flowErrors.sorted(by: { $0.key < $1.key }).first.map({ "flow \($0.key): \($0.value)" }) {
            throw GoldenRunStopped(description: "the sample run stopped: \(stopped)", exitCode: run.report.exitCode == 4 ? 4 : 1)
        }
        var results: [GoldenFlowResult] = []
        for sample in samples where flow == nil || sample.flow == flow {
            let targets = config.flow(named: sample.flow)?.targets.map(\.name) ?? []
            let outcomes = try run.outcomes(flow: sample.flow)
            let outbox = { (target: String) in run.outbox(flow: sample.flow, target: target) }
            let comparison = sample.compare(outbox: outbox, targets: targets, outcomes: outcomes)
            var result = GoldenFlowResult(
                flow: sample.flow, inputs: sample.inputs.count, payloads: comparison.payloads,
                differences: comparison.differences, updated: [], outcomesCompared: comparison.outcomesCompared)
            if update {
                result.updated = try sample.update(outbox: outbox, targets: targets, outcomes: outcomes)
            }
            if let flowConfig = config.flow(named: sample.flow) {
                result.warnings = sampleWarnings(sample, flow: flowConfig, root: base)
            }
            results.append(result)
        }
        return results
    }

    /// The warnings (MAP-121: a layout path that selected nothing in any record) of each
    /// sample input, read once more through the flow's source; they fail nothing. An input
    /// the source cannot read has its outcome compared instead.
    static func sampleWarnings(_ sample: SampleFolder, flow: FlowConfig, root: String) -> [FerryError] {
        guard let runtime = try? FlowRuntime(flow, layout: RootLayout(root: root)) else { return [] }
        var warnings: [FerryError] = []
        var settings = runtime.sourceSettings
        settings.notesPathUsage = true
        for name in sample.inputs where !flow.pickup.markerSuffixes.contains(where: { name.hasSuffix($0) }) {
            guard var source = try? runtime.source.openSource(
                path: sample.inputFolder + "/" + name, displayName: name, settings: settings)
            else { continue }
            do {
                while try source.next() != nil {}
            } catch {
                continue
            }
            warnings += source.warnings()
        }
        return warnings
    }
}
