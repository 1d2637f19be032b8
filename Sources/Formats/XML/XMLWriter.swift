/// Writes a `Node` tree as an XML document, the inverse of `XMLRecordReader`'s shapes.
///
/// Object keys become child elements, `@x` keys attributes, `#text` the element's text;
/// an array becomes repeated elements named after its key (a bare array at the root is written
/// as `<item>` children); scalars, numbers and booleans become escaped text; `.null` is left
/// out. Names that are not valid XML names are repaired (`unit price` → `unit_price`, `1st` →
/// `_1st`, `cbc:ID` → `cbc_ID`); characters XML 1.0 cannot carry become U+FFFD. Output is
/// UTF-8 with an XML declaration and is the same for the same tree.
public struct XMLWriter: Sendable {
    public var indent: Bool
    /// Prefix → namespace URI, declared on the root element; names with one of these prefixes
    /// (`cbc:ID`) are written as they are.
    public var namespaces: [String: String]

    public init(indent: Bool = true, namespaces: [String: String] = [:]) {
        self.indent = indent
        self.namespaces = namespaces
    }

    /// The document for `node` under a root element `rootName`, with `namespace` as default namespace.
    public func write(_ node: Node, rootName: String, namespace: String? = nil) -> [UInt8] {
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        var rootAttributes: [(String, String)] = []
        if let namespace { rootAttributes.append(("xmlns", namespace)) }
        for prefix in namespaces.keys.sorted() {
            rootAttributes.append(("xmlns:" + Self.xmlName(prefix), namespaces[prefix] ?? ""))
        }
        var root = node
        if case .array = node.value {
            root = Node(.object(["item": node]), at: node.location)
        }
        element(qualified(rootName), root, level: 0, extra: rootAttributes, into: &output)
        return Array(output.utf8)
    }

    private func element(_ name: String, _ node: Node, level: Int, extra: [(String, String)] = [],
                         into output: inout String) {
        switch node.value {
        case .null:
            if level == 0 { open(name, attributes: extra, empty: true, level: level, into: &output) }
        case .scalar, .number, .bool:
            let text = node.text ?? ""
            open(name, attributes: extra, empty: text.isEmpty, level: level, into: &output)
            if !text.isEmpty {
                Self.escape(text, attribute: false, into: &output)
                close(name, level: level, inline: true, into: &output)
            }
        case .array(let items):
            for item in items { element(name, item, level: level, extra: extra, into: &output) }
        case .object(let children):
            var attributes = extra
            var text = ""
            var elements: [(String, Node)] = []
            for (key, child) in children {
                if key == "#text" {
                    text += child.text ?? ""
                } else if key.hasPrefix("@") {
                    if let value = child.text { attributes.append((qualified(String(key.dropFirst())), value)) }
                } else if Self.hasContent(child) {
                    elements.append((qualified(key), child))
                }
            }
            open(name, attributes: attributes, empty: text.isEmpty && elements.isEmpty, level: level, into: &output)
            if text.isEmpty && elements.isEmpty { return }
            Self.escape(text, attribute: false, into: &output)
            if elements.isEmpty {
                close(name, level: level, inline: true, into: &output)
                return
            }
            if indent { output += "\n" }
            for (childName, child) in elements { element(childName, child, level: level + 1, into: &output) }
            close(name, level: level, inline: false, into: &output)
        }
    }

    /// `name` repaired into an XML name, keeping a declared namespace prefix.
    private func qualified(_ name: String) -> String {
        if let colon = name.firstIndex(of: ":"), namespaces[String(name[..<colon])] != nil {
            return String(name[..<colon]) + ":" + Self.xmlName(String(name[name.index(after: colon)...]))
        }
        return Self.xmlName(name)
    }

    private func open(_ name: String, attributes: [(String, String)], empty: Bool, level: Int,
                      into output: inout String) {
        if indent { output += String(repeating: "  ", count: level) }
        output += "<" + name
        for (attributeName, value) in attributes {
            output += " " + attributeName + "=\""
            Self.escape(value, attribute: true, into: &output)
            output += "\""
        }
        output += empty ? "/>" : ">"
        if empty && indent { output += "\n" }
    }

    private func close(_ name: String, level: Int, inline: Bool, into output: inout String) {
        if indent && !inline { output += String(repeating: "  ", count: level) }
        output += "</" + name + ">"
        if indent { output += "\n" }
    }

    /// Whether writing `node` produces an element (`.null` and empty arrays do not).
    private static func hasContent(_ node: Node) -> Bool {
        switch node.value {
        case .null: return false
        case .array(let items): return items.contains { hasContent($0) }
        case .scalar, .number, .bool, .object: return true
        }
    }
}
