import Diagnostics
import Foundation

/// Converts weights (g, kg, lb, oz) and lengths (mm, cm, m, in) with Decimal arithmetic.
///
/// Factors are exact, so metric-to-metric and imperial-to-metric results are exact. Converting into
/// lb, oz or in divides by a factor that is not a power of ten and may not terminate (1 g in lb); give a
/// `scale` to round such results half away from zero, otherwise the result carries Decimal's 38 digits.
public enum UnitConversion {
    /// `value` in `from` expressed in `to`; MAP-107 when one is a weight and the other a length.
    public static func convert(
        _ value: Decimal, from: MeasureUnit, to: MeasureUnit, scale: Int? = nil, at location: Location
    ) throws -> Decimal {
        guard from.dimension == to.dimension else {
            throw FerryError(
                .mapIncompatibleUnits, at: location,
                ["field": location.valueName, "from": from.rawValue, "to": to.rawValue])
        }
        let base = value * from.factor
        let result = to.factor == 1 ? base : base / to.factor
        guard let scale else { return result }
        return try DecimalRounding.round(result, scale: scale, transform: "convert", at: location)
    }

    /// The same with unit names as written in ferry.yml or a file (`kg`, `Gram`, `inch`); MAP-106 if unknown.
    public static func convert(
        _ value: Decimal, from: String, to: String, scale: Int? = nil, at location: Location
    ) throws -> Decimal {
        try convert(
            value, from: MeasureUnit(named: from, at: location), to: MeasureUnit(named: to, at: location),
            scale: scale, at: location)
    }
}
