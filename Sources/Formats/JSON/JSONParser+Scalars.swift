import Diagnostics

extension JSONParser {
    /// Reads a string after its opening quote and returns the decoded text.
    func parseString(path: String) throws -> String {
        scratch.removeAll(keepingCapacity: true)
        let limit = limits.maxFieldBytes
        while true {
            _ = source.appendPlainASCII(to: &scratch, limit: limit - scratch.count + 1)
            if scratch.count > limit {
                throw failure(.inputFieldTooLarge, path: path, ["limit": String(limit)])
            }
            let offset = source.offset
            guard let byte = try source.next() else { throw failure(.jsonTruncated, path: path) }
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: scratch, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape(path: path)
            case 0..<0x20:
                let line = byte == 0x0A ? source.line - 1 : source.line
                throw FerryError(.jsonControlCharacter, at: location(line: line, path: path),
                                 ["character": "U+" + hex(UInt32(byte), width: 4)])
            case 0x20..<0x80:
                scratch.append(byte)
            default:
                try appendUTF8Sequence(lead: byte, offset: offset, path: path)
            }
        }
    }

    /// Decodes the escape after a backslash into `scratch`.
    private func parseEscape(path: String) throws {
        guard let byte = try source.next() else { throw failure(.jsonTruncated, path: path) }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(byte)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try readHexUnit(path: path)
            var value = unit
            if (0xDC00...0xDFFF).contains(unit) {
                throw failure(.jsonLoneSurrogate, path: path, ["escape": "\\u" + hex(unit, width: 4)])
            }
            if (0xD800...0xDBFF).contains(unit) {
                let lone = failure(.jsonLoneSurrogate, path: path, ["escape": "\\u" + hex(unit, width: 4)])
                guard try source.peek() == UInt8(ascii: "\\") else { throw lone }
                source.advance()
                guard try source.peek() == UInt8(ascii: "u") else { throw lone }
                source.advance()
                let low = try readHexUnit(path: path)
                guard (0xDC00...0xDFFF).contains(low) else { throw lone }
                value = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(value) else { throw failure(.jsonLoneSurrogate, path: path) }
            UTF8.encode(scalar) { scratch.append($0) }
        default:
            throw failure(.jsonInvalidEscape, path: path, ["escape": "\\" + displayable(byte)])
        }
    }

    /// Reads the four hex digits of a `\u` escape.
    private func readHexUnit(path: String) throws -> UInt32 {
        var value: UInt32 = 0
        var text = "\\u"
        for _ in 0..<4 {
            guard let byte = try source.peek() else { throw failure(.jsonTruncated, path: path) }
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default:
                throw failure(.jsonInvalidEscape, path: path, ["escape": text + displayable(byte)])
            }
            text.append(Character(Unicode.Scalar(byte)))
            source.advance()
            value = value << 4 | digit
        }
        return value
    }

    /// Validates the rest of a multi-byte UTF-8 sequence and appends it to `scratch`;
    /// an invalid sequence is `.inputUndecodable` at the offset of its first byte.
    func appendUTF8Sequence(lead: UInt8, offset: Int, path: String) throws {
        let undecodable = { [self] in
            FerryError(.inputUndecodable, at: location(line: source.line, path: path),
                       ["encoding": "UTF-8", "offset": String(offset)])
        }
        let following: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: following = 1
        case 0xE0: following = 2; low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: following = 2
        case 0xED: following = 2; high = 0x9F
        case 0xF0: following = 3; low = 0x90
        case 0xF1...0xF3: following = 3
        case 0xF4: following = 3; high = 0x8F
        default: throw undecodable()
        }
        scratch.append(lead)
        for index in 0..<following {
            guard let byte = try source.peek() else { throw undecodable() }
            let range = index == 0 ? low...high : 0x80...0xBF
            guard range.contains(byte) else { throw undecodable() }
            source.advance()
            scratch.append(byte)
        }
    }

    /// Reads a number's literal text, checked against the JSON number grammar.
    func parseNumber(path: String) throws -> String {
        scratch.removeAll(keepingCapacity: true)
        while let byte = try source.peek(), Self.isNumberByte(byte) {
            if scratch.count >= limits.maxFieldBytes {
                throw failure(.inputFieldTooLarge, path: path, ["limit": String(limits.maxFieldBytes)])
            }
            scratch.append(byte)
            source.advance()
        }
        let text = String(decoding: scratch, as: UTF8.self)
        guard Self.isValidNumber(scratch) else { throw failure(.jsonInvalidNumber, path: path, ["text": text]) }
        return text
    }

    /// Consumes `word` (`true`, `false`, `null`) or throws at the first differing byte.
    func expectLiteral(_ word: String, path: String) throws {
        for expected in word.utf8 {
            guard let byte = try source.peek() else { throw failure(.jsonTruncated, path: path) }
            guard byte == expected else {
                throw failure(.jsonUnexpectedCharacter, path: path,
                              ["found": try foundAtCursor(path: path), "expected": "'\(word)'"])
            }
            source.advance()
        }
    }

    /// Describes the character at the cursor for a message (`'x'`, `U+0001`, `'é'`);
    /// an invalid UTF-8 byte there is `.inputUndecodable`. May consume a non-ASCII character.
    func foundAtCursor(path: String) throws -> String {
        guard let byte = try source.peek() else { return "" }
        if byte < 0x80 { return describe(byte) }
        let offset = source.offset
        source.advance()
        scratch.removeAll(keepingCapacity: true)
        try appendUTF8Sequence(lead: byte, offset: offset, path: path)
        return "'" + String(decoding: scratch, as: UTF8.self) + "'"
    }

    /// A byte as text inside an escape message: the character, or `U+XXXX` / `0xXX`.
    private func displayable(_ byte: UInt8) -> String {
        if byte >= 0x21, byte < 0x7F { return String(Character(Unicode.Scalar(byte))) }
        return describe(byte)
    }

    static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"),
             UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
            return true
        default:
            return false
        }
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    static func isValidNumber(_ bytes: [UInt8]) -> Bool {
        var index = 0
        func isDigit(_ at: Int) -> Bool { at < bytes.count && bytes[at] >= 0x30 && bytes[at] <= 0x39 }
        func skipDigits() { while isDigit(index) { index += 1 } }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard isDigit(index) else { return false }
        if bytes[index] == UInt8(ascii: "0") { index += 1 } else { skipDigits() }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard isDigit(index) else { return false }
            skipDigits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard isDigit(index) else { return false }
            skipDigits()
        }
        return index == bytes.count
    }
}
