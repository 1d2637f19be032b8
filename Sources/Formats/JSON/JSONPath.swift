/// Builds JSONPath strings for node locations: `$.lines[1].sku`, `$['unit price']`.
enum JSONPath {
    /// `parent.key` for identifier-like keys, `parent['key']` otherwise.
    static func member(_ parent: String, _ key: String) -> String {
        if isIdentifier(key) { return parent + "." + key }
        var quoted = ""
        for character in key {
            if character == "'" || character == "\\" { quoted.append("\\") }
            quoted.append(character)
        }
        return parent + "['" + quoted + "']"
    }

    /// `parent[index]`, 0-based.
    static func element(_ parent: String, _ index: Int) -> String {
        parent + "[" + String(index) + "]"
    }

    private static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.utf8.first, isLetter(first) || first == UInt8(ascii: "_") else { return false }
        return key.utf8.allSatisfy { isLetter($0) || $0 == UInt8(ascii: "_") || (0x30...0x39).contains($0) }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }
}
