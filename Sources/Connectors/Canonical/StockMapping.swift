import Canonical
import Foundation
import Formats

/// Canonical stock level ↔ JSON-shaped record tree (`asOf` holds `asOfDate`).
enum StockMapping {
    static func stockLevel(from root: Node, _ reading: inout NodeReading) -> StockLevel {
        StockLevel(
            sku: reading.requiredKeyText(root, "sku") ?? "",
            warehouse: reading.keyText(root, "warehouse"),
            available: reading.requiredDecimal(root, "available") ?? 0,
            reserved: reading.decimal(root, "reserved"),
            asOfDate: reading.date(root, "asOf"))
    }

    static func keyText(of root: Node) -> String? {
        var reading = NodeReading(naming: .camel)
        guard let sku = reading.keyText(root, "sku") else { return nil }
        return BusinessKey([sku] + (reading.keyText(root, "warehouse").map { [$0] } ?? [])).rawValue
    }

    /// The stock level as a tree; `stable` leaves out `asOf`.
    static func tree(for level: StockLevel, stable: Bool) -> Node {
        var out = NodeBuilding()
        out.set("sku", level.sku)
        out.set("warehouse", level.warehouse)
        out.set("available", level.available)
        out.set("reserved", level.reserved)
        if !stable { out.set("asOf", level.asOfDate) }
        return out.node
    }
}
