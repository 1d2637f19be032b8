import Canonical
import Diagnostics
import Foundation
import Formats

/// Builds UBL element trees for `XMLWriter`: `cac:`/`cbc:` names, elements in the order the
/// UBL 2.1 schemas require, absent values left out.
struct UBLTree {
    static let nowhere = Location(file: "")
    static let namespaces = [
        "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
        "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    ]

    private(set) var pairs: [(String, Node)] = []

    var isEmpty: Bool { pairs.isEmpty }
    var node: Node { Node(.object(.init(pairs, uniquingKeysWith: { _, last in last })), at: Self.nowhere) }

    /// `cbc:<name>` with text (and attributes); left out when `value` is nil.
    mutating func basic(_ name: String, _ value: String?, _ attributes: [(String, String?)] = []) {
        guard let value else { return }
        pairs.append(("cbc:" + name, Self.element(value, attributes)))
    }

    /// `cac:<name>` with the tree `build` fills; left out when it stays empty.
    mutating func aggregate(_ name: String, _ build: (inout UBLTree) throws -> Void) rethrows {
        var child = UBLTree()
        try build(&child)
        if !child.isEmpty { pairs.append(("cac:" + name, child.node)) }
    }

    /// Repeated `cac:<name>` elements, one per item.
    mutating func aggregates(_ name: String, _ nodes: [Node]) {
        guard !nodes.isEmpty else { return }
        pairs.append(("cac:" + name, Node(.array(nodes), at: Self.nowhere)))
    }

    static func element(_ text: String, _ attributes: [(String, String?)]) -> Node {
        let present = attributes.compactMap { name, value in value.map { ("@" + name, Node(.scalar($0), at: nowhere)) } }
        if present.isEmpty { return Node(.scalar(text), at: nowhere) }
        return Node(.object(.init(present + [("#text", Node(.scalar(text), at: nowhere))], uniquingKeysWith: { _, last in last })),
                    at: nowhere)
    }

    static func amount(_ value: Decimal) -> String { NodeBuilding.plain(value) }

    /// A canonical party as `cac:Party`: endpoint (`endpoint` as `scheme:value`, else its GLN),
    /// identifications, name, postal address, VAT number, contact.
    static func party(_ party: Party, address: Address?, endpoint: String?) -> UBLTree {
        var tree = UBLTree()
        if let endpoint, let colon = endpoint.firstIndex(of: ":") {
            tree.basic("EndpointID", String(endpoint[endpoint.index(after: colon)...]), [("schemeID", String(endpoint[..<colon]))])
        } else if let endpoint {
            tree.basic("EndpointID", endpoint)
        } else if let gln = party.identifiers.first(where: { $0.scheme.uppercased() == "GLN" }) {
            tree.basic("EndpointID", gln.value, [("schemeID", "0088")])
        }
        let identifications = party.identifiers.filter { $0.scheme.uppercased() != "VAT" }.map { identifier in
            var id = UBLTree()
            id.basic("ID", identifier.value, [("schemeID", UBLSchemes.icd(identifier.scheme))])
            return id.node
        }
        tree.aggregates("PartyIdentification", identifications)
        tree.aggregate("PartyName") { $0.basic("Name", party.companyName ?? party.contactName) }
        if let address {
            tree.aggregate("PostalAddress") { $0.address(address) }
        }
        if let vat = party.identifiers.first(where: { $0.scheme.uppercased() == "VAT" }) {
            tree.aggregate("PartyTaxScheme") { scheme in
                scheme.basic("CompanyID", vat.value)
                scheme.aggregate("TaxScheme") { $0.basic("ID", "VAT") }
            }
        }
        tree.aggregate("Contact") { contact in
            contact.basic("Name", party.contactName)
            contact.basic("Telephone", party.phone)
            contact.basic("ElectronicMail", party.email)
        }
        return tree
    }

    /// The elements of a `cac:Address`, in schema order.
    mutating func address(_ address: Address) {
        basic("StreetName", address.street)
        let number = [address.houseNumber, address.houseNumberAddition].compactMap { $0 }.joined(separator: " ")
        basic("BuildingNumber", number.isEmpty ? nil : number)
        basic("CityName", address.city)
        basic("PostalZone", address.postalCode)
        basic("CountrySubentity", address.region)
        if let country = address.country {
            aggregate("Country") { $0.basic("IdentificationCode", country) }
        }
    }

    /// A UN/ECE Recommendation 20 unit code for a canonical unit (`pcs` → `C62`, `kg` → `KGM`);
    /// a code already in that list's shape is kept; none: `C62` (one).
    static func unitCode(_ unit: String?) -> String {
        guard let unit = unit?.trimmingCharacters(in: .whitespaces), !unit.isEmpty else { return "C62" }
        switch unit.lowercased() {
        case "pcs", "pc", "piece", "pieces", "st", "stk", "stuk", "stuks", "unit", "units": return "C62"
        case "ea", "each": return "EA"
        case "kg": return "KGM"
        case "g": return "GRM"
        case "m": return "MTR"
        case "l", "ltr": return "LTR"
        case "box": return "BX"
        default: return unit.uppercased()
        }
    }
}

/// Where a payload error lies: the order's field.
func ublAt(_ order: Order, _ field: String) -> Location { Location(file: "order \(order.number)", field: field) }

/// A purchase order as a UBL 2.1 `Order` for the supplier (docs/connectors/ubl.md).
struct UBLOrderWriter {
    var options: UBLProfile.TargetOptions

