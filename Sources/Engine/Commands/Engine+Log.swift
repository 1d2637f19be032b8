import Diagnostics
import Foundation
import GRDB

/// One line of `ferry log`.
public struct LogEntry: Sendable, Codable {
    public var at: Date
    public var flow: String?
    public var fileId: Int64?
    public var action: String
    public var key: String?
    public var detail: String
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

    /// The condition on `column`, with `?` for `arguments`.
    func sql(_ column: String) -> String {
        switch self {
        case .exact: "(\(column) = ? OR substr(\(column), -length(?) - 1) = '/' || ?)"
        case .pattern: "(\(column) GLOB ? OR \(column) GLOB '*/' || ?)"
        }
    }

    var arguments: StatementArguments {
        switch self {
        case .exact(let key): [key, key, key]
        case .pattern(let pattern): [pattern, pattern]
        }
    }
}

public struct LogReport: Sendable, Codable {
    public var entries: [LogEntry]
    public var lineage: [Lineage]
}

extension Engine {
    /// Whether `flow` is configured, or has files in the ledger (a flow removed since).
    public func knowsFlow(_ flow: String) throws -> Bool {
        if flows.contains(where: { $0.config.name == flow }) { return true }
        return try context.ledger.read { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM file WHERE flow = ? LIMIT 1", arguments: [flow]) ?? false
        }
    }

    /// The activity log, newest last, optionally for one flow or the business keys `key` selects.
    public func log(flow: String? = nil, key: KeyFilter? = nil, limit: Int = 500) throws -> LogReport {
        try context.ledger.read { db in
            var sql = "SELECT * FROM activity WHERE 1 = 1"
            var arguments: StatementArguments = []
            if let flow {
                sql += " AND flow = ?"
                arguments += [flow]
            }
            if let key {
                sql += " AND (\(key.sql("key")) OR fileId IN (SELECT fileId FROM document WHERE \(key.sql("key"))))"
                arguments += key.arguments + key.arguments
            }
            sql += " ORDER BY id DESC LIMIT \(limit)"
            let entries = try ActivityRecord.fetchAll(db, sql: sql, arguments: arguments).reversed().map {
                LogEntry(at: $0.at, flow: $0.flow, fileId: $0.fileId, action: $0.action, key: $0.key, detail: $0.detail)
            }
            var lineage: [Lineage] = []
            if let key {
                var lineageSQL = """
                    SELECT d.key, d.fileId, f.originalName, f.flow, d.attempt, a.trigger, a.reason, f.receivedAt, d.outcome,
                           d.reason AS detail, d.outputsJSON
                    FROM document d JOIN file f ON f.id = d.fileId
                    LEFT JOIN attempt a ON a.fileId = d.fileId AND a.number = d.attempt
                    WHERE \(key.sql("d.key"))
                    """
                var lineageArguments = key.arguments
                if let flow {
                    lineageSQL += " AND f.flow = ?"
                    lineageArguments += [flow]
                }
                lineage = try Row.fetchAll(db, sql: lineageSQL + " ORDER BY d.id", arguments: lineageArguments).map {
                    Lineage(
                        key: $0["key"] ?? "", fileId: $0["fileId"], file: $0["originalName"], flow: $0["flow"],
                        attempt: $0["attempt"], trigger: $0["trigger"], reason: Engine.storedText($0["reason"]), receivedAt: $0["receivedAt"],
                        outcome: $0["outcome"], detail: Engine.storedText($0["detail"]),
                        outputs: JSONText.decode([String].self, $0["outputsJSON"]) ?? [], notes: StoredNotes.decode($0["detail"]))
                }
            }
            return LogReport(entries: Array(entries), lineage: lineage)
        }
    }

    /// A stored reason as English text; `nil` when there is none.
    static func storedText(_ stored: String?) -> String? {
        let notes = StoredNotes.decode(stored)
        return notes.isEmpty ? nil : Note.text(notes)
    }
}
