import Diagnostics
import OrderedCollections

/// A format-neutral tree read from one record of a CSV, JSON or XML file.
///
/// Scalars keep their source text exactly (a JSON number `12.50` stays `"12.50"`), so
/// decimals are parsed once, by the mapping, without passing through `Double`.
/// Every node knows where it came from, for error messages.
public struct Node: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        case null
        /// Text: CSV fields, XML text, JSON strings.
        case scalar(String)
        /// A JSON number, kept as its literal text (`12.50`); written bare in JSON output.
        case number(String)
        case bool(Bool)
        /// Children by name, in source order. XML attributes are keyed `@name`;
        /// repeated XML elements of one name become an `.array`.
        case object(OrderedDictionary<String, Node>)
        case array([Node])
    }

    public var value: Value
    public var location: Location

    public init(_ value: Value, at location: Location) {
        self.value = value
        self.location = location
    }

    /// The scalar text, or `nil` for null, objects and arrays.
    public var text: String? {
        switch value {
        case .scalar(let text), .number(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .null, .object, .array: return nil
        }
    }

    /// The child named `name`, matched case-insensitively; `nil` if absent.
    public subscript(name: String) -> Node? {
        guard case .object(let children) = value else { return nil }
        if let exact = children[name] { return exact }
        let lowered = name.lowercased()
        return children.first { $0.key.lowercased() == lowered }?.value
    }

    /// The child elements as a list: an array's items, a single object as one item,
    /// nothing for null. Lets one mapping read JSON arrays and XML repeated elements.
    public var items: [Node] {
        switch value {
        case .array(let items): return items
        case .null: return []
        case .object, .scalar, .number, .bool: return [self]
        }
    }

    /// Object children in source order; empty for other values.
    public var children: OrderedDictionary<String, Node> {
        if case .object(let children) = value { return children }
        return [:]
    }
}

/// One record of an input file: a JSON object, an XML record element, a CSV row.
public struct Record: Sendable {
    /// 1-based position in the file.
    public var index: Int
    public var root: Node
    public init(index: Int, root: Node) {
        self.index = index
        self.root = root
    }
}

/// Reads one record at a time from a file, in bounded memory.
///
/// Readers throw `FerryError` only; after an error, `next()` must not be called again.
public protocol RecordReader {
    mutating func next() throws -> Record?
}
