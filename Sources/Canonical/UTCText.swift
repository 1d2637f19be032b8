import Foundation

/// Instants written as UTC text, straight from the seconds since 1970: the one writer of
/// the timestamps Ferry stores and shows (the ledger's columns, status records) and of the
/// archive's day folders, without a `DateFormatter` or calendar per call. `LedgerTextTests`
/// holds each style to the formatter or calendar it replaces, byte for byte.
public enum UTCText {
    public enum Style: Sendable {
        /// `2026-12-07T09:24:29Z`: whole seconds (the fraction dropped), as status records show instants.
        case seconds
        /// `2026-12-07 09:24:29.123`: to the nearest millisecond, as GRDB stores a `Date` (its
        /// formatter's Julian calendar before 1582 aside: Ferry writes no such instants).
        case ledger
        /// `2026/12/07`: the UTC day, as archive folders are named.
        case dayFolder
    }

    public static func text(_ date: Date, _ style: Style) -> String {
        // The same arithmetic as the formatters replaced: milliseconds since 1970 from the
        // reference-date interval, rounded down for whole seconds, to the nearest for the ledger.
        let exact = (date.timeIntervalSinceReferenceDate + 978_307_200) * 1000
        let milliseconds = Int64(style == .ledger ? exact.rounded() : exact.rounded(.down))
        let (days, inDay) = floorDivision(milliseconds, 86_400_000)
        let civil = CivilDate(daysSinceEpoch: Int(days))
        let seconds = Int(inDay / 1000)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        func append(_ value: Int, width: Int) {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                divisor /= 10
            }
        }
        let dateSeparator = style == .dayFolder ? UInt8(ascii: "/") : UInt8(ascii: "-")
        append(civil.year, width: 4)
        bytes.append(dateSeparator)
        append(civil.month, width: 2)
        bytes.append(dateSeparator)
        append(civil.day, width: 2)
        if style == .dayFolder { return String(decoding: bytes, as: UTF8.self) }
        bytes.append(style == .seconds ? UInt8(ascii: "T") : UInt8(ascii: " "))
        append(seconds / 3600, width: 2)
        bytes.append(UInt8(ascii: ":"))
        append(seconds / 60 % 60, width: 2)
        bytes.append(UInt8(ascii: ":"))
        append(seconds % 60, width: 2)
        switch style {
        case .seconds:
            bytes.append(UInt8(ascii: "Z"))
        case .ledger:
            bytes.append(UInt8(ascii: "."))
            append(Int(inDay % 1000), width: 3)
        case .dayFolder:
            break
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let remainder = value % divisor
        return remainder < 0 ? (value / divisor - 1, remainder + divisor) : (value / divisor, remainder)
    }
}
