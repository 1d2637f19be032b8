import Canonical
import Diagnostics
import Foundation

/// Custom fields the Robaws ↔ ProductFlow integration keeps on canonical documents
/// (docs/connectors/robaws-productflow.md): the one place their names are written.
public enum RobawsField {
    /// On an article read from Robaws: its Robaws id (`id`).
    public static let articleId = "robaws-id"
    /// On an article read from Robaws: the ProductFlow flag (`extraFields.ProductFlow`).
    public static let productFlowFlag = "productflow"
    /// On an order line, filled by `robaws-article`: the Robaws id of the line's article.
    public static let lineArticleId = "robaws-article-id"
    /// On a ProductFlow order: its external identifier (the channel's order number).
    public static let externalIdentifier = "external-identifier"
}

/// The rules of the Robaws ↔ ProductFlow integration, worded as its users know the messages
/// (ROBAWS-001…006). The catalog holds the Robaws articles an article flow with `source: robaws`
/// let through; `reference.vat-rates` holds Robaws' VAT rates by ProductFlow VAT code.
enum RobawsRules {
    /// Article numbers ProductFlow takes as a product id (it stands in the API's URL path).
    static let defaultNumberPattern = "[A-Za-z0-9._-]+"

    /// `robaws-article`. Articles: the number matches `pattern` (ROBAWS-006) and no other catalog
    /// article has it (in another case, or the same number with another Robaws id: ROBAWS-005).
    /// Orders: every line's SKU is one Robaws article in the catalog (ROBAWS-001, ROBAWS-005);
    /// its Robaws id goes into the line's `robaws-article-id`.
    static func article(_ spec: RuleSpec) -> Rule {
        let pattern = spec.text("pattern") ?? defaultNumberPattern
        let expression = FieldPattern(pattern)
        return Rule(spec) { document, input in
            if let article = document as? Article { return try check(article, expression, input) }
            guard var order = document as? Order else { return [] }
            let errors = try resolve(&order, input)
            document = order
            return errors
        }
    }

    private static func check(_ article: Article, _ expression: FieldPattern?, _ input: Rule.Input) throws -> [FerryError] {
        var errors: [FerryError] = []
        if let expression, !expression.matches(article.sku) {
            errors.append(FerryError(.robawsArticleNumberInvalid, at: input.at("sku"), ["articles": article.sku]))
        }
        let id = article.customFields[RobawsField.articleId]
        let clashes = try input.masterData.articles(skuIgnoringCase: article.sku).filter { other in
            guard other.sku == article.sku else { return true }
            let otherId = other.customFields[RobawsField.articleId]
            return id != nil && otherId != nil && id != otherId
        }
        if !clashes.isEmpty {
            errors.append(FerryError(.robawsArticleNotUnique, at: input.at("sku"),
                                     ["articles": LineLabel.list([article.sku] + clashes.map(\.sku))]))
        }
        return errors
    }

    private static func resolve(_ order: inout Order, _ input: Rule.Input) throws -> [FerryError] {
        var missing: [String] = []
        var ambiguous: [String] = []
        var missingField: String?
        var ambiguousField: String?
        for index in order.lines.indices {
            let line = order.lines[index]
            guard let sku = line.sku else {
                missing.append(LineLabel.of(line, at: index))
                missingField = missingField ?? LineLabel.field(index, "sku")
                continue
            }
            let found = try input.masterData.articles(skuIgnoringCase: sku)
            switch found.count {
            case 0:
                missing.append(sku)
                missingField = missingField ?? LineLabel.field(index, "sku")
            case 1:
                if let id = found[0].customFields[RobawsField.articleId] {
                    order.lines[index].customFields[RobawsField.lineArticleId] = id
                }
            default:
                ambiguous.append(sku)
                ambiguousField = ambiguousField ?? LineLabel.field(index, "sku")
            }
        }
        var errors: [FerryError] = []
        if let missingField {
            errors.append(FerryError(.robawsArticleNotFound, at: input.at(missingField), ["articles": LineLabel.list(missing)]))
        }
        if let ambiguousField {
            errors.append(FerryError(.robawsArticleNotUnique, at: input.at(ambiguousField), ["articles": LineLabel.list(ambiguous)]))
        }
        return errors
    }

    /// `robaws-vat`: every order line has a VAT code (ROBAWS-002) that `reference.vat-rates` maps
    /// to a Robaws rate (ROBAWS-004, per line) which is VAT-inclusive (ROBAWS-003); sets each
    /// line's `vatRate` from it.
    static func vat(_ spec: RuleSpec) -> Rule {
        .order(spec) { order, input in
            var errors: [FerryError] = []
            var withoutCode: [String] = []
            var withoutField: String?
            var exclusive: [String] = []
            var exclusiveField: String?
            for index in order.lines.indices {
                let line = order.lines[index]
                guard let code = line.vatCode?.trimmingCharacters(in: .whitespaces), !code.isEmpty else {
                    withoutCode.append(LineLabel.of(line, at: index))
                    withoutField = withoutField ?? LineLabel.field(index, "vatCode")
                    continue
                }
                guard let rate = input.reference.vatRate(code: code) else {
                    errors.append(FerryError(.robawsVATRateUnknown, at: input.at(LineLabel.field(index, "vatCode")),
                                             ["line": LineLabel.of(line, at: index), "code": code]))
                    continue
                }
                order.lines[index].vatRate = rate.rate
                if !rate.inclusive {
                    exclusive.append(rate.code)
                    exclusiveField = exclusiveField ?? LineLabel.field(index, "vatCode")
                }
            }
            if let withoutField {
                errors.insert(FerryError(.robawsVATCodeMissing, at: input.at(withoutField), ["lines": LineLabel.list(withoutCode)]), at: 0)
            }
            if let exclusiveField {
                errors.append(FerryError(.robawsVATNotInclusive, at: input.at(exclusiveField), ["codes": LineLabel.list(exclusive)]))
            }
            return errors
        }
    }
}
