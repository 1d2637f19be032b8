import Diagnostics
import Foundation

/// A processed file as `status` and `log` list it.
public struct FileSummary: Sendable, Codable {
    public var id: Int64
    public var flow: String
    public var file: String
    public var outcome: String?
    public var attempt: Int
    public var receivedAt: Date
    public var processedAt: Date?
    public var archivePath: String?
    /// The file's errors in English (`[CODE] location: message`).
    public var errors: [String]
    /// The same errors, coded, for people in any language.
    public var errorDetails: [FerryError]
    /// For a failed or partial file: its failed documents' errors in the latest attempt
    /// (`key: [CODE] location: message`, English), the first `documentErrorLimit` of them.
    public var documentErrors: [String] = []
    /// The same document errors, coded, for people in any language.
    public var documentErrorDetails: [DocumentErrorDetail] = []
    /// How many document errors the latest attempt has in all.
    public var documentErrorCount = 0
}

/// One failed document's error, for ``FileSummary/documentErrorDetails``.
public struct DocumentErrorDetail: Sendable, Codable {
    public var key: String
    public var error: FerryError
}

/// A document changed after it was exported, awaiting an operator.
public struct AmendedDocument: Sendable, Codable {
    public var fileId: Int64
    public var file: String
    public var key: String?
    /// What changed, in English.
    public var reason: String?
    /// The same, for people in any language.
    public var notes: [Note]

    init(fileId: Int64, file: String, key: String?, stored: String?) {
        self.fileId = fileId
        self.file = file
        self.key = key
        notes = StoredNotes.decode(stored)
        reason = notes.isEmpty ? nil : Note.text(notes)
    }
}

/// One flow in `ferry status`.
public struct FlowStatus: Sendable, Codable {
    public var flow: String
    public var enabled: Bool
    public var waiting: [WaitingFile]
    /// Files per outcome, all time.
    public var processed: [String: Int]
    public var failed: [FileSummary]
    public var amended: [AmendedDocument]
    /// Claimed and being processed (or left so by a stopped process, until the next run).
    public var inProgress: [FileSummary]
    /// The documents most recently left out by the flow's filters, with why (up to 10).
    public var filtered: [FilteredDocument] = []
    /// Windows of the flow's `expect:` that passed without a file (silence alerts), oldest first.
    public var missing: [MissingWindow] = []
    /// Durable timers waiting (soonest first): what, for which key, until when.
    public var timers: [WaitingTimer] = []
}

/// A durable timer `ferry status` lists: `action` for `key` at `target` once `until` passes,
/// unless `awaiting` is exported first.
public struct WaitingTimer: Sendable, Codable {
    public var target: String
    public var kind: String?
    public var key: String
    public var awaiting: String
    /// The events exported when the wait ends.
    public var then: [String]
    public var action: String
    /// UTC.
    public var until: Date
    public var fileId: Int64?
    /// A process is firing it now.
    public var firing: Bool
}

public struct LastRun: Sendable, Codable {
    public var command: String
    public var startedAt: Date
    public var finishedAt: Date?
    public var filesTaken: Int
    public var exitCode: Int?
}

public struct StatusReport: Sendable, Codable {
    public var flows: [FlowStatus]
    public var lastRun: LastRun?
}

extension Engine {
    /// Per flow: waiting files with reasons, processed counts, failures and amendments
    /// awaiting attention, and the last run. Reads only; never waits for a running Ferry.
    public func status() throws -> StatusReport {
        let scanner = InboxScanner(layout: context.layout, ledger: context.ledger)
        var flowsStatus: [FlowStatus] = []
        for flow in flows {
            let entries = try scanner.scan(flow.config, now: context.now(), record: false)
            let ready = entries.filter { $0.readiness == .ready }
                .map { WaitingFile(flow: flow.config.name, name: $0.name, readiness: $0.readiness) }
            let waiting = entries.filter { $0.readiness != .ready }
                .map { WaitingFile(flow: flow.config.name, name: $0.name, readiness: $0.readiness) }
            let name = flow.config.name
            let ledger = try context.ledger.flowSummary(flow: name, filteredLimit: 10)
            let filtered = ledger.filtered.map { FilteredDocument(fileId: $0.fileId, file: $0.file, key: $0.key, stored: $0.reason) }
            let processed = ledger.outcomeCounts
            let failed = ledger.failed.map { withDocumentErrors(summary($0.file), $0.failedDocuments) }
            let amended = ledger.amended.map { AmendedDocument(fileId: $0.fileId, file: $0.file, key: $0.key, stored: $0.reason) }
            let inProgress = ledger.inProgress.map(summary)
            flowsStatus.append(
                FlowStatus(
                    flow: name, enabled: flow.config.enabled, waiting: ready + waiting, processed: processed, failed: failed,
                    amended: amended, inProgress: inProgress, filtered: filtered,
                    missing: try missingWindows(flow), timers: try context.ledger.waitingTimers(flow: name).map(WaitingTimer.init)))
        }
        let lastRun = try context.ledger.lastRun().map {
            LastRun(command: $0.command, startedAt: $0.startedAt, finishedAt: $0.finishedAt, filesTaken: $0.filesTaken, exitCode: $0.exitCode)
        }
        return StatusReport(flows: flowsStatus, lastRun: lastRun)
    }

    /// `status` lists this many document errors per file; the status record has them all.
    static let documentErrorLimit = 10

    /// Adds the errors of the file's failed documents in its latest attempt.
    private func withDocumentErrors(_ file: FileSummary, _ documents: [DocumentRecord]) -> FileSummary {
        var file = file
        for document in documents {
            let key = document.key ?? "?"
            for error in (JSONText.decode([FerryErrorBox].self, document.errorsJSON) ?? []) {
                file.documentErrorCount += 1
                if file.documentErrors.count < Self.documentErrorLimit {
                    file.documentErrors.append("\(key): \(error.text)")
                    file.documentErrorDetails.append(DocumentErrorDetail(key: key, error: error.error))
                }
            }
        }
        return file
    }

    func summary(_ file: FileRecord) -> FileSummary {
        let details = (JSONText.decode([FerryErrorBox].self, file.errorsJSON) ?? []).map(\.error)
        return FileSummary(
            id: file.id ?? 0, flow: file.flow, file: file.originalName, outcome: file.outcome, attempt: file.attempt,
            receivedAt: file.receivedAt, processedAt: file.processedAt, archivePath: file.archivePath,
            errors: details.map(\.description), errorDetails: details)
    }
}

/// Decodes a stored error and renders it for listings.
struct FerryErrorBox: Decodable {
    var error: FerryError
    init(from decoder: any Decoder) throws { error = try FerryError(from: decoder) }
    var text: String { error.description }
}

extension WaitingTimer {
    init(_ timer: TimerRecord) {
        self.init(
            target: timer.target, kind: timer.kind, key: timer.key, awaiting: timer.event, then: timer.exports, action: timer.action,
            until: timer.dueAt, fileId: timer.fileId, firing: timer.owner != nil)
    }
}
