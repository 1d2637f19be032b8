import ArgumentParser
import Diagnostics
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
        @Flag(help: "Write nothing; run the same decisions, show what would be written and, with --force, how it differs; exit as the real reprocess would.") var dryRun = false
        @Option(name: .customLong("with"), help: "A corrected copy of the one named file's input: archived next to the original (which is kept) and read by the new attempt.")
        var with: String?
        @Flag(help: "Print as JSON.") var json = false

        func validate() throws {
            if files.isEmpty && !failed { throw ValidationError("name files to reprocess, or use --failed") }
            if since != nil && Self.date(since ?? "") == nil { throw ValidationError("--since takes a date like 2026-11-23") }
            if with != nil && (files.count != 1 || failed) {
                throw ValidationError(FerryError(.engineReplacementNeedsOneFile, ["count": "\(files.count + (failed ? 1 : 0))"]).description)
            }
        }

        static func date(_ text: String) -> Date? {
            let formatter = DateFormatter()
            formatter.dateFormat = "yyyy-MM-dd"
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.locale = Locale(identifier: "en_US_POSIX")
            return formatter.date(from: text)
        }

        /// The `--with` file as an absolute path, or exit 64 with ENGINE-022 when it cannot be read.
        func replacement() throws -> String? {
            guard let with else { return nil }
            let path = URL(fileURLWithPath: with).standardizedFileURL.path
            var isDirectory: ObjCBool = false
            let reason: String?
            if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                reason = "no such file"
            } else if isDirectory.boolValue {
                reason = "it is a folder"
            } else if !FileManager.default.isReadableFile(atPath: path) {
                reason = "permission denied"
            } else {
                reason = nil
            }
            if let reason {
                Output.error(FerryError(.engineReplacementUnreadable, ["path": with, "reason": reason]).description)
                throw ExitCode(Exit.usage)
            }
            return path
        }

        func run() throws {
            let (engine, config) = try Setup.engine(global, readOnly: dryRun)
            let request = ReprocessRequest(
                selectors: files, failed: failed, flow: flow, since: since.flatMap(Self.date), reason: reason, force: force,
                dryRun: dryRun, replacement: try replacement())
            do {
                _ = try engine.files(for: request)
            } catch let error as UnknownFile {
                Output.error(Output.text(error.error, in: config.language), in: config.language)
                throw ExitCode(Exit.usage)
            }
            if dryRun {
                let report = try engine.dryRun(request)
                if json {
                    Output.json(report)
                } else {
                    let language = config.language
                    if report.files.isEmpty && report.skipped.isEmpty { Output.say(.dryRunNothing, in: language) }
                    for file in report.files {
                        Output.say(
                            .engineDryRunOutcome,
                            ["id": "\(file.id)", "file": file.file, "outcome": Output.outcome(file.outcome.rawValue, in: language)],
                            in: language)
                        for error in file.errors { print("    \(Output.text(error, in: language))") }
                        for line in file.lines {
                            let detail = line.errors.isEmpty
                                ? DryRunLine.text(line.notes, in: language)
                                : line.errors.map { Output.text($0, in: language) }.joined(separator: "; ")
                            let target = line.target.map { " → \($0)" } ?? ""
                            print("  \(line.key ?? "-")\(target): \(Output.outcome(line.action, in: language)) \(detail)")
                            for change in line.diff { print("    \(change)") }
                        }
                    }
                    for note in report.skipped { Output.say(.runSkipped, ["note": note.text(in: language)], in: language) }
                    Output.say(.dryRunFooter, in: language)
                }
                throw ExitCode(report.exitCode)
            }
            let report = engine.reprocess(request)
            if json { Output.json(report) } else { Output.report(report, flows: config.flows.map(\.name), language: config.language) }
            engine.waitForHooks()  // on-failure commands, each at most until its timeout
            throw ExitCode(report.exitCode)
        }
    }
}
