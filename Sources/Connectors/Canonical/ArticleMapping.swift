import Canonical
import Foundation
import Formats

/// Canonical article ↔ JSON-shaped record tree.
enum ArticleMapping {
    /// Reads an article; see `OrderMapping.order(from:_:)` for how errors are collected.
    static func article(from root: Node, _ reading: inout NodeReading) -> Article {
        Article(
            sku: reading.requiredKeyText(root, "sku") ?? "",
            gtin: reading.text(root, "gtin"),
            supplierCodes: reading.list(root, "supplierCodes").compactMap { item in
                guard OrderMapping.isObject(item, "supplierCodes", in: root, &reading) else { return nil }
                let supplier = reading.requiredText(item, "supplier")
                let code = reading.requiredText(item, "code")
                guard let supplier, let code else { return nil }
                return SupplierCode(supplier: supplier, code: code)
            },
            name: reading.text(root, "name"),
            shortDescription: reading.text(root, "shortDescription"),
            longDescription: reading.text(root, "longDescription"),
            priceExclVat: reading.decimal(root, "priceExclVat"),
            priceInclVat: reading.decimal(root, "priceInclVat"),
            vatRate: reading.decimal(root, "vatRate"),
            vatCode: reading.text(root, "vatCode"),
            costPrice: reading.decimal(root, "costPrice"),
            currency: reading.currency(root, "currency"),
            stockAvailable: reading.decimal(root, "stockAvailable"),
            stockReserved: reading.decimal(root, "stockReserved"),
            unit: reading.text(root, "unit"),
            weight: reading.decimal(root, "weight"),
            hsCode: reading.text(root, "hsCode"),
            countryOfOrigin: reading.country(root, "countryOfOrigin"),
            brand: reading.text(root, "brand"),
            categories: reading.textList(root, "categories"),
            imageURLs: reading.textList(root, "imageURLs"),
            attributes: reading.dictionary(root, "attributes"),
            parentSku: reading.text(root, "parentSku"),
            customFields: reading.dictionary(root, "customFields"),
            updatedAt: reading.date(root, "updatedAt"))
    }

    static func keyText(of root: Node) -> String? {
        var reading = NodeReading(naming: .camel)
        return reading.keyText(root, "sku")
    }

    /// The article as a tree; `stable` leaves out `updatedAt`.
    static func tree(for article: Article, stable: Bool) -> Node {
        var out = NodeBuilding()
        out.set("sku", article.sku)
        out.set("gtin", article.gtin)
        out.set("supplierCodes", article.supplierCodes.map { code in
            var item = NodeBuilding()
            item.set("supplier", code.supplier)
            item.set("code", code.code)
            return item.node
        })
        out.set("name", article.name)
        out.set("shortDescription", article.shortDescription)
        out.set("longDescription", article.longDescription)
        out.set("priceExclVat", article.priceExclVat)
        out.set("priceInclVat", article.priceInclVat)
        out.set("vatRate", article.vatRate)
        out.set("vatCode", article.vatCode)
        out.set("costPrice", article.costPrice)
        out.set("currency", article.currency)
        out.set("stockAvailable", article.stockAvailable)
        out.set("stockReserved", article.stockReserved)
        out.set("unit", article.unit)
        out.set("weight", article.weight)
        out.set("hsCode", article.hsCode)
        out.set("countryOfOrigin", article.countryOfOrigin)
        out.set("brand", article.brand)
        out.set("categories", texts: article.categories)
        out.set("imageURLs", texts: article.imageURLs)
        out.set("attributes", dictionary: article.attributes)
        out.set("parentSku", article.parentSku)
        out.set("customFields", dictionary: article.customFields)
        if !stable { out.set("updatedAt", article.updatedAt) }
        return out.node
    }
}
