import Canonical
import Diagnostics
import Foundation
import Formats

/// Builds JSON-shaped output trees, leaving out absent values.
struct NodeBuilding {
    static let nowhere = Location(file: "")
    private(set) var fields: [(String, Node)] = []

    static func text(_ value: String) -> Node { Node(.scalar(value), at: nowhere) }
    static func number(_ value: Decimal) -> Node { Node(.number(plain(value)), at: nowhere) }
    static func array(_ items: [Node]) -> Node { Node(.array(items), at: nowhere) }

    /// A decimal as plain digits (`1249.5`, `-0.25`), never with an exponent.
    static func plain(_ value: Decimal) -> String {
        if let fast = DecimalText.plain(value) { return fast }
        var copy = value
        return NSDecimalString(&copy, Locale(identifier: "en_US_POSIX"))
    }

    var node: Node { Self.object(fields) }

    /// An object node with `pairs` in order; a later duplicate name replaces an earlier one.
    static func object(_ pairs: [(String, Node)], at location: Location = nowhere) -> Node {
        Node(.object(.init(pairs, uniquingKeysWith: { _, last in last })), at: location)
    }

    private mutating func put(_ name: String, _ node: Node) { fields.append((name, node)) }

    mutating func set(_ name: String, _ value: String?) {
        if let value { put(name, Self.text(value)) }
    }
    mutating func set(_ name: String, _ value: Decimal?) {
        if let value { put(name, Self.number(value)) }
    }
    mutating func set(_ name: String, _ value: Int?) {
        if let value { put(name, Node(.number(String(value)), at: Self.nowhere)) }
    }
    mutating func set(_ name: String, _ value: Date?) {
        if let value { put(name, Self.text(ISODate.format(value))) }
    }
    mutating func set(_ name: String, _ value: BusinessDate?) {
        if let value { put(name, Self.text(value.text)) }
    }
    mutating func set(_ name: String, _ node: Node?) {
        if let node { put(name, node) }
    }
    /// A list; left out when empty.
    mutating func set(_ name: String, _ items: [Node]) {
        if !items.isEmpty { put(name, Self.array(items)) }
    }
    mutating func set(_ name: String, texts: [String]) {
        set(name, texts.map(Self.text))
    }
    /// A name → text object with sorted keys; left out when empty.
    mutating func set(_ name: String, dictionary: [String: String]) {
        guard !dictionary.isEmpty else { return }
        let pairs = dictionary.keys.sorted().map { key in (key, Self.text(dictionary[key] ?? "")) }
        put(name, Self.object(pairs))
    }
}
