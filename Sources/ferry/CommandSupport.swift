import ArgumentParser
import Configuration
import Connectors
import Diagnostics
import Engine
import Foundation
import Logging

/// Exit codes, as documented in the README.
enum Exit {
    static let ok: Int32 = 0
    static let failedFiles: Int32 = 1
    static let configuration: Int32 = 2
    static let ledgerLocked: Int32 = 3
    static let environment: Int32 = 4
    static let needsAttention: Int32 = ExitStatus.needsAttention
    static let watchdog: Int32 = ExitStatus.watchdog
    static let ledgerDamaged: Int32 = 7
    static let usage: Int32 = 64
}

/// Loading the configuration and the engine, with errors turned into exit codes.
enum Setup {
    static var knownSystems: Set<String> { Set(ConnectorRegistry.builtIn.keys) }

    static func logger(verbosity: Int, default level: Logger.Level = .warning) -> Logger {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = verbosity >= 2 ? .debug : verbosity == 1 ? .info : level
            return handler
        }
        return Logger(label: "ferry")
    }

    /// The configuration of `root`, or exit 2 with every mistake printed.
    static func config(root: String) throws -> FerryConfig {
        do {
            return try ConfigLoader.load(root: root, knownSystems: knownSystems)
        } catch let failure as ConfigLoadFailure {
            Output.printIssues(failure.issues, language: .en)
            throw ExitCode(Exit.configuration)
        }
    }

    /// The engine on `--root`; `readOnly` for commands that only look (status, log, dry runs).
    static func engine(_ options: GlobalOptions, level: Logger.Level = .warning, readOnly: Bool = false) throws -> (Engine, FerryConfig) {
        let config = try config(root: options.root)
        let logger = logger(verbosity: options.verbose, default: level)
        do {
            return (try Engine(root: options.root, config: config, logger: logger, readOnly: readOnly), config)
        } catch let error as FerryError {
            Output.error(error.description)
            throw ExitCode(Exit.configuration)
        } catch let damaged as LedgerDamaged {
            Output.error(damaged.error.message(in: config.language))
            let hint = damaged.error.hint(in: config.language)
            if !hint.isEmpty { FileHandle.standardError.write(Data(("    fix: " + hint + "\n").utf8)) }
            throw ExitCode(Exit.ledgerDamaged)
        } catch is LedgerLocked {
            Output.error(LedgerLocked().description)
            throw ExitCode(Exit.ledgerLocked)
        } catch let failure as IOFailure {
            Output.error(failure.description)
            throw ExitCode(failure.isEnvironmental ? Exit.environment : Exit.failedFiles)
        }
    }
}

/// Printing for people (terminal) and scripts (`--json`).
enum Output {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data(("Error: " + text + "\n").utf8))
    }

    static func json(_ value: some Encodable) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        if let data = try? encoder.encode(value) {
            print(String(decoding: data, as: UTF8.self))
        }
    }

    /// Each issue with its place and fix; `label` (`warning`) marks issues that do not make the file invalid.
    static func printIssues(_ issues: [ConfigIssue], language: Language, label: String? = nil) {
        for issue in issues {
            let file = issue.error.location?.file ?? "ferry.yml"
            let place = issue.line > 0 ? "\(file):\(issue.line)" + (issue.column > 0 ? ":\(issue.column)" : "") : file
            let field = issue.error.location?.field.map { " (\($0))" } ?? ""
            print("\(place): \(label.map { $0 + ": " } ?? "")[\(issue.error.code)] \(issue.error.message(in: language))\(field)")
            let hint = issue.error.hint(in: language)
            if !hint.isEmpty { print("    fix: \(hint)") }
        }
    }

    /// Local time for people; the ledger and records keep UTC.
    static func local(_ date: Date?) -> String {
        guard let date else { return "-" }
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        formatter.timeZone = .current
        return formatter.string(from: date)
    }

    static func report(_ report: RunReport, flows: [String], language: Language = .en) {
        for taken in report.taken {
            // A file whose documents changed after export is not ✓: it needs a person.
            let mark = !taken.outcome.isSuccess ? "✗" : taken.needsAttention ? "!" : "✓"
            let attention = taken.needsAttention
                ? " (" + FerryError(.runNeedsAttention, ["count": "\(taken.amended)"]).message(in: language) + ")" : ""
            print("\(mark) \(taken.flow)/\(taken.name): \(taken.outcome.rawValue)\(attention)  → \(taken.statusRecord ?? "")")
        }
        for flow in flows {
            let files = report.taken.filter { $0.flow == flow }
            let waiting = report.waiting.filter { $0.flow == flow }
            if files.isEmpty && waiting.isEmpty { continue }
            var counts: [String: Int] = [:]
            for file in files { counts[file.outcome.rawValue, default: 0] += 1 }
            var parts = ["\(files.count) file\(files.count == 1 ? "" : "s") taken"]
            parts += counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
            let amended = files.reduce(0) { $0 + $1.amended }
            if amended > 0 { parts.append("\(amended) \(DocumentOutcome.amendedAfterExport.rawValue)") }
            var reasons: [String: Int] = [:]
            for file in waiting { reasons[file.reason, default: 0] += 1 }
            parts += reasons.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
            print("\(flow): " + parts.joined(separator: ", "))
        }
        for note in report.skipped { print("skipped \(note)") }
        if report.taken.isEmpty && report.waiting.isEmpty && report.skipped.isEmpty { print("nothing to do") }
        for (flow, problem) in report.flowErrors.sorted(by: { $0.key < $1.key }) {
            error("flow \(flow) stopped: \(problem); its files stay in the inbox, the other flows went on")
        }
        if let stop = report.watchdogStop {
            error(stop.message(in: language) + "\n    " + stop.hint(in: language))
        }
        if let stopped = report.stoppedBy {
            if report.internalError {
                error("run stopped: \(stopped)")
            } else {
                error("run stopped: \(stopped); nothing was lost, run again when fixed")
            }
        }
    }
}
