import Canonical
import Diagnostics
import Foundation

/// Rules on article identity: in the catalog, unique, well-formed.
enum ArticleRules {
    /// `article-exists`: every order line's SKU (or, without one, its GTIN) is in the catalog;
    /// a price's SKU is. One error lists every missing article.
    static func exists(_ spec: RuleSpec) -> Rule {
        Rule(spec) { document, input in
            if let order = document as? Order { return try missingLines(order, input) }
            if let price = document as? SalesPrice, try input.masterData.article(sku: price.sku) == nil {
                return [FerryError(.ruleArticleNotFound, at: input.at("sku"), ["articles": price.sku])]
            }
            return []
        }
    }

    private static func missingLines(_ order: Order, _ input: Rule.Input) throws -> [FerryError] {
        var missing: [String] = []
        var firstField: String?
        for (index, line) in order.lines.enumerated() {
            let found: Bool
            let field: String
            if let sku = line.sku {
                found = try input.masterData.article(sku: sku) != nil
                field = LineLabel.field(index, "sku")
            } else if let gtin = line.gtin {
                found = try !input.masterData.articles(gtin: gtin).isEmpty
                field = LineLabel.field(index, "gtin")
            } else {
                found = false
                field = LineLabel.field(index, "sku")
            }
            guard !found else { continue }
            missing.append(line.sku ?? line.gtin ?? "#" + LineLabel.of(line, at: index))
            firstField = firstField ?? field
        }
        guard let firstField else { return [] }
        return [FerryError(.ruleArticleNotFound, at: input.at(firstField), ["articles": LineLabel.list(missing)])]
    }

    /// `article-unique`: order lines resolve to one article (SKU ignoring case, or GTIN);
    /// an article shares neither its SKU (ignoring case) nor its GTIN with another article.
    static func unique(_ spec: RuleSpec) -> Rule {
        Rule(spec) { document, input in
            if let order = document as? Order { return try orderLines(order, input) }
            if let article = document as? Article { return try articleClashes(article, input) }
            return []
        }
    }

    private static func orderLines(_ order: Order, _ input: Rule.Input) throws -> [FerryError] {
        var ambiguous: [String] = []
        var firstField: String?
        for (index, line) in order.lines.enumerated() {
            if let sku = line.sku {
                if try input.masterData.articles(skuIgnoringCase: sku).count > 1 {
                    ambiguous.append(sku)
                    firstField = firstField ?? LineLabel.field(index, "sku")
                }
            } else if let gtin = line.gtin, try input.masterData.articles(gtin: gtin).count > 1 {
                ambiguous.append(gtin)
                firstField = firstField ?? LineLabel.field(index, "gtin")
            }
        }
        guard let firstField else { return [] }
        return [FerryError(.ruleArticleNotUnique, at: input.at(firstField), ["articles": LineLabel.list(ambiguous)])]
    }

    private static func articleClashes(_ article: Article, _ input: Rule.Input) throws -> [FerryError] {
        var clashes: [String] = []
        var field = "sku"
        let sameSKU = try input.masterData.articles(skuIgnoringCase: article.sku).filter { $0.sku != article.sku }
        if !sameSKU.isEmpty {
            clashes.append(([article.sku] + sameSKU.map(\.sku)).joined(separator: " / "))
        }
        if let gtin = article.gtin {
            let others = try input.masterData.articles(gtin: gtin).filter { $0.sku != article.sku }
            if !others.isEmpty {
                if clashes.isEmpty { field = "gtin" }
                clashes.append("\(gtin) (\(([article.sku] + others.map(\.sku)).joined(separator: ", ")))")
            }
        }
        guard !clashes.isEmpty else { return [] }
        return [FerryError(.ruleArticleNotUnique, at: input.at(field), ["articles": clashes.joined(separator: ", ")])]
    }

    /// The default of `article-number-characters`: letters, digits, `.`, `_`, `/`, `-`.
    static let defaultNumberPattern = "[A-Za-z0-9._/-]+"

    /// `article-number-characters`: article numbers (an article's SKU, or every order line's)
    /// match `pattern` as a whole. One error lists every article number that does not.
    static func numberCharacters(_ spec: RuleSpec) -> Rule {
        let pattern = spec.text("pattern") ?? defaultNumberPattern
        let expression = FieldPattern(pattern)
        return Rule(spec) { document, input in
            guard let expression else { return [] }
            var invalid: [String] = []
            var firstField: String?
            if let article = document as? Article {
                if !expression.matches(article.sku) {
                    invalid.append(article.sku)
                    firstField = "sku"
                }
            } else if let order = document as? Order {
                for (index, line) in order.lines.enumerated() {
                    guard let sku = line.sku, !expression.matches(sku) else { continue }
                    invalid.append(sku)
                    firstField = firstField ?? LineLabel.field(index, "sku")
                }
            }
            guard let firstField else { return [] }
            return [FerryError(.ruleArticleNumberInvalid, at: input.at(firstField), ["articles": LineLabel.list(invalid), "pattern": pattern])]
        }
    }
}
