import Canonical
import Diagnostics

/// Rules on sales prices per price category.
enum PriceRules {
    /// `price-category-exists`: a price's category is in `reference: price-categories` (matched
    /// ignoring case; the code is written as the table spells it).
    static func categoryExists(_ spec: RuleSpec) -> Rule {
        Rule(spec) { document, input in
            guard var price = document as? SalesPrice else { return [] }
            guard let category = input.reference.priceCategory(code: price.priceCategory) else {
                let known = input.reference.priceCategories.map(\.code).joined(separator: ", ")
                return [FerryError(.rulePriceCategoryUnknown, at: input.at("priceCategory"),
                                   ["category": price.priceCategory, "known": known.isEmpty ? "-" : known])]
            }
            price.priceCategory = category.code
            document = price
            return []
        }
    }
}
