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
    static func quote(_ text: String) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.reserveCapacity(text.utf8.count + 2)
        let hex = Array("0123456789abcdef".utf8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x08: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0x00..<0x20:
                bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String?) -> T? {
        guard let text else { return nil }
        return try? decoder.decode(type, from: Data(text.utf8))
    }

    private static let decoder = JSONDecoder()
}
