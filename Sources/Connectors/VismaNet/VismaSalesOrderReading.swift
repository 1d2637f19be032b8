import Canonical
import Diagnostics
import Foundation
import Formats

/// Reads Visma.net sales orders (`SalesOrderDto`, as `GET /v1/salesorder/{nbr}` or the list
/// returns them) as canonical orders, for a webshop that gets the ERP's orders
/// (docs/connectors/visma-net.md): number `orderNo`, status, date, customer, contacts and
/// addresses, payment method, terms, ship-via, lines by inventory number.
public enum VismaSalesOrderReading {
    public static let system = "visma-net"

    /// Visma.net sales order statuses and the canonical status each is.
    public static let statuses: [String: Order.Status] = [
        "Open": .open, "Hold": .open, "CreditHold": .open, "PendingApproval": .open, "BackOrder": .processing,
        "Shipping": .processing, "Completed": .completed, "Invoiced": .completed, "Cancelled": .cancelled, "Voided": .cancelled,
    ]

    public static func decode(_ root: Node) -> DecodeResult {
        var reading = NodeReading(naming: .camel)
        let number = reading.requiredKeyText(root, "orderNo")
        var order = Order(number: number ?? "", sourceSystem: system)
        if let status = reading.text(root, "status") {
            order.sourceStatus = status
            order.status = statuses[status]
        }
        if let date = reading.text(root, "date") {
            // Visma.net writes instants with `Z` and, in its own examples, local times without offset: a day then.
            if let parsed = BusinessDate(date) ?? (date.count >= 10 ? BusinessDate(String(date.prefix(10))) : nil) {
                order.orderDate = parsed
            } else {
                reading.report(.mapInvalidDate, at: root["date"]?.location ?? root.location, ["field": "date", "value": date])
            }
        }
        order.currency = code(reading.text(root, "currency"), length: 3)
        let contact = root["soBillingContact"]
        order.buyer = Party(
            number: root["customer"].flatMap { reading.keyText($0, "number") },
            companyName: root["customer"].flatMap { reading.text($0, "name") },
            contactName: contact.flatMap { reading.text($0, "attention") ?? reading.text($0, "name") },
            email: contact.flatMap { reading.text($0, "email") }, phone: contact.flatMap { reading.text($0, "phone1") })
        order.billingAddress = root["soBillingAddress"].map { address($0, contact: root["soBillingContact"], &reading) }
        order.shippingAddress = root["soShippingAddress"].map { address($0, contact: root["soShippingContact"], &reading) }
        order.paymentMethod = root["paymentMethod"].flatMap { reading.text($0, "description") ?? reading.text($0, "id") }
        order.paymentTerms = root["terms"].flatMap { reading.text($0, "id") }
        order.shippingMethod = root["shipVia"].flatMap { reading.text($0, "description") ?? reading.text($0, "id") }
        order.notes = reading.text(root, "note")
        order.customFields["visma-order-type"] = reading.text(root, "orderType")
        order.customFields["customer-order"] = reading.text(root, "customerOrder")
        order.lines = reading.list(root, "lines").enumerated().map { offset, item in
            var line = OrderLine(lineNumber: offset + 1, quantity: reading.requiredDecimal(item, "quantity") ?? 0)
            line.sku = item["inventory"].flatMap { reading.keyText($0, "number") }
            line.description = reading.text(item, "lineDescription") ?? item["inventory"].flatMap { reading.text($0, "description") }
            line.unitPriceExclVat = reading.decimal(item, "unitPrice")
            if let discount = reading.decimal(item, "discountAmount"), discount != 0 { line.discount = discount }
            return line
        }
        if reading.errors.isEmpty { return .document(order, root.location) }
        return .failure(key: number.map { _ in order.key.rawValue }, errors: reading.errors, location: root.location)
    }

    private static func address(_ node: Node, contact: Node?, _ reading: inout NodeReading) -> Address {
        let lines = ["addressLine1", "addressLine2", "addressLine3"].compactMap { reading.text(node, $0) }.filter { !$0.isEmpty }
        return Address(
            name: contact.flatMap { reading.text($0, "attention") ?? reading.text($0, "name") },
            street: lines.first, postalCode: reading.text(node, "postalCode"), city: reading.text(node, "city"),
            region: node["county"].flatMap { reading.text($0, "id") },
            country: code(node["country"].flatMap { reading.text($0, "id") }, length: 2))
    }

    /// An ISO code of `length` letters, upper-cased; nil for anything else (Swagger's `"string"`).
    private static func code(_ text: String?, length: Int) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), text.count == length, text.allSatisfy(\.isLetter) else { return nil }
        return text.uppercased()
    }
}

/// Visma.net sales order files: one order, or the list.
struct VismaSalesOrderSource: DocumentSource {
    private var reader: JSONRecordReader
    var format: FileFormat { .json }

    init(path: String, displayName: String, settings: SourceSettings) throws {
        reader = try JSONRecordReader(path: path, displayName: displayName, options: JSONReaderOptions(limits: settings.limits))
    }

    mutating func next() throws -> DecodeResult? {
        guard let record = try reader.next() else { return nil }
        return VismaSalesOrderReading.decode(record.root)
    }
}
