extension JSONPathExpression {
    /// Whether `current` (the `@` node) passes `filter`.
    static func test(_ filter: Filter, current: Node, root: Node) -> Bool {
        switch filter {
        case .or(let parts):
            return parts.contains { test($0, current: current, root: root) }
        case .and(let parts):
            return parts.allSatisfy { test($0, current: current, root: root) }
        case .not(let inner):
            return !test(inner, current: current, root: root)
        case .exists(let query):
            return resolve(query, current: current, root: root) != nil
        case .compare(let left, let op, let right):
            return PathValue.compare(
                value(left, current: current, root: root), op, value(right, current: current, root: root))
        }
    }

    private static func value(_ operand: Operand, current: Node, root: Node) -> PathValue? {
        switch operand {
        case .literal(let literal): return literal
        case .query(let query): return resolve(query, current: current, root: root).map(PathValue.init)
        }
    }

    /// The one node a singular query reaches, or `nil`.
    static func resolve(_ query: Query, current: Node, root: Node) -> Node? {
        var node = query.fromRoot ? root : current
        for selector in query.steps {
            guard let next = step(selector, node) else { return nil }
            node = next
        }
        return node
    }
}
