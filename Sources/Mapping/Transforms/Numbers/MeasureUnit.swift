import Diagnostics
import Foundation

/// A unit of weight or length Ferry converts between, with its exact factor to the base unit.
public enum MeasureUnit: String, CaseIterable, Hashable, Sendable {
    case gram = "g", kilogram = "kg", pound = "lb", ounce = "oz"
    case millimetre = "mm", centimetre = "cm", metre = "m", inch = "in"

    public enum Dimension: Sendable { case weight, length }

    public var dimension: Dimension {
        switch self {
        case .gram, .kilogram, .pound, .ounce: .weight
        case .millimetre, .centimetre, .metre, .inch: .length
        }
    }

    /// Grams or millimetres per unit, exact by definition (1 lb = 453.59237 g, 1 oz = 1/16 lb, 1 in = 25.4 mm).
    var factor: Decimal {
        switch self {
        case .gram, .millimetre: 1
        case .kilogram, .metre: 1000
        case .pound: Decimal(sign: .plus, exponent: -5, significand: 45_359_237)
        case .ounce: Decimal(sign: .plus, exponent: -9, significand: 28_349_523_125)
        case .centimetre: 10
        case .inch: Decimal(sign: .plus, exponent: -1, significand: 254)
        }
    }

    /// Reads a unit symbol or name, ignoring case: `g`, `gram`, `KG`, `lbs`, `ounce`, `cm`, `inch`, `"`;
    /// MAP-106 otherwise.
    public init(named name: String, at location: Location) throws {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        guard let unit = Self.names[key] else {
            throw FerryError(.mapUnknownUnit, at: location, ["field": location.valueName, "unit": name])
        }
        self = unit
    }

    static let names: [String: MeasureUnit] = [
        "g": .gram, "gr": .gram, "gram": .gram, "grams": .gram, "gramm": .gram, "gramme": .gram,
        "kg": .kilogram, "kilo": .kilogram, "kilogram": .kilogram, "kilograms": .kilogram, "kilogramm": .kilogram,
        "kilogramme": .kilogram, "lb": .pound, "lbs": .pound, "pound": .pound, "pounds": .pound,
        "oz": .ounce, "ounce": .ounce, "ounces": .ounce,
        "mm": .millimetre, "millimetre": .millimetre, "millimeter": .millimetre,
        "cm": .centimetre, "centimetre": .centimetre, "centimeter": .centimetre,
        "m": .metre, "metre": .metre, "meter": .metre, "in": .inch, "inch": .inch, "inches": .inch, "\"": .inch,
    ]
}
