import Diagnostics

/// An XPath expression over one XML record, parsed once and evaluated against many records.
///
/// Evaluated against the record element as `XMLRecordReader` builds it. Supported subset
/// (grammar in docs/paths.md):
/// - Absolute `/Order/cac:OrderLine` (the first step names the record element itself),
///   relative `cac:OrderLine/cbc:ID` (from the record element), `//name` at any depth
///   (also between steps: `cac:OrderLine//cbc:Name`), `*`, `prefix:*`, `.`.
/// - Attributes `@schemeID`, `@*`, `cbc:EndpointID/@schemeID`; `text()`.
/// - Predicates: `[1]` (from 1), `[last()]`, `[cbc:ID='1']`, `[@schemeID='GLN']`, any
///   relative path compared with `=`, `!=`, `<`, `<=`, `>`, `>=` to a quoted text or a
///   number (numbers compare as `Decimal`), and `[cbc:Note]` (exists). A predicate's
///   position counts among the same step's matches under one parent, as in XPath.
///
/// Namespaces: every prefix must be declared in `namespaces` (else PATH-007), but the
/// tree keeps local names only, so a step matches by LOCAL NAME and the namespace URI is
/// NOT checked: `cac:ID` and `cbc:ID` select the same elements, and an unprefixed name
/// matches elements of any namespace. Names match case-sensitively, as in XML.
///
/// Values: `select` returns element nodes as built by the reader (an element with
/// attributes is an object whose text is under `#text`); `texts(in:)` gives their text.
///
/// Not supported (PATH-008): axes (`parent::`, `ancestor::`...), `..`, functions other than
/// `text()` and `last()` (`position()`, `contains()`, `count()`...), `and`/`or` in
/// predicates, unions `|`, arithmetic, variables, and the bare document path `/`.
public struct XPathExpression: Sendable, Hashable, CustomStringConvertible {
    enum NameTest: Sendable, Hashable {
        /// `*` or `prefix:*`.
        case any
        /// A name; `qualified` is `prefix:local` when written with a prefix.
        case name(local: String, qualified: String?)
    }

    enum StepKind: Sendable, Hashable {
        case element(NameTest)
        case attribute(NameTest)
        case text
        case current
    }

    enum Predicate: Sendable, Hashable {
        case position(Int)
        case last
        case exists([Step])
        case compare([Step], PathValue.Operator, PathValue)
    }

    struct Step: Sendable, Hashable {
        /// Written after `//`: applies to the context and every element below it.
        var descendant: Bool
        var kind: StepKind
        var predicates: [Predicate]
    }

    /// The expression as written.
    public let text: String
    /// Prefix → namespace URI, as declared by the caller.
    public let namespaces: [String: String]
    let absolute: Bool
    let steps: [Step]

    /// Parses `text`; throws a PATH error placed at `location` (the mapping's place in its
    /// configuration), or at a location named `XPath` when none is given.
    public init(_ text: String, namespaces: [String: String] = [:], at location: Location? = nil) throws {
        var parser = XPathParser(text, namespaces: namespaces, location: location ?? Location(file: "XPath"))
        let parsed = try parser.parse()
        self.text = text
        self.namespaces = namespaces
        self.absolute = parsed.absolute
        self.steps = parsed.steps
    }

    public var description: String { text }

    /// The nodes selected from the record element `root`, in document order.
    ///
    /// For an absolute path the record element's name is read from its location path (the
    /// reader sets it); a root without one matches any first step.
    public func select(in root: Node) -> [Node] {
        let start: XPathContext = absolute ? .document(root, name: Self.elementName(root)) : .node(root)
        var nodes = Self.evaluate(steps, from: start)
        if steps.filter(\.descendant).count > 1 {
            var seen = Set<Node>()
            nodes = nodes.filter { seen.insert($0).inserted }
        }
        return nodes
    }

    /// What `self` and `other` select, paired per node of their common leading steps
    /// (`cac:AdditionalItemProperty/cbc:Name` and `cac:AdditionalItemProperty/cbc:Value`:
    /// one pair per `AdditionalItemProperty`, `nil` where one lacks a side). Paths with no
    /// common steps are paired by position.
    public func pairs(with other: XPathExpression, in root: Node) -> [(Node?, Node?)] {
        var common = 0
        while common < steps.count - 1, common < other.steps.count - 1, steps[common] == other.steps[common] {
            common += 1
        }
        guard absolute == other.absolute, common > 0 else {
            let left = select(in: root)
            let right = other.select(in: root)
            return (0..<max(left.count, right.count)).map { index in
                (left.indices.contains(index) ? left[index] : nil, right.indices.contains(index) ? right[index] : nil)
            }
        }
        let start: XPathContext = absolute ? .document(root, name: Self.elementName(root)) : .node(root)
        var seen = Set<Node>()
        let items = Self.evaluate(Array(steps[..<common]), from: start).filter { seen.insert($0).inserted }
        return items.map { item in
            (Self.evaluate(Array(steps[common...]), from: .node(item)).first,
             Self.evaluate(Array(other.steps[common...]), from: .node(item)).first)
        }
    }

    /// The text of each selected node: a scalar's text, an element's `#text` (empty when it has
    /// only child elements; descendants' text is not concatenated).
    public func texts(in root: Node) -> [String] {
        select(in: root).map(Self.text(of:))
    }

    static func text(of node: Node) -> String { node.elementText ?? "" }

    /// The local name at the end of a node's XML location path (`/Orders/ns:Order[3]` → `Order`).
    static func elementName(_ node: Node) -> String? {
        guard let path = node.location.path, path.hasPrefix("/"),
              let last = path.split(separator: "/").last else { return nil }
        var name = Substring(last)
        if let bracket = name.firstIndex(of: "[") { name = name[..<bracket] }
        if let colon = name.lastIndex(of: ":") { name = name[name.index(after: colon)...] }
        return name.isEmpty || name.hasPrefix("@") ? nil : String(name)
    }
}
