import ArgumentParser
import Diagnostics
import Engine
import Foundation

extension Ferry {
    struct Ledger: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Look after the ledger: rebuild it from the archive, or back it up.",
            subcommands: [Rebuild.self, Backup.self])

        struct Rebuild: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Rebuild a lost or damaged ledger from the archive's status records, so nothing is exported twice.")
            @OptionGroup var global: GlobalOptions
            @Flag(help: "Print the report as JSON.") var json = false

            func run() throws {
                let config = try Setup.config(root: global.root)
                let logger = Setup.logger(verbosity: global.verbose)
                let report: LedgerRebuildReport
                do {
                    report = try LedgerRebuilder(root: global.root, config: config, logger: logger).rebuild()
                } catch let error as FerryError {
                    Output.error(Output.text(error, in: config.language), in: config.language)
                    let hint = error.hint(in: config.language)
                    if !hint.isEmpty {
                        Terminal.errorLine("    " + Note(.outputFix, ["hint": hint]).text(in: config.language))
                    }
                    throw ExitCode(Exit.ledgerDamaged)
                }
                if json {
                    Output.json(report)
                } else {
                    let language = config.language
                    Output.say(
                        .ledgerRebuildRead,
                        ["records": String(report.records), "files": String(report.files), "exports": String(report.exports)],
                        in: language)
                    if report.timers > 0 { Output.say(.ledgerRebuildTimers, ["count": String(report.timers)], in: language) }
                    for path in report.returned { Output.say(.ledgerRebuildReturned, ["path": path], in: language) }
                    for problem in report.unrestorable { Output.say(.ledgerRebuildUnrestorable, ["problem": problem], in: language) }
                    if let previous = report.previousLedger { Output.say(.ledgerRebuildPrevious, ["path": previous], in: language) }
                    Output.say(report.installed ? .ledgerRebuildInstalled : .ledgerRebuildNotInstalled, in: language)
                }
                if !report.installed { throw ExitCode(Exit.ledgerDamaged) }
            }
        }

        struct Backup: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Write a consistent copy of the ledger to a new file while Ferry keeps working (SQLite VACUUM INTO).")
            @OptionGroup var global: GlobalOptions
            @Argument(help: "The file to write; it must not exist yet.") var destination: String

            func run() throws {
                let (engine, config) = try Setup.engine(global, readOnly: true)
                guard !FileManager.default.fileExists(atPath: destination) else {
                    Output.error(Note(.ledgerBackupExists, ["path": destination]).text(in: config.language), in: config.language)
                    throw ExitCode(Exit.usage)
                }
                try engine.ledger.backup(to: destination)
                Output.say(.ledgerBackupDone, ["path": destination], in: config.language)
            }
        }
    }
}
