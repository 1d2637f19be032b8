import Foundation

/// Plain decimal text (`1249.5`, `-0.25`) without Foundation's general formatter, which
/// divides the 128-bit mantissa digit by digit and was a tenth of the time spent
/// rendering large orders.
///
/// Reads the value's storage directly: the layout is checked once against Foundation's own
/// output for a few probes, and values it does not cover (zero, mantissas beyond 64 bits,
/// an unexpected layout) return `nil` for the caller's general path.
enum DecimalText {
    static func plain(_ value: Decimal) -> String? {
        guard layoutIsKnown, let (mantissa, exponent, negative) = parts(of: value), mantissa != 0,
            exponent == value.exponent
        else { return nil }
        return format(mantissa: mantissa, exponent: exponent, negative: negative)
    }

    /// Mantissa, exponent and sign as stored, when the mantissa fits 64 bits.
    private static func parts(of value: Decimal) -> (UInt64, Int, Bool)? {
        withUnsafeBytes(of: value) { bytes -> (UInt64, Int, Bool)? in
            guard bytes.count == 20 else { return nil }
            let length = Int(bytes[1] >> 4)
            guard length <= 4 else { return nil }
            var mantissa: UInt64 = 0
            for word in stride(from: length - 1, through: 0, by: -1) {
                let low = UInt64(bytes[4 + 2 * word])
                let high = UInt64(bytes[5 + 2 * word])
                mantissa = mantissa << 16 | high << 8 | low
            }
            return (mantissa, Int(Int8(bitPattern: bytes[0])), bytes[1] & 0x08 != 0)
        }
    }

    private static func format(mantissa: UInt64, exponent: Int, negative: Bool) -> String {
        var digits = String(mantissa)
        if exponent > 0 {
            digits += String(repeating: "0", count: exponent)
        } else if exponent < 0 {
            let shift = -exponent
            if digits.utf8.count <= shift {
                digits = "0." + String(repeating: "0", count: shift - digits.utf8.count) + digits
            } else {
                digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -shift))
            }
        }
        return negative ? "-" + digits : digits
    }

    private static func reference(_ value: Decimal) -> String {
        var copy = value
        return NSDecimalString(&copy, Locale(identifier: "en_US_POSIX"))
    }

    /// Whether reading the storage gives Foundation's own text for a set of probes.
    private static let layoutIsKnown: Bool = {
        let probes = ["12.5", "-12.5", "0.05", "-0.001", "100", "7", "18446744073709551615", "123456789.123456789",
                      "-98765432109876", "4294967296", "65536.65535"]
        for text in probes {
            guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")),
                let (mantissa, exponent, negative) = parts(of: value), exponent == value.exponent,
                format(mantissa: mantissa, exponent: exponent, negative: negative) == reference(value)
            else { return false }
        }
        return true
    }()
}
