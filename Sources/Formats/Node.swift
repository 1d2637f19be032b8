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

    /// A scalar's text, or an XML element's own text (`#text`); `nil` for null, lists and
    /// objects without text.
    public var elementText: String? {
        if case .object(let children) = value { return children["#text"]?.text }
        return text
    }

    /// The child named `name`, matched case-insensitively; `nil` if absent.
    public subscript(name: String) -> Node? {
        guard case .object(let children) = value else { return nil }
        if let exact = children[name] { return exact }
        var name = name
        let asciiMatch = name.withUTF8 { wanted -> Node?? in
            // A non-ASCII key can still lower to ASCII (the Kelvin sign to `k`), so ASCII
            // folding decides only between ASCII names; the rest take the general path.
            guard wanted.allSatisfy({ $0 < 0x80 }) else { return nil }
            for (offset, key) in children.keys.enumerated() {
                var outcome = key.utf8.withContiguousStorageIfAvailable { Self.asciiFoldedEqual($0, wanted) }
                if outcome == nil {
                    var copy = key
                    outcome = copy.withUTF8 { Self.asciiFoldedEqual($0, wanted) }
                }
                switch outcome {
                case true??: return .some(children.values[offset])
                case false??: continue
                default: return nil
                }
            }
            return .some(nil)
        }
        if let asciiMatch { return asciiMatch }
        let lowered = name.lowercased()
        return children.first { $0.key.lowercased() == lowered }?.value
    }

    /// Whether `key` equals ASCII `wanted` ignoring ASCII case; `nil` when `key` is not ASCII.
    private static func asciiFoldedEqual(_ key: UnsafeBufferPointer<UInt8>, _ wanted: UnsafeBufferPointer<UInt8>) -> Bool? {
        if key.count == wanted.count {
            var index = 0
            while index < key.count {
                let (left, right) = (key[index], wanted[index])
                if left != right {
                    if left >= 0x80 { return nil }
                    let foldedLeft = left >= 0x41 && left <= 0x5A ? left | 0x20 : left
                    let foldedRight = right >= 0x41 && right <= 0x5A ? right | 0x20 : right
                    if foldedLeft != foldedRight { break }
                }
                index += 1
            }
            if index == key.count { return true }
        }
        return key.allSatisfy({ $0 < 0x80 }) ? false : nil
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
