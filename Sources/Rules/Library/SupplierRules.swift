import Canonical
import Diagnostics
import Foundation

/// Rules that complete order lines from the catalog for a supplier.
enum SupplierRules {
    /// `supplier-code-from-catalog`: fills a line's missing `supplierArticleCode` with the code
    /// of `supplier` (default: the order's seller number) from the catalog, found by SKU, else by
    /// GTIN. A line left with neither GTIN nor supplier code is an error naming the line.
    static func codeFromCatalog(_ spec: RuleSpec) -> Rule {
        .order(spec) { order, input in
            guard let supplier = spec.text("supplier") ?? order.seller?.number else {
                return [FerryError(.ruleSupplierUnknown, at: input.at("seller.number"))]
            }
            var errors: [FerryError] = []
            for index in order.lines.indices {
                var line = order.lines[index]
                if line.supplierArticleCode == nil {
                    line.supplierArticleCode = try code(of: line, at: supplier, input.masterData)
                }
                if line.supplierArticleCode == nil && line.gtin == nil {
                    errors.append(
                        FerryError(
                            .ruleSupplierCodeMissing, at: input.at(LineLabel.field(index, "supplierArticleCode")),
                            ["line": LineLabel.of(line, at: index), "supplier": supplier]))
                }
                order.lines[index] = line
            }
            return errors
        }
    }

    private static func code(of line: OrderLine, at supplier: String, _ masterData: any MasterData) throws -> String? {
        if let sku = line.sku, let article = try masterData.article(sku: sku) {
            return article.supplierCode(for: supplier)
        }
        if let gtin = line.gtin {
            let candidates = try masterData.articles(gtin: gtin)
            if candidates.count == 1 { return candidates.first?.supplierCode(for: supplier) }
        }
        return nil
    }

    /// `gtin-from-catalog`: fills a line's missing GTIN from the catalog article with its SKU.
    /// With `required: true`, a line still without GTIN is an error naming the line.
    static func gtinFromCatalog(_ spec: RuleSpec) -> Rule {
        let required = spec.flag("required") ?? false
        return .order(spec) { order, input in
            var errors: [FerryError] = []
            for index in order.lines.indices where order.lines[index].gtin == nil {
                if let sku = order.lines[index].sku, let gtin = try input.masterData.article(sku: sku)?.gtin {
                    order.lines[index].gtin = gtin
                } else if required {
                    errors.append(
                        FerryError(
                            .ruleGTINMissing, at: input.at(LineLabel.field(index, "gtin")),
                            ["line": LineLabel.of(order.lines[index], at: index)]))
                }
            }
            return errors
        }
    }
}
