import Canonical
import Foundation
import Formats

/// Canonical sales price ↔ JSON-shaped record tree; the fields are those of
/// `SalesPrice.canonicalFields`, read and written by `RecordMapping`.
enum PriceMapping {
    static func price(from root: Node, _ reading: inout NodeReading) -> SalesPrice {
        RecordMapping.read(SalesPrice.self, from: root, kind: .price, &reading)
    }

    /// The key of a price that could not be read, as far as its key fields can be.
    static func keyText(of root: Node) -> String? {
        var reading = NodeReading(naming: .camel)
        guard let sku = reading.keyText(root, "sku"), let category = reading.keyText(root, "priceCategory") else { return nil }
        let breakQuantity = reading.keyText(root, "breakQuantity").flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }
        return SalesPrice.key(
            sku: sku, category: category, currency: reading.keyText(root, "currency")?.uppercased(), breakQuantity: breakQuantity,
            promotion: reading.keyText(root, "promotion") == "true",
            effective: reading.keyText(root, "effectiveDate").map { String($0.prefix(10)) }
        ).rawValue
    }
}
