import Diagnostics
import Foundation

/// Converts amounts between VAT-inclusive and VAT-exclusive with a rate in percent.
///
/// The rate is a percentage (`21` for 21 %, `5.5` for 5.5 %), from 0 to 100 (MAP-108 otherwise). Results are
/// rounded half away from zero to `scale` digits, 2 by default (cents), 0...10 (MAP-109 otherwise): round
/// per amount the way the source does (a unit price or a line total), since rounding does not distribute.
public enum VATConversion {
    /// `amount` including VAT: `amount × (100 + rate) / 100`, rounded.
    public static func including(
        _ amount: Decimal, ratePercent rate: Decimal, scale: Int = 2, at location: Location
    ) throws -> Decimal {
        try check(rate, at: location)
        let result = amount * (100 + rate) / 100
        return try DecimalRounding.round(result, scale: scale, transform: "vat", at: location)
    }

    /// `amount` excluding VAT: `amount × 100 / (100 + rate)`, rounded.
    public static func excluding(
        _ amount: Decimal, ratePercent rate: Decimal, scale: Int = 2, at location: Location
    ) throws -> Decimal {
        try check(rate, at: location)
        let result = amount * 100 / (100 + rate)
        return try DecimalRounding.round(result, scale: scale, transform: "vat", at: location)
    }

    /// The VAT contained in an inclusive `amount`: `amount − excluding(amount)`, both at `scale`.
    public static func vatIncluded(
        in amount: Decimal, ratePercent rate: Decimal, scale: Int = 2, at location: Location
    ) throws -> Decimal {
        let net = try excluding(amount, ratePercent: rate, scale: scale, at: location)
        return try DecimalRounding.round(amount, scale: scale, transform: "vat", at: location) - net
    }

    static func check(_ rate: Decimal, at location: Location) throws {
        guard rate >= 0, rate <= 100 else {
            throw FerryError(.mapInvalidVATRate, at: location, ["field": location.valueName, "rate": "\(rate)"])
        }
    }
}
