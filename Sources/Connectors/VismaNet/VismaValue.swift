import Canonical
import Foundation
import Formats

/// Visma.net's write DTOs wrap every value as `{"value": …}` (the `DtoValueOf…` schemas); an
/// object built here leaves absent values out, as the API then keeps what it has.
struct VismaObject {
    private var fields = NodeBuilding()

    var node: Node { fields.node }

    /// A wrapped text; left out when nil or blank.
    mutating func text(_ name: String, _ value: String?) {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return }
        fields.set(name, Self.wrap(NodeBuilding.text(value)))
    }
    /// A wrapped number.
    mutating func number(_ name: String, _ value: Decimal?) {
        guard let value else { return }
        fields.set(name, Self.wrap(NodeBuilding.number(value)))
    }
    mutating func integer(_ name: String, _ value: Int) {
        fields.set(name, Self.wrap(Node(.number(String(value)), at: NodeBuilding.nowhere)))
    }
    mutating func bool(_ name: String, _ value: Bool?) {
        guard let value else { return }
        fields.set(name, Self.wrap(Node(.bool(value), at: NodeBuilding.nowhere)))
    }
    /// A wrapped object (an address or contact); left out when it has no field.
    mutating func object(_ name: String, _ value: VismaObject?) {
        guard let value, !value.isEmpty else { return }
        fields.set(name, Self.wrap(value.node))
    }
    /// An object not wrapped in `{"value": …}` (`intrastat`, `packaging`); left out when empty.
    mutating func plainObject(_ name: String, _ value: VismaObject) {
        guard !value.isEmpty else { return }
        fields.set(name, value.node)
    }
    /// A plain (unwrapped) value: `operation` of child rows.
    mutating func plain(_ name: String, _ value: String) {
        fields.set(name, value)
    }
    /// A plain list of rows; left out when empty.
    mutating func rows(_ name: String, _ rows: [VismaObject]) {
        fields.set(name, rows.map(\.node))
    }

    var isEmpty: Bool { fields.fields.isEmpty }

    static func wrap(_ node: Node) -> Node { NodeBuilding.object([("value", node)]) }

    /// Visma.net's date-time as its own examples write it: the calendar day at midnight, no offset
    /// (`2026-11-21T00:00:00`): an order date is a day, not an instant.
    static func day(_ date: BusinessDate) -> String { date.dayText + "T00:00:00" }
}
