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
            if let last = status.lastRun {
                print("last run: \(last.command) at \(Output.local(last.startedAt)), \(last.filesTaken) file(s), exit \(last.exitCode.map(String.init) ?? "running")")
            }
            for flow in status.flows {
                let processed = flow.processed.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
                print("\n\(flow.flow)\(flow.enabled ? "" : " (disabled)"): processed \(processed.isEmpty ? "none" : processed)")
                for file in flow.waiting { print("  waiting  \(file.name): \(file.reason)") }
                for file in flow.inProgress { print("  in progress  #\(file.id) \(file.file) (attempt \(file.attempt))") }
                for file in flow.failed {
                    print("  \(file.outcome ?? "failed")  #\(file.id) \(file.file) (attempt \(file.attempt), \(Output.local(file.processedAt)))")
                    for error in file.errors.prefix(3) { print("           \(error)") }
                    for error in file.documentErrors { print("           \(error)") }
                    if file.documentErrorCount > file.documentErrors.count {
                        let more = FerryError(.runMoreDocumentErrors, [
                            "count": "\(file.documentErrorCount - file.documentErrors.count)",
                            "record": (file.archivePath ?? file.file) + ".status.json",
                        ])
                        print("           " + more.message(in: config.language))
                    }
                }
                for document in flow.amended {
                    print("  amended  #\(document.fileId) \(document.key ?? "?"): \(document.reason ?? "")")
                }
                for document in flow.filtered {
                    print("  filtered  #\(document.fileId) \(document.file) \(document.key ?? "?"): \(document.reason ?? "")")
                }
            }
        }
    }

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The activity log and lineage: which file brought an order, what it produced, which attempts and why.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Only this flow.") var flow: String?
        @Option(help: "Only this business key (order number, SKU, ...; substring match).") var key: String?
        @Flag(help: "Print as JSON.") var json = false

        func run() throws {
            let (engine, config) = try Setup.engine(global, readOnly: true)
            if let flow, try !engine.knowsFlow(flow) {
                let error = FerryError(.runUnknownFlow, ["flow": flow, "known": config.flows.map(\.name).joined(separator: ", ")])
                Output.error(error.message(in: config.language) + "\n    " + error.hint(in: config.language))
                throw ExitCode(Exit.usage)
            }
            let report = try engine.log(flow: flow, key: key)
            if json {
                Output.json(report)
                return
            }
            if let key, report.entries.isEmpty, report.lineage.isEmpty {
                print(FerryError(.runNoRecordOfKey, ["key": key]).message(in: config.language))
                return
            }
            for entry in report.entries {
                print("\(Output.local(entry.at))  \(entry.flow ?? "-")  \(entry.fileId.map { "#\($0)" } ?? "")  \(entry.action): \(entry.detail)")
            }
            if !report.lineage.isEmpty { print("\nlineage:") }
            for line in report.lineage {
                let why = [line.trigger, line.reason].compactMap { $0 }.joined(separator: ": ")
                print("  \(line.key): file #\(line.fileId) \(line.file) (\(line.flow), received \(Output.local(line.receivedAt))), attempt \(line.attempt) [\(why)] → \(line.outcome)")
                for output in line.outputs { print("      wrote \(output)") }
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
            let (engine, _) = try Setup.engine(global)
            do {
                try engine.resolve(id: id, reason: reason)
            } catch let error as UnknownFile {
                Output.error(error.description)
                throw ExitCode(Exit.usage)
            } catch let error as FerryError {
                Output.error(error.description + " " + error.hint())
                throw ExitCode(Exit.usage)
            }
            print("#\(id) resolved: \(reason)")
        }
    }
}
