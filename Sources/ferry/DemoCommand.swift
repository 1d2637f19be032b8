import ArgumentParser
import Diagnostics
import Engine
import Foundation

extension Ferry {
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy the bundled example files into the inbox and run once, including one deliberately broken file.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            guard let examples = Bundle.module.url(forResource: "Examples", withExtension: nil) else {
                Output.error("the bundled examples are missing from this build")
                throw ExitCode(Exit.failedFiles)
            }
            let (engine, config) = try Setup.engine(global)
            let manager = FileManager.default
            var copied: [String] = []
            for flow in config.flows {
                let source = examples.appendingPathComponent(flow.name)
                guard let names = try? manager.contentsOfDirectory(atPath: source.path) else { continue }
                let inbox = engine.layout.resolve(flow.inbox)
                try manager.createDirectory(atPath: inbox, withIntermediateDirectories: true)
                for name in names.sorted() where !name.hasPrefix(".") {
                    let target = inbox + "/" + name
                    if manager.fileExists(atPath: target) { try manager.removeItem(atPath: target) }
                    try manager.copyItem(atPath: source.appendingPathComponent(name).path, toPath: target)
                    copied.append("\(flow.name)/\(name)")
                }
            }
            let language = config.language
            Output.say(.demoCopied, ["count": "\(copied.count)", "inbox": engine.layout.root + "/inbox", "files": copied.joined(separator: ", ")], in: language)
            Output.say(.demoRunning, in: language)
            print()
            let report = engine.run()
            Output.report(report, flows: config.flows.map(\.name), language: config.language)
            let broken = report.taken.filter { $0.name.contains("broken") }
            let others = report.taken.filter { !$0.name.contains("broken") }
            let asIntended = report.stoppedBy == nil && !broken.isEmpty && broken.allSatisfy { !$0.outcome.isSuccess }
                && !others.isEmpty && others.allSatisfy(\.outcome.isSuccess)
            print()
            // Run again in the same root, every example is a duplicate: what Ferry promises,
            // said as such rather than as a demo gone wrong.
            if report.stoppedBy == nil, !report.taken.isEmpty, report.taken.allSatisfy({ $0.outcome == .duplicate }) {
                Output.say(.demoRanBefore, ["root": engine.layout.root], in: language)
                return
            }
            Output.say(.demoExplained, ["root": engine.layout.root], in: language)
            for file in broken where asIntended {
                // The run keeps its honest exit code (recorded for `ferry status`); the demo says why.
                Output.say(
                    .engineDemoPartialIntended,
                    ["file": file.name, "outcome": Output.outcome(file.outcome.rawValue, in: config.language), "code": "\(report.exitCode)"],
                    in: config.language)
            }
            if !asIntended {
                Output.error(Note(.demoNotAsIntended).text(in: language), in: language)
                throw ExitCode(Exit.failedFiles)
            }
        }
    }
}
