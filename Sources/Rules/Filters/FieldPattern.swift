import Foundation

/// A regular expression (ICU syntax) that must match a whole value.
public struct FieldPattern: Sendable, Hashable {
    public let pattern: String
    private let expression: NSRegularExpression

    /// `nil` when `pattern` is not a regular expression.
    public init?(_ pattern: String) {
        guard let expression = try? NSRegularExpression(pattern: "^(?:" + pattern + ")$") else { return nil }
        self.pattern = pattern
        self.expression = expression
    }

    public func matches(_ text: String) -> Bool {
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        return expression.firstMatch(in: text, range: range) != nil
    }

    public static func == (lhs: FieldPattern, rhs: FieldPattern) -> Bool { lhs.pattern == rhs.pattern }
    public func hash(into hasher: inout Hasher) { hasher.combine(pattern) }
}
