import Foundation
import Formats

/// How one output field gets its value: where it is read (or a constant), then a fixed
/// pipeline of steps, then a default, then the target's checks (docs/mapping.md).
public struct ValueExpression: Sendable, Hashable {
    public enum Input: Sendable, Hashable {
        /// No input: only `default` (or a constant) fills the field.
        case none
        case path(SourcePath)
        case constant(String)
        /// Several paths joined with a separator; empty parts are left out.
        case concat([SourcePath], separator: String)
        /// Dictionary entries with keys read from the record (`Attribute 1 name` → `Attribute 1 value(s)`).
        case entries([EntryPair])
    }

    public var input: Input
    /// Take every selected node as a list instead of the first.
    public var all = false
    public var steps: [ValueStep] = []
    /// Used when the input is absent or empty (after trimming, before the other steps).
    public var fallback: String?
    public var checks = FieldChecks()

    public init(input: Input, steps: [ValueStep] = [], fallback: String? = nil) {
        self.input = input
        self.steps = steps
        self.fallback = fallback
    }
}

/// Which part of a split street line a field takes.
public enum StreetPart: String, Sendable, Hashable, CaseIterable {
    case street, number, addition
}

/// One step of a value pipeline. Steps that depend on the direction read in a source
/// layout and write in a target layout (`date`, `decimal`).
public enum ValueStep: Sendable, Hashable {
    case trim, upper, lower
    case replace(String, with: String)
    case prefix(String), suffix(String)
    /// One value becomes a list (`"a, b"` → `["a", "b"]`), items trimmed, empty ones dropped.
    case split(String)
    /// A list becomes one text, its items joined with the separator (a CSV cell).
    case join(String)
    case map(ValueMap)
    case street(StreetPart)
    /// Source: parse with the pattern in the zone into a canonical UTC timestamp.
    /// Target: format a canonical timestamp with the pattern in the zone.
    case date(DatePattern, TimeZone)
    /// Source: parse a number written this way into a plain decimal. Target: write it this way.
    case decimal(NumberFormat)
    /// Multiply or divide by a constant or by the number at a path of the same record or
    /// group item (`Decimal` arithmetic; dividing by zero is MAP-122).
    case multiply(NumberSource)
    case divide(NumberSource)
    case unit(from: String, to: String)
    /// Convert an amount including VAT to excluding (`excl`) or back (`incl`), with the rate
    /// in percent read from a path (or a constant).
    case vat(to: VATTarget, rate: NumberSource, scale: Int)
    case round(Int)
    case truncate(Int)
    /// One text of pairs becomes named values (`color=Red,size=M` → `{color: Red, size: M}`):
    /// the last step, for a dictionary field.
    case keyValue(pairs: String, key: String)

    public enum VATTarget: String, Sendable, Hashable { case excl, incl }
    /// A number a step uses: a constant, or read from a path like the field's own value.
    public enum NumberSource: Sendable, Hashable, CustomStringConvertible {
        case path(SourcePath)
        case constant(Decimal)

        public var description: String {
            switch self {
            case .constant(let value): "\(value)"
            case .path(let path): path.description
            }
        }
    }

    /// Steps on the text as read, run before the default (the rest run after it).
    public var isTextStep: Bool {
        switch self {
        case .trim, .upper, .lower, .replace, .split, .join: true
        default: false
        }
    }

    /// The name used in ferry.yml, for messages and `mapping show`.
    public var name: String {
        switch self {
        case .trim: "trim"
        case .upper: "upper"
        case .lower: "lower"
        case .replace: "replace"
        case .prefix: "prefix"
        case .suffix: "suffix"
        case .split: "split"
        case .join: "join"
        case .map: "map"
        case .street: "street"
        case .date: "date"
        case .decimal: "decimal"
        case .multiply: "multiply"
        case .divide: "divide"
        case .unit: "unit"
        case .vat: "vat"
        case .round: "round"
        case .truncate: "truncate"
        case .keyValue: "key-value"
        }
    }
}

/// What a target demands of a field before the payload is written.
public struct FieldChecks: Sendable, Hashable {
    public var required = false
    public var maxLength: Int?
    public var oneOf: [String] = []
    public init() {}
    public var isEmpty: Bool { !required && maxLength == nil && oneOf.isEmpty }
}

/// One dictionary entry read from a record: its key and its value, each from a path.
public struct EntryPair: Sendable, Hashable {
    public var key: SourcePath
    public var value: SourcePath
    public init(key: SourcePath, value: SourcePath) {
        self.key = key
        self.value = value
    }
}
