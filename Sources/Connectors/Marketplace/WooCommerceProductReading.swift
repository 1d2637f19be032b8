import Canonical
import Diagnostics
import Foundation
import Formats

/// Reads WooCommerce products as canonical articles: the REST API's products and variations
/// (`GET /products`, `/products/{id}`, `/products/{id}/variations`; one object or a list) and
/// the rows of WooCommerce's product CSV export (Products → Export; columns `ID`, `Type`, `SKU`,
/// `Name`, `Short description`, `Description`, `Regular price`, `Sale price`, `Stock`,
/// `Categories`, `Images`, `Parent`, `Attribute N name` / `Attribute N value(s)`, …).
///
/// Simple products, variable products and their variations are each one article, keyed by SKU;
/// a variation names its parent (`parentSku`). Prices: WooCommerce keeps them excluding or
/// including VAT as the shop is set up (option `prices-include-vat`); with `vat-rate` the other
/// one is computed. The EAN comes from `global_unique_id` (WooCommerce 9.2+; CSV column
/// `GTIN, UPC, EAN, or ISBN`) or the meta keys `_ean`, `_gtin`, `_alg_ean`.
public enum WooCommerceProductReading {
    /// How prices are read.
    public struct Prices: Sendable, Hashable {
        public var includeVat: Bool
        /// Percentage (21 for 21 %); nil: the other price is not computed.
        public var vatRate: Decimal?
        public init(includeVat: Bool = false, vatRate: Decimal? = nil) {
            self.includeVat = includeVat
            self.vatRate = vatRate
        }
    }

    static let eanMetaKeys = ["_ean", "_gtin", "_alg_ean", "_wpm_gtin_code"]

    /// One REST product or variation; a list element of a list.
    public static func decodeJSON(_ root: Node, prices: Prices) -> [DecodeResult] {
        if case .array(let items) = root.value { return items.flatMap { decodeJSON($0, prices: prices) } }
        var reading = NodeReading(naming: .camel)
        guard let sku = reading.keyText(root, "sku"), !sku.isBlankText else {
            return [noSKU(root, id: reading.keyText(root, "id"))]
        }
        var article = Article(sku: sku)
        article.name = reading.text(root, "name")
        article.shortDescription = nonBlank(reading.text(root, "short_description"))
        article.longDescription = nonBlank(reading.text(root, "description"))
        setPrice(&article, reading.decimal(root, "regular_price") ?? reading.decimal(root, "price"), prices)
        if root["manage_stock"]?.text == "true" { article.stockAvailable = reading.decimal(root, "stock_quantity") }
        article.weight = reading.decimal(root, "weight")
        article.categories = reading.list(root, "categories").compactMap { reading.text($0, "name") }
        article.imageURLs = reading.list(root, "images").compactMap { reading.text($0, "src") }
        if let image = root["image"], let src = reading.text(image, "src") { article.imageURLs = [src] }
        for attribute in reading.list(root, "attributes") {
            guard let name = reading.text(attribute, "name") else { continue }
            let value = reading.text(attribute, "option") ?? reading.textList(attribute, "options").joined(separator: ", ")
            if !value.isEmpty { article.attributes[name] = value }
        }
        var meta: [String: String] = [:]
        for entry in reading.list(root, "meta_data") {
            if let key = entry["key"]?.text, let value = entry["value"]?.text { meta[key] = value }
        }
        article.gtin = nonBlank(reading.text(root, "global_unique_id")) ?? eanMetaKeys.lazy.compactMap { nonBlank(meta[$0]) }.first
        if let type = reading.text(root, "type") { article.customFields[Field.type] = type }
        if root["parent_id"]?.text.map({ $0 != "0" }) == true, let parent = reading.keyText(root, "parent_id") {
            article.customFields[Field.parentId] = parent
        }
        if let id = reading.keyText(root, "id") { article.customFields[Field.id] = id }
        if reading.errors.isEmpty { return [.document(article, root.location)] }
        return [.failure(key: sku, errors: reading.errors, location: root.location)]
    }

