import Canonical
import Foundation
import Formats

/// Canonical order ↔ JSON-shaped record tree (camelCase names, lists as arrays).
enum OrderMapping {
    /// Reads an order; problems are collected in `reading.errors` and a placeholder value
    /// stands in for each bad field, so the result is only meaningful without errors.
    static func order(from root: Node, _ reading: inout NodeReading) -> Order {
        let number = reading.requiredKeyText(root, "number") ?? ""
        let kind = reading.oneOf(root, "orderKind", allowed: ["sales", "purchase"], kind: .order).flatMap(Order.Kind.init(rawValue:))
        let status = reading.oneOf(root, "status", allowed: Order.Status.allCases.map(\.rawValue), kind: .order)
        let approval = reading.oneOf(root, "approval", allowed: ["approved", "pending", "rejected"], kind: .order)
        return Order(
            number: number,
            sourceSystem: reading.keyText(root, "sourceSystem") ?? "canonical",
            sourceCompany: reading.keyText(root, "sourceCompany"),
            orderKind: kind ?? .sales,
            status: status.flatMap(Order.Status.init(rawValue:)),
            approval: approval.flatMap(Order.Approval.init(rawValue:)),
            sourceStatus: reading.text(root, "sourceStatus"),
            orderDate: reading.businessDate(root, "orderDate"),
            currency: reading.currency(root, "currency"),
            buyer: reading.object(root, "buyer").map { party(from: $0, &reading) },
            seller: reading.object(root, "seller").map { party(from: $0, &reading) },
            billingAddress: reading.object(root, "billingAddress").map { address(from: $0, &reading) },
            shippingAddress: reading.object(root, "shippingAddress").map { address(from: $0, &reading) },
            lines: reading.list(root, "lines").compactMap { line(from: $0, in: root, &reading) },
            shippingMethod: reading.text(root, "shippingMethod"),
            shippingCost: reading.decimal(root, "shippingCost"),
            paymentMethod: reading.text(root, "paymentMethod"),
            paymentTerms: reading.text(root, "paymentTerms"),
            discounts: reading.list(root, "discounts").compactMap { discount(from: $0, in: root, &reading) },
            warehouse: reading.text(root, "warehouse"),
            notes: reading.text(root, "notes"),
            customFields: reading.dictionary(root, "customFields"))
    }

    /// The order's business key text, when its number can be read; for failures.
    static func keyText(of root: Node) -> String? {
        var reading = NodeReading(naming: .camel)
        guard let number = reading.keyText(root, "number") else { return nil }
        let kind = reading.text(root, "orderKind")?.lowercased() ?? "sales"
        let company = reading.keyText(root, "sourceCompany").map { [$0] } ?? []
        return BusinessKey([reading.keyText(root, "sourceSystem") ?? "canonical"] + company + [kind, number]).rawValue
    }

    static func party(from node: Node, _ reading: inout NodeReading) -> Party {
        Party(
            number: reading.text(node, "number"),
            identifiers: reading.list(node, "identifiers").compactMap { item in
                guard isObject(item, "identifiers", in: node, &reading) else { return nil }
                let scheme = reading.requiredText(item, "scheme")
                let value = reading.requiredText(item, "value")
                guard let scheme, let value else { return nil }
                return PartyIdentifier(scheme: scheme, value: value)
            },
            companyName: reading.text(node, "companyName"),
            contactName: reading.text(node, "contactName"),
            email: reading.text(node, "email"),
            phone: reading.text(node, "phone"))
    }

    static func address(from node: Node, _ reading: inout NodeReading) -> Address {
        Address(
            name: reading.text(node, "name"), companyName: reading.text(node, "companyName"),
            street: reading.text(node, "street"), houseNumber: reading.text(node, "houseNumber"),
            houseNumberAddition: reading.text(node, "houseNumberAddition"),
            postalCode: reading.text(node, "postalCode"), city: reading.text(node, "city"),
            region: reading.text(node, "region"), country: reading.country(node, "country"),
            servicePointId: reading.text(node, "servicePointId"))
    }

