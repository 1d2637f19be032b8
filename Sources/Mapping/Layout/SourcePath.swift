import Diagnostics
import Formats

/// Where a value is read: a CSV column (by name or 1-based position), a JSONPath, an XPath,
/// or the current row of a grouped CSV document.
public enum SourcePath: Sendable, Hashable, CustomStringConvertible {
    /// `relative`: evaluated against the current group item instead of the record.
    case json(JSONPathExpression, relative: Bool)
    case xml(XPathExpression)
    case columnIndex(Int)
    /// Each row of a grouped CSV document (`each: row`).
    case rows

    public var description: String {
        switch self {
        case .json(let path, let relative):
            guard relative else { return path.text }
            // Written as a bare name (`lines[]`, `Prijs excl`): shown that way again.
            var text = path.text.dropFirst()
            var parts: [String] = []
            while text.hasPrefix("['") {
                guard let end = text.range(of: "']") else { break }
                var key = String(text[text.index(text.startIndex, offsetBy: 2)..<end.lowerBound])
                key = key.replacingOccurrences(of: "\\'", with: "'").replacingOccurrences(of: "\\\\", with: "\\")
                text = text[end.upperBound...]
                if text.hasPrefix("[*]") {
                    key += "[]"
                    text = text.dropFirst(3)
                }
                parts.append(key)
            }
            return text.isEmpty ? parts.joined(separator: ".") : path.text
        case .xml(let path): return path.text
        case .columnIndex(let index): return "column \(index)"
        case .rows: return "row"
        }
    }

    /// Reads a path as written in a layout for records of `format`.
    ///
    /// JSON and canonical trees: `$...` is a JSONPath from the record root, a bare dotted
    /// name (`billing.email`, `sku`) is relative to the current item. XML: an XPath, `/...`
    /// from the record element, otherwise relative. CSV: a column header, as written.
    /// - Throws: `FerryError` with a PATH code for a path that cannot be parsed.
    public static func parse(_ text: String, format: FileFormat?, namespaces: [String: String],
                             at location: Location) throws -> SourcePath {
        switch format {
        case .xml:
            return .xml(try XPathExpression(text, namespaces: namespaces, at: location))
        case .csv:
            return .json(try JSONPathExpression("$[" + quoted(text) + "]", at: location), relative: true)
        case .json, nil:
            if text.hasPrefix("$") { return .json(try JSONPathExpression(text, at: location), relative: false) }
            let steps = text.split(separator: ".", omittingEmptySubsequences: false).map { step -> String in
                step.hasSuffix("[]") ? "[" + quoted(String(step.dropLast(2))) + "][*]" : "[" + quoted(String(step)) + "]"
            }
            return .json(try JSONPathExpression("$" + steps.joined(), at: location), relative: true)
        }
    }

    private static func quoted(_ key: String) -> String {
        "'" + key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }

    /// The nodes selected from `item` (relative paths) or `record` (absolute ones).
    public func select(item: Node, record: Node) -> [Node] {
        switch self {
        case .json(let path, let relative): return path.select(in: relative ? item : record)
        case .xml(let path): return path.select(in: path.text.hasPrefix("/") ? record : item)
        case .columnIndex(let index):
            let values = item.children.values
            return index >= 1 && index <= values.count ? [values[values.startIndex + index - 1]] : []
        case .rows: return [item]
        }
    }
}
