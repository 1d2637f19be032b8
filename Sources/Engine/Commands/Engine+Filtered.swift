import Diagnostics
import Foundation

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

