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
                Output.error(error.description)
                throw ExitCode(Exit.usage)
            }
            if dryRun {
                let report = try engine.dryRun(request)
                if json {
                    Output.json(report)
                } else {
                    if report.files.isEmpty && report.skipped.isEmpty { print("nothing to reprocess") }
                    for file in report.files {
                        print(FerryError(.engineDryRunOutcome, ["id": "\(file.id)", "file": file.file, "outcome": file.outcome.rawValue]).message(in: config.language))
                        for error in file.errors { print("    \(error.description)") }
                        for line in file.lines {
                            let detail = line.action == "export"
                                ? FerryError(.engineDryRunWouldWrite, ["path": line.detail]).message(in: config.language) : line.detail
                            print("  \(line.key ?? "-")\(line.target.map { " → \($0)" } ?? ""): \(line.action) \(detail)")
                            for change in line.diff { print("    \(change)") }
                        }
                    }
                    for note in report.skipped { print("skipped \(note)") }
                    print("(dry run: nothing was written)")
                }
                throw ExitCode(report.exitCode)
            }
            let report = engine.reprocess(request)
            if json { Output.json(report) } else { Output.report(report, flows: config.flows.map(\.name)) }
            engine.waitForHooks()  // on-failure commands, each at most until its timeout
            throw ExitCode(report.exitCode)
        }
    }
}
