import Diagnostics
import Foundation

/// A date pattern in Unicode TR35 syntax (`dd-MM-yyyy`, `yyyy-MM-dd'T'HH:mm:ss`) that reads and writes
/// dates strictly, in a given time zone.
///
/// Supported letters: `y` year, `M` month, `d` day, `H` hour 0-23, `h` hour 1-12 (needs `a`), `m` minute,
/// `s` second, `S` fraction of a second (one digit per letter), `a` AM/PM. Any other ASCII letter is refused
/// (MAP-101); text in single quotes is literal and `''` is a quote. Other characters are literal.
///
/// Widths when reading: a doubled letter (`dd`, `MM`, `HH`) wants exactly two digits; a single letter one or
/// two; `yyyy` exactly four digits; `y` one to four digits, read as the year itself; `yy` exactly two digits in
/// the 100-year window starting at `twoDigitYearStart` (default 1970: `69` is 2069, `70` is 1970).
/// A single letter directly followed by another number field (`dMyyyy`) is ambiguous and refused (MAP-102).
///
/// Reading is strict: no surrounding spaces, no rollover (`31-02-2026` and `24:00` are MAP-105), and a local
/// time skipped by a daylight-saving change is MAP-105. A local time that occurs twice (the hour repeated
/// when clocks go back) is read as the first occurrence, the one with the larger UTC offset.
public struct DatePattern: Hashable, Sendable, CustomStringConvertible {
    enum Field: Hashable, Sendable {
        case year, month, day, hour24, hour12, minute, second, fraction, dayPeriod
    }

    enum Token: Hashable, Sendable {
        case literal(String)
        case field(Field, width: Int)
    }

    /// The pattern as written.
    public let pattern: String
    /// First year of the window two-digit years (`yy`) are read into.
    public let twoDigitYearStart: Int
    let tokens: [Token]

    public var description: String { pattern }

    /// Whether the pattern names year, month and day, so that `parse` can read a complete date.
    public var readsDate: Bool {
        let fields = Set(tokens.compactMap(\.field))
        return fields.isSuperset(of: [.year, .month, .day])
    }

    /// Whether the pattern reads a time of day (an hour): then a value is an instant; without
    /// one it is a calendar day, which no time zone shifts.
    public var readsTime: Bool {
        tokens.contains { $0.field == .hour24 || $0.field == .hour12 }
    }

    /// Reads `pattern`; throws MAP-101 for an unsupported letter or open quote, MAP-102 for contradictions.
    public init(_ pattern: String, twoDigitYearStart: Int = 1970, at location: Location) throws {
        self.pattern = pattern
        self.twoDigitYearStart = twoDigitYearStart
        tokens = try Self.tokenize(pattern, at: location)
        try Self.checkConsistency(tokens, pattern: pattern, at: location)
    }

    /// The zone named `name` (an IANA name such as `Europe/Amsterdam`, or `UTC`); MAP-103 if unknown.
    public static func timeZone(named name: String, at location: Location) throws -> TimeZone {
        if ["UTC", "Etc/UTC", "GMT"].contains(name), let utc = TimeZone(secondsFromGMT: 0) { return utc }
        guard name.contains("/"), let zone = TimeZone(identifier: name) else {
            throw FerryError(.mapUnknownTimeZone, at: location, ["zone": name])
        }
        return zone
    }

    static func tokenize(_ pattern: String, at location: Location) throws -> [Token] {
        let characters = Array(pattern)
        var tokens: [Token] = []
        var literal = ""
        var index = 0
        func flush() {
            if !literal.isEmpty { tokens.append(.literal(literal)) }
            literal = ""
        }
        while index < characters.count {
            let character = characters[index]
            if character == "'" {
                index += 1
                if index < characters.count, characters[index] == "'" {
                    literal.append("'")
                    index += 1
                    continue
                }
                var closed = false
                while index < characters.count {
                    if characters[index] == "'" {
                        if index + 1 < characters.count, characters[index + 1] == "'" {
                            literal.append("'")
                            index += 2
                            continue
                        }
                        closed = true
                        index += 1
                        break
                    }
                    literal.append(characters[index])
                    index += 1
                }
                guard closed else {
                    throw FerryError(.mapDatePatternUnsupported, at: location, ["pattern": pattern, "token": "'"])
                }
            } else if character.isASCII, character.isLetter {
                var width = 1
                while index + width < characters.count, characters[index + width] == character { width += 1 }
                guard let field = field(for: character, width: width) else {
                    let token = String(repeating: character, count: width)
                    throw FerryError(.mapDatePatternUnsupported, at: location, ["pattern": pattern, "token": token])
                }
                flush()
                tokens.append(.field(field, width: width))
                index += width
            } else {
                literal.append(character)
                index += 1
            }
        }
        flush()
        return tokens
    }

    static func field(for letter: Character, width: Int) -> Field? {
        switch (letter, width) {
        case ("y", 1...4): .year
        case ("M", 1...2): .month
        case ("d", 1...2): .day
        case ("H", 1...2): .hour24
        case ("h", 1...2): .hour12
        case ("m", 1...2): .minute
        case ("s", 1...2): .second
        case ("S", 1...9): .fraction
        case ("a", 1): .dayPeriod
        default: nil
        }
    }

    static func checkConsistency(_ tokens: [Token], pattern: String, at location: Location) throws {
        let fields = tokens.compactMap(\.field)
        let unique = Set(fields)
        let hasHour12 = unique.contains(.hour12)
        let ambiguous = zip(tokens, tokens.dropFirst()).contains { first, second in
            guard case .field(let field, let width) = first, field != .dayPeriod, field != .fraction,
                width == 1 || (field == .year && width != 2 && width != 4),
                case .field(let next, _) = second, next != .dayPeriod
            else { return false }
            return true
        }
        if fields.isEmpty || unique.count != fields.count || hasHour12 != unique.contains(.dayPeriod)
            || (hasHour12 && unique.contains(.hour24)) || ambiguous
        {
            throw FerryError(.mapDatePatternIncomplete, at: location, ["pattern": pattern])
        }
    }
}

extension DatePattern.Token {
    var field: DatePattern.Field? {
        if case .field(let field, _) = self { return field }
        return nil
    }
}
