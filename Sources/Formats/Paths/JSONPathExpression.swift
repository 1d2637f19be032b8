import Diagnostics
import Foundation

/// A JSONPath expression, parsed once and evaluated against many records.
///
/// Supported subset (see docs/paths.md for the grammar):
/// - `$` the record; `.key` and `['key with space']`; `[n]` from 0, negative from the end;
///   `[*]` and `.*` (array items or object members); `..key`, `..*`, `..[n]` recursive descent.
/// - Filters `[?(...)]` on array items and object members: `@.key`, `@['k']`, `@[0]`, `@`,
///   `$.key`; literals `'text'`, `"text"`, numbers, `true`, `false`, `null`; `==`, `!=`,
///   `<`, `<=`, `>`, `>=`; `&&`, `||`, `!`, parentheses; `[?(@.key)]` tests that a member exists.
/// - Keys match case-insensitively, like `Node`'s subscript; an exact match wins.
/// - Numbers compare as `Decimal`; text that reads as a plain decimal (`"6.00"`, or an XML
///   or CSV value) also compares numerically against a number literal. Strings compare
///   by Unicode scalars. Objects and arrays equal nothing.
///
/// Not supported (PATH-008): slices `[1:3]`, unions `[0,1]` and `['a','b']`, functions
/// (`length()`, `match()`...), regular expressions `=~`, arithmetic, and wildcards or
/// descent inside filters.
public struct JSONPathExpression: Sendable, Hashable, CustomStringConvertible {
    enum Selector: Sendable, Hashable {
        case name(String)
        case index(Int)
        case wildcard
        case filter(Filter)
    }

    struct Segment: Sendable, Hashable {
        var descendant: Bool
        var selector: Selector

        /// Whether the segment is a plain name or index step: at most one node per input.
        var isSingular: Bool {
            switch selector {
            case .name, .index: !descendant
            case .wildcard, .filter: false
            }
        }

        /// Whether the segment can select more than one node per input.
        var selectsSeveral: Bool {
            switch selector {
            case .wildcard, .filter: true
            case .name, .index: descendant
            }
        }
    }

    /// A singular query inside a filter: `@.a['b'][0]` or `$.a`.
    struct Query: Sendable, Hashable {
        var fromRoot: Bool
        var steps: [Selector]
    }

    enum Operand: Sendable, Hashable {
        case query(Query)
        case literal(PathValue)
    }

    indirect enum Filter: Sendable, Hashable {
        case or([Filter])
        case and([Filter])
        case not(Filter)
        case exists(Query)
        case compare(Operand, PathValue.Operator, Operand)
    }

    /// The expression as written.
    public let text: String
    let segments: [Segment]

    /// Parses `text`; throws a PATH error placed at `location` (the mapping's place in its
    /// configuration), or at a location named `JSONPath` when none is given.
    public init(_ text: String, at location: Location? = nil) throws {
        var parser = JSONPathParser(text, location: location ?? Location(file: "JSONPath"))
        self.text = text
        self.segments = try parser.parse()
    }

    public var description: String { text }

    /// The nodes the expression selects in `root`, in document order; empty when none.
    public func select(in root: Node) -> [Node] {
        select(in: root, root: root)
    }

    /// The nodes selected from `start`, with `$` inside filters meaning `root` (a path
    /// relative to a group item whose filters compare with the record).
    public func select(in start: Node, root: Node) -> [Node] {
        Self.evaluate(segments[...], from: start, root: root)
    }

    /// What `self` and `other` select, paired per item of their common leading segments up
    /// to the last that selects several nodes (`$.meta[*].key` and `$.meta[*].value`: one
    /// pair per element of `meta`, `nil` where an element lacks one side). Paths with no
    /// such common part are paired by position.
    public func pairs(with other: JSONPathExpression, in start: Node, root: Node) -> [(Node?, Node?)] {
        var common = 0
        while common < segments.count, common < other.segments.count, segments[common] == other.segments[common] {
            common += 1
        }
        guard let last = segments[..<common].lastIndex(where: \.selectsSeveral) else {
            let left = select(in: start, root: root)
            let right = other.select(in: start, root: root)
            return (0..<max(left.count, right.count)).map { index in
                (left.indices.contains(index) ? left[index] : nil, right.indices.contains(index) ? right[index] : nil)
            }
        }
        return Self.evaluate(segments[...last], from: start, root: root).map { item in
            (Self.evaluate(segments[(last + 1)...], from: item, root: root).first,
             Self.evaluate(other.segments[(last + 1)...], from: item, root: root).first)
        }
    }

    private static func evaluate(_ segments: ArraySlice<Segment>, from start: Node, root: Node) -> [Node] {
        // Plain names and indexes (`$['sku']`, `$.buyer.email`, `$.lines[0]`), the paths of
        // most layouts, select at most one node: walked without a list per step.
        if segments.allSatisfy(\.isSingular) {
            var node = start
            for segment in segments {
                guard let next = step(segment.selector, node) else { return [] }
                node = next
            }
            return [node]
        }
        var current = [start]
        for segment in segments {
            current = current.flatMap { node in
                segment.descendant
                    ? descendantsAndSelf(node).flatMap { apply(segment.selector, to: $0, root: root) }
                    : apply(segment.selector, to: node, root: root)
            }
        }
        return current
    }

    /// The text of each selected scalar (strings, numbers, booleans); objects, arrays and nulls are left out.
    public func texts(in root: Node) -> [String] {
        select(in: root).compactMap(\.text)
    }

    private static func apply(_ selector: Selector, to node: Node, root: Node) -> [Node] {
        switch selector {
        case .name, .index:
            return step(selector, node).map { [$0] } ?? []
        case .wildcard:
            return members(node)
        case .filter(let filter):
            return members(node).filter { test(filter, current: $0, root: root) }
        }
    }

    /// A name or index step: at most one node.
    static func step(_ selector: Selector, _ node: Node) -> Node? {
        switch selector {
        case .name(let key):
            return node[key]
        case .index(let index):
            guard case .array(let items) = node.value else { return nil }
            let position = index < 0 ? items.count + index : index
            return items.indices.contains(position) ? items[position] : nil
        case .wildcard, .filter:
            return nil
        }
    }

    /// Array items or object member values; nothing for scalars.
    static func members(_ node: Node) -> [Node] {
        switch node.value {
        case .array(let items): return items
        case .object(let children): return Array(children.values)
        case .null, .scalar, .number, .bool: return []
        }
    }

    /// `node` and everything below it, parents before children.
    static func descendantsAndSelf(_ node: Node) -> [Node] {
        var result: [Node] = []
        var stack = [node]
        while let next = stack.popLast() {
            result.append(next)
            stack.append(contentsOf: members(next).reversed())
        }
        return result
    }
}
