import Canonical
import Diagnostics
import Foundation

/// Rules on VAT codes and the rates `reference.vat-rates` gives them.
enum VATRules {
    /// `vat-code-required`: every order line has a VAT code. One error lists the lines without.
    static func codeRequired(_ spec: RuleSpec) -> Rule {
        .order(spec) { order, input in
            let missing = order.lines.indices.filter { order.lines[$0].vatCode == nil }
            guard let first = missing.first else { return [] }
            let lines = missing.map { LineLabel.of(order.lines[$0], at: $0) }
            return [FerryError(.ruleVATCodeMissing, at: input.at(LineLabel.field(first, "vatCode")), ["lines": LineLabel.list(lines)])]
        }
    }

    /// `vat-rate-from-code`: sets each line's (or the article's) `vatRate` from its VAT code.
    /// A code not in the table is an error naming the line; lines without a code are left alone.
    static func rateFromCode(_ spec: RuleSpec) -> Rule {
        Rule(spec) { document, input in
            if var article = document as? Article {
                guard let code = article.vatCode else { return [] }
                guard let rate = input.reference.vatRate(code: code) else {
                    return [FerryError(.ruleVATCodeUnknown, at: input.at("vatCode"), ["line": article.sku, "code": code])]
                }
                article.vatRate = rate.rate
                document = article
                return []
            }
            guard var order = document as? Order else { return [] }
            var errors: [FerryError] = []
            for index in order.lines.indices {
                guard let code = order.lines[index].vatCode else { continue }
                if let rate = input.reference.vatRate(code: code) {
                    order.lines[index].vatRate = rate.rate
                } else {
                    errors.append(unknownCode(code, line: order.lines[index], at: index, input))
                }
            }
            document = order
            return errors
        }
    }

    /// `vat-inclusive-required`: every line's VAT code is in the table and marked inclusive.
    /// One error lists the codes that are not inclusive; unknown codes are named per line.
    static func inclusiveRequired(_ spec: RuleSpec) -> Rule {
        .order(spec) { order, input in
            var errors: [FerryError] = []
            var exclusive: [String] = []
            var firstField: String?
            for (index, line) in order.lines.enumerated() {
                guard let code = line.vatCode else { continue }
                guard let rate = input.reference.vatRate(code: code) else {
                    errors.append(unknownCode(code, line: line, at: index, input))
                    continue
                }
                if !rate.inclusive {
                    exclusive.append(rate.code)
                    firstField = firstField ?? LineLabel.field(index, "vatCode")
                }
            }
            if let firstField {
                errors.append(FerryError(.ruleVATNotInclusive, at: input.at(firstField), ["codes": LineLabel.list(exclusive)]))
            }
            return errors
        }
    }

    private static func unknownCode(_ code: String, line: OrderLine, at index: Int, _ input: Rule.Input) -> FerryError {
        FerryError(
            .ruleVATCodeUnknown, at: input.at(LineLabel.field(index, "vatCode")),
            ["line": LineLabel.of(line, at: index), "code": code])
    }
}
