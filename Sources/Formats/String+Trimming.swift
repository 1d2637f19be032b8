extension StringProtocol {
    /// The text without leading and trailing white space (Unicode `White_Space`, which
    /// includes line breaks).
    ///
    /// Foundation's `trimmingCharacters(in:)` goes through `NSString` on Linux and was a
    /// third of the time spent converting a large CSV file; this walks the scalars once,
    /// and returns the text as it is when it starts and ends with ASCII non-space.
    public var trimmedWhitespace: String {
        let text = String(self)
        if let first = text.utf8.first, let last = text.utf8.last,
            first < 0x80, last < 0x80, !Self.isASCIIWhitespace(first), !Self.isASCIIWhitespace(last)
        {
            return text
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        guard let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[first...last])
        return String(result)
    }

    /// Whether the text is empty or only white space.
    public var isBlank: Bool {
        for byte in utf8 {
            if byte >= 0x80 { return unicodeScalars.allSatisfy { $0.properties.isWhitespace } }
            if !Self.isASCIIWhitespace(byte) { return false }
        }
        return true
    }

    /// The ASCII characters with the Unicode `White_Space` property: tab to carriage return, space.
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}
