import Canonical
import Diagnostics
import Foundation
import Formats

/// Reads the prices per customer group that B2B and wholesale plugins keep in a WooCommerce
/// product's meta data as canonical sales prices (docs/connectors/woocommerce.md, "Prices per
/// customer group"). WooCommerce itself has one price per product; the plugins add one meta key
/// per group: Wholesale Suite `<role>_wholesale_price` (`wholesale_customer_wholesale_price`),
/// B2BKing `b2bking_regular_product_price_group_<group id>`, and others of their own. They appear
/// in the REST product and variation JSON as `meta_data[]` (`{"key": …, "value": …}`) and in the
/// product CSV export as `Meta: <key>` columns.
///
/// The flow's option `price-categories` maps each group to a price category code: a Wholesale
/// Suite role (its meta key is `<role>_wholesale_price`) or a whole meta key. Each product with a
/// price under such a key gives one price per category; option `currency` sets their currency.
public enum WooCommercePriceReading {
    public struct Settings: Sendable {
        /// Role or meta key → price category code, in a stable order.
        public var categories: [(group: String, category: String)]
        public var currency: String?

        public init(categories: [String: String], currency: String?) {
            self.categories = categories.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            self.currency = currency?.uppercased()
        }
    }

    /// The meta keys that may hold a group's price, most specific first.
    static func metaKeys(of group: String) -> [String] { [group + "_wholesale_price", group] }

    /// One REST product or variation; each element of a list.
    public static func decodeJSON(_ root: Node, settings: Settings) -> [DecodeResult] {
        if case .array(let items) = root.value { return items.flatMap { decodeJSON($0, settings: settings) } }
        var reading = NodeReading(naming: .camel)
        guard let sku = reading.keyText(root, "sku"), !sku.isBlankText else {
            return [WooCommerceProductReading.noSKU(root, id: reading.keyText(root, "id"))]
        }
        var meta: [String: Node] = [:]
        for entry in reading.list(root, "meta_data") {
            if let key = entry["key"]?.text, let value = entry["value"], meta[key] == nil { meta[key] = value }
        }
        return prices(sku: sku, at: root.location, settings: settings) { key in meta[key] }
    }

    /// One row of the product CSV export: `Meta: <key>` columns.
    public static func decodeCSVRow(_ row: Node, settings: Settings) -> [DecodeResult] {
        let cell = { (name: String) -> String? in
            guard let text = row[name]?.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
        guard let sku = cell("SKU") else { return [WooCommerceProductReading.noSKU(row, id: cell("ID"))] }
        return prices(sku: sku, at: row.location, settings: settings) { key in row["Meta: " + key] }
    }

    private static func prices(sku: String, at location: Location, settings: Settings, meta: (String) -> Node?) -> [DecodeResult] {
        var results: [DecodeResult] = []
        for (group, category) in settings.categories {
            var found: (key: String, node: Node)?
            for key in metaKeys(of: group) {
                if let node = meta(key), !(node.text ?? "").isBlankText {
                    found = (key, node)
                    break
                }
            }
            guard let (key, node) = found else { continue }
            let text = (node.text ?? "").trimmingCharacters(in: .whitespaces)
            guard let price = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")),
                  text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" })
            else {
                let error = FerryError(.mapInvalidDecimal, at: node.location, ["field": key, "value": text])
                let key = SalesPrice.key(sku: sku, category: category, currency: settings.currency, breakQuantity: nil,
                                         promotion: false, effective: nil)
                results.append(.failure(key: key.rawValue, errors: [error], location: location))
                continue
            }
            results.append(.document(SalesPrice(sku: sku, priceCategory: category, price: price, currency: settings.currency), location))
        }
        return results
    }
}
