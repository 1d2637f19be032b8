import ArgumentParser
import Diagnostics
import Engine

extension Ferry {
    struct Prune: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove archived inputs, status records and payload copies older than ferry.yml's `retention:`.",
            discussion: """
                The ledger keeps every file and every export, so nothing pruned is ever exported twice. \
                A prune that is stopped is finished by the next one. `ferry watch` prunes once a day when `retention:` is set.
                """)
        @OptionGroup var global: GlobalOptions
        @Flag(help: "Only count what would be removed.") var dryRun = false
        @Flag(help: "Print as JSON.") var json = false

        func run() throws {
            let (engine, config) = try Setup.engine(global, readOnly: dryRun)
            let language = config.language
            if config.retention.isEmpty && !json {
                Output.say(.pruneNotConfigured, in: language)
                return
            }
            let report = try engine.prune(dryRun: dryRun)
            if json {
                Output.json(report)
                return
            }
            if report.resumed > 0 { Output.say(.pruneResumed, ["count": String(report.resumed)], in: language) }
            Output.say(
                dryRun ? .pruneWould : .pruneDone,
                ["files": String(report.files), "copies": String(report.payloadCopies), "bytes": String(report.bytes)], in: language)
        }
    }
}
