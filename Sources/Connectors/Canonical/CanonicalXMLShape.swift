import Canonical
import Diagnostics
import Formats

/// Converts between XML-shaped trees (PascalCase, wrapped repeated elements, attributes)
/// and the JSON-shaped trees the mappings read and write.
///
/// XML wraps lists (`<Lines><Line>…</Line></Lines>`), keeps dictionary keys in a `name`
/// attribute (`<CustomFields><Field name="colour">red</Field></CustomFields>`) and writes
/// identifier-like pairs as attribute plus text (`<Identifier scheme="GLN">…</Identifier>`).
enum CanonicalXMLShape {
    /// The key under which the XML reader and writer keep the text of an element that also
    /// has attributes. Temporary agreement with Formats; see the report.
    static let textKey = "#text"
    /// Keys accepted as element text when reading, in case the reader spells it otherwise.
    static let textKeys: Set<String> = ["#text", "$", "#value", "text()", ""]

    enum Items {
        /// Elements with children, mapped field by field.
        case objects
        /// Text-only elements.
        case texts
        /// One attribute plus the element text, as a two-field object.
        case pair(attribute: String, text: String)
        /// A name → text dictionary; the name is in the `name` attribute.
        case dictionary
    }

    struct Collection {
        var element: String
        var items: Items
    }

    /// List and dictionary fields of the canonical model, by lower-cased JSON name: every
    /// field of the field tables (`CanonicalFields`) with an XML item element. A keyed list
    /// (`identifiers`) is a pair: its first field the attribute, its second the text.
    static let collections: [String: Collection] = {
        var collections: [String: Collection] = [:]
        func add(_ fields: [CanonicalFieldInfo]) {
            for field in fields {
                add(field.children)
                guard let element = field.xmlItem else { continue }
                let items: Items
                switch (field.type, field.csvList) {
                case (.textList?, _): items = .texts
                case (.dictionary?, _): items = .dictionary
                case (nil, .keyed?) where field.children.count == 2:
                    items = .pair(attribute: field.children[0].name, text: field.children[1].name)
                default: items = .objects
                }
                collections[field.name.lowercased()] = Collection(element: element, items: items)
            }
        }
        for kind in DocumentMapping.supported { add(CanonicalFields.of(kind) ?? []) }
        return collections
    }()

    /// The record element's local name (`Order`), from an XPath-like location path.
    static func elementName(of location: Location) -> String? {
        guard let path = location.path, path.hasPrefix("/"), let last = path.split(separator: "/").last else { return nil }
        let name = last.split(separator: "[").first.map(String.init) ?? String(last)
        return name.split(separator: ":").last.map(String.init) ?? name
    }

    // MARK: Reading

    /// The JSON-shaped equivalent of an XML record tree; locations are kept.
    static func normalize(_ node: Node, _ reading: inout NodeReading) -> Node {
        guard case .object(let children) = node.value else { return node }
        var pairs: [(String, Node)] = []
        for (key, child) in children where !key.hasPrefix("@") {
            if let collection = collections[key.lowercased()] {
                pairs.append((key, normalize(child, as: collection, name: key, in: node, &reading)))
            } else {
                pairs.append((key, normalize(child, &reading)))
            }
        }
        return NodeBuilding.object(pairs, at: node.location)
    }

    static func text(of element: Node) -> Node? {
        switch element.value {
        case .scalar, .number, .bool, .null: return element
        case .array: return nil
        case .object(let children):
            return children.first { textKeys.contains($0.key) }?.value
        }
    }

    private static func normalize(
        _ wrapper: Node, as collection: Collection, name: String, in parent: Node, _ reading: inout NodeReading
    ) -> Node {
        guard case .object = wrapper.value, let itemsNode = wrapper[collection.element] else { return wrapper }
        let items = itemsNode.items
        switch collection.items {
        case .objects:
            return Node(.array(items.map { normalize($0, &reading) }), at: wrapper.location)
        case .texts:
            return Node(.array(items.map { text(of: $0) ?? $0 }), at: wrapper.location)
        case .pair(let attribute, let textName):
            let converted = items.map { item -> Node in
                var pairs: [(String, Node)] = []
                if let value = item["@" + attribute] { pairs.append((attribute, value)) }
                if let value = text(of: item), value.text != nil { pairs.append((textName, value)) }
                if case .object = item.value {
                    for (key, child) in normalize(item, &reading).children { pairs.append((key, child)) }
                }
                return NodeBuilding.object(pairs, at: item.location)
            }
            return Node(.array(converted), at: wrapper.location)
        case .dictionary:
            var pairs: [(String, Node)] = []
            for item in items {
                guard let key = item["@name"]?.text, !key.isEmpty else {
                    reading.missing("@name", in: item)
                    continue
                }
                pairs.append((key, text(of: item) ?? Node(.scalar(""), at: item.location)))
            }
            return NodeBuilding.object(pairs, at: wrapper.location)
        }
    }

    // MARK: Writing

    /// The XML-shaped equivalent of a JSON-shaped output tree.
    static func render(_ node: Node) -> Node {
        guard case .object(let children) = node.value else { return node }
        var pairs: [(String, Node)] = []
        for (key, child) in children {
            let element = pascal(key)
            guard let collection = collections[key.lowercased()] else {
                pairs.append((element, render(child)))
                continue
            }
            let items: [Node]
            switch collection.items {
            case .objects: items = child.items.map(render)
            case .texts: items = child.items
            case .pair(let attribute, let textName):
                items = child.items.map { item in
                    NodeBuilding.object([
                        ("@" + attribute, item[attribute] ?? NodeBuilding.text("")),
                        (textKey, item[textName] ?? NodeBuilding.text("")),
                    ])
                }
            case .dictionary:
                items = child.children.map { name, value in
                    NodeBuilding.object([("@name", NodeBuilding.text(name)), (textKey, value)])
                }
            }
            pairs.append((element, NodeBuilding.object([(collection.element, NodeBuilding.array(items))])))
        }
        return NodeBuilding.object(pairs)
    }

    /// `orderDate` → `OrderDate`.
    static func pascal(_ name: String) -> String { name.prefix(1).uppercased() + name.dropFirst() }
}
