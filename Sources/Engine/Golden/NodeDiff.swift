import Formats

/// Field-level differences between two record trees read back from payloads.
///
/// JSON paths are built from the keys (`$.lines[0].quantity`); XML paths come from the
/// reader's locations (`/Order/Lines/Line[2]/Quantity`), where a single element and a
/// repeated one compare as lists.
struct NodeDiff {
    enum Style { case json, xml }

    let style: Style
    private(set) var details: [String] = []

    init(style: Style) { self.style = style }

    var isFull: Bool { details.count >= PayloadDiff.limit }

    mutating func note(_ detail: String) {
        if !isFull { details.append(detail) }
    }

    mutating func compare(_ expected: Node, _ actual: Node, at path: String) {
        guard !isFull else { return }
        switch (expected.value, actual.value) {
        case (.object(let wanted), .object(let got)):
            for (key, child) in wanted {
                let place = childPath(path, key, child)
                if let other = got[key] {
                    compare(child, other, at: place)
                } else {
                    note("\(place): removed (expected \(Self.describe(child)))")
                }
            }
            for (key, child) in got where wanted[key] == nil {
                note("\(childPath(path, key, child)): added (got \(Self.describe(child)))")
            }
        case (.array(let wanted), .array(let got)):
            compareItems(wanted, got, at: path)
        case (.array(let wanted), _) where style == .xml:
            compareItems(wanted, [actual], at: path)
        case (_, .array(let got)) where style == .xml:
            compareItems([expected], got, at: path)
        default:
            if !Self.sameScalar(expected.value, actual.value) {
                note("\(path): expected \(Self.describe(expected)), got \(Self.describe(actual))")
            }
        }
    }

    private mutating func compareItems(_ wanted: [Node], _ got: [Node], at path: String) {
        for index in 0..<max(wanted.count, got.count) {
            guard !isFull else { return }
            if index < wanted.count, index < got.count {
                compare(wanted[index], got[index], at: itemPath(path, index, wanted[index]))
            } else if index < wanted.count {
                note("\(itemPath(path, index, wanted[index])): removed (expected \(Self.describe(wanted[index])))")
            } else {
                note("\(itemPath(path, index, got[index])): added (got \(Self.describe(got[index])))")
            }
        }
    }

    private func childPath(_ path: String, _ key: String, _ child: Node) -> String {
        switch style {
        case .xml:
            return child.location.path ?? path + "/" + key
        case .json:
            let plain = !key.isEmpty && key.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
            return plain ? path + "." + key : path + "['" + key.replacingOccurrences(of: "'", with: "\\'") + "']"
        }
    }

    private func itemPath(_ path: String, _ index: Int, _ item: Node) -> String {
        switch style {
        case .xml: item.location.path ?? path + "[\(index + 1)]"
        case .json: path + "[\(index)]"
        }
    }

    private static func sameScalar(_ left: Node.Value, _ right: Node.Value) -> Bool {
        switch (left, right) {
        case (.null, .null): true
        case (.scalar(let a), .scalar(let b)), (.number(let a), .number(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        default: false
        }
    }

    /// `"text"` for strings, bare numbers and booleans, a short summary for objects and lists.
    static func describe(_ node: Node) -> String {
        switch node.value {
        case .null: return "null"
        case .scalar(let text): return quoted(text)
        case .number(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .object(let children):
            if children.count == 1, let text = children["#text"]?.text { return quoted(text) }
            return "an object with \(children.count) field\(children.count == 1 ? "" : "s")"
        case .array(let items): return "a list of \(items.count)"
        }
    }

    /// The text in double quotes, control characters and quotes escaped, cut at 120 characters.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if offset == 120 {
                result += "…"
                break
            }
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 { result += "\\u{\(String(scalar.value, radix: 16))}" } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }
}