    /// - Throws: `UBL-002` naming each line with neither GTIN nor supplier article code,
    ///   `UBL-004` without an order date, `UBL-005` without buyer or seller.
    func order(_ order: Order) throws -> Node {
        guard let date = order.orderDate else {
            throw FerryError(.ublNoIssueDate, at: ublAt(order, "orderDate"), ["order": order.number])
        }
        guard let buyer = order.buyer else {
            throw FerryError(.ublPartyMissing, at: ublAt(order, "buyer"), ["order": order.number, "party": "buyer"])
        }
        guard let seller = order.seller else {
            throw FerryError(.ublPartyMissing, at: ublAt(order, "seller"), ["order": order.number, "party": "seller"])
        }
        let unidentified = order.lines.indices.filter { order.lines[$0].gtin == nil && order.lines[$0].supplierArticleCode == nil }
        if let first = unidentified.first {
            let labels = unidentified.map { index in
                let line = order.lines[index]
                let number = line.lineNumber.map(String.init) ?? String(index + 1)
                return number + ((line.sku ?? line.description).map { " (\($0))" } ?? "")
            }
            throw FerryError(.ublLineUnidentified, at: ublAt(order, "lines[\(first)].supplierArticleCode"),
                             ["order": order.number, "lines": labels.joined(separator: ", "),
                              "supplier": seller.number ?? seller.companyName ?? "-"])
        }
        var tree = UBLTree()
        tree.basic("UBLVersionID", "2.1")
        tree.basic("CustomizationID", options.customizationID)
        tree.basic("ProfileID", options.profileID)
        tree.basic("ID", order.number)
        tree.basic("IssueDate", date.dayText)
        tree.basic("OrderTypeCode", "220")
        tree.basic("Note", order.notes)
        tree.basic("DocumentCurrencyCode", order.currency)
        tree.basic("CustomerReference", order.customFields[UBLDocumentReading.Field.customerReference])
        tree.aggregate("BuyerCustomerParty") { customer in
            customer.basic("SupplierAssignedAccountID", buyer.number)
            let party = UBLTree.party(buyer, address: order.billingAddress, endpoint: nil)
            if !party.isEmpty { customer.aggregates("Party", [party.node]) }
        }
        tree.aggregate("SellerSupplierParty") { supplier in
            supplier.basic("CustomerAssignedAccountID", seller.number)
            let party = UBLTree.party(seller, address: nil, endpoint: nil)
            if !party.isEmpty { supplier.aggregates("Party", [party.node]) }
        }
        if let shipping = order.shippingAddress {
            tree.aggregate("Delivery") { delivery in
                delivery.aggregate("DeliveryAddress") { $0.address(shipping) }
                delivery.aggregate("DeliveryParty") { party in
                    party.aggregate("PartyName") { $0.basic("Name", shipping.companyName ?? shipping.name) }
                }
            }
        }
        tree.aggregates("OrderLine", order.lines.enumerated().map { index, line in self.line(line, index: index, currency: order.currency) })
        return tree.node
    }

