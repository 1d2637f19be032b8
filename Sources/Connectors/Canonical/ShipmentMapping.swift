import Canonical
import Foundation
import Formats

/// Canonical shipment ↔ JSON-shaped record tree.
enum ShipmentMapping {
    static func shipment(from root: Node, _ reading: inout NodeReading) -> Shipment {
        Shipment(
            orderNumber: reading.requiredKeyText(root, "orderNumber") ?? "",
            trackingNumber: reading.requiredKeyText(root, "trackingNumber") ?? "",
            carrier: reading.text(root, "carrier"),
            trackingURL: reading.text(root, "trackingURL"),
            shippedAt: reading.date(root, "shippedAt"),
            sourceSystem: reading.keyText(root, "sourceSystem") ?? "canonical")
    }

    static func keyText(of root: Node) -> String? {
        var reading = NodeReading(naming: .camel)
        guard let order = reading.keyText(root, "orderNumber"), let tracking = reading.keyText(root, "trackingNumber") else {
            return nil
        }
        return BusinessKey(reading.keyText(root, "sourceSystem") ?? "canonical", order, tracking).rawValue
    }

    static func tree(for shipment: Shipment) -> Node {
        var out = NodeBuilding()
        out.set("orderNumber", shipment.orderNumber)
        out.set("trackingNumber", shipment.trackingNumber)
        out.set("carrier", shipment.carrier)
        out.set("trackingURL", shipment.trackingURL)
        out.set("shippedAt", shipment.shippedAt)
        out.set("sourceSystem", shipment.sourceSystem)
        return out.node
    }
}
