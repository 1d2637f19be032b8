import ArgumentParser
import Configuration
import Engine
import Foundation

extension Ferry {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate ferry.yml: every mistake with its line and a fix. Exit 0 valid, 2 invalid.",
            discussion: """
                With --ledger, compare the ledger with the archive instead: every archived input with its \
                status record, every archive file in the ledger, every export's payload copy, nothing left \
                behind by a stopped process. Exit 0 consistent, 1 drift found. Outbox files taken away by \
                partners are not drift.
                """)
        @OptionGroup var global: GlobalOptions
        @Option(help: "Check this file instead of <root>/ferry.yml.") var file: String?
        @Flag(help: "Check the ledger against the archive (read-only). Exit 0 consistent, 1 drift.") var ledger = false

        func run() throws {
            if ledger { return try checkLedger() }
            let path = file ?? (global.root as NSString).appendingPathComponent("ferry.yml")
            guard let data = FileManager.default.contents(atPath: path) else {
                if file != nil {
                    Output.error("cannot read \(path)")
                    throw ExitCode(Exit.configuration)
                }
                let config = ConfigLoader.builtIn()
                print("no ferry.yml in \(global.root): the built-in configuration applies (\(config.flows.map(\.name).joined(separator: ", ")))")
                return
            }
            var result = ConfigLoader.check(
                yaml: String(decoding: data, as: UTF8.self), fileName: (path as NSString).lastPathComponent,
                root: global.root, knownSystems: Setup.knownSystems)
            // Target schemas are files of their own: a valid ferry.yml can still name one that does not load.
            if let config = result.config { result.issues += Engine.schemaIssues(in: config, root: global.root) }
            // Warnings: the file is valid, but something it names will not work as written.
            if let config = result.config {
                Output.printIssues(Engine.hookWarnings(in: config, root: global.root), language: config.language, label: "warning")
            }
            if result.issues.isEmpty, let config = result.config {
                print("\(path) is valid: \(config.flows.count) flow(s): \(config.flows.map(\.name).joined(separator: ", "))")
                return
            }
            Output.printIssues(result.issues, language: result.config?.language ?? .en)
            print("\(result.issues.count) problem(s) in \(path)")
            throw ExitCode(Exit.configuration)
        }

        private func checkLedger() throws {
            let (engine, _) = try Setup.engine(global, readOnly: true)
            let report: LedgerCheckReport
            do {
                report = try engine.checkLedger()
            } catch is LedgerLocked {
                Output.error(LedgerLocked().description)
                throw ExitCode(Exit.ledgerLocked)
            }
            for finding in report.findings {
                print("\(finding.recoverable ? "recoverable" : "drift"): [\(finding.kind.rawValue)] \(finding.detail)")
            }
            let counts = "\(report.filesChecked) file(s), \(report.exportsChecked) export(s), \(report.archiveEntriesChecked) archive entries"
            if report.isConsistent {
                print("ledger and archive are consistent: \(counts)")
                return
            }
            let recoverable = report.findings.filter(\.recoverable).count
            print("\(report.findings.count) finding(s), \(recoverable) recoverable by the next run: \(counts)")
            throw ExitCode(Exit.failedFiles)
        }
    }
}
