import Canonical
import Diagnostics
import Foundation

/// Rules that fill the customs data of order lines from the article catalog.
enum CustomsRules {
    /// `customs-from-catalog`: each line without an HS code, origin country or weight takes
    /// them from its catalog article (by SKU). The HS code is the article's attribute named
    /// `hs-code-field` when given and set (a custom field such as Exact's `FreeTextField_01`),
    /// else the article's `hsCode`. Lines whose article is not in the catalog keep what they have;
    /// the target decides whether that is enough (Sendcloud: defaults, or an error outside the EU).
    static func fromCatalog(_ spec: RuleSpec) -> Rule {
        let field = spec.text("hs-code-field")
        return .order(spec) { order, input in
            for index in order.lines.indices {
                guard let sku = order.lines[index].sku, let article = try input.masterData.article(sku: sku) else { continue }
                if order.lines[index].hsCode == nil {
                    let custom = field.flatMap { article.attributes[$0] }?.trimmingCharacters(in: .whitespaces)
                    order.lines[index].hsCode = (custom?.isEmpty == false ? custom : nil) ?? article.hsCode
                }
                if order.lines[index].countryOfOrigin == nil { order.lines[index].countryOfOrigin = article.countryOfOrigin }
                if order.lines[index].weight == nil { order.lines[index].weight = article.weight }
            }
            return []
        }
    }
}
