import Foundation
import Logging

/// Every line the command line prints goes through here (this module's `print` shadows the
/// standard one): control characters are shown escaped, never sent to the operator's
/// terminal (a file named `x\u{1b}[2J.json` must not clear the screen), and each line is
/// flushed at once, so a script reading Ferry's output, or a log of a killed run, has every
/// line printed so far.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { "\($0)" }.joined(separator: separator)
    Swift.print(Terminal.escaped(text), terminator: terminator)
    fflush(nil)  // every open output stream; stdout is the one written here
}

enum Terminal {
    /// `text` with C0 and C1 control characters (but line breaks and tabs), DEL and the
    /// bidirectional overrides written as `\x1b`, `\u{202E}`.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscaping) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if needsEscaping(scalar) {
                result += scalar.value < 0x100 ? String(format: "\\x%02x", scalar.value) : "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true  // bidirectional embeddings, overrides, isolates
        default: false
        }
    }

    /// Writes one line to standard error, escaped like standard output.
    static func errorLine(_ text: String) {
        FileHandle.standardError.write(Data((escaped(text) + "\n").utf8))
    }
}

/// Log lines on standard error (`2026-12-07T00:00:17+0000 warning ferry: drop.file=… message`),
/// escaped like everything else Ferry prints: file names and keys come from senders.
struct TerminalLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    /// Local time with its offset, made once (not per line).
    private static let timestamp = Date.ISO8601FormatStyle(timeZone: .current)

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { _, new in new }
        let fields = all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        Terminal.errorLine(
            "\(Date().formatted(Self.timestamp)) \(event.level) \(label):\(fields.isEmpty ? "" : " " + fields) [\(event.source)] \(event.message)")
    }
}
