import Canonical
import Diagnostics
import Foundation

/// Writes `<archived name>.status.json` from the ledger (format: docs/status-record.md).
///
/// Documents are streamed from a database cursor into the file, so a file with a million
/// documents does not need its record in memory. Written under a hidden name, fsynced,
/// then renamed over the previous record.
struct StatusRecordWriter {
    let context: EngineContext

    struct ErrorEntry: Encodable {
        var code: String
        var message: String
        var location: String?
        var hint: String
        var messages: [String: String]
        var hints: [String: String]

        init(_ error: FerryError, language: Language) {
            code = error.code.rawValue
            message = error.message(in: language)
            location = error.location?.description
            hint = error.hint(in: language)
            messages = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0.rawValue, error.message(in: $0)) })
            hints = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0.rawValue, error.hint(in: $0)) })
        }
    }

    struct DocumentEntry: Encodable {
        var kind: String
        var key: String?
        var outcome: String
        var reason: String?
        var outputs: [String]
        var errors: [ErrorEntry]
        /// The durable timers this attempt scheduled for the document, as data (the reason
        /// says the same in words); left out when there are none. `ledger rebuild` reads them.
        var waits: [WaitEntry]?

        /// The entry as `JSONText.encoder` writes it (sorted keys, absent optionals left out,
        /// slashes as they are); the usual entry, without errors or waits, written directly,
        /// since a big file's record has one per order. `StatusRecordEntryTests` compares both.
        var json: String {
            guard errors.isEmpty, waits == nil else { return JSONText.encode(self) }
            var text = "{\"errors\":[]"
            if let key { text += ",\"key\":" + JSONText.quote(key) }
            text += ",\"kind\":" + JSONText.quote(kind) + ",\"outcome\":" + JSONText.quote(outcome) + ",\"outputs\":["
            text += outputs.map(JSONText.quote).joined(separator: ",") + "]"
            if let reason { text += ",\"reason\":" + JSONText.quote(reason) }
            return text + "}"
        }
    }

    /// One wait of a document: for `target`, `awaiting` an event until `until`, then `then`.
    struct WaitEntry: Codable, Equatable {
        var target: String
        var awaiting: String
        var until: String
        var then: [String]

        /// The waits among a document's stored reasons (`timer.waiting` notes).
        static func of(_ notes: [Note]) -> [WaitEntry]? {
            let waits = notes.filter { $0.key == .timerWaiting }.compactMap { note -> WaitEntry? in
                guard let target = note.arguments["target"], let event = note.arguments["event"], let until = note.arguments["until"]
                else { return nil }
                let then = (note.arguments["then"] ?? event).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                return WaitEntry(target: target, awaiting: event, until: until, then: then)
            }
            return waits.isEmpty ? nil : waits
        }
    }

    struct AttemptEntry: Encodable {
        var attempt: Int
        var startedAt: String
        var processedAt: String?
        var outcome: String?
        var trigger: String
        var reason: String?
        var forced: Bool
        var documents: [String: Int]
        /// The input this attempt read, and its bytes (known once a later attempt started).
        var input: String?
        var sha256: String?
        var size: Int64?
        /// Who started it, for a reprocess (left out when not recorded).
        var by: String?
    }

    /// An `acknowledged` activity entry of the latest attempt (`ferry acknowledge`, the console).
    struct AcknowledgementEntry: Encodable {
        var key: String?
        var at: String
        var reason: String
        var by: String?
    }

    /// Stored reasons in the root's language; `nil` when there are none.
    static func text(_ notes: [Note], in language: Language) -> String? {
        notes.isEmpty ? nil : Note.text(notes, in: language)
    }

    /// Writes the record for `fileId` next to its archived input; returns its path.
    @discardableResult
    func write(fileId: Int64) throws -> String {
        let written = try writeTemporaries(fileIds: [fileId], sync: true)
        for record in written { try FileIO.rename(record.temp, record.record) }
        return written.first?.record ?? ""
    }

    /// The records for `fileIds` written under their hidden names (read from one ledger
    /// snapshot), neither made durable nor renamed into place yet (`Archiver.seal` does both
    /// for them together).
    func writeUnsynced(fileIds: [Int64]) throws -> [(temp: String, record: String)] {
        try writeTemporaries(fileIds: fileIds, sync: false)
    }

    private func writeTemporaries(fileIds: [Int64], sync: Bool) throws -> [(temp: String, record: String)] {
        var written: [(temp: String, record: String)] = []
        try context.ledger.withFileHistories(fileIds: fileIds) { fileId, history in
            written.append(try writeTemporary(fileId: fileId, history: history, sync: sync))
        }
        return written
    }

    /// The record under its hidden name, fsynced on close when `sync` is set.
    private func writeTemporary(fileId: Int64, history: FileHistory, sync: Bool) throws -> (temp: String, record: String) {
        let language = context.config.language
        func encoded(_ value: some Encodable) -> String {
            (try? JSONText.encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
        }
        // Strings and the usually empty lists without an encoder run each.
        func json(_ text: String) -> String { JSONText.quote(text) }
        func json(_ text: String?) -> String { text.map(JSONText.quote) ?? "null" }
        func json<Element: Encodable>(_ list: [Element]) -> String { list.isEmpty ? "[]" : encoded(list) }
        func json(_ value: [String: String]?) -> String { value.map(encoded) ?? "null" }
        func json(_ value: some Encodable) -> String { encoded(value) }
        guard let file = history.file, let archivePath = file.archivePath else {
            throw IOFailure("status record for file", "#\(fileId)", errno: ENOENT)
        }
        let attempts = history.attempts
        let current = attempts.last
        let recordPath = context.layout.resolve(archivePath) + ".status.json"
        let folder = PathText.folder(of: recordPath)
        let temp = folder + "/." + PathText.name(of: recordPath) + "." + context.owner.token + ".tmp"
        FileIO.remove(temp)
        // The record quotes the input's values: it gets the archived input's mode (read
        // and write bits only), not the umask's default.
        let inputMode = FileStat(path: context.layout.resolve(archivePath)).map { mode_t($0.mode & 0o666) } ?? 0o600
        let sink = try FileSink(path: temp, mode: inputMode)
        let errors = Self.errors(file.errorsJSON, in: language)
        var head = "{\n"
        head += "  \"id\": \(fileId),\n"
        head += "  \"file\": \(json(file.originalName)),\n"
        head += "  \"sha256\": \(json(file.sha256)),\n"
        head += "  \"size\": \(file.size),\n"
        head += "  \"input\": \(json(current?.inputPath ?? archivePath)),\n"
        head += "  \"flow\": \(json(file.flow)),\n"
        head += "  \"receivedAt\": \(json(Timestamp.utc(file.receivedAt))),\n"
        head += "  \"processedAt\": \(json(file.processedAt.map(Timestamp.utc))),\n"
        head += "  \"attempt\": \(file.attempt),\n"
        head += "  \"trigger\": \(json(current?.trigger)),\n"
        head += "  \"reason\": \(json(Self.text(StoredNotes.decode(current?.reason), in: language))),\n"
        head += "  \"forced\": \(current?.forced ?? false),\n"
        head += "  \"by\": \(json(current?.actor)),\n"
        head += "  \"outcome\": \(json(file.outcome)),\n"
        let resolved = file.resolvedReason.map { reason in
            ["at": file.resolvedAt.map(Timestamp.utc) ?? "", "reason": reason].merging(
                history.resolution?.actor.map { ["by": $0] } ?? [:], uniquingKeysWith: { first, _ in first })
        }
        let acknowledged = history.acknowledgements.map {
            AcknowledgementEntry(key: $0.key, at: Timestamp.utc($0.at), reason: $0.detail, by: $0.actor)
        }
        head += "  \"resolved\": \(json(resolved)),\n"
        head += "  \"acknowledged\": \(json(acknowledged)),\n"
        head += "  \"errors\": \(json(errors)),\n"
        head += "  \"documents\": ["
        try sink.write(head)
        var first = true
        while let document = try history.nextDocument() {
            let reasons = StoredNotes.decode(document.reason)
            let entry = DocumentEntry(
                kind: document.kind, key: document.key, outcome: document.outcome,
                reason: Self.text(reasons, in: language),
                outputs: JSONText.decode([String].self, document.outputsJSON) ?? [],
                errors: Self.errors(document.errorsJSON, in: language),
                waits: WaitEntry.of(reasons))
            try sink.write((first ? "\n    " : ",\n    ") + entry.json)
            first = false
        }
        var previous: [AttemptEntry] = []
        for attempt in attempts.dropLast() {
            previous.append(
                AttemptEntry(
                    attempt: attempt.number, startedAt: Timestamp.utc(attempt.startedAt),
                    processedAt: attempt.finishedAt.map(Timestamp.utc), outcome: attempt.outcome, trigger: attempt.trigger,
                    reason: Self.text(StoredNotes.decode(attempt.reason), in: language), forced: attempt.forced,
                    documents: history.earlierCounts[attempt.number] ?? [:],
                    input: attempt.inputPath, sha256: attempt.sha256, size: attempt.size, by: attempt.actor))
        }
        try sink.write((first ? "],\n" : "\n  ],\n") + "  \"previousAttempts\": \(json(previous))\n}\n")
        try sink.close(sync: sync)
        return (temp, recordPath)
    }

    /// Stored errors (a JSON array of `FerryError`) as the record shows them; `[]`, the
    /// usual value, without a decoder.
    private static func errors(_ stored: String?, in language: Language) -> [ErrorEntry] {
        guard let stored, stored != "[]" else { return [] }
        return (JSONText.decode([FerryError].self, stored) ?? []).map { ErrorEntry($0, language: language) }
    }
}

/// ISO 8601 UTC timestamps as the status record and ledger show them.
enum Timestamp {
    static func utc(_ date: Date) -> String { UTCText.text(date, .seconds) }
}