    private func line(_ line: OrderLine, index: Int, currency: String?) -> Node {
        var orderLine = UBLTree()
        orderLine.aggregate("LineItem") { item in
            item.basic("ID", line.lineNumber.map(String.init) ?? String(index + 1))
            item.basic("Quantity", UBLTree.amount(line.quantity), [("unitCode", UBLTree.unitCode(line.unit))])
            if let currency, let price = line.unitPriceExclVat {
                item.basic("LineExtensionAmount", UBLTree.amount(price * line.quantity - (line.discount ?? 0)), [("currencyID", currency)])
                item.aggregate("Price") { $0.basic("PriceAmount", UBLTree.amount(price), [("currencyID", currency)]) }
            }
            item.aggregate("Item") { article in
                article.basic("Name", line.description ?? line.sku ?? line.supplierArticleCode ?? line.gtin)
                article.aggregate("BuyersItemIdentification") { $0.basic("ID", line.sku) }
                article.aggregate("SellersItemIdentification") { $0.basic("ID", line.supplierArticleCode) }
                article.aggregate("StandardItemIdentification") { $0.basic("ID", line.gtin, [("schemeID", options.gtinScheme)]) }
                if let origin = line.countryOfOrigin {
                    article.aggregate("OriginCountry") { $0.basic("IdentificationCode", origin) }
                }
                if let hs = line.hsCode {
                    article.aggregate("CommodityClassification") { $0.basic("ItemClassificationCode", hs, [("listID", "HS")]) }
                }
                if let rate = line.vatRate {
                    article.aggregate("ClassifiedTaxCategory") { category in
                        category.basic("ID", line.vatCode ?? (rate == 0 ? "Z" : "S"))
                        category.basic("Percent", UBLTree.amount(rate))
                        category.aggregate("TaxScheme") { $0.basic("ID", "VAT") }
                    }
                }
            }
        }
        return orderLine.node
    }
}

/// The answer to a customer's order: a UBL 2.1 `OrderResponseSimple`, accepted, or rejected
/// with a reason when the order's approval is `rejected` (docs/connectors/ubl.md).
struct UBLResponseWriter {
    var options: UBLProfile.TargetOptions

    /// - Parameter issued: the response's issue day (`yyyy-MM-dd`).
    /// - Throws: `UBL-005` when the order has no buyer or seller to address the response to.
    func response(_ order: Order, issued: String) throws -> Node {
        guard let buyer = order.buyer else {
            throw FerryError(.ublPartyMissing, at: ublAt(order, "buyer"), ["order": order.number, "party": "buyer"])
        }
        guard let seller = order.seller else {
            throw FerryError(.ublPartyMissing, at: ublAt(order, "seller"), ["order": order.number, "party": "seller"])
        }
        let accepted = order.approval != .rejected
        var tree = UBLTree()
        tree.basic("UBLVersionID", "2.1")
        tree.basic("CustomizationID", options.customizationID)
        tree.basic("ProfileID", options.profileID ?? order.customFields[UBLDocumentReading.Field.profileID])
        tree.basic("ID", order.number + "-R")
        tree.basic("IssueDate", issued)
        tree.basic("AcceptedIndicator", accepted ? "true" : "false")
        if !accepted {
            tree.basic("RejectionNote", order.customFields[UBLDocumentReading.Field.rejectionReason] ?? order.notes ?? options.rejectionNote)
        }
        tree.aggregate("OrderReference") { $0.basic("ID", order.number) }
        tree.aggregate("SellerSupplierParty") { supplier in
            let party = UBLTree.party(seller, address: nil, endpoint: order.customFields[UBLDocumentReading.Field.sellerEndpoint])
            if !party.isEmpty { supplier.aggregates("Party", [party.node]) }
        }
        tree.aggregate("BuyerCustomerParty") { customer in
            let party = UBLTree.party(buyer, address: nil, endpoint: order.customFields[UBLDocumentReading.Field.buyerEndpoint])
            if !party.isEmpty { customer.aggregates("Party", [party.node]) }
        }
        return tree.node
    }
}
