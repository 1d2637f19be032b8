// The per-encoding decoding loops. Each returns the file offset of the first undecodable
// byte, or nil; bytes decoded before it are already in `output`.
extension TextDecoder {
    /// Validates UTF-8 (no overlongs, surrogates or values above U+10FFFF) and copies it through.
    mutating func decodeUTF8(_ bytes: ArraySlice<UInt8>, from offset: Int, into output: inout [UInt8]) -> Int? {
        output.reserveCapacity(output.count + bytes.count)
        var position = offset
        for byte in bytes {
            defer { position += 1 }
            if needed == 0 {
                if byte < 0x80 {
                    noteASCII(byte)
                    output.append(byte)
                    continue
                }
                switch byte {
                case 0xC2...0xDF: needed = 1; lowerBound = 0x80; upperBound = 0xBF
                case 0xE0: needed = 2; lowerBound = 0xA0; upperBound = 0xBF
                case 0xE1...0xEC, 0xEE, 0xEF: needed = 2; lowerBound = 0x80; upperBound = 0xBF
                case 0xED: needed = 2; lowerBound = 0x80; upperBound = 0x9F
                case 0xF0: needed = 3; lowerBound = 0x90; upperBound = 0xBF
                case 0xF1...0xF3: needed = 3; lowerBound = 0x80; upperBound = 0xBF
                case 0xF4: needed = 3; lowerBound = 0x80; upperBound = 0x8F
                default: return position
                }
                sequence.removeAll(keepingCapacity: true)
                sequence.append(byte)
                sequenceStart = position
                noteASCII(0)
            } else {
                guard byte >= lowerBound, byte <= upperBound else { return sequenceStart }
                lowerBound = 0x80
                upperBound = 0xBF
                sequence.append(byte)
                needed -= 1
                if needed == 0 {
                    output.append(contentsOf: sequence)
                    sequence.removeAll(keepingCapacity: true)
                }
            }
        }
        return nil
    }

    /// Decodes UTF-16 code units, pairing surrogates; a lone surrogate is undecodable.
    mutating func decodeUTF16(_ bytes: ArraySlice<UInt8>, from offset: Int, into output: inout [UInt8]) -> Int? {
        let littleEndian = scheme == .utf16LittleEndian
        var position = offset
        for byte in bytes {
            defer { position += 1 }
            if sequence.isEmpty {
                sequence.append(byte)
                if highSurrogate == nil { sequenceStart = position }
                continue
            }
            let first = UInt32(sequence[0])
            sequence.removeAll(keepingCapacity: true)
            let unit = littleEndian ? (UInt32(byte) << 8 | first) : (first << 8 | UInt32(byte))
            if let high = highSurrogate {
                guard (0xDC00...0xDFFF).contains(unit) else { return sequenceStart }
                highSurrogate = nil
                emit(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00), into: &output)
            } else if (0xD800...0xDBFF).contains(unit) {
                highSurrogate = unit
            } else if (0xDC00...0xDFFF).contains(unit) {
                return sequenceStart
            } else {
                emit(unit, into: &output)
            }
        }
        return nil
    }

    /// Decodes windows-1252 (its five unassigned bytes are undecodable) or ISO-8859-1.
    mutating func decodeSingleByte(_ bytes: ArraySlice<UInt8>, from offset: Int, into output: inout [UInt8]) -> Int? {
        let windows = scheme == .windows1252
        var position = offset
        for byte in bytes {
            defer { position += 1 }
            if byte < 0x80 {
                noteASCII(byte)
                output.append(byte)
            } else if windows, (0x80...0x9F).contains(byte) {
                let scalar = Self.windows1252High[Int(byte) - 0x80]
                guard scalar != 0 else { return position }
                emit(scalar, into: &output)
            } else {
                emit(UInt32(byte), into: &output)
            }
        }
        return nil
    }

    /// Windows-1252 0x80...0x9F; 0 marks the unassigned bytes 0x81 0x8D 0x8F 0x90 0x9D.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]
}
