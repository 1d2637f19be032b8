import Canonical
import Foundation
import GRDB

// The rows Ferry inserts once per file, per document or per payload: each lists its columns
// once (`columns`, and `values` in the same order), and that one list gives both GRDB's
// container and a cached INSERT statement. GRDB's own insert (a DAO per row, the table's
// primary key looked up, SQL generated) and its Codable path cost more than the insert
// itself, and its `DateFormatter` more than both: dates are written by `UTCText` in GRDB's
// storage format. Reading stays Codable. `LedgerRecordEncodingTests` checks that each writes
// exactly what its Codable encoding would: same columns, same values.

/// A ledger row inserted through a cached statement.
protocol HotRow: MutablePersistableRecord {
    /// The table's columns, `id` first.
    static var columns: [String] { get }
    static var insertSQL: String { get }
    static var replaceSQL: String { get }
    var id: Int64? { get set }
    /// The values of `columns`, in that order.
    var values: [(any DatabaseValueConvertible)?] { get }
}

extension HotRow {
    public func encode(to container: inout PersistenceContainer) {
        for (column, value) in zip(Self.columns, values) { container[column] = value }
    }

    /// Inserts the row (replacing a row with the same unique key when `replacing`) and takes its id.
    mutating func insertRow(_ db: Database, replacing: Bool = false) throws {
        let statement = try db.cachedStatement(sql: replacing ? Self.replaceSQL : Self.insertSQL)
        try statement.execute(arguments: StatementArguments(values))
        id = db.lastInsertedRowID
    }

    /// Inserts `rows` (replacing as `insertRow` does) in statements of up to 64 rows each,
    /// without taking their ids: one statement per batch of documents instead of one each.
    static func insertRows(_ rows: [Self], _ db: Database, replacing: Bool) throws {
        for start in stride(from: 0, to: rows.count, by: 64) {
            let chunk = rows[start..<min(start + 64, rows.count)]
            // One row (a small file's document) takes the statement `insertRow` uses.
            let sql: String
            if chunk.count == 1 {
                sql = replacing ? replaceSQL : insertSQL
            } else {
                let row = "(" + columns.map { _ in "?" }.joined(separator: ", ") + ")"
                sql =
                    (replacing ? "INSERT OR REPLACE" : "INSERT") + " INTO \(databaseTableName) (\(columns.joined(separator: ", "))) VALUES "
                    + Array(repeating: row, count: chunk.count).joined(separator: ", ")
            }
            try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(chunk.flatMap(\.values)))
        }
    }

    static func sql(_ verb: String) -> String {
        "\(verb) INTO \(databaseTableName) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
    }
}

extension Date {
    /// The instant as the ledger stores it (GRDB's format: `2026-12-07 09:24:29.123`, UTC).
    var ledgerText: String { UTCText.text(self, .ledger) }
}

extension FileRecord: HotRow {
    static let columns = [
        "id", "flow", "originalName", "sha256", "size", "receivedAt", "processedAt", "attempt", "state", "outcome", "claimToken",
        "owner", "takenBy", "archivePath", "markerPath", "errorsJSON", "resolvedAt", "resolvedReason", "timedOutAt",
    ]
    static let insertSQL = sql("INSERT")
    static let replaceSQL = sql("INSERT OR REPLACE")
    var values: [(any DatabaseValueConvertible)?] {
        [
            id, flow, originalName, sha256, size, receivedAt.ledgerText, processedAt?.ledgerText, attempt, state.rawValue, outcome,
            claimToken, owner, takenBy, archivePath, markerPath, errorsJSON, resolvedAt?.ledgerText, resolvedReason,
            timedOutAt?.ledgerText,
        ]
    }
}

extension AttemptRecord: HotRow {
    static let columns = [
        "id", "fileId", "number", "startedAt", "finishedAt", "outcome", "trigger", "reason", "forced", "inputPath", "sha256", "size",
        "actor",
    ]
    static let insertSQL = sql("INSERT")
    static let replaceSQL = sql("INSERT OR REPLACE")
    var values: [(any DatabaseValueConvertible)?] {
        [id, fileId, number, startedAt.ledgerText, finishedAt?.ledgerText, outcome, trigger, reason, forced, inputPath, sha256, size, actor]
    }
}

extension DocumentRecord: HotRow {
    static let columns = ["id", "fileId", "attempt", "ordinal", "kind", "key", "outcome", "reason", "outputsJSON", "errorsJSON"]
    static let insertSQL = sql("INSERT")
    static let replaceSQL = sql("INSERT OR REPLACE")
    var values: [(any DatabaseValueConvertible)?] {
        [id, fileId, attempt, ordinal, kind, key, outcome, reason, outputsJSON, errorsJSON]
    }
}

extension ExportRecord: HotRow {
    static let columns = [
        "id", "target", "kind", "key", "event", "generation", "state", "fileId", "attempt", "owner", "contentHash", "documentJSON",
        "tempPath", "outputPath", "copyPath", "asOf", "forced", "createdAt", "exportedAt",
    ]
    static let insertSQL = sql("INSERT")
    static let replaceSQL = sql("INSERT OR REPLACE")
    var values: [(any DatabaseValueConvertible)?] {
        [
            id, target, kind, key, event, generation, state.rawValue, fileId, attempt, owner, contentHash, documentJSON, tempPath,
            outputPath, copyPath, asOf?.ledgerText, forced, createdAt.ledgerText, exportedAt?.ledgerText,
        ]
    }
}

extension ActivityRecord: HotRow {
    static let columns = ["id", "at", "flow", "fileId", "action", "key", "detail", "actor"]
    static let insertSQL = sql("INSERT")
    static let replaceSQL = sql("INSERT OR REPLACE")
    var values: [(any DatabaseValueConvertible)?] {
        [id, at.ledgerText, flow, fileId, action, key, detail, actor]
    }
}
