/// Where in an input something went wrong: file plus line, record, path and field.
///
/// Rendered the way operators read it:
/// - CSV: `orders.csv:12 field sku`
/// - XML: `orders.xml:/Orders/Order[3]/Lines/Line[2]/Sku`
/// - JSON: `orders.json record 7 $.lines[1].sku`
public struct Location: Hashable, Sendable, Codable, CustomStringConvertible {
    /// File name as the operator knows it (not the work-folder path).
    public var file: String
    /// Physical line number in the file, 1-based.
    public var line: Int?
    /// Record number (JSON document, NDJSON line), 1-based.
    public var record: Int?
    /// An XPath (`/Orders/Order[3]/Sku`) or JSONPath (`$.lines[1].sku`).
    public var path: String?
    /// A column or field name (CSV) or canonical field name.
    public var field: String?

    public init(file: String, line: Int? = nil, record: Int? = nil, path: String? = nil, field: String? = nil) {
        self.file = file
        self.line = line
        self.record = record
        self.path = path
        self.field = field
    }

    public var description: String {
        var text = file
        if let path, path.hasPrefix("/") {
            text += ":" + path
            if let line { text += " (line \(line))" }
        } else {
            if let line { text += ":\(line)" }
            if let record { text += " record \(record)" }
            if let path { text += " " + path }
        }
        if let field, path == nil || !(path ?? "").hasSuffix(field) { text += " field \(field)" }
        return text
    }

    /// The same location, narrowed to a field.
    public func field(_ name: String) -> Location {
        var copy = self
        copy.field = name
        return copy
    }
}
