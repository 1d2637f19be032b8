import ArgumentParser
import Console
import Diagnostics
import Engine
import Foundation
import Logging

extension Ferry {
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Process every file that is ready, once, and print a summary per flow.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "Print the report as JSON.") var json = false
        @Flag(help: "Take only files that are already settled; do not observe new files first.") var noWait = false

        func run() throws {
            // SIGINT/SIGTERM finish the file in hand (as `watch` does), then the run reports and exits.
            StopSignal.installHandlers()
            let stop = StopSignal.shared
            let (engine, config) = try Setup.engine(global)
            let (json, flows, language) = (self.json, config.flows.map(\.name), config.language)
            engine.onWatchdogStop { report in
                if json { Output.json(report) } else { Output.report(report, flows: flows, language: language) }
            }
            // Each file's line as soon as it has ended: the run keeps counts, not every file
            // (a night of 100,000 files). `--json` prints the whole list at the end.
            if !json { engine.onFileTaken { taken in print(Output.fileLine(taken, language: language)) } }
            let report = engine.run(
                observe: !noWait, shouldStop: { stop.isSet },
                observing: { files, seconds in Self.sayObserving(files: files, seconds: seconds, language: language, json: json) })
            if json { Output.json(report) } else { Output.report(report, flows: flows, language: language) }
            // Processing never waited for on-failure commands; the run does, each at most until its timeout.
            engine.waitForHooks()
            throw ExitCode(report.exitCode)
        }

        /// On a terminal, says that the run waits for new files to settle (and how long).
        static func sayObserving(files: Int, seconds: Double, language: Language, json: Bool) {
            let text = Note(.runObserving, ["count": "\(files)", "seconds": "\(Int(seconds.rounded(.up)))"])
                .text(in: language) + "\n"
            if isatty(STDERR_FILENO) == 1 {
                FileHandle.standardError.write(Data(text.utf8))
            } else if !json, isatty(STDOUT_FILENO) == 1 {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
    }

    struct Watch: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Keep processing files as they arrive (inotify plus polling). SIGINT/SIGTERM finish the current file and exit 0.")
        @OptionGroup var global: GlobalOptions
        @Option(
            name: .customLong("http"),
            help: ArgumentHelp("Also serve the operator console (as `ferry serve --listen`) from this process.", valueName: "host:port"))
        var http: String?

        func run() throws {
            // Signal handling first, so a SIGTERM that arrives while the engine starts still
            // stops the watch after the current file.
            StopSignal.installHandlers()
            let stop = StopSignal.shared
            let (engine, config) = try Setup.engine(global, level: .info)
            // With --http, the console and the watch's live counters (/metrics).
            var live: LiveMetrics?
            if let http {
                let address = try ConsoleLauncher.address(http, config: config)
                let reader = try Engine(root: global.root, config: config, logger: Logger(label: "ferry"), readOnly: true)
                live = LiveMetrics(engine: engine)
                _ = try ConsoleLauncher.start(reader: reader, config: config, address: address, live: live)
            }
            let (flows, language) = (config.flows.map(\.name), config.language)
            engine.onWatchdogStop { report in Output.report(report, flows: flows, language: language) }
            Output.say(
                .watchWatching, ["flows": config.flows.filter(\.enabled).map(\.name).joined(separator: ", "), "root": engine.layout.root],
                in: language)
            let code = engine.watch(stop: stop) { [live] report in
                live?.record(report, engine: engine)
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
