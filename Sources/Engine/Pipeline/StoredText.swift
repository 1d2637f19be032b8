import Canonical
import Diagnostics
import Foundation

/// Reasons as the ledger's `reason` columns keep them: a JSON array of notes (key and
/// arguments, rendered in the reader's language). Ledgers of older versions hold plain
/// English text there, which reads back as one verbatim note.
enum StoredNotes {
    static func encode(_ notes: [Note]) -> String? { notes.isEmpty ? nil : JSONText.encode(notes) }

    static func decode(_ text: String?) -> [Note] {
        guard let text, !text.isEmpty else { return [] }
        if text.hasPrefix("["), let notes = JSONText.decode([Note].self, text) { return notes }
        return [.verbatim(text)]
    }
}

/// Compact JSON text for ledger columns.
enum JSONText {
    static func encode<T: Encodable>(_ value: T) -> String {
        (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    /// Shared: configured once, safe to use from several threads.
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// `text` as a JSON string, escaped byte for byte as `JSONEncoder` (without escaping
    /// slashes) escapes it, without an encoder.
    static func quote(_ text: String) -> String { CanonicalJSONWriter.quote(text, escapingSlashes: false) }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String?) -> T? {
        guard let text else { return nil }
        return try? decoder.decode(type, from: Data(text.utf8))
    }

    private static let decoder = JSONDecoder()
}
