import Diagnostics
import Foundation

/// Rounds decimals half away from zero ("half up" in commercial use: 2.345 → 2.35, -2.345 → -2.35).
public enum DecimalRounding {
    /// The largest scale a transform accepts.
    public static let maximumScale = 10

    /// `value` rounded to `scale` digits after the point; MAP-109 for a scale outside 0...10.
    public static func round(_ value: Decimal, scale: Int, transform: String, at location: Location) throws -> Decimal {
        guard (0...maximumScale).contains(scale) else {
            throw FerryError.badSetting(transform, "scale", String(scale), at: location)
        }
        return rounded(value, scale: scale)
    }

    static func rounded(_ value: Decimal, scale: Int) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, scale, .plain)
        return result
    }
}
