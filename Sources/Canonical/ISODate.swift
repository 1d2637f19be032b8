import Foundation

/// Strict ISO 8601 dates for the canonical formats: `2026-11-20T09:30:00Z`,
/// `2026-11-20T10:30:00.250+01:00`, or a plain `2026-11-20` (midnight UTC where an instant is
/// needed; business dates keep a plain date as a day: `BusinessDate`).
public enum ISODate {
    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }()

    /// Parses `text`; `nil` unless it is a date-only value or a date-time with a zone.
    public static func parse(_ text: String) -> Date? {
        let chars = Array(text.utf8)
        var index = 0
        func digits(_ count: Int) -> Int? {
            guard index + count <= chars.count else { return nil }
            var value = 0
            for byte in chars[index..<(index + count)] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            index += count
            return value
        }
        func expect(_ character: UInt8) -> Bool {
            guard index < chars.count, chars[index] == character else { return false }
            index += 1
            return true
        }
        guard let year = digits(4), expect(UInt8(ascii: "-")), let month = digits(2), expect(UInt8(ascii: "-")),
            let day = digits(2)
        else { return nil }
        var components = DateComponents(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
        var offsetSeconds = 0
        if index < chars.count {
            guard expect(UInt8(ascii: "T")) || expect(UInt8(ascii: " ")), let hour = digits(2),
                expect(UInt8(ascii: ":")), let minute = digits(2)
            else { return nil }
            var second = 0
            var nanosecond = 0
            if expect(UInt8(ascii: ":")) {
                guard let value = digits(2) else { return nil }
                second = value
                if expect(UInt8(ascii: ".")) || expect(UInt8(ascii: ",")) {
                    var scale = 100_000_000
                    var count = 0
                    while index < chars.count, chars[index] >= 0x30, chars[index] <= 0x39 {
                        nanosecond += Int(chars[index] - 0x30) * scale
                        scale /= 10
                        index += 1
                        count += 1
                    }
                    guard count > 0, count <= 9 else { return nil }
                }
            }
            guard hour < 24, minute < 60, second < 60 else { return nil }
            components.hour = hour
            components.minute = minute
            components.second = second
            components.nanosecond = nanosecond
            if expect(UInt8(ascii: "Z")) {
                offsetSeconds = 0
            } else {
                let sign: Int
                if expect(UInt8(ascii: "+")) { sign = 1 } else if expect(UInt8(ascii: "-")) { sign = -1 } else { return nil }
                guard let hours = digits(2) else { return nil }
                _ = expect(UInt8(ascii: ":"))
                guard let minutes = digits(2), hours < 24, minutes < 60 else { return nil }
                offsetSeconds = sign * (hours * 3600 + minutes * 60)
            }
            guard index == chars.count else { return nil }
        }
        guard (1...12).contains(month), day >= 1,
            let range = utc.range(of: .day, in: .month, for: utc.date(from: DateComponents(year: year, month: month)) ?? Date()),
            range.contains(day), let local = utc.date(from: components)
        else { return nil }
        return local.addingTimeInterval(TimeInterval(-offsetSeconds))
    }

    /// Whether `text` is a plain calendar date (`2026-11-21`, no time): a day, not an instant.
    public static func isDateOnly(_ text: String) -> Bool {
        text.utf8.count == 10 && parse(text) != nil
    }

    /// `2026-11-20T09:30:00Z`, with milliseconds only when there are any.
    public static func format(_ date: Date) -> String {
        let totalMilliseconds = (date.timeIntervalSince1970 * 1000).rounded()
        let wholeSeconds = (totalMilliseconds / 1000).rounded(.down)
        let milliseconds = Int(totalMilliseconds - wholeSeconds * 1000)
        let parts = utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: wholeSeconds))
        func pad(_ value: Int?, _ width: Int) -> String {
            let text = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        var text = "\(pad(parts.year, 4))-\(pad(parts.month, 2))-\(pad(parts.day, 2))T"
        text += "\(pad(parts.hour, 2)):\(pad(parts.minute, 2)):\(pad(parts.second, 2))"
        if milliseconds != 0 { text += "." + pad(milliseconds, 3) }
        return text + "Z"
    }
}
