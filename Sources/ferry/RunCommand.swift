import ArgumentParser
import Engine
import Foundation

extension Ferry {
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Process every file that is ready, once, and print a summary per flow.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "Print the report as JSON.") var json = false
        @Flag(help: "Take only files that are already settled; do not observe new files first.") var noWait = false

        func run() throws {
            let (engine, config) = try Setup.engine(global)
            let report = engine.run(observe: !noWait)
            if json { Output.json(report) } else { Output.report(report, flows: config.flows.map(\.name), language: config.language) }
            throw ExitCode(report.exitCode)
        }
    }

    struct Watch: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Keep processing files as they arrive (inotify plus polling). SIGINT/SIGTERM finish the current file and exit 0.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            // Signal handling first, so a SIGTERM that arrives while the engine starts still
            // stops the watch after the current file.
            StopSignal.installHandlers()
            let stop = StopSignal.shared
            let (engine, config) = try Setup.engine(global, level: .info)
            let language = config.language
            Output.say(
                .watchWatching, ["flows": config.flows.filter(\.enabled).map(\.name).joined(separator: ", "), "root": engine.layout.root],
                in: language)
            let code = engine.watch(stop: stop) { report in
                Output.report(report, flows: config.flows.map(\.name), language: language)
                for failed in report.taken where !failed.outcome.isSuccess {
                    Output.say(
                        .watchFailed,
                        [
                            "flow": failed.flow, "name": failed.name, "outcome": Output.outcome(failed.outcome.rawValue, in: language),
                            "record": failed.statusRecord ?? "",
                        ], in: language)
                }
            }
            throw ExitCode(code)
        }
    }
}
