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
                    Output.error(error.description)
                    let hint = error.hint(in: config.language)
                    if !hint.isEmpty { FileHandle.standardError.write(Data(("    fix: " + hint + "\n").utf8)) }
                    throw ExitCode(Exit.ledgerDamaged)
                }
                if json {
                    Output.json(report)
                } else {
                    print("read \(report.records) status record(s): \(report.files) file(s), \(report.exports) export(s) restored")
                    for problem in report.unrestorable { print("not restorable: \(problem)") }
                    if let previous = report.previousLedger { print("the previous ledger files are in \(previous)") }
                    print(report.installed ? "the rebuilt ledger is in place" : "nothing was changed: the ledger is still missing or damaged")
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
                let (engine, _) = try Setup.engine(global, readOnly: true)
                guard !FileManager.default.fileExists(atPath: destination) else {
                    Output.error("\(destination) exists already; name a new file")
                    throw ExitCode(Exit.usage)
                }
                try engine.ledger.backup(to: destination)
                print("ledger copied to \(destination)")
            }
        }
    }
}
