import Foundation

/// How decimals are written in a flow's files: `1249.00`, `1.249,00`, `1,249.00`, `1 249,00`.
public struct NumberFormat: Sendable, Hashable, Codable {
    public var decimalSeparator: Character
    /// `nil`: no thousands separators allowed.
    public var groupingSeparator: Character?

    public init(decimalSeparator: Character = ".", groupingSeparator: Character? = nil) {
        self.decimalSeparator = decimalSeparator
        self.groupingSeparator = groupingSeparator
    }

    public static let point = NumberFormat(decimalSeparator: ".")
    public static let comma = NumberFormat(decimalSeparator: ",")

    enum CodingKeys: String, CodingKey { case decimalSeparator, groupingSeparator }
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let decimal = try container.decode(String.self, forKey: .decimalSeparator)
        decimalSeparator = decimal.first ?? "."
        groupingSeparator = try container.decodeIfPresent(String.self, forKey: .groupingSeparator)?.first
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(String(decimalSeparator), forKey: .decimalSeparator)
        try container.encodeIfPresent(groupingSeparator.map { String($0) }, forKey: .groupingSeparator)
    }

    /// Parses `text` exactly; `nil` when it is not a number in this format.
    ///
    /// Grouping separators must sit between groups of three digits; a leading `-` or `+`
    /// is allowed; no exponent, no currency symbol, surrounding spaces ignored. A value
    /// `Decimal` cannot hold exactly (more than 38 significant digits, or beyond its
    /// exponent range) is `nil`, never silently rounded.
    public func decimal(_ text: String) -> Decimal? {
        let trimmed = text.trimmedWhitespace
        var plain = ""
        var sawDecimal = false
        var digitsInGroup = 0
        var sawGrouping = false
        var integerDigits = 0
        var fractionDigits = 0
        for (offset, character) in trimmed.enumerated() {
            if character.isASCII, character.isNumber {
                plain.append(character)
                if sawDecimal { fractionDigits += 1 } else { integerDigits += 1; digitsInGroup += 1 }
            } else if (character == "-" || character == "+") && offset == 0 {
                if character == "-" { plain.append("-") }
            } else if character == decimalSeparator && !sawDecimal {
                if sawGrouping && digitsInGroup != 3 { return nil }
                sawDecimal = true
                plain.append(".")
            } else if let grouping = groupingSeparator, character == grouping, !sawDecimal {
                if integerDigits == 0 || (sawGrouping && digitsInGroup != 3) || (!sawGrouping && digitsInGroup > 3) {
                    return nil
                }
                sawGrouping = true
                digitsInGroup = 0
            } else {
                return nil
            }
        }
        if sawGrouping && !sawDecimal && digitsInGroup != 3 { return nil }
        guard integerDigits + fractionDigits > 0, Self.significantDigits(plain) <= Self.maxSignificantDigits else {
            return nil
        }
        return Decimal(string: plain, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// Digits a `Decimal` mantissa (128 bits) always holds exactly.
    static let maxSignificantDigits = 38

    /// Digits from the first non-zero digit to the last non-zero digit of `plain` (digits, `-`, `.`).
    static func significantDigits(_ plain: String) -> Int {
        let digits = plain.utf8.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard let first = digits.firstIndex(where: { $0 != UInt8(ascii: "0") }),
              let last = digits.lastIndex(where: { $0 != UInt8(ascii: "0") }) else { return 0 }
        return last - first + 1
    }
}
