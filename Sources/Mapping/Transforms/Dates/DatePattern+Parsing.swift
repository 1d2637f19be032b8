import Canonical
import Diagnostics
import Foundation

extension DatePattern {
    /// Reads `text` as a local date-time in `zone` and returns the moment it names.
    ///
    /// Fields the pattern lacks default to the start of the day (00:00:00.000). Throws MAP-102 if the
    /// pattern has no year, month or day, MAP-104 if `text` does not have the pattern's shape, MAP-105 if
    /// it names a date or time that does not exist.
    public func parse(_ text: String, in zone: TimeZone, at location: Location) throws -> Date {
        guard readsDate else {
            throw FerryError(.mapDatePatternIncomplete, at: location, ["pattern": pattern])
        }
        let arguments = ["field": location.valueName, "value": text, "pattern": pattern]
        guard let values = read(text) else { throw FerryError(.mapDateMismatch, at: location, arguments) }
        guard let local = localSeconds(values), let moment = Self.resolve(local, in: zone) else {
            throw FerryError(.mapDateNonexistent, at: location, arguments)
        }
        return Date(timeIntervalSince1970: Double(moment) + values.fraction)
    }

    struct Values {
        var numbers: [Field: Int] = [:]
        var fraction: Double = 0
        var afternoon = false
    }

    /// The fields of `text`, or `nil` when it does not have the pattern's shape.
    func read(_ text: String) -> Values? {
        let characters = Array(text)
        var position = 0
        var values = Values()
        for token in tokens {
            switch token {
            case .literal(let literal):
                for expected in literal {
                    guard position < characters.count, characters[position] == expected else { return nil }
                    position += 1
                }
            case .field(.dayPeriod, _):
                guard position + 1 < characters.count else { return nil }
                let period = String(characters[position...(position + 1)]).uppercased()
                guard period == "AM" || period == "PM" else { return nil }
                values.afternoon = period == "PM"
                position += 2
            case .field(let field, let width):
                let (minimum, maximum) = Self.digitCount(field, width: width)
                var digits = ""
                while digits.count < maximum, position < characters.count, characters[position].isASCIIDigit {
                    digits.append(characters[position])
                    position += 1
                }
                guard digits.count >= minimum, let number = Int(digits) else { return nil }
                if field == .fraction {
                    values.fraction = Double(number) / pow(10, Double(digits.count))
                } else if field == .year, width == 2 {
                    values.numbers[.year] = twoDigitYear(number)
                } else {
                    values.numbers[field] = number
                }
            }
        }
        return position == characters.count ? values : nil
    }

    static func digitCount(_ field: Field, width: Int) -> (minimum: Int, maximum: Int) {
        switch (field, width) {
        case (.year, 1): (1, 4)
        case (.year, 2): (2, 2)
        case (.year, _): (width, 4)
        case (.fraction, _): (width, width)
        case (_, 1): (1, 2)
        default: (width, width)
        }
    }

    func twoDigitYear(_ number: Int) -> Int {
        let start = twoDigitYearStart
        let century = start - ((start % 100) + 100) % 100
        let candidate = century + number
        return candidate < start ? candidate + 100 : candidate
    }

    /// Seconds since 1970-01-01 00:00 of the local wall-clock time, or `nil` if a field is out of range.
    func localSeconds(_ values: Values) -> Int? {
        let numbers = values.numbers
        let date = CivilDate(year: numbers[.year] ?? 0, month: numbers[.month] ?? 0, day: numbers[.day] ?? 0)
        guard date.year >= 1, date.isValid else { return nil }
        var hour = numbers[.hour24] ?? 0
        if let hour12 = numbers[.hour12] {
            guard (1...12).contains(hour12) else { return nil }
            hour = hour12 % 12 + (values.afternoon ? 12 : 0)
        }
        let minute = numbers[.minute] ?? 0
        let second = numbers[.second] ?? 0
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        return date.daysSinceEpoch * 86_400 + hour * 3_600 + minute * 60 + second
    }

    /// The earliest UTC second whose local time in `zone` is `local`; `nil` for a time the zone skips.
    static func resolve(_ local: Int, in zone: TimeZone) -> Int? {
        let probes = [-86_400, 0, 86_400].map { Date(timeIntervalSince1970: Double(local + $0)) }
        let offsets = Set(probes.map { zone.secondsFromGMT(for: $0) })
        return offsets
            .map { local - $0 }
            .filter { zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double($0))) == local - $0 }
            .min()
    }
}
