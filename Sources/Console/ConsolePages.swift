import Diagnostics
import Foundation
import Mustache

/// Renders the console's pages in the root's language: every label from the catalog.
struct ConsolePages: Sendable {
    let library: MustacheLibrary
    let language: Language
    /// The labels templates use as `{{t.name}}`.
    let labels: [String: String]

    init(language: Language) throws {
        var library = MustacheLibrary()
        for (name, text) in ConsoleTemplates.all { try library.register(text, named: name) }
        self.library = library
        self.language = language
        let keys: [String: ErrorCode] = [
            "title": .consoleTitle, "overview": .consoleNavOverview, "failures": .consoleNavFailures, "files": .consoleNavFiles,
            "lineage": .consoleNavLineage, "amended": .consoleNavAmended, "allWell": .consoleAllWell, "waiting": .consoleWaiting,
            "inProgress": .consoleInProgress, "today": .consoleToday, "week": .consoleThisWeek, "allTime": .consoleAllTime,
            "failuresAwaiting": .consoleFailuresAwaiting, "amendedAwaiting": .consoleAmendedAwaiting, "none": .consoleNone,
            "file": .consoleFile, "flow": .consoleFlow, "received": .consoleReceived, "processed": .consoleProcessed,
            "outcome": .consoleOutcome, "attempt": .consoleAttempt, "documents": .consoleDocuments, "key": .consoleKey,
            "reason": .consoleReason, "errors": .consoleErrors, "code": .consoleCode, "message": .consoleMessage,
            "location": .consoleLocation, "hint": .consoleHint, "outputs": .consoleOutputs, "attempts": .consoleAttempts,
            "trigger": .consoleTrigger, "input": .consoleInput, "resolve": .consoleResolve, "reprocess": .consoleReprocess,
            "force": .consoleForce, "dryRunHeading": .consoleDryRunHeading, "confirm": .consoleConfirm, "filter": .consoleFilter,
            "searchName": .consoleSearchName, "date": .consoleDate, "any": .consoleAny, "older": .consoleOlder,
            "noFiles": .consoleNoFiles, "lineagePrompt": .consoleLineagePrompt, "acknowledge": .consoleAcknowledge,
            "activity": .consoleActivity, "time": .consoleTime, "action": .consoleAction, "view": .consoleView,
            "search": .consoleSearch, "target": .consoleTarget, "wouldDo": .consoleWouldDo, "resolvedBy": .consoleResolvedBy,
            "disabled": .consoleFlowDisabled, "acknowledgedChanges": .consoleAcknowledgedChanges,
        ]
        labels = keys.mapValues { Note($0).text(in: language) }
    }

    /// `template` inside the layout, titled `title`.
    func render(_ template: String, title: String, _ context: [String: Any], flash: String? = nil) -> String {
        var context = Self.prepared(context)
        context["t"] = labels
        let body = library.render(context, withTemplate: template) ?? ""
        var page: [String: Any] = ["t": labels, "title": title, "body": body, "lang": language.rawValue]
        if let flash { page["flash"] = flash }
        return library.render(page, withTemplate: "layout") ?? body
    }

    /// Adds `has_<name>` beside every list, so a template can show a heading only above a non-empty one.
    static func prepared(_ context: [String: Any]) -> [String: Any] {
        var result = context
        for (name, value) in context {
            if let list = value as? [[String: Any]] {
                result[name] = list.map(prepared)
                result["has_" + name] = !list.isEmpty
            } else if let list = value as? [Any] {
                result["has_" + name] = !list.isEmpty
            } else if let nested = value as? [String: Any] {
                result[name] = prepared(nested)
            }
        }
        return result
    }

    // MARK: Texts for people

    func text(_ key: ErrorCode, _ arguments: [String: String] = [:]) -> String { Note(key, arguments).text(in: language) }

    /// An outcome's name in the root's language (the raw value when the catalog has none).
    func outcome(_ raw: String?) -> String {
        guard let raw else { return "…" }
        let key = ErrorCode.outcome(raw)
        return Catalog.entries[key] == nil ? raw : Note(key).text(in: language)
    }

    /// A CSS class for an outcome: good, bad, warn or none.
    static func outcomeClass(_ raw: String?) -> String {
        switch raw {
        case "exported", "already-exported", "export", "nothing-to-export", "filtered", "superseded": "good"
        case "failed", "partial": "bad"
        case "amended-after-export": "warn"
        default: ""
        }
    }

    /// `3 exported, 1 failed`, or "none".
    func counts(_ counts: [String: Int]) -> String {
        let parts = counts.sorted { $0.key < $1.key }.map { text(.outputCount, ["label": outcome($0.key), "count": String($0.value)]) }
        return parts.isEmpty ? text(.consoleNone) : parts.joined(separator: ", ")
    }

    /// Local time for people (the ledger keeps UTC).
    static func local(_ date: Date?) -> String {
        guard let date else { return "–" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        formatter.timeZone = .current
        return formatter.string(from: date)
    }

    /// An error's rows for the error table: code, location, message and hint in the root's language.
    func errorRows(_ errors: [FerryError]) -> [[String: Any]] {
        errors.map { error in
            [
                "code": error.code.rawValue, "location": error.location?.description ?? "", "message": error.message(in: language),
                "hint": error.hint(in: language),
            ]
        }
    }

    /// `[CODE] location: message`, as the command line prints it.
    func line(_ error: FerryError) -> String {
        let place = error.location.map { "\($0): " } ?? ""
        return "[\(error.code)] \(place)\(error.message(in: language))"
    }
}