    static func line(from node: Node, in root: Node, _ reading: inout NodeReading) -> OrderLine? {
        guard isObject(node, "lines", in: root, &reading) else { return nil }
        let quantity = reading.requiredDecimal(node, "quantity")
        return OrderLine(
            lineNumber: reading.integer(node, "lineNumber"), sku: reading.text(node, "sku"),
            gtin: reading.text(node, "gtin"), supplierArticleCode: reading.text(node, "supplierArticleCode"),
            description: reading.text(node, "description"), quantity: quantity ?? 0,
            unit: reading.text(node, "unit"), unitPriceExclVat: reading.decimal(node, "unitPriceExclVat"),
            unitPriceInclVat: reading.decimal(node, "unitPriceInclVat"), vatRate: reading.decimal(node, "vatRate"),
            vatCode: reading.text(node, "vatCode"), discount: reading.decimal(node, "discount"),
            hsCode: reading.text(node, "hsCode"), countryOfOrigin: reading.country(node, "countryOfOrigin"),
            weight: reading.decimal(node, "weight"), customFields: reading.dictionary(node, "customFields"))
    }

    static func discount(from node: Node, in root: Node, _ reading: inout NodeReading) -> Discount? {
        guard isObject(node, "discounts", in: root, &reading) else { return nil }
        let amount = reading.requiredDecimal(node, "amount")
        return Discount(code: reading.text(node, "code"), description: reading.text(node, "description"), amount: amount ?? 0)
    }

    /// `true` for an object list item; a wrong-structure error otherwise.
    static func isObject(_ item: Node, _ listName: String, in parent: Node, _ reading: inout NodeReading) -> Bool {
        if case .object = item.value { return true }
        reading.report(.mapWrongStructure, at: item.location,
                       ["field": reading.displayName(listName, in: parent), "expected": "object"])
        return false
    }

    // MARK: Writing

    static func tree(for order: Order) -> Node {
        var out = NodeBuilding()
        out.set("number", order.number)
        out.set("sourceSystem", order.sourceSystem)
        out.set("sourceCompany", order.sourceCompany)
        out.set("orderKind", order.orderKind.rawValue)
        out.set("status", order.status?.rawValue)
        out.set("approval", order.approval?.rawValue)
        out.set("sourceStatus", order.sourceStatus)
        out.set("orderDate", order.orderDate)
        out.set("currency", order.currency)
        out.set("buyer", order.buyer.map(tree(for:)))
        out.set("seller", order.seller.map(tree(for:)))
        out.set("billingAddress", order.billingAddress.map(tree(for:)))
        out.set("shippingAddress", order.shippingAddress.map(tree(for:)))
        out.set("lines", order.lines.map(tree(for:)))
        out.set("shippingMethod", order.shippingMethod)
        out.set("shippingCost", order.shippingCost)
        out.set("paymentMethod", order.paymentMethod)
        out.set("paymentTerms", order.paymentTerms)
        out.set("discounts", order.discounts.map { discount in
            var item = NodeBuilding()
            item.set("code", discount.code)
            item.set("description", discount.description)
            item.set("amount", discount.amount)
            return item.node
        })
        out.set("warehouse", order.warehouse)
        out.set("notes", order.notes)
        out.set("customFields", dictionary: order.customFields)
        return out.node
    }

    static func tree(for party: Party) -> Node {
        var out = NodeBuilding()
        out.set("number", party.number)
        out.set("identifiers", party.identifiers.map { identifier in
            var item = NodeBuilding()
            item.set("scheme", identifier.scheme)
            item.set("value", identifier.value)
            return item.node
        })
        out.set("companyName", party.companyName)
        out.set("contactName", party.contactName)
        out.set("email", party.email)
        out.set("phone", party.phone)
        return out.node
    }

    static func tree(for address: Address) -> Node {
        var out = NodeBuilding()
        out.set("name", address.name)
        out.set("companyName", address.companyName)
        out.set("street", address.street)
        out.set("houseNumber", address.houseNumber)
        out.set("houseNumberAddition", address.houseNumberAddition)
        out.set("postalCode", address.postalCode)
        out.set("city", address.city)
        out.set("region", address.region)
        out.set("country", address.country)
        out.set("servicePointId", address.servicePointId)
        return out.node
    }

    static func tree(for line: OrderLine) -> Node {
        var out = NodeBuilding()
        out.set("lineNumber", line.lineNumber)
        out.set("sku", line.sku)
        out.set("gtin", line.gtin)
        out.set("supplierArticleCode", line.supplierArticleCode)
        out.set("description", line.description)
        out.set("quantity", line.quantity)
        out.set("unit", line.unit)
        out.set("unitPriceExclVat", line.unitPriceExclVat)
        out.set("unitPriceInclVat", line.unitPriceInclVat)
        out.set("vatRate", line.vatRate)
        out.set("vatCode", line.vatCode)
        out.set("discount", line.discount)
        out.set("hsCode", line.hsCode)
        out.set("countryOfOrigin", line.countryOfOrigin)
        out.set("weight", line.weight)
        out.set("customFields", dictionary: line.customFields)
        return out.node
    }
}
