import Canonical
import Crypto

/// Outbox file names from business keys: safe, bounded, and distinct per version.
enum OutputNaming {
    /// Longest name stem before the extension and version suffix.
    static let maxStemBytes = 150

    /// `order_canonical_sales_SO-1001.json`, `article_SKU-1_v3.json` for later versions.
    static func name(kind: DocumentKind, key: BusinessKey, generation: Int, fileExtension: String) -> String {
        let stem = sanitize(kind.rawValue + "_" + key.parts.joined(separator: "_"))
        let version = generation > 0 ? "_v\(generation + 1)" : ""
        return withoutDotRuns(stem + version + "." + fileExtension)
    }

    /// For a target that writes one file per input file: `orders-0815.json`, then
    /// `orders-0815_part2.json` for each further batch of documents, and `_a2` for a later attempt.
    static func name(input: String, part: Int, attempt: Int, fileExtension: String) -> String {
        let stem = sanitize((input as NSString).deletingPathExtension)
        let partText = part > 0 ? "_part\(part + 1)" : ""
        let attemptText = attempt > 1 ? "_a\(attempt)" : ""
        return withoutDotRuns(stem + partText + attemptText + "." + fileExtension)
    }

    /// Keeps ASCII letters, digits, `-`, `_` and `.`; everything else (path separators,
    /// `..`, NUL, control characters, spaces) becomes `_`. A leading dot is replaced. Long
    /// stems are cut and given a hash of the whole, so distinct keys stay distinct.
    static func sanitize(_ text: String) -> String {
        var kept: [UInt8] = []
        kept.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let keep = switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x5F, 0x2E: true  // A-Z a-z 0-9 - _ .
            default: false
            }
            kept.append(keep ? UInt8(scalar.value) : 0x5F)
        }
        var result = withoutDotRuns(String(decoding: kept, as: UTF8.self))
        if result.hasPrefix(".") { result = "_" + result.dropFirst() }
        if result.isEmpty { result = "_" }
        if result.utf8.count > maxStemBytes {
            let digest = SHA256.hash(data: Array(text.utf8)).prefix(4).map { String(format: "%02x", $0) }.joined()
            result = String(result.prefix(maxStemBytes - 9)) + "-" + digest
        }
        return result
    }

    /// Replaces every `..` so no name can read as a parent-folder reference.
    static func withoutDotRuns(_ text: String) -> String {
        var afterDot = false
        let hasRun = text.utf8.contains { byte in
            defer { afterDot = byte == 0x2E }
            return afterDot && byte == 0x2E
        }
        guard hasRun else { return text }
        var result = text
        while result.contains("..") { result = result.replacingOccurrences(of: "..", with: "_.") }
        return result
    }

    /// `name~2.json` for the second candidate when `name.json` is taken.
    static func alternative(_ name: String, attempt: Int) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name + "~\(attempt)" }
        return String(name[..<dot]) + "~\(attempt)" + String(name[dot...])
    }
}

import Foundation