    /// One row of the product CSV export.
    public static func decodeCSVRow(_ row: Node, prices: Prices, parents: [String: String]) -> DecodeResult {
        var reading = NodeReading(naming: .csvColumn)
        let cell = { (name: String) -> String? in nonBlank(row[name]?.text?.trimmingCharacters(in: .whitespaces)) }
        guard let sku = cell("SKU") else { return noSKU(row, id: cell("ID")) }
        var article = Article(sku: sku)
        article.name = cell("Name")
        article.shortDescription = cell("Short description").map(unescapeNewlines)
        article.longDescription = cell("Description").map(unescapeNewlines)
        setPrice(&article, cell("Regular price").flatMap { decimal($0, row, "Regular price", &reading) }, prices)
        article.stockAvailable = cell("Stock").flatMap { decimal($0, row, "Stock", &reading) }
        // The export names the shop's unit in the header; canonical weights are kilograms.
        if let kilograms = cell("Weight (kg)") {
            article.weight = decimal(kilograms, row, "Weight (kg)", &reading)
        } else if let pounds = cell("Weight (lbs)") {
            article.weight = decimal(pounds, row, "Weight (lbs)", &reading).map { round3($0 * kilogramsPerPound) }
        } else if let grams = cell("Weight (g)") {
            article.weight = decimal(grams, row, "Weight (g)", &reading).map { $0 / 1000 }
        }
        article.categories = (cell("Categories") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        article.imageURLs = (cell("Images") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        article.gtin = cell("GTIN, UPC, EAN, or ISBN") ?? eanMetaKeys.lazy.compactMap { cell("Meta: " + $0) }.first
        var index = 1
        while row["Attribute \(index) name"] != nil {
            if let name = cell("Attribute \(index) name"), let value = cell("Attribute \(index) value(s)") {
                article.attributes[name] = value
            }
            index += 1
        }
        if let type = cell("Type") { article.customFields[Field.type] = type }
        if let id = cell("ID") { article.customFields[Field.id] = id }
        // `Parent` is the parent's SKU, or `id:<ID>` of a parent row of the same file.
        if let parent = cell("Parent") {
            article.parentSku = parent.hasPrefix("id:") ? parents[String(parent.dropFirst(3))] : parent
        }
        if reading.errors.isEmpty { return .document(article, row.location) }
        return .failure(key: sku, errors: reading.errors, location: row.location)
    }

    /// Custom field names on the canonical article.
    public enum Field {
        public static let type = "woocommerce-type"
        public static let id = "woocommerce-id"
        public static let parentId = "woocommerce-parent-id"
    }

    static func setPrice(_ article: inout Article, _ price: Decimal?, _ prices: Prices) {
        guard let price else { return }
        if prices.includeVat {
            article.priceInclVat = price
            if let rate = prices.vatRate { article.priceExclVat = round(price * 100 / (100 + rate)) }
        } else {
            article.priceExclVat = price
            if let rate = prices.vatRate { article.priceInclVat = round(price * (100 + rate) / 100) }
        }
        article.vatRate = prices.vatRate
    }

    /// The international avoirdupois pound.
    static let kilogramsPerPound = Decimal(45_359_237) / Decimal(100_000_000)

    static func round3(_ value: Decimal) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, 3, .plain)
        return result
    }

    static func round(_ value: Decimal) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, 2, .plain)
        return result
    }

    private static func decimal(_ text: String, _ row: Node, _ column: String, _ reading: inout NodeReading) -> Decimal? {
        if let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) {
            return value
        }
        reading.report(.mapInvalidDecimal, at: row[column]?.location ?? row.location, ["field": column, "value": text])
        return nil
    }

    static func noSKU(_ node: Node, id: String?) -> DecodeResult {
        .failure(key: nil, errors: [FerryError(.vismaProductWithoutSKU, at: node.location, ["product": id ?? "?"])], location: node.location)
    }

    private static func nonBlank(_ text: String?) -> String? {
        guard let text, !text.isBlankText else { return nil }
        return text
    }

    /// The export writes line breaks inside a cell as the two characters `\n`.
    private static func unescapeNewlines(_ text: String) -> String {
        text.replacingOccurrences(of: "\\n", with: "\n")
    }
}

/// WooCommerce products of one file: REST JSON (one product, a list) or the product CSV export,
/// read as articles or as the prices per customer group in their meta data.
struct WooCommerceProductSource: DocumentSource {
    /// What a product gives.
    enum Reading {
        case articles(WooCommerceProductReading.Prices)
        case prices(WooCommercePriceReading.Settings)
    }

    private var reader: any RecordReader
    private var queued: [DecodeResult] = []
    private var parents: [String: String] = [:]
    private let reading: Reading
    let format: FileFormat

    init(path: String, displayName: String, settings: SourceSettings, reading: Reading) throws {
        let lower = path.lowercased()
        format = settings.format ?? (lower.hasSuffix(".csv") || lower.hasSuffix(".txt") ? .csv : .json)
        reader = try SourceReader.open(path: path, displayName: displayName, format: format, settings: settings, xmlRecords: .root)
        self.reading = reading
    }

    mutating func next() throws -> DecodeResult? {
        while queued.isEmpty {
            guard let record = try reader.next() else { return nil }
            switch (reading, format) {
            case (.articles(let prices), .csv):
                let row = record.root
                if let id = row["ID"]?.text, let sku = row["SKU"]?.text, !sku.isEmpty { parents[id] = sku }
                queued = [WooCommerceProductReading.decodeCSVRow(row, prices: prices, parents: parents)]
            case (.articles(let prices), _):
                queued = WooCommerceProductReading.decodeJSON(record.root, prices: prices)
            case (.prices(let settings), .csv):
                queued = WooCommercePriceReading.decodeCSVRow(record.root, settings: settings)
            case (.prices(let settings), _):
                queued = WooCommercePriceReading.decodeJSON(record.root, settings: settings)
            }
        }
        return queued.removeFirst()
    }
}
