import Diagnostics
import Foundation
import GRDB

/// A document a flow's filters left out, as `ferry status` lists it.
public struct FilteredDocument: Sendable, Codable {
    public var fileId: Int64
    public var file: String
    public var key: String?
    /// Which filter and what value, in English.
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

extension Engine {
    /// The `limit` documents of `flow` most recently filtered out (latest attempt of each
    /// file), newest first.
    func recentlyFiltered(flow: String, limit: Int = 10, _ db: Database) throws -> [FilteredDocument] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT d.fileId, f.originalName, d.key, d.reason FROM document d JOIN file f ON f.id = d.fileId
                WHERE f.flow = ? AND d.attempt = f.attempt AND d.outcome = 'filtered'
                ORDER BY d.id DESC LIMIT ?
                """, arguments: [flow, limit]
        ).map { FilteredDocument(fileId: $0["fileId"], file: $0["originalName"], key: $0["key"], stored: $0["reason"]) }
    }
}
