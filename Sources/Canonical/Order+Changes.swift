import Foundation

extension Order {
    /// Lines added or removed, quantity and price changes, and other changed fields.
    public func changes(since old: Order) -> [String] {
        var summary: [String] = []
        let before = Dictionary(old.lines.map { ($0.identity, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(lines.map { ($0.identity, $0) }, uniquingKeysWith: { first, _ in first })
        for line in lines where before[line.identity] == nil {
            summary.append("line added: \(line.identity) × \(line.quantity)")
        }
        for line in old.lines where after[line.identity] == nil {
            summary.append("line removed: \(line.identity) × \(line.quantity)")
        }
        for line in lines {
            guard let previous = before[line.identity] else { continue }
            if previous.quantity != line.quantity {
                summary.append("quantity \(line.identity): \(previous.quantity) → \(line.quantity)")
            }
            if previous.unitPriceExclVat != line.unitPriceExclVat {
                summary.append("price excl. VAT \(line.identity): \(text(previous.unitPriceExclVat)) → \(text(line.unitPriceExclVat))")
            }
            if previous.unitPriceInclVat != line.unitPriceInclVat {
                summary.append("price incl. VAT \(line.identity): \(text(previous.unitPriceInclVat)) → \(text(line.unitPriceInclVat))")
            }
            if previous != line, previous.quantity == line.quantity,
                previous.unitPriceExclVat == line.unitPriceExclVat, previous.unitPriceInclVat == line.unitPriceInclVat
            {
                summary.append("line changed: \(line.identity)")
            }
        }
        if status != old.status { summary.append("status: \(old.status?.rawValue ?? "-") → \(status?.rawValue ?? "-")") }
        if shippingCost != old.shippingCost { summary.append("shipping cost: \(text(old.shippingCost)) → \(text(shippingCost))") }
        if shippingAddress != old.shippingAddress { summary.append("shipping address changed") }
        if billingAddress != old.billingAddress { summary.append("billing address changed") }
        if buyer != old.buyer { summary.append("buyer changed") }
        if summary.isEmpty && self != old { summary.append("order details changed") }
        return summary
    }

    private func text(_ value: Decimal?) -> String { value.map { "\($0)" } ?? "-" }
}
