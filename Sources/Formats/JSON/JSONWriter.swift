/// Writes `Node` trees as UTF-8 JSON, deterministically: object keys in the tree's order.
///
/// `.number` is written bare, exactly as its text (the caller keeps it valid JSON);
/// `.scalar` is always a string. Only `"`, `\` and control characters are escaped.
public struct JSONWriter: Sendable {
    /// Two-space indentation, `"key": value`, and a final newline; otherwise compact, no newline.
    public var pretty: Bool

    public init(pretty: Bool = true) {
        self.pretty = pretty
    }

    /// The JSON text for `node`.
    public func write(_ node: Node) -> [UInt8] {
        var output: [UInt8] = []
        append(node.value, depth: 0, to: &output)
        if pretty { output.append(UInt8(ascii: "\n")) }
        return output
    }

    private func append(_ value: Node.Value, depth: Int, to output: inout [UInt8]) {
        switch value {
        case .null:
            output.append(contentsOf: "null".utf8)
        case .bool(let flag):
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let text):
            output.append(contentsOf: text.utf8)
        case .scalar(let text):
            Self.appendString(text, to: &output)
        case .array(let items):
            guard !items.isEmpty else { return output.append(contentsOf: "[]".utf8) }
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                newline(depth: depth + 1, to: &output)
                append(item.value, depth: depth + 1, to: &output)
            }
            newline(depth: depth, to: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { return output.append(contentsOf: "{}".utf8) }
            output.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                newline(depth: depth + 1, to: &output)
                Self.appendString(member.key, to: &output)
                output.append(UInt8(ascii: ":"))
                if pretty { output.append(UInt8(ascii: " ")) }
                append(member.value.value, depth: depth + 1, to: &output)
            }
            newline(depth: depth, to: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    private func newline(depth: Int, to output: inout [UInt8]) {
        guard pretty else { return }
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    /// Appends `text` as a quoted JSON string.
    static func appendString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
            case 0x0A: output.append(contentsOf: "\\n".utf8)
            case 0x09: output.append(contentsOf: "\\t".utf8)
            case 0x0D: output.append(contentsOf: "\\r".utf8)
            case 0x08: output.append(contentsOf: "\\b".utf8)
            case 0x0C: output.append(contentsOf: "\\f".utf8)
            case 0..<0x20:
                output.append(contentsOf: "\\u00".utf8)
                output.append(hexDigit(byte >> 4))
                output.append(hexDigit(byte & 0x0F))
            default:
                output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }
}
