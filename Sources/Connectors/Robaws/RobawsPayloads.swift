import Canonical
import Diagnostics
import Foundation
import Formats
import Mapping
import Rules

/// The Robaws request bodies Ferry writes for ProductFlow orders. Robaws publishes neither a
/// stock-change (voorraadmutatie) nor an invoice-creation body, so these shapes are Ferry's own
/// definition (docs/connectors/robaws-productflow.md, "What it writes"): field names in the style
/// of Robaws' API v2 (`articleId`, camelCase), and this is the one place that builds them.
enum RobawsPayloads {
    /// Endpoint parts of the payload file names.
    enum Endpoint {
        static let stockChange = "robaws-stock-change"
        static let stockChangeReversal = "robaws-stock-change-reversal"
        static let invoice = "robaws-invoice"
    }

    /// Lowers stock by each line's quantity at `location` (`reversal`: raises it again, for a
    /// cancelled order whose stock change was booked).
    static func stockChange(_ order: Order, location: String, reversal: Bool) -> [UInt8] {
        var body = NodeBuilding()
        body.set("stockLocation", location)
        body.set("date", order.orderDate)
        body.set("reference", reference(order))
        body.set("description", "ProductFlow order \(reference(order))" + (reversal ? " cancelled" : ""))
        body.set("lines", order.lines.map { line in
            var item = NodeBuilding()
            item.set("articleId", articleId(line))
            item.set("articleNumber", line.sku)
            item.set("description", line.description)
            item.set("quantity", reversal ? line.quantity : -line.quantity)
            return item.node
        })
        return JSONWriter(pretty: true).write(body.node)
    }

    /// An invoice for the shipped order, addressed to the B2C customer `customer`; prices include
    /// VAT (`vatIncluded: true`), each line with its Robaws VAT tariff and rate.
    /// - Throws: `MAP-001` for a line without a price.
    static func invoice(_ order: Order, customer: String, status: String) throws -> [UInt8] {
        var body = NodeBuilding()
        body.set("clientId", idNode(customer))
        body.set("clientReference", reference(order))
        body.set("date", order.orderDate)
        body.set("status", status.uppercased())
        body.set("currency", order.currency)
        body.set("vatIncluded", Node(.bool(true), at: NodeBuilding.nowhere))
        var total = Decimal(0)
        var lines: [Node] = []
        for (index, line) in order.lines.enumerated() {
            guard let price = line.unitPriceInclVat else {
                throw FerryError(.mapRequiredFieldMissing, at: Location(file: "").field("lines[\(index)].unitPriceInclVat"),
                                 ["field": "lines[\(index)].unitPriceInclVat"])
            }
            total += price * line.quantity
            var item = NodeBuilding()
            item.set("articleId", articleId(line))
            item.set("articleNumber", line.sku)
            item.set("description", line.description)
            item.set("quantity", line.quantity)
            item.set("unitPrice", price)
            item.set("vatTariff", line.vatCode)
            item.set("vatRate", line.vatRate)
            lines.append(item.node)
        }
        if let shipping = order.shippingCost, shipping != 0 {
            total += shipping
            var item = NodeBuilding()
            item.set("description", "Shipping" + (order.shippingMethod.map { ": " + $0 } ?? ""))
            item.set("quantity", Decimal(1))
            item.set("unitPrice", shipping)
            item.set("vatTariff", order.lines.first?.vatCode)
            item.set("vatRate", order.lines.first?.vatRate)
            lines.append(item.node)
        }
        body.set("lineItems", lines)
        body.set("totalIncBTW", total)
        return JSONWriter(pretty: true).write(body.node)
    }

    /// The order as ProductFlow's users know it: its external identifier, else its id.
    static func reference(_ order: Order) -> String {
        order.customFields[RobawsField.externalIdentifier] ?? order.number
    }

    private static func articleId(_ line: OrderLine) -> Node? {
        line.customFields[RobawsField.lineArticleId].map(idNode)
    }

    /// A Robaws id: a number when it is one (Robaws' ids are integers), else the text.
    private static func idNode(_ text: String) -> Node {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty, trimmed.count < 19, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return Node(.number(trimmed), at: NodeBuilding.nowhere)
        }
        return NodeBuilding.text(trimmed)
    }
}
