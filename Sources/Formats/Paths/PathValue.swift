import Foundation

/// A value compared inside a path filter or predicate: a node's content or a literal.
///
/// Comparison is lenient across formats because XML and CSV give every value as text:
/// a number meets text that reads as a plain decimal (`12.50`) numerically, as `Decimal`;
/// a boolean meets text `true`/`false`. Objects and arrays compare with nothing.
enum PathValue: Sendable, Hashable {
    case text(String)
    case number(Decimal)
    case bool(Bool)
    case null
    case structured

    enum Operator: String, Sendable, Hashable {
        case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    }

    /// A node's value; a JSON number whose text `Decimal` cannot hold stays text.
    init(_ node: Node) {
        switch node.value {
        case .scalar(let text): self = .text(text)
        case .number(let text): self = PathValue.decimal(text).map(PathValue.number) ?? .text(text)
        case .bool(let flag): self = .bool(flag)
        case .null: self = .null
        case .object, .array: self = .structured
        }
    }

    static func decimal(_ text: String) -> Decimal? {
        NumberFormat.point.decimal(text)
    }

    /// `left op right`; `nil` operands are "nothing selected".
    ///
    /// Two nothings are equal, nothing and a value are not; ordering with nothing is false.
    static func compare(_ left: PathValue?, _ op: Operator, _ right: PathValue?) -> Bool {
        switch op {
        case .equal: return equal(left, right)
        case .notEqual: return !equal(left, right)
        case .less: return less(left, right)
        case .greater: return less(right, left)
        case .lessOrEqual: return less(left, right) || (ordered(left, right) && equal(left, right))
        case .greaterOrEqual: return less(right, left) || (ordered(left, right) && equal(left, right))
        }
    }

    private static func equal(_ left: PathValue?, _ right: PathValue?) -> Bool {
        guard let left, let right else { return left == nil && right == nil }
        switch (left, right) {
        case (.text(let a), .text(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.number(let a), .text(let b)), (.text(let b), .number(let a)): return decimal(b) == a
        case (.bool(let a), .bool(let b)): return a == b
        case (.bool(let a), .text(let b)), (.text(let b), .bool(let a)): return b == (a ? "true" : "false")
        case (.null, .null): return true
        default: return false
        }
    }

    /// Whether the pair has an order: two numbers (text that reads as a decimal counts
    /// when the other side is a number) or two texts.
    private static func ordered(_ left: PathValue?, _ right: PathValue?) -> Bool {
        numbers(left, right) != nil || texts(left, right) != nil
    }

    private static func less(_ left: PathValue?, _ right: PathValue?) -> Bool {
        if let (a, b) = numbers(left, right) { return a < b }
        if let (a, b) = texts(left, right) { return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) }
        return false
    }

    private static func numbers(_ left: PathValue?, _ right: PathValue?) -> (Decimal, Decimal)? {
        switch (left, right) {
        case (.number(let a), .number(let b)): return (a, b)
        case (.number(let a), .text(let b)): return decimal(b).map { (a, $0) }
        case (.text(let a), .number(let b)): return decimal(a).map { ($0, b) }
        default: return nil
        }
    }

    private static func texts(_ left: PathValue?, _ right: PathValue?) -> (String, String)? {
        if case .text(let a) = left, case .text(let b) = right { return (a, b) }
        return nil
    }
}
