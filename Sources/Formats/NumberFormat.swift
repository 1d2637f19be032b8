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

    /// A number written with a decimal point or a decimal comma, no thousands separators
    /// (`21`, `5.5`, `5,5`): for rates and settings typed by hand.
    public static func decimalPointOrComma(_ text: String) -> Decimal? {
        point.decimal(text) ?? comma.decimal(text)
    }

    /// Parses `text` exactly; `nil` when it is not a number in this format.
    ///
    /// Grouping separators must sit between groups of three digits; a leading `-` or `+`
    /// is allowed; no exponent, no currency symbol, surrounding spaces ignored. A value
    /// `Decimal` cannot hold exactly (more than 38 significant digits, or beyond its
    /// exponent range) is `nil`, never silently rounded.
    public func decimal(_ text: String) -> Decimal? {
        if let fast = asciiDecimal(text) { return fast }
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

    /// `decimal(_:)` for plain ASCII text whose digits fit 64 bits and whose value is not
    /// zero, without building strings; `nil` when it cannot tell (the general path decides),
    /// `.some(nil)` when the text is not a number. Gives the same `Decimal` as the general
    /// path: its digits, trailing zeros folded into the exponent.
    private func asciiDecimal(_ text: String) -> Decimal?? {
        let decimalByte = decimalSeparator.utf8.count == 1 ? decimalSeparator.utf8.first : nil
        guard let decimalByte else { return nil }
        var groupingByte: UInt8?
        if let grouping = groupingSeparator {
            guard grouping.utf8.count == 1, let byte = grouping.utf8.first else { return nil }
            groupingByte = byte
        }
        var utf8 = Substring(text).utf8
        while let first = utf8.first, first == 0x20 || (first >= 0x09 && first <= 0x0D) { utf8.removeFirst() }
        while let last = utf8.last, last == 0x20 || (last >= 0x09 && last <= 0x0D) { utf8.removeLast() }
        // Other characters (and control characters: `\r\n` is one Character) go the
        // general way, which trims Unicode white space.
        guard utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x80 }) else { return nil }
        var mantissa: UInt64 = 0
        var negative = false
        var sawDecimal = false
        var digitsInGroup = 0
        var sawGrouping = false
        var integerDigits = 0
        var fractionDigits = 0
        var isFirst = true
        for byte in utf8 {
            defer { isFirst = false }
            if byte >= 0x30 && byte <= 0x39 {
                let (times, overflow) = mantissa.multipliedReportingOverflow(by: 10)
                let (sum, carry) = times.addingReportingOverflow(UInt64(byte - 0x30))
                guard !overflow, !carry else { return nil }
                mantissa = sum
                if sawDecimal { fractionDigits += 1 } else { integerDigits += 1; digitsInGroup += 1 }
            } else if (byte == 0x2D || byte == 0x2B) && isFirst {
                negative = byte == 0x2D
            } else if byte == decimalByte && !sawDecimal {
                if sawGrouping && digitsInGroup != 3 { return .some(nil) }
                sawDecimal = true
            } else if let groupingByte, byte == groupingByte, !sawDecimal {
                if integerDigits == 0 || (sawGrouping && digitsInGroup != 3) || (!sawGrouping && digitsInGroup > 3) {
                    return .some(nil)
                }
                sawGrouping = true
                digitsInGroup = 0
            } else {
                return .some(nil)
            }
        }
        if sawGrouping && !sawDecimal && digitsInGroup != 3 { return .some(nil) }
        guard integerDigits + fractionDigits > 0 else { return .some(nil) }
        // Zero keeps the general path's own representation.
        guard mantissa != 0, fractionDigits <= 30 else { return nil }
        var exponent = -fractionDigits
        while mantissa % 10 == 0 {
            mantissa /= 10
            exponent += 1
        }
        return .some(Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(mantissa)))
    }
}
