import Diagnostics
import Foundation

/// One line of `ferry log`.
public struct LogEntry: Sendable, Codable {
    public var at: Date
    public var flow: String?
    public var fileId: Int64?
    public var action: String
    public var key: String?
    public var detail: String
    /// Who did it: the OS user of a command, `console:NAME` for the console (`resolved`,
    /// `reprocess`, `acknowledged`); nil for Ferry's own entries.
    public var by: String?
}

/// Where a document came from and what it produced (`ferry log --key`).
public struct Lineage: Sendable, Codable {
    public var key: String
    public var fileId: Int64
    public var file: String
    public var flow: String
    public var attempt: Int
    public var trigger: String?
    public var reason: String?
    public var receivedAt: Date
    public var outcome: String
    public var detail: String?
    public var outputs: [String]
    /// The detail for people in any language.
    public var notes: [Note] = []
}

/// Which business keys `ferry log` shows.
public enum KeyFilter: Sendable {
    /// The whole key, or its last parts: `SO-1001` finds `canonical/sales/SO-1001`, never
    /// `canonical/sales/SO-10011`. Exact and case-sensitive; `%` and `_` are plain characters.
    case exact(String)
    /// A pattern over the whole key or its last parts: `*` any text, `?` one character (SQLite GLOB).
    case pattern(String)

}

public struct LogReport: Sendable, Codable {
    public var entries: [LogEntry]
    public var lineage: [Lineage]
}

extension Engine {
    /// Whether `flow` is configured, or has files in the ledger (a flow removed since).
    public func knowsFlow(_ flow: String) throws -> Bool {
        if flows.contains(where: { $0.config.name == flow }) { return true }
        return try context.ledger.hasFiles(flow: flow)
    }

    /// The activity log, newest last, optionally for one flow or the business keys `key` selects.
    public func log(flow: String? = nil, key: KeyFilter? = nil, limit: Int = 500) throws -> LogReport {
        let (entries, lineage) = try context.ledger.activityLog(flow: flow, key: key, limit: limit)
        return LogReport(
            entries: entries.map {
                LogEntry(at: $0.at, flow: $0.flow, fileId: $0.fileId, action: $0.action, key: $0.key, detail: $0.detail, by: $0.actor)
            },
            lineage: lineage)
    }

    /// A stored reason as English text; `nil` when there is none.
    static func storedText(_ stored: String?) -> String? {
        let notes = StoredNotes.decode(stored)
        return notes.isEmpty ? nil : Note.text(notes)
    }
}
