import Canonical
import Diagnostics
import Foundation
import Formats
import Mapping
import OrderedCollections
import Rules

/// One Sendcloud parcel (`ParcelCreation`) from one canonical order: the bundled layout's
/// fields (with the target's `fields:` over them), then what a table cannot say: the customer
/// rule, the sender address of the order's warehouse, the shipping method id, customs for
/// destinations outside the EU, the label request, and the checks Sendcloud would otherwise
/// fail the parcel on.
struct SendcloudParcelBuilder {
    let layout: Layout
    let options: ConnectorOptions
    let reference: ReferenceData?

    /// EU member states (ISO 3166-1 alpha-2): parcels to these need no customs data.
    static let euCountries: Set<String> = [
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV",
        "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
    ]

    func parcel(for order: Order) throws -> Node {
        guard let tree = DocumentMapping.tree(for: order, stable: true) else {
            throw FerryError(.mapUnsupportedKind, at: nil, ["kind": "order", "system": "sendcloud"])
        }
        let built = LayoutEvaluator(layout).build(record: tree)
        if let first = built.errors.first { throw first }
        var fields = built.tree.children
        let at = { (field: String) in Location(file: "order \(order.number)", field: field) }

        if (options.text("customer-mapping") ?? "dynamic") == "dynamic" { applyDynamicCustomer(order, to: &fields) }
        try checkAddress(fields, at: at)
        let country = fields["country"]?.text?.uppercased() ?? ""
        fields["country"] = NodeBuilding.text(country)
        fields["external_reference"] = NodeBuilding.text(order.sourceSystem + "-" + order.number)

        if let point = order.shippingAddress?.servicePointId?.trimmingCharacters(in: .whitespaces), !point.isEmpty {
            guard let id = Int(point) else {
                throw FerryError(.sendcloudServicePointInvalid, at: at("shippingAddress.servicePointId"), ["value": point])
            }
            fields["to_service_point"] = Node(.number(String(id)), at: NodeBuilding.nowhere)
        }
        if let method = shippingMethod(order) {
            fields["shipment"] = NodeBuilding.object([("id", Node(.number(String(method)), at: NodeBuilding.nowhere))])
        }
        applySender(order, to: &fields)
        fields["request_label"] = Node(.bool(options.text("create-label") == "on-order"), at: NodeBuilding.nowhere)

        let needsCustoms = !Self.euCountries.contains(country)
        let items = try parcelItems(order, built: fields["parcel_items"], customs: needsCustoms, at: at)
        fields["parcel_items"] = nil
        if let items {
            fields["parcel_items"] = NodeBuilding.array(items.nodes)
            if let total = items.totalWeight { fields["weight"] = NodeBuilding.text(Self.kilograms(total)) }
            if let value = items.totalValue {
                fields["total_order_value"] = NodeBuilding.text(DecimalText.plain(Self.rounded(value, 2)) ?? "0")
            }
        }
        if needsCustoms {
            let type = options.text("customs-shipment-type") ?? "commercial-goods"
            let code = SendcloudProfile.shipmentTypes.first { $0.word == type }?.code ?? 2
            fields["customs_shipment_type"] = Node(.number(String(code)), at: NodeBuilding.nowhere)
            fields["customs_invoice_nr"] = NodeBuilding.text(order.number)
        }
        if fields["total_order_value"] == nil { fields["total_order_value_currency"] = nil }
        // Sendcloud refuses empty strings for some fields; an absent field is left out.
        for (key, value) in fields where value.text?.isEmpty == true { fields[key] = nil }
        return Node(.object(fields), at: NodeBuilding.nowhere)
    }

    /// Dynamic customer data: the account's when the contact is empty or has the account's
    /// name (no company name); otherwise the contact's, with the account's name as company.
    private func applyDynamicCustomer(_ order: Order, to fields: inout OrderedDictionary<String, Node>) {
        let account = order.buyer?.companyName?.trimmingCharacters(in: .whitespaces) ?? ""
        let contact = order.buyer?.contactName?.trimmingCharacters(in: .whitespaces) ?? ""
        let email: String?
        let phone: String?
        if contact.isEmpty || contact.caseInsensitiveCompare(account) == .orderedSame {
            fields["name"] = NodeBuilding.text(account.isEmpty ? order.shippingAddress?.name ?? "" : account)
            fields["company_name"] = nil
            email = order.buyer?.email
            phone = order.buyer?.phone
        } else {
            fields["name"] = NodeBuilding.text(contact)
            fields["company_name"] = account.isEmpty ? nil : NodeBuilding.text(account)
            email = order.customFields["contactEmail"] ?? order.buyer?.email
            phone = order.customFields["contactPhone"] ?? order.buyer?.phone
        }
        fields["email"] = email.map(NodeBuilding.text)
        fields["telephone"] = phone.map(NodeBuilding.text)
    }

    /// Empty address, unknown country, missing house number: located errors an operator can fix.
    private func checkAddress(_ fields: OrderedDictionary<String, Node>, at: (String) -> Location) throws {
        func value(_ key: String) -> String { fields[key]?.text?.trimmingCharacters(in: .whitespaces) ?? "" }
        let missing = [("address", "shippingAddress.street"), ("city", "shippingAddress.city"),
                       ("postal_code", "shippingAddress.postalCode"), ("country", "shippingAddress.country")]
            .filter { value($0.0).isEmpty }.map(\.1)
        if missing.count == 4 || (value("address").isEmpty && value("city").isEmpty) {
            throw FerryError(.sendcloudAddressEmpty, at: at("shippingAddress"), ["fields": missing.joined(separator: ", ")])
        }
        if let field = missing.first {
            throw FerryError(.sendcloudAddressFieldMissing, at: at(field), ["field": field])
        }
        let country = value("country").uppercased()
        guard CountryCodes.assigned.contains(country) else {
            throw FerryError(.sendcloudCountryUnknown, at: at("shippingAddress.country"), ["value": value("country")])
        }
        if value("house_number").isEmpty {
            throw FerryError(.sendcloudHouseNumberMissing, at: at("shippingAddress.houseNumber"), ["street": value("address")])
        }
    }

