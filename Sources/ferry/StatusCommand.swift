import ArgumentParser
import Diagnostics
import Engine
import Foundation

extension Ferry {
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Per flow: files waiting (and why), processed, failed and amended awaiting attention, last run.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "Print as JSON.") var json = false

        func run() throws {
            let (engine, config) = try Setup.engine(global, readOnly: true)
            let status = try engine.status()
            if json {
                Output.json(status)
                return
            }
            let language = config.language
            func say(_ key: ErrorCode, _ arguments: [String: String]) {
                print("  " + Note(key, arguments).text(in: language))
            }
            if let last = status.lastRun {
                let exit = last.exitCode.map(String.init) ?? Note(.statusRunning).text(in: language)
                Output.say(
                    .statusLastRun,
                    ["command": last.command, "at": Output.local(last.startedAt), "files": String(last.filesTaken), "exit": exit],
                    in: language)
            }
            for flow in status.flows {
                let processed = flow.processed.sorted { $0.key < $1.key }
                    .map { Output.count(Output.outcome($0.key, in: language), $0.value, in: language) }.joined(separator: ", ")
                print("")
                Output.say(
                    flow.enabled ? .statusFlow : .statusFlowDisabled,
                    ["flow": flow.flow, "processed": processed.isEmpty ? Note(.statusNone).text(in: language) : processed],
                    in: language)
                for window in flow.missing {
                    var arguments = ["end": Output.local(window.windowEnd), "expected": window.expectedNote.text(in: language)]
                    if let last = window.lastFileAt { arguments["last"] = Output.local(last) }
                    say(window.lastFileAt == nil ? .statusMissingNever : .statusMissing, arguments)
                }
                for file in flow.waiting { say(.statusWaiting, ["name": file.name, "reason": file.note.text(in: language)]) }
                for file in flow.inProgress {
                    say(.statusInProgress, ["id": String(file.id), "file": file.file, "attempt": String(file.attempt)])
                }
                for file in flow.failed {
                    say(
                        .statusFailed,
                        [
                            "outcome": Output.outcome(file.outcome ?? "failed", in: language), "id": String(file.id),
                            "file": file.file, "attempt": String(file.attempt), "at": Output.local(file.processedAt),
                        ])
                    for error in file.errorDetails.prefix(3) { print("           \(Output.text(error, in: language))") }
                    for detail in file.documentErrorDetails {
                        print("           \(detail.key): \(Output.text(detail.error, in: language))")
                    }
                    if file.documentErrorCount > file.documentErrorDetails.count {
                        let more = Note(.runMoreDocumentErrors, [
                            "count": "\(file.documentErrorCount - file.documentErrorDetails.count)",
                            "record": (file.archivePath ?? file.file) + ".status.json",
                        ])
                        print("           " + more.text(in: language))
                    }
                }
                for document in flow.amended {
                    say(
                        .statusAmended,
                        ["id": String(document.fileId), "key": document.key ?? "?", "reason": Note.text(document.notes, in: language)])
                }
                for timer in flow.timers {
                    say(
                        .statusTimer,
                        [
                            "key": timer.key, "target": timer.target, "awaiting": timer.awaiting,
                            "then": timer.then.joined(separator: ", "), "until": Output.local(timer.until),
                        ])
                }
                for document in flow.filtered {
                    say(
                        .statusFiltered,
                        [
                            "id": String(document.fileId), "file": document.file, "key": document.key ?? "?",
                            "reason": Note.text(document.notes, in: language),
                        ])
                }
            }
        }
    }

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The activity log and lineage: which file brought an order, what it produced, which attempts and why.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Only this flow.") var flow: String?
        @Option(help: "Only this business key: the whole key (canonical/sales/SO-1001) or its last parts (SO-1001, sales/SO-1001), exactly, case counts.") var key: String?
        @Option(help: "Only business keys matching this pattern (`*` any text, `?` one character, case counts), e.g. 'SO-10*'.") var keyPattern: String?
        @Flag(help: "Print as JSON.") var json = false

        func run() throws {
            let (engine, config) = try Setup.engine(global, readOnly: true)
            if let flow, try !engine.knowsFlow(flow) {
                let error = FerryError(.runUnknownFlow, ["flow": flow, "known": config.flows.map(\.name).joined(separator: ", ")])
                Output.error(error.message(in: config.language) + "\n    " + error.hint(in: config.language), in: config.language)
                throw ExitCode(Exit.usage)
            }
            let report = try engine.log(flow: flow, key: key.map(KeyFilter.exact) ?? keyPattern.map(KeyFilter.pattern))
            if json {
                Output.json(report)
                return
            }
            if let asked = key ?? keyPattern, report.entries.isEmpty, report.lineage.isEmpty {
                Output.say(.runNoRecordOfKey, ["key": asked], in: config.language)
                return
            }
            for entry in report.entries {
                let by = entry.by.map { " (" + Note(.logBy, ["actor": $0]).text(in: config.language) + ")" } ?? ""
                print("\(Output.local(entry.at))  \(entry.flow ?? "-")  \(entry.fileId.map { "#\($0)" } ?? "")  \(entry.action): \(entry.detail)\(by)")
            }
            let language = config.language
            if !report.lineage.isEmpty { print("\n" + Note(.logLineageHeading).text(in: language)) }
            for line in report.lineage {
                let why = [line.trigger, line.reason].compactMap { $0 }.joined(separator: ": ")
                print("  " + Note(.logLineage, [
                    "key": line.key, "id": "\(line.fileId)", "file": line.file, "flow": line.flow,
                    "received": Output.local(line.receivedAt), "attempt": "\(line.attempt)", "why": why,
                    "outcome": Output.outcome(line.outcome, in: language),
                ]).text(in: language))
                for output in line.outputs { print("      " + Note(.logWrote, ["output": output]).text(in: language)) }
                if let detail = line.detail { print("      \(detail)") }
            }
        }
    }

    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mark a failed file as handled by hand, so it leaves the list of failures awaiting attention.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The file's ledger id (from `ferry status` or its status record).") var id: Int64
        @Option(help: "Why, for the log.") var reason: String

        func run() throws {
            let (engine, config) = try Setup.engine(global)
            let language = config.language
            do {
                try engine.resolve(id: id, reason: reason)
            } catch let error as UnknownFile {
                Output.error(Output.text(error.error, in: language), in: language)
                throw ExitCode(Exit.usage)
            } catch let error as FerryError {
                Output.error(Output.text(error, in: language) + " " + error.hint(in: language), in: language)
                throw ExitCode(Exit.usage)
            }
            Output.say(.resolveDone, ["id": String(id), "reason": reason], in: language)
        }
    }
}
