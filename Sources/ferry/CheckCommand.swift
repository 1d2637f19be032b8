import ArgumentParser
import Configuration
import Connectors
import Diagnostics
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
                    Output.error(Note(.checkCannotRead, ["path": path]).text())
                    throw ExitCode(Exit.configuration)
                }
                let config = ConfigLoader.builtIn()
                Output.say(
                    .checkNoConfig, ["root": global.root, "flows": config.flows.map(\.name).joined(separator: ", ")],
                    in: config.language)
                return
            }
            let yaml = String(decoding: data, as: UTF8.self)
            var result = ConfigLoader.check(
                yaml: yaml, fileName: (path as NSString).lastPathComponent, root: global.root, knownSystems: Setup.knownSystems,
                systems: ConnectorRegistry.profiles)
            // A broken file may still say which language its reader speaks.
            let language = result.config?.language ?? ConfigLoader.declaredLanguage(yaml: yaml) ?? .en
            // Target schemas are files of their own: a valid ferry.yml can still name one that does not load.
            if let config = result.config { result.issues += Engine.schemaIssues(in: config, root: global.root) }
            // Warnings: the file is valid, but something it names will not work as written.
            if let config = result.config {
                Output.printIssues(
                    Engine.hookWarnings(in: config, root: global.root), language: config.language,
                    label: Note(.checkWarningLabel).text(in: config.language))
            }
            if result.issues.isEmpty, let config = result.config {
                Output.say(
                    Note.counted(.checkValid, config.flows.count, ["path": path, "flows": config.flows.map(\.name).joined(separator: ", ")]),
                    in: language)
                return
            }
            Output.printIssues(result.issues, language: language)
            Output.say(Note.counted(.checkProblems, result.issues.count, ["path": path]), in: language)
            throw ExitCode(Exit.configuration)
        }

        private func checkLedger() throws {
            let (engine, config) = try Setup.engine(global, readOnly: true)
            let language = config.language
            let report: LedgerCheckReport
            do {
                report = try engine.checkLedger()
            } catch let locked as LedgerLocked {
                Output.error(locked.note.text(in: language), in: language)
                throw ExitCode(Exit.ledgerLocked)
            }
            for finding in report.findings {
                Output.say(
                    finding.recoverable ? .checkLedgerRecoverable : .checkLedgerDrift,
                    ["kind": finding.kind.rawValue, "detail": finding.text(in: language)], in: language)
            }
            let counts = [
                "files": String(report.filesChecked), "exports": String(report.exportsChecked),
                "entries": String(report.archiveEntriesChecked),
            ]
            if report.isConsistent {
                Output.say(.checkLedgerConsistent, counts, in: language)
                return
            }
            let recoverable = report.findings.filter(\.recoverable).count
            Output.say(
                .checkLedgerFindings,
                counts.merging(["count": String(report.findings.count), "recoverable": String(recoverable)]) { first, _ in first },
                in: language)
            throw ExitCode(Exit.failedFiles)
        }
    }
}
