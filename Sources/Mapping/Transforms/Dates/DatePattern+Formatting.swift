import Canonical
import Foundation

extension DatePattern {
    /// Writes `date` as local time in `zone` with this pattern.
    ///
    /// `yy` writes the last two digits of the year; `S` fields write truncated fractions (to the microsecond).
    public func format(_ date: Date, in zone: TimeZone) -> String {
        let micros = Int((date.timeIntervalSince1970 * 1_000_000).rounded())
        let (utcSeconds, fractionMicros) = Self.floorDivide(micros, 1_000_000)
        let local = utcSeconds + zone.secondsFromGMT(for: date)
        let (days, secondOfDay) = Self.floorDivide(local, 86_400)
        let civil = CivilDate(daysSinceEpoch: days)
        let hour = secondOfDay / 3_600
        var text = ""
        for token in tokens {
            switch token {
            case .literal(let literal): text += literal
            case .field(let field, let width):
                switch field {
                case .year: text += width == 2 ? Self.padded(civil.year % 100, 2) : Self.padded(civil.year, width)
                case .month: text += Self.padded(civil.month, width)
                case .day: text += Self.padded(civil.day, width)
                case .hour24: text += Self.padded(hour, width)
                case .hour12: text += Self.padded(hour % 12 == 0 ? 12 : hour % 12, width)
                case .minute: text += Self.padded(secondOfDay / 60 % 60, width)
                case .second: text += Self.padded(secondOfDay % 60, width)
                case .fraction:
                    let digits = Self.padded(fractionMicros, 6) + String(repeating: "0", count: max(0, width - 6))
                    text += digits.prefix(width)
                case .dayPeriod: text += hour < 12 ? "AM" : "PM"
                }
            }
        }
        return text
    }

    static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(abs(number))
        let sign = number < 0 ? "-" : ""
        return sign + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func floorDivide(_ value: Int, _ divisor: Int) -> (quotient: Int, remainder: Int) {
        let remainder = (value % divisor + divisor) % divisor
        return ((value - remainder) / divisor, remainder)
    }
}
