import Foundation
import Formats

/// Decimal text for payloads: a fixed number of fraction digits when asked, and the
/// separators of a `NumberFormat` (`1.249,50`).
enum DecimalWriting {
    static func text(_ value: Decimal, scale: Int? = nil, format: NumberFormat = .point) -> String {
        var plain = "\(value)"
        if let scale {
            let parts = plain.split(separator: ".", maxSplits: 1)
            let whole = parts.first.map(String.init) ?? "0"
            var fraction = parts.count > 1 ? String(parts[1]) : ""
            if fraction.count < scale { fraction += String(repeating: "0", count: scale - fraction.count) }
            plain = scale == 0 ? whole : whole + "." + fraction.prefix(scale)
        }
        guard format != .point else { return plain }
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? String(plain.dropFirst()) : plain
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        var whole = parts.first.map(String.init) ?? "0"
        if let grouping = format.groupingSeparator {
            var grouped = ""
            for (offset, digit) in whole.reversed().enumerated() {
                if offset > 0 && offset % 3 == 0 { grouped.append(grouping) }
                grouped.append(digit)
            }
            whole = String(grouped.reversed())
        }
        let fraction = parts.count > 1 ? String(format.decimalSeparator) + parts[1] : ""
        return (negative ? "-" : "") + whole + fraction
    }
}