    /// The Sendcloud shipping method id: the order's method in `shipping-methods`, else `shipping-method`.
    private func shippingMethod(_ order: Order) -> Int? {
        if let method = order.shippingMethod, let mapped = options.mapping("shipping-methods")?[method], let id = Int(mapped) {
            return id
        }
        return options.integer("shipping-method")
    }

    /// The sender: the order's warehouse in `reference.warehouses` (else the default warehouse)
    /// as `from_*` fields; without either, the `sender-address` id, else Sendcloud's default.
    private func applySender(_ order: Order, to fields: inout OrderedDictionary<String, Node>) {
        if let warehouse = reference?.senderWarehouse(for: order.warehouse) {
            let sender = warehouse.sender
            let pairs: [(String, String?)] = [
                ("from_name", sender.name), ("from_company_name", sender.companyName), ("from_address_1", sender.street),
                ("from_house_number", [sender.houseNumber, sender.houseNumberAddition].compactMap { $0 }.joined(separator: " ")),
                ("from_postal_code", sender.postalCode), ("from_city", sender.city), ("from_country", sender.country),
                ("from_telephone", warehouse.phone), ("from_email", warehouse.email),
            ]
            for (key, value) in pairs {
                if let value, !value.isEmpty { fields[key] = NodeBuilding.text(value) }
            }
            return
        }
        if let id = options.integer("sender-address") {
            fields["sender_address"] = Node(.number(String(id)), at: NodeBuilding.nowhere)
        }
    }

    struct Items {
        var nodes: [Node]
        var totalWeight: Decimal?
        var totalValue: Decimal?
    }

    /// The parcel items (`parcel-item`: description, quantity, weight, value, hs_code required):
    /// each line's HS code and origin, else the `hs-code` and `origin-country` defaults; weight
    /// from the line, else `item-weight`. For a destination outside the EU a line lacking any of
    /// them fails the order naming the line; inside the EU incomplete items are left out.
    private func parcelItems(_ order: Order, built: Node?, customs: Bool, at: (String) -> Location) throws -> Items? {
        let rows = built?.items ?? []
        var nodes: [Node] = []
        var totalWeight: Decimal? = 0
        var totalValue: Decimal? = 0
        let defaultWeight = options.text("item-weight").flatMap { Decimal(string: $0) }
        for (index, line) in order.lines.enumerated() {
            var item = index < rows.count ? rows[index].children : [:]
            let label = "lines[\(index + 1)]"
            let lineName = line.lineNumber.map(String.init) ?? String(index + 1)
            let hsCode = nonEmpty(line.hsCode) ?? nonEmpty(options.text("hs-code"))
            let origin = nonEmpty(line.countryOfOrigin) ?? nonEmpty(options.text("origin-country"))?.uppercased()
            let weight = line.weight ?? defaultWeight
            let value = line.unitPriceInclVat ?? line.unitPriceExclVat
            let missing = [("hsCode", hsCode == nil), ("countryOfOrigin", origin == nil), ("weight", weight == nil),
                           ("unitPrice", value == nil)].filter(\.1).map(\.0)
            if let first = missing.first {
                if customs {
                    throw FerryError(.sendcloudCustomsMissing, at: at(label + "." + first), [
                        "line": lineName, "sku": line.sku ?? "-", "fields": missing.joined(separator: ", "),
                        "country": order.shippingAddress?.country ?? "-",
                    ])
                }
                return nil
            }
            guard let hsCode, let origin, let weight, let value else { return nil }
            item["description"] = NodeBuilding.text(nonEmpty(line.description) ?? line.sku ?? "item \(lineName)")
            item["quantity"] = Node(.number(DecimalText.plain(Self.rounded(line.quantity, 0)) ?? "1"), at: NodeBuilding.nowhere)
            item["weight"] = NodeBuilding.text(Self.kilograms(weight))
            item["value"] = Node(.number(DecimalText.plain(Self.rounded(value, 2)) ?? "0"), at: NodeBuilding.nowhere)
            item["hs_code"] = NodeBuilding.text(hsCode)
            item["origin_country"] = NodeBuilding.text(origin)
            if let sku = nonEmpty(line.sku) { item["sku"] = NodeBuilding.text(sku) } else { item["sku"] = nil }
            nodes.append(Node(.object(item), at: NodeBuilding.nowhere))
            totalWeight = totalWeight.map { $0 + weight * line.quantity }
            totalValue = totalValue.map { $0 + value * line.quantity }
        }
        return nodes.isEmpty ? nil : Items(nodes: nodes, totalWeight: totalWeight, totalValue: totalValue)
    }

    private func nonEmpty(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        return text
    }

    /// Kilograms as Sendcloud writes them: a decimal string with three places (`"1.250"`).
    static func kilograms(_ value: Decimal) -> String {
        let rounded = Self.rounded(value, 3)
        let text = DecimalText.plain(rounded) ?? "0"
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        return String(parts[0]) + "." + fraction.padding(toLength: 3, withPad: "0", startingAt: 0)
    }

    static func rounded(_ value: Decimal, _ places: Int) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, places, .plain)
        return result
    }
}
