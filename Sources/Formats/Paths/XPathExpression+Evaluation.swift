/// Where an XPath step starts: above the record element, or at a node.
enum XPathContext {
    /// The document: its one child is the record element, named `name` (`nil`: matches any name).
    case document(Node, name: String?)
    case node(Node)
}

extension XPathExpression {
    static func evaluate(_ steps: [Step], from start: XPathContext) -> [Node] {
        var contexts = [start]
        for step in steps {
            contexts = contexts.flatMap { apply(step, to: $0) }
        }
        return contexts.compactMap { context in
            if case .node(let node) = context { return node }
            return nil
        }
    }

    private static func apply(_ step: Step, to context: XPathContext) -> [XPathContext] {
        let bases = step.descendant ? descendantsAndSelf(context) : [context]
        return bases.flatMap { base in
            var candidates = matches(step.kind, in: base)
            for predicate in step.predicates {
                candidates = filter(candidates, by: predicate)
            }
            return candidates
        }
    }

    private static func matches(_ kind: StepKind, in context: XPathContext) -> [XPathContext] {
        switch kind {
        case .current:
            return [context]
        case .element(let test):
            return childElements(of: context).filter { name, _ in test.matches(name) }.map { .node($0.node) }
        case .attribute(let test):
            guard case .node(let node) = context else { return [] }
            return node.children.compactMap { key, child in
                guard key.hasPrefix("@") else { return nil }
                return test.matches(String(key.dropFirst())) ? .node(child) : nil
            }
        case .text:
            guard case .node(let node) = context else { return [] }
            switch node.value {
            case .scalar, .number, .bool: return [.node(node)]
            case .object(let children): return children["#text"].map { [.node($0)] } ?? []
            case .null, .array: return []
            }
        }
    }

    private static func filter(_ candidates: [XPathContext], by predicate: Predicate) -> [XPathContext] {
        switch predicate {
        case .position(let position):
            return candidates.indices.contains(position - 1) ? [candidates[position - 1]] : []
        case .last:
            return candidates.last.map { [$0] } ?? []
        case .exists(let path):
            return candidates.filter { !evaluate(path, from: $0).isEmpty }
        case .compare(let path, let op, let literal):
            return candidates.filter { candidate in
                evaluate(path, from: candidate).contains { PathValue.compare(stringValue($0), op, literal) }
            }
        }
    }

    /// The value a predicate compares: text for elements (their `#text`), else the node's own value.
    private static func stringValue(_ node: Node) -> PathValue {
        if case .object = node.value { return .text(text(of: node)) }
        return PathValue(node)
    }

    /// Child elements with their local names; attributes (`@`) and text (`#text`) are not elements,
    /// and a repeated element (an array) counts as each of its items.
    private static func childElements(of context: XPathContext) -> [(name: String?, node: Node)] {
        switch context {
        case .document(let root, let name):
            return [(name, root)]
        case .node(let node):
            var result: [(name: String?, node: Node)] = []
            for (key, child) in node.children where !key.hasPrefix("@") && !key.hasPrefix("#") {
                if case .array(let items) = child.value {
                    result += items.map { (key, $0) }
                } else {
                    result.append((key, child))
                }
            }
            return result
        }
    }

    /// The context and all elements below it, parents before children.
    private static func descendantsAndSelf(_ context: XPathContext) -> [XPathContext] {
        var result: [XPathContext] = []
        var stack = [context]
        while let next = stack.popLast() {
            result.append(next)
            stack.append(contentsOf: childElements(of: next).reversed().map { .node($0.node) })
        }
        return result
    }
}

extension XPathExpression.NameTest {
    /// Whether an element or attribute of local name `name` matches; `nil` (unknown) matches all.
    func matches(_ name: String?) -> Bool {
        switch self {
        case .any: return true
        case .name(let local, let qualified):
            guard let name else { return true }
            return name == local || (qualified.map { name == $0 } ?? false)
        }
    }
}
