import Diagnostics
import Formats

/// Where a value is read: a CSV column (by name or 1-based position), a JSONPath, an XPath,
/// or the current row of a grouped CSV document.
public enum SourcePath: Sendable, Hashable, CustomStringConvertible {
    /// `relative`: evaluated against the current group item instead of the record;
    /// `written`: the path as the layout spells it (`lines[]`, `Prijs excl`, `$.id`).
    case json(JSONPathExpression, relative: Bool, written: String)
    case xml(XPathExpression)
    case columnIndex(Int)
    /// Each row of a grouped CSV document (`each: row`).
    case rows

    public var description: String {
        switch self {
        case .json(_, _, let written): return written
        case .xml(let path): return path.text
        case .columnIndex(let index): return "column \(index)"
        case .rows: return "row"
        }
    }

    /// Reads a path as written in a layout for records of `format`.
    ///
    /// JSON and canonical trees: `$...` is a JSONPath from the record root; a path without
    /// `$` is relative to the current item: dotted names (`billing.email`, `sku`), `[]` for
    /// every element (`name[]`), and the JSONPath selectors `[0]`, `[-1]`, `[*]` and
    /// `[?(...)]` after a name (`properties[0].value`,
    /// `meta_data[?(@.key == 'pa_color')].value`). XML: an XPath, `/...` from the record
    /// element, otherwise relative. CSV: a column header, as written.
    /// - Throws: `FerryError` with a PATH code for a path that cannot be parsed.
    public static func parse(_ text: String, format: FileFormat?, namespaces: [String: String],
                             at location: Location) throws -> SourcePath {
        switch format {
        case .xml:
            return .xml(try XPathExpression(text, namespaces: namespaces, at: location))
        case .csv:
            return .json(try JSONPathExpression("$[" + quoted(text) + "]", at: location), relative: true, written: text)
        case .json, nil:
            if text.hasPrefix("$") {
                return .json(try JSONPathExpression(text, at: location), relative: false, written: text)
            }
            return .json(try JSONPathExpression(jsonPath(relative: text), at: location), relative: true, written: text)
        }
    }

    /// A relative path as a JSONPath from `$`: each name quoted (so spaces, dashes and `@`
    /// are plain characters), `[]` as `[*]`, `..` as descent, and every other bracket passed
    /// to the JSONPath parser as written, which reports what it cannot read (`a.`, `a[0`).
    static func jsonPath(relative text: String) -> String {
        let characters = Array(text)
        var result = "$"
        var name = ""
        var index = 0
        func flush() {
            if !name.isEmpty { result += "[" + quoted(name) + "]" }
            name = ""
        }
        while index < characters.count {
            let character = characters[index]
            switch character {
            case ".":
                flush()
                if index + 1 < characters.count, characters[index + 1] == "." {
                    result += ".."
                    index += 2
                } else {
                    index += 1
                    // A name must follow a single dot: leave the dot for the parser to refuse.
                    if index == characters.count || characters[index] == "[" || characters[index] == "." { result += "." }
                }
            case "[":
                flush()
                if index + 1 < characters.count, characters[index + 1] == "]" {
                    result += "[*]"
                    index += 2
                    continue
                }
                let end = closingBracket(characters, from: index)
                result += String(characters[index..<end])
                index = end
            default:
                name.append(character)
                index += 1
            }
        }
        flush()
        return result
    }

    /// The index just past the `]` that closes the `[` at `start` (quotes and nested brackets
    /// respected), or the end of the text.
    private static func closingBracket(_ characters: [Character], from start: Int) -> Int {
        var depth = 0
        var quote: Character?
        var index = start
        while index < characters.count {
            let character = characters[index]
            if let open = quote {
                if character == "\\" {
                    index += 1
                } else if character == open {
                    quote = nil
                }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "[" {
                depth += 1
            } else if character == "]" {
                depth -= 1
                if depth == 0 { return index + 1 }
            }
            index += 1
        }
        return characters.count
    }

    private static func quoted(_ key: String) -> String {
        "'" + key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }

    /// The key and value nodes of an `entries:` pair: for two JSON paths with a common
    /// part that selects several nodes (`meta_data[*].key`, `meta_data[*].value`), or two
    /// XPaths with common leading steps, one pair per item of that part; otherwise by
    /// position (the first key with the first value, ...).
    public static func pairs(key: SourcePath, value: SourcePath, item: Node, record: Node) -> [(key: Node?, value: Node?)] {
        if case .json(let keyPath, let relative, _) = key, case .json(let valuePath, relative, _) = value {
            return keyPath.pairs(with: valuePath, in: relative ? item : record, root: record).map { ($0.0, $0.1) }
        }
        if case .xml(let keyPath) = key, case .xml(let valuePath) = value {
            let start = keyPath.text.hasPrefix("/") ? record : item
            if valuePath.text.hasPrefix("/") == keyPath.text.hasPrefix("/") {
                return keyPath.pairs(with: valuePath, in: start).map { ($0.0, $0.1) }
            }
        }
        let keys = key.select(item: item, record: record)
        let values = value.select(item: item, record: record)
        return (0..<max(keys.count, values.count)).map { index in
            (keys.indices.contains(index) ? keys[index] : nil, values.indices.contains(index) ? values[index] : nil)
        }
    }

    /// The nodes selected from `item` (relative paths) or `record` (absolute ones).
    public func select(item: Node, record: Node) -> [Node] {
        switch self {
        case .json(let path, let relative, _): return path.select(in: relative ? item : record, root: record)
        case .xml(let path): return path.select(in: path.text.hasPrefix("/") ? record : item)
        case .columnIndex(let index):
            let values = item.children.values
            return index >= 1 && index <= values.count ? [values[values.startIndex + index - 1]] : []
        case .rows: return [item]
        }
    }
}
