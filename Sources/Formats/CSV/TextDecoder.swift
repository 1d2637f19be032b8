import Diagnostics

/// Turns a file's bytes into validated UTF-8, one chunk at a time, strictly.
///
/// A byte order mark picks UTF-8 or UTF-16 whatever encoding was configured, and is dropped.
/// Bytes invalid in the encoding raise `.inputUndecodable` with their offset in the file
/// (never U+FFFD); text decoded before the bad byte is still handed out first.
struct TextDecoder {
    enum Scheme: Sendable {
        case utf8, utf16LittleEndian, utf16BigEndian, windows1252, latin1

        /// The encoding's name as shown in error messages.
        var name: String {
            switch self {
            case .utf8: return "UTF-8"
            case .utf16LittleEndian, .utf16BigEndian: return "UTF-16"
            case .windows1252: return "windows-1252"
            case .latin1: return "ISO-8859-1"
            }
        }
    }

    let scheme: Scheme
    private let source: ByteSource
    private let file: String
    private var input: [UInt8]
    private let chunkSize: Int
    /// Bytes of `input` that are ready but not yet decoded, from `inputStart` to `inputEnd`.
    private var inputStart: Int
    private var inputEnd: Int
    /// File offset of `input[0]`.
    private var chunkOffset = 0
    private var finished = false
    private var pendingError: FerryError?

    // A multi-byte UTF-8 sequence (or UTF-16 unit pair) that may straddle two chunks.
    var sequence: [UInt8] = []
    var sequenceStart = 0
    var needed = 0
    var lowerBound: UInt8 = 0x80
    var upperBound: UInt8 = 0xBF
    var highSurrogate: UInt32?

    // Line ends seen so far, for the line of a decoding error: CRLF, LF and lone CR count once.
    private var lineBreaks = 0
    private var lastWasCR = false

    /// Reads the first chunk and settles the encoding from its byte order mark, if any.
    init(source: ByteSource, encoding: TextEncoding?, file: String, chunkSize: Int) throws {
        self.source = source
        self.file = file
        self.chunkSize = max(chunkSize, 1)
        // The first read takes at least three bytes, enough to see any byte order mark.
        input = [UInt8](repeating: 0, count: max(chunkSize, 3))
        inputEnd = try source.readChunk(into: &input)
        let head = input[0..<min(inputEnd, 3)]
        if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            scheme = .utf8
            inputStart = 3
        } else if head.starts(with: [0xFF, 0xFE]) {
            scheme = .utf16LittleEndian
            inputStart = 2
        } else if head.starts(with: [0xFE, 0xFF]) {
            scheme = .utf16BigEndian
            inputStart = 2
        } else {
            inputStart = 0
            switch encoding ?? .utf8 {
            case .utf8: scheme = .utf8
            case .windows1252: scheme = .windows1252
            case .iso88591: scheme = .latin1
            case .utf16:
                // No mark: big-endian only when the text plainly starts with a 0x00 high byte.
                let bigEndian = inputEnd >= 2 && input[0] == 0 && input[1] != 0
                scheme = bigEndian ? .utf16BigEndian : .utf16LittleEndian
            }
        }
        sequence.reserveCapacity(4)
    }

    /// Replaces `output` with the next stretch of UTF-8 text; `false` once the file is done.
    mutating func decode(into output: inout [UInt8]) throws -> Bool {
        output.removeAll(keepingCapacity: true)
        while output.isEmpty {
            if let error = pendingError { throw error }
            if finished { return false }
            if inputStart >= inputEnd {
                chunkOffset += inputEnd
                inputStart = 0
                if input.count != chunkSize { input = [UInt8](repeating: 0, count: chunkSize) }
                inputEnd = try source.readChunk(into: &input)
                if inputEnd == 0 {
                    finished = true
                    if needed > 0 || !sequence.isEmpty || highSurrogate != nil {
                        throw undecodable(at: sequenceStart)
                    }
                    return false
                }
            }
            let failure: Int?
            switch scheme {
            case .utf8: failure = decodeUTF8(input[inputStart..<inputEnd], from: chunkOffset + inputStart, into: &output)
            case .utf16LittleEndian, .utf16BigEndian:
                failure = decodeUTF16(input[inputStart..<inputEnd], from: chunkOffset + inputStart, into: &output)
            case .windows1252, .latin1:
                failure = decodeSingleByte(input[inputStart..<inputEnd], from: chunkOffset + inputStart, into: &output)
            }
            inputStart = inputEnd
            if let offset = failure {
                pendingError = undecodable(at: offset)
            }
        }
        return true
    }

    /// Appends one decoded scalar as UTF-8, counting line ends.
    mutating func emit(_ scalar: UInt32, into output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            let byte = UInt8(truncatingIfNeeded: scalar)
            noteASCII(byte)
            output.append(byte)
            return
        case 0x80..<0x800:
            output.append(UInt8(truncatingIfNeeded: 0xC0 | (scalar >> 6)))
        case 0x800..<0x10000:
            output.append(UInt8(truncatingIfNeeded: 0xE0 | (scalar >> 12)))
            output.append(UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 6) & 0x3F)))
        default:
            output.append(UInt8(truncatingIfNeeded: 0xF0 | (scalar >> 18)))
            output.append(UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 12) & 0x3F)))
            output.append(UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 6) & 0x3F)))
        }
        output.append(UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F)))
        lastWasCR = false
    }

    /// Tracks line ends for error locations; call for every ASCII byte handed out.
    @inline(__always)
    mutating func noteASCII(_ byte: UInt8) {
        if byte == 0x0A {
            if !lastWasCR { lineBreaks += 1 }
            lastWasCR = false
        } else if byte == 0x0D {
            lineBreaks += 1
            lastWasCR = true
        } else {
            lastWasCR = false
        }
    }

    private func undecodable(at offset: Int) -> FerryError {
        FerryError(
            .inputUndecodable, at: Location(file: file, line: lineBreaks + 1),
            ["encoding": scheme.name, "offset": String(offset)])
    }
}
