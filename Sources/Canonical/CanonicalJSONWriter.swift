import Foundation

/// Canonical records as compact JSON text, byte for byte what Foundation's `JSONEncoder`
/// writes with `.sortedKeys` and `.iso8601` dates, at a fraction of its cost (the ledger keeps
/// this text for every document and hashes it to tell versions apart, so the bytes must not
/// change). Keys are sorted by their UTF-8 bytes, strings escaped as `JSONEncoder` escapes
/// them (`/` included), decimals written as `Decimal.description`, dates as whole UTC seconds.
/// A record is written straight from its field table (`encode(record:)`);
/// `CanonicalJSONWriterTests` compares it with `JSONEncoder` on every field of every kind.
public enum CanonicalJSONWriter {
    private static let hex = Array("0123456789abcdef".utf8)

    /// `text` as a JSON string escaped as `JSONEncoder` escapes it (`/` only when
    /// `escapingSlashes`, as without `.withoutEscapingSlashes`).
    public static func quote(_ text: String, escapingSlashes: Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        writeString(text, into: &bytes, escapingSlashes: escapingSlashes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func writeString(_ text: String, into bytes: inout [UInt8], escapingSlashes: Bool = true) {
        bytes.append(UInt8(ascii: "\""))
        // Most texts need no escape: copied whole.
        let plain = text.utf8.withContiguousStorageIfAvailable { stored in
            stored.allSatisfy { byte in
                byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && (!escapingSlashes || byte != UInt8(ascii: "/"))
            }
        }
        if plain == true {
            bytes += text.utf8
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case UInt8(ascii: "/") where escapingSlashes:
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case 0x08: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x00..<0x20:
                bytes += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
