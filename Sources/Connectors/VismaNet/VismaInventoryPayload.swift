import Canonical
import Diagnostics
import Foundation
import Formats
import Mapping

/// The Visma.net inventory item (`InventoryUpdateDto`, `POST /v1/inventory`, `PUT
/// /v1/inventory/{inventoryNumber}`) for a canonical article: number (SKU), description (name),
/// body (long description, else the short one), type and item class from options, the default
/// price excluding or including VAT (option `price`), unit, weight in kilograms (`packaging`, unit
/// code from option `weight-unit`, default `KG`), customs data (`intrastat`), the EAN as
/// a `Barcode` cross reference, and the attributes option `attributes` maps to Visma.net attribute
/// ids (the categories under the id of option `category-attribute`).
struct VismaInventoryPayload {
    let options: ConnectorOptions

    /// Option `update-product-information` (default true): whether updates carry the whole item.
    var updatesProductInformation: Bool { options.bool("update-product-information") ?? true }

    /// An update without product information (`update-product-information: false`): the
    /// inventory number and the price, so texts enriched in Visma.net stay as they are. (Stock is
    /// not part of `InventoryUpdateDto`: Visma.net books it with inventory adjustments.)
    func priceUpdate(for article: Article) throws -> Node {
        var body = VismaObject()
        body.text("inventoryNumber", article.sku)
        body.number("defaultPrice", try price(of: article))
        return body.node
    }

    /// The price option `price` names (excluding VAT by default).
    func price(of article: Article) throws -> Decimal? {
        let inclusive = options.text("price") == "incl"
        let price = inclusive ? article.priceInclVat : article.priceExclVat
        if price == nil, (inclusive ? article.priceExclVat : article.priceInclVat) != nil {
            throw FerryError(.vismaPriceMissing, at: Location(file: "article \(article.sku)", field: inclusive ? "priceInclVat" : "priceExclVat"),
                             ["sku": article.sku, "price": inclusive ? "incl" : "excl"])
        }
        return price
    }

    func body(for article: Article) throws -> Node {
        var body = VismaObject()
        body.text("inventoryNumber", article.sku)
        body.text("status", "Active")
        body.text("type", options.text("item-type") ?? "FinishedGoodItem")
        body.text("description", article.name)
        body.text("body", article.longDescription ?? article.shortDescription)
        body.text("itemClass", options.text("item-class"))
        body.text("vatCode", article.vatCode)
        body.number("defaultPrice", try price(of: article))
        body.text("baseUnit", article.unit)
        body.text("salesUnit", article.unit)
        if let weight = article.weight {
            var packaging = VismaObject()
            packaging.number("baseItemWeight", weight)
            packaging.text("weightUOM", options.text("weight-unit") ?? "KG")
            body.plainObject("packaging", packaging)
        }
        if article.hsCode != nil || article.countryOfOrigin != nil {
            var intrastat = VismaObject()
            intrastat.text("cN8", article.hsCode)
            intrastat.text("countryOfOrigin", article.countryOfOrigin?.uppercased())
            body.plainObject("intrastat", intrastat)
        }
        var lines: [VismaObject] = []
        let map = options.mapping("attributes") ?? [:]
        for name in article.attributes.keys.sorted() {
            guard let id = map[name], let value = article.attributes[name] else { continue }
            var line = VismaObject()
            line.text("attributeId", id)
            line.text("attributeValue", value)
            lines.append(line)
        }
        if let id = options.text("category-attribute"), !article.categories.isEmpty {
            var line = VismaObject()
            line.text("attributeId", id)
            line.text("attributeValue", article.categories.joined(separator: ", "))
            lines.append(line)
        }
        body.rows("attributeLines", lines)
        if let gtin = article.gtin {
            var reference = VismaObject()
            reference.plain("operation", "Insert")
            reference.text("alternateType", "Barcode")
            reference.text("alternateID", gtin)
            body.rows("crossReferences", [reference])
        }
        return body.node
    }
}
