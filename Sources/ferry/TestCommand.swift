import ArgumentParser
import Configuration
import Diagnostics
import Engine
import Foundation

extension Ferry {
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the sample inputs in samples/<flow>/in/ and compare the payloads with samples/<flow>/expected/.",
            discussion: """
                The samples run through the real engine in a temporary root (removed afterwards) under a fixed \
                clock (2026-01-01T00:00:00Z), with the flows' inboxes and outboxes moved there; nothing else \
                is written. Each difference is shown field by field (JSON path, XML element path, CSV row and \
                column; lines for other text). samples/<flow>/expected/outcomes.txt, when present, lists each \
                input's expected outcome and error codes. --update writes the expected files from the output. \
                Exit 0 all pass; 1 a difference; 2 configuration error; 64 unknown flow or no samples.
                """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Compare only this flow (every flow's samples still run).") var flow: String?
        @Flag(help: "Write samples/<flow>/expected/ (payloads and outcomes.txt) from the actual output.") var update = false
        @Flag(help: "Print as JSON.") var json = false

        func run() throws {
            let config = try Setup.config(root: global.root)
            let withSamples = Engine.sampleFlows(root: global.root, config: config)
            let language = config.language
            let flows = config.flows.map(\.name).joined(separator: ", ")
            if let flow {
                guard config.flow(named: flow) != nil else {
                    Output.error(Note(.usageNoFlow, ["flow": flow, "origin": config.origin, "flows": flows]).text(in: language), in: language)
                    throw ExitCode.validationFailure
                }
                guard withSamples.contains(flow) else {
                    Output.error(Note(.testNoSamplesForFlow, ["flow": flow]).text(in: language), in: language)
                    throw ExitCode.validationFailure
                }
            }
            guard !withSamples.isEmpty else {
                Output.error(Note(.testNoSamples, ["root": global.root, "flows": flows]).text(in: language), in: language)
                throw ExitCode.validationFailure
            }
            let logger = Setup.logger(verbosity: global.verbose, default: .error)
            let results: [GoldenFlowResult]
            do {
                results = try Engine.goldenTest(root: global.root, config: config, flow: flow, update: update, logger: logger)
            } catch let error as FerryError {
                Output.error(Output.text(error, in: language), in: language)
                throw ExitCode(Exit.configuration)
            } catch let stopped as GoldenRunStopped {
                Output.error(stopped.description)
                throw ExitCode(stopped.exitCode)
            } catch let failure as IOFailure {
                Output.error(failure.description)
                throw ExitCode(failure.isEnvironmental ? Exit.environment : Exit.failedFiles)
            } catch {
                Output.error("\(error)")
                throw ExitCode(Exit.failedFiles)
            }
            if json {
                Output.json(results)
            } else {
                Self.print(results, update: update, language: language)
                let samples = (global.root as NSString).appendingPathComponent("samples")
                let strays = ((try? FileManager.default.contentsOfDirectory(atPath: samples)) ?? [])
                    .filter { !$0.hasPrefix(".") && config.flow(named: $0) == nil }.sorted()
                for stray in strays { Output.say(.testStraySamples, ["name": stray], in: language) }
            }
            if update { return }
            throw ExitCode(results.allSatisfy(\.passed) ? Exit.ok : Exit.failedFiles)
        }

        private static func print(_ results: [GoldenFlowResult], update: Bool, language: Language) {
            for result in results {
                let mark = result.passed ? "PASS" : update ? "UPDATE" : "FAIL"
                Output.say(
                    result.outcomesCompared ? .testFlowWithOutcomes : .testFlow,
                    ["mark": mark, "flow": result.flow, "inputs": String(result.inputs), "payloads": String(result.payloads)],
                    in: language)
                // With --update the files written and removed say the rest.
                for difference in result.differences where !update || difference.kind == .changed {
                    switch difference.kind {
                    case .missing: Swift.print("  " + Note(.testMissing, ["file": difference.file]).text(in: language))
                    case .unexpected: Swift.print("  " + Note(.testUnexpected, ["file": difference.file]).text(in: language))
                    case .changed: Swift.print("  \(difference.file):")
                    }
                    for detail in difference.details { Swift.print("    \(detail)") }
                }
                for change in result.updated { Swift.print("  \(change)") }
                for warning in result.warnings {
                    let place = warning.location.map { "\($0): " } ?? ""
                    let line = Note(.previewWarning, ["code": warning.code.rawValue, "place": place, "message": warning.message(in: language)])
                    Swift.print("  " + line.text(in: language))
                    Swift.print("      " + Note(.outputFix, ["hint": warning.hint(in: language)]).text(in: language))
                }
            }
            let failed = results.filter { !$0.passed }.count
            let total = results.count
            if update {
                let changes = results.map(\.updated.count).reduce(0, +)
                let note = changes == 0
                    ? Note.counted(.testUpToDate, total) : Note.counted(.testWritten, total, ["changes": String(changes)])
                Output.say(note, in: language)
            } else {
                let note = failed == 0
                    ? Note.counted(.testPassed, total)
                    : Note.counted(.testSomeFailed, total, ["passed": String(total - failed), "failed": String(failed)])
                Output.say(note, in: language)
            }
        }
    }
}
