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
            TerminalLogHandler(label: label, logLevel: verbosity >= 2 ? .debug : verbosity == 1 ? .info : level)
        }
        return Logger(label: "ferry")
    }

    /// The configuration of `root`, or exit 2 with every mistake printed.
    static func config(root: String) throws -> FerryConfig {
        do {
            return try ConfigLoader.load(root: root, knownSystems: knownSystems, systems: ConnectorRegistry.profiles)
        } catch let failure as ConfigLoadFailure {
            Output.printIssues(failure.issues, language: failure.language)
            throw ExitCode(Exit.configuration)
        }
    }

    /// `FERRY_CLOCK_OFFSET`: how far the engine's clock runs ahead of the system's (`90`,
    /// `30s`, `15m`, `4h`, `2d`; negative runs behind), so tests cross a durable timer's
    /// wait without sleeping. 0 when unset or unreadable.
    static func clockOffset(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> TimeInterval {
        guard var text = environment["FERRY_CLOCK_OFFSET"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return 0 }
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86400]
        var unit = 1.0
        if let last = text.last, let factor = units[last] {
            unit = factor
            text.removeLast()
        }
        guard let value = Double(text), value.isFinite else { return 0 }
        return value * unit
    }

    /// The engine on `--root`; `readOnly` for commands that only look (status, log, dry runs).
    static func engine(_ options: GlobalOptions, level: Logger.Level = .warning, readOnly: Bool = false) throws -> (Engine, FerryConfig) {
        let config = try config(root: options.root)
        let logger = logger(verbosity: options.verbose, default: level)
        do {
            let offset = clockOffset()
            return (
                try Engine(
                    root: options.root, config: config, logger: logger, readOnly: readOnly,
                    // `FERRY_NOW` (Engine.defaultClock) sets where the clock starts, the offset moves it.
                    clock: { Engine.defaultClock().addingTimeInterval(offset) }),
                config
            )
        } catch let error as FerryError {
            Output.error(Output.text(error, in: config.language), in: config.language)
            let hint = error.hint(in: config.language)
            if !hint.isEmpty { Terminal.errorLine("    " + Note(.outputFix, ["hint": hint]).text(in: config.language)) }
            throw ExitCode(Exit.configuration)
        } catch let damaged as LedgerDamaged {
            Output.error(damaged.error.message(in: config.language), in: config.language)
            let hint = damaged.error.hint(in: config.language)
            if !hint.isEmpty {
                Terminal.errorLine("    " + Note(.outputFix, ["hint": hint]).text(in: config.language))
            }
            throw ExitCode(Exit.ledgerDamaged)
        } catch let locked as LedgerLocked {
            Output.error(locked.note.text(in: config.language), in: config.language)
            throw ExitCode(Exit.ledgerLocked)
        } catch let failure as IOFailure {
            Output.error(failure.note.text(in: config.language), in: config.language)
            throw ExitCode(failure.isEnvironmental ? Exit.environment : Exit.failedFiles)
        }
    }
}

/// Printing for people (terminal) and scripts (`--json`).
///
/// Every text for people comes from the catalog in the root's `language:`: a new line of
/// output is one entry in `Catalog+CommandTexts.swift` plus one `say` call. JSON keeps
/// stable identifiers (raw outcomes, catalog keys with their arguments).
enum Output {
    /// Prints one operator text from the catalog.
    static func say(_ key: ErrorCode, _ arguments: [String: String] = [:], in language: Language) {
        print(Note(key, arguments).text(in: language))
    }

    static func say(_ note: Note, in language: Language) {
        print(note.text(in: language))
    }

    static func error(_ text: String, in language: Language = .en) {
        Terminal.errorLine(Note(.outputError, ["text": text]).text(in: language))
    }

    /// `[CODE] location: message` in `language`.
    static func text(_ error: FerryError, in language: Language) -> String {
        let place = error.location.map { "\($0): " } ?? ""
        return "[\(error.code)] \(place)\(error.message(in: language))"
    }

    /// An outcome's name for people (`exported`, `geëxporteerd`); the raw value when the
    /// catalog has no entry for it.
    static func outcome(_ rawValue: String, in language: Language) -> String {
        let key = ErrorCode.outcome(rawValue)
        return Catalog.entries[key] == nil ? rawValue : Note(key).text(in: language)
    }

    /// `3 exported` / `geëxporteerd: 3`.
    static func count(_ label: String, _ count: Int, in language: Language) -> String {
        Note(.outputCount, ["label": label, "count": String(count)]).text(in: language)
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
            if !hint.isEmpty { print("    " + Note(.outputFix, ["hint": hint]).text(in: language)) }
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

    /// One taken file's line: its mark, flow, name, outcome and status record.
    static func fileLine(_ taken: TakenFile, language: Language) -> String {
        // A file whose documents changed after export is not ✓: it needs a person.
        let mark = !taken.outcome.isSuccess ? "✗" : taken.needsAttention ? "!" : "✓"
        let attention = taken.needsAttention
            ? " (" + Note.counted(.runNeedsAttention, taken.amended).text(in: language) + ")" : ""
        return "\(mark) \(taken.flow)/\(taken.name): \(outcome(taken.outcome.rawValue, in: language))\(attention)  → \(taken.statusRecord ?? "")"
    }

    /// The run's summary: the lines of the files it kept (those not told as they ended),
    /// a line per flow with counts, then what stopped it.
    static func report(_ report: RunReport, flows: [String], language: Language) {
        for taken in report.taken { print(fileLine(taken, language: language)) }
        for flow in flows {
            let files = report.tally.flows[flow] ?? RunTally.Flow()
            let waiting = report.waitingTally.flows[flow] ?? [:]
            if files.files == 0 && waiting.isEmpty { continue }
            var parts = [Note.counted(.runFilesTaken, files.files).text(in: language)]
            parts += files.outcomes.sorted { $0.key < $1.key }.map { count(outcome($0.key, in: language), $0.value, in: language) }
            if files.amended > 0 {
                parts.append(count(outcome(DocumentOutcome.amendedAfterExport.rawValue, in: language), files.amended, in: language))
            }
            var reasons: [String: Int] = [:]
            for reason in waiting.values { reasons[reason.note.text(in: language), default: 0] += reason.files }
            parts += reasons.sorted { $0.key < $1.key }.map { count($0.key, $0.value, in: language) }
            print("\(flow): " + parts.joined(separator: ", "))
        }
        for note in report.skipped { say(.runSkipped, ["note": note.text(in: language)], in: language) }
        // "Nothing to do" only when the run itself went through: not before a lock, ledger or
        // environment error, which is printed instead.
        let stopped = report.stoppedBy != nil || !report.flowErrors.isEmpty || report.watchdogStop != nil
        if report.tally.files == 0 && report.waitingTally.isEmpty && report.skipped.isEmpty && !stopped { say(.runNothingToDo, in: language) }
        for (flow, problem) in report.flowErrors.sorted(by: { $0.key < $1.key }) {
            let text = report.flowErrorNotes[flow]?.text(in: language) ?? problem
            error(Note(.runFlowStopped, ["flow": flow, "problem": text]).text(in: language), in: language)
        }
        if let stop = report.watchdogStop {
            error(stop.message(in: language) + "\n    " + stop.hint(in: language), in: language)
        }
        if let stopped = report.stoppedBy {
            let key: ErrorCode = report.internalError ? .runStopped : .runStoppedRetry
            error(Note(key, ["problem": report.stoppedByNote?.text(in: language) ?? stopped]).text(in: language), in: language)
        }
    }
}
