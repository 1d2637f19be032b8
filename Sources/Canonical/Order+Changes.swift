import Diagnostics
import Foundation

extension Order {
    /// Lines added or removed, quantity and price changes, and other changed fields.
    public func changes(since old: Order) -> [Note] {
        var summary: [Note] = []
        let before = Dictionary(old.lines.map { ($0.identity, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(lines.map { ($0.identity, $0) }, uniquingKeysWith: { first, _ in first })
        for line in lines where before[line.identity] == nil {
            summary.append(Note(.changeLineAdded, ["line": line.identity, "quantity": "\(line.quantity)"]))
        }
        for line in old.lines where after[line.identity] == nil {
            summary.append(Note(.changeLineRemoved, ["line": line.identity, "quantity": "\(line.quantity)"]))
        }
        for line in lines {
            guard let previous = before[line.identity] else { continue }
            if previous.quantity != line.quantity {
                summary.append(Note(.changeQuantity, ["line": line.identity, "old": "\(previous.quantity)", "new": "\(line.quantity)"]))
            }
            if previous.unitPriceExclVat != line.unitPriceExclVat {
                summary.append(Note(.changePriceExclVat, ["line": line.identity, "old": text(previous.unitPriceExclVat), "new": text(line.unitPriceExclVat)]))
            }
            if previous.unitPriceInclVat != line.unitPriceInclVat {
                summary.append(Note(.changePriceInclVat, ["line": line.identity, "old": text(previous.unitPriceInclVat), "new": text(line.unitPriceInclVat)]))
            }
            if previous != line, previous.quantity == line.quantity,
                previous.unitPriceExclVat == line.unitPriceExclVat, previous.unitPriceInclVat == line.unitPriceInclVat
            {
                summary.append(Note(.changeLine, ["line": line.identity]))
            }
        }
        if status != old.status { summary.append(Note(.changeStatus, ["old": old.status?.rawValue ?? "-", "new": status?.rawValue ?? "-"])) }
        if shippingCost != old.shippingCost { summary.append(Note(.changeShippingCost, ["old": text(old.shippingCost), "new": text(shippingCost)])) }
        if shippingAddress != old.shippingAddress { summary.append(Note(.changeShippingAddress)) }
        if billingAddress != old.billingAddress { summary.append(Note(.changeBillingAddress)) }
        if buyer != old.buyer { summary.append(Note(.changeBuyer)) }
        if summary.isEmpty && self != old { summary.append(Note(.changeOrderDetails)) }
        return summary
    }

    private func text(_ value: Decimal?) -> String { value.map { "\($0)" } ?? "-" }
}
