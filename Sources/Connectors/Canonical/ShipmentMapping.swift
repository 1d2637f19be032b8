import Canonical
import Foundation
import Formats

/// Canonical shipment ↔ JSON-shaped record tree; the fields are those of
/// `Shipment.canonicalFields`, read and written by `RecordMapping`.
enum ShipmentMapping {
    static func shipment(from root: Node, _ reading: inout NodeReading) -> Shipment {
        RecordMapping.read(Shipment.self, from: root, kind: .shipment, &reading)
    }

    static func keyText(of root: Node) -> String? {
        var reading = NodeReading(naming: .camel)
        guard let order = reading.keyText(root, "orderNumber"), let tracking = reading.keyText(root, "trackingNumber") else {
            return nil
        }
        return BusinessKey(reading.keyText(root, "sourceSystem") ?? "canonical", order, tracking).rawValue
    }
}
