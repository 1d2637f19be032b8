import ArgumentParser
import Engine
import Foundation

extension Ferry {
    struct Reprocess: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run archived files through again as a new attempt (after fixing master data or the mapping).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Ledger ids or archived paths.") var files: [String] = []
        @Flag(help: "All failed and partial files not resolved by hand.") var failed = false
        @Option(help: "With --failed: only this flow.") var flow: String?
        @Option(help: "With --failed: only files received on or after this date (YYYY-MM-DD, UTC).") var since: String?
        @Option(help: "Why, for the log and the status record.") var reason: String?
        @Flag(help: "Export again units that were already exported (under a new name).") var force = false
        @Flag(help: "Write nothing; show what would be written and, with --force, how it differs.") var dryRun = false
        @Flag(help: "Print as JSON.") var json = false

        func validate() throws {
            if files.isEmpty && !failed { throw ValidationError("name files to reprocess, or use --failed") }
            if since != nil && Self.date(since ?? "") == nil { throw ValidationError("--since takes a date like 2026-11-23") }
        }

        static func date(_ text: String) -> Date? {
            let formatter = DateFormatter()
            formatter.dateFormat = "yyyy-MM-dd"
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.locale = Locale(identifier: "en_US_POSIX")
            return formatter.date(from: text)
        }

        func run() throws {
            let (engine, config) = try Setup.engine(global, readOnly: dryRun)
            let request = ReprocessRequest(
                selectors: files, failed: failed, flow: flow, since: since.flatMap(Self.date), reason: reason, force: force,
                dryRun: dryRun)
            do {
                _ = try engine.files(for: request)
            } catch let error as UnknownFile {
                Output.error(error.description)
                throw ExitCode.validationFailure
            }
            if dryRun {
                let lines: [DryRunLine]
                do {
                    lines = try engine.dryRun(request)
                } catch let error as UnknownFile {
                    Output.error(error.description)
                    throw ExitCode.validationFailure
                }
                if json {
                    Output.json(lines)
                } else {
                    if lines.isEmpty { print("nothing to reprocess") }
                    for line in lines {
                        print("\(line.file) \(line.key ?? "") \(line.target.map { "→ \($0)" } ?? ""): \(line.action) \(line.detail)")
                        for change in line.diff { print("    \(change)") }
                    }
                    print("(dry run: nothing was written)")
                }
                return
            }
            let report = engine.reprocess(request)
            if json { Output.json(report) } else { Output.report(report, flows: config.flows.map(\.name)) }
            engine.waitForHooks()  // on-failure commands, each at most until its timeout
            throw ExitCode(report.exitCode)
        }
    }
}
