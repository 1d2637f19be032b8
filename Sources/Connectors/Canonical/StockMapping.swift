import Canonical
import Foundation
import Formats

/// Canonical stock level ↔ JSON-shaped record tree (`asOf` holds `asOfDate`); the fields are
/// those of `StockLevel.canonicalFields`, read and written by `RecordMapping`.
enum StockMapping {
    static func stockLevel(from root: Node, _ reading: inout NodeReading) -> StockLevel {
        RecordMapping.read(StockLevel.self, from: root, kind: .stock, &reading)
    }

    static func keyText(of root: Node) -> String? {
        var reading = NodeReading(naming: .camel)
        guard let sku = reading.keyText(root, "sku") else { return nil }
        return BusinessKey([sku] + (reading.keyText(root, "warehouse").map { [$0] } ?? [])).rawValue
    }
}
