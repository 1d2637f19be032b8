import Diagnostics
import OrderedCollections

/// One element of the record being read, before it becomes a `Node`.
///
/// Paths need to know whether an element has same-named siblings, which is only known when
/// its parent closes; so a record is first gathered as drafts, then converted in one pass.
struct XMLElementDraft {
    var tag: XMLStartTag
    var text = ""
    var children: [XMLElementDraft] = []

    init(tag: XMLStartTag) { self.tag = tag }

    /// The node for this element, located at `path` (an XPath ending in this element's step).
    ///
    /// No attributes and no child elements: `.scalar(text)`. Otherwise an object with `@name`
    /// attributes, `#text` (exact without child elements, trimmed with them, left out when
    /// blank), and child elements under their local name, repeated ones as one `.array`.
    func node(path: String, file: String) -> Node {
        let location = Location(file: file, line: tag.line, path: path)
        if tag.attributes.isEmpty && children.isEmpty {
            return Node(.scalar(text), at: location)
        }
        var object = OrderedDictionary<String, Node>()
        for attribute in tag.attributes {
            var key = "@" + attribute.localName
            if object[key] != nil { key = "@" + attribute.qualifiedName }
            let attributeLocation = Location(file: file, line: tag.line, path: path + "/@" + attribute.qualifiedName)
            object[key] = Node(.scalar(attribute.value), at: attributeLocation)
        }
        let content = children.isEmpty ? text : Self.trimmed(text)
        if !content.isEmpty {
            object["#text"] = Node(.scalar(content), at: location)
        }
        var groups = OrderedDictionary<String, [XMLElementDraft]>()
        for child in children {
            groups[child.tag.localName, default: []].append(child)
        }
        for (name, members) in groups {
            if members.count == 1 {
                object[name] = members[0].node(path: path + "/" + members[0].tag.qualifiedName, file: file)
            } else {
                let items = members.enumerated().map { position, member in
                    member.node(path: path + "/" + member.tag.qualifiedName + "[\(position + 1)]", file: file)
                }
                let arrayLocation = Location(file: file, line: members[0].tag.line, path: path + "/" + members[0].tag.qualifiedName)
                object[name] = Node(.array(items), at: arrayLocation)
            }
        }
        return Node(.object(object), at: location)
    }

    /// `text` without leading and trailing XML whitespace (space, tab, CR, LF).
    static func trimmed(_ text: String) -> String {
        let blank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !blank($0) }),
              let last = scalars.lastIndex(where: { !blank($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
