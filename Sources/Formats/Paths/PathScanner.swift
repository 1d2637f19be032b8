import Diagnostics

/// Walks through a path expression one character at a time; builds its PATH syntax errors.
struct PathScanner {
    let characters: [Character]
    let expression: String
    let location: Location
    /// 0-based index of the current character.
    var offset = 0

    init(_ expression: String, location: Location) {
        self.characters = Array(expression)
        self.expression = expression
        self.location = location
    }

    var atEnd: Bool { offset >= characters.count }

    /// The character `ahead` places after the current one, `nil` past the end.
    func peek(_ ahead: Int = 0) -> Character? {
        let index = offset + ahead
        return index < characters.count ? characters[index] : nil
    }

    /// Whether the text at the current position starts with `text` (nothing consumed).
    func looksAt(_ text: String) -> Bool {
        var index = offset
        for character in text {
            guard index < characters.count, characters[index] == character else { return false }
            index += 1
        }
        return true
    }

    mutating func skipSpaces() {
        while let character = peek(), character == " " || character == "\t" { offset += 1 }
    }

    /// Consumes `text` if it comes next.
    mutating func consume(_ text: String) -> Bool {
        guard looksAt(text) else { return false }
        offset += text.count
        return true
    }

    /// Consumes `text` or throws PATH-002/PATH-003.
    mutating func expect(_ text: String) throws {
        guard consume(text) else { throw unexpected() }
    }

    /// PATH-003 at the end, otherwise PATH-002 naming the current character.
    func unexpected() -> FerryError {
        guard let character = peek() else { return error(.pathUnexpectedEnd) }
        return error(.pathUnexpectedCharacter, ["character": String(character), "position": String(offset + 1)])
    }

    /// An error of `code` with `expression` and the extra arguments.
    func error(_ code: ErrorCode, _ arguments: [String: String] = [:]) -> FerryError {
        var all = arguments
        all["expression"] = expression
        return FerryError(code, at: location, all)
    }

    /// PATH-008 for `feature`.
    func unsupported(_ feature: String) -> FerryError {
        error(.pathUnsupported, ["feature": feature])
    }

    /// PATH-009: `feature` works in a path, but not inside a filter.
    func unsupportedInFilter(_ feature: String) -> FerryError {
        error(.pathUnsupportedInFilter, ["feature": feature])
    }

    /// A quoted string starting at the current `'` or `"`.
    ///
    /// With `escapes` (JSONPath), a backslash takes the next character literally;
    /// without (XPath 1.0), a backslash is an ordinary character.
    mutating func quoted(escapes: Bool) throws -> String {
        guard let quote = peek(), quote == "'" || quote == "\"" else { throw unexpected() }
        let start = offset
        offset += 1
        var text = ""
        while let character = peek() {
            offset += 1
            if character == quote { return text }
            if escapes, character == "\\", let next = peek() {
                offset += 1
                switch next {
                case "n": text.append("\n")
                case "t": text.append("\t")
                default: text.append(next)
                }
            } else {
                text.append(character)
            }
        }
        throw error(.pathUnclosedString, ["position": String(start + 1)])
    }

    /// The longest run of characters satisfying `first` then `rest`; `nil` when none.
    mutating func name(first: (Character) -> Bool, rest: (Character) -> Bool) -> String? {
        guard let initial = peek(), first(initial) else { return nil }
        var text = String(initial)
        offset += 1
        while let character = peek(), rest(character) {
            text.append(character)
            offset += 1
        }
        return text
    }

    /// A number literal `-?digits(.digits)?` as written; `nil` (nothing consumed) when none comes next.
    mutating func numberText() -> String? {
        let start = offset
        var text = ""
        if peek() == "-" { text.append("-"); offset += 1 }
        var digits = 0
        while let character = peek(), character.isASCII, character.isNumber {
            text.append(character); offset += 1; digits += 1
        }
        if digits > 0, peek() == ".", let after = peek(1), after.isASCII, after.isNumber {
            text.append("."); offset += 1
            while let character = peek(), character.isASCII, character.isNumber {
                text.append(character); offset += 1
            }
        }
        guard digits > 0 else {
            offset = start
            return nil
        }
        return text
    }

    /// A whole number for an index or position; PATH-006 when it has a fraction or overflows `Int`.
    mutating func integer() throws -> Int? {
        let start = offset
        guard let text = numberText() else { return nil }
        guard let value = Int(text) else {
            throw error(.pathInvalidIndex, ["value": text, "position": String(start + 1)])
        }
        return value
    }
}

extension Character {
    /// Letters (any script) and `_`: may start a key or an XML name.
    var isPathNameStart: Bool { isLetter || self == "_" || (!isASCII && !isWhitespace) }
    /// Also digits and `-`.
    var isPathNamePart: Bool { isPathNameStart || (isASCII && isNumber) || self == "-" }
}
