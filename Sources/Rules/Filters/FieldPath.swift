import Formats

/// A path into a document's canonical JSON tree: `buyer.email`, `lines[*].sku` (any line),
/// `lines[0].sku` (the first line), `customFields.syncToProductFlow`.
///
/// A list without a selector counts as `[*]`.
public struct FieldPath: Sendable, Hashable, CustomStringConvertible {
    public struct Step: Sendable, Hashable {
        public enum Selector: Sendable, Hashable {
            case any
            case index(Int)
        }

        public var name: String
        public var selector: Selector?
    }

    public let steps: [Step]
    public let description: String

    /// `nil` when `text` is not a path: an empty name, a bracket that is not `[*]` or `[n]`.
    public init?(_ text: String) {
        var steps: [Step] = []
        for part in text.split(separator: ".", omittingEmptySubsequences: false) {
            var name = Substring(part)
            var selector: Step.Selector?
            if let open = part.firstIndex(of: "[") {
                guard part.last == "]" else { return nil }
                let inside = part[part.index(after: open)..<part.index(before: part.endIndex)]
                if inside == "*" {
                    selector = .any
                } else if let index = Int(inside), index >= 0, inside.allSatisfy(\.isASCII) {
                    selector = .index(index)
                } else {
                    return nil
                }
                name = part[..<open]
            }
            guard !name.isEmpty, !name.contains("]"), !name.contains(where: \.isWhitespace) else { return nil }
            steps.append(Step(name: String(name), selector: selector))
        }
        guard !steps.isEmpty else { return nil }
        self.steps = steps
        description = text
    }

    /// The names only, dotted: `lines.sku`.
    public var dotted: String { steps.map(\.name).joined(separator: ".") }

    /// The nodes the path reaches in `tree`; lists fan out to their items.
    public func nodes(in tree: Node) -> [Node] {
        var current = [tree]
        for step in steps {
            var next: [Node] = []
            for node in current {
                guard let child = node.children[step.name] ?? node[step.name] else { continue }
                switch (child.value, step.selector) {
                case (.array(let items), .index(let index)):
                    if index < items.count { next.append(items[index]) }
                case (.array(let items), _):
                    next += items
                default:
                    if step.selector == nil || step.selector == .any || step.selector == .index(0) { next.append(child) }
                }
            }
            current = next
        }
        return current
    }

    /// The texts of the scalars the path reaches (a list of texts gives each item).
    public func values(in tree: Node) -> [String] {
        nodes(in: tree).flatMap { node -> [String] in
            if let text = node.text { return [text] }
            if case .array(let items) = node.value { return items.compactMap(\.text) }
            return []
        }
    }
}
