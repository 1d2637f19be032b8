import Canonical
import Foundation
import Formats

/// Canonical order ↔ JSON-shaped record tree (camelCase names, lists as arrays); the fields
/// are those of `Order.canonicalFields`, read and written by `RecordMapping`.
enum OrderMapping {
    /// Reads an order; problems are collected in `reading.errors` and a placeholder value
    /// stands in for each bad field, so the result is only meaningful without errors.
    static func order(from root: Node, _ reading: inout NodeReading) -> Order {
        RecordMapping.read(Order.self, from: root, kind: .order, &reading)
    }

    /// The order's business key text, when its number can be read; for failures.
    static func keyText(of root: Node) -> String? {
        var reading = NodeReading(naming: .camel)
        guard let number = reading.keyText(root, "number") else { return nil }
        let kind = reading.text(root, "orderKind")?.lowercased() ?? "sales"
        let company = reading.keyText(root, "sourceCompany").map { [$0] } ?? []
        return BusinessKey([reading.keyText(root, "sourceSystem") ?? "canonical"] + company + [kind, number]).rawValue
    }
}
