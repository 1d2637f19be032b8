import Canonical
import Diagnostics
import Foundation
import Formats
import Mapping

/// Reads UBL 2.0/2.1 business documents (docs/connectors/ubl.md) into canonical documents:
/// an `Order` from a customer becomes a sales order, an `OrderCancellation` the same order with
/// status `cancelled`, a `DespatchAdvice` a shipment. Elements are matched by local name under
/// the document's namespace, whatever prefixes the sender used.
///
/// The order's key is `ubl/<buyer>/sales/<order id>`: UBL order ids are unique per buyer only,
/// so the buyer's first identifier (its `EndpointID`, else its first `PartyIdentification`,
/// else its name) stands as the company part of the key. A cancellation names the same buyer,
/// so it has the order's key.
public enum UBLDocumentReading {
    public static let system = "ubl"

    /// Root namespace URIs (`urn:oasis:names:specification:ubl:schema:xsd:<Root>-2`).
    public static func namespace(_ root: String) -> String { "urn:oasis:names:specification:ubl:schema:xsd:\(root)-2" }

    /// Custom field names on the canonical documents.
    public enum Field {
        public static let customerReference = "customer-reference"
        public static let buyerEndpoint = "buyer-endpoint"
        public static let sellerEndpoint = "seller-endpoint"
        public static let ublVersion = "ubl-version"
        public static let customizationID = "customization-id"
        public static let profileID = "profile-id"
        public static let cancellationID = "cancellation-id"
        public static let cancellationNote = "cancellation-note"
        public static let lineID = "line-id"
        public static let buyersItemID = "buyers-item-id"
        public static let rejectionReason = "rejection-reason"
        public static let requestedDeliveryDate = "requested-delivery-date"
    }

    /// The document of one UBL file whose root is `rootName` in namespace `namespace`, for a
    /// flow of `kind` (`order`: Order, OrderCancellation; `shipment`: DespatchAdvice). `table`:
    /// the bundled layout `ubl-order` with the flow's `fields:`, written over an `Order` read in
    /// code (`UBLProfile.layouts`).
    public static func decode(
        _ root: Node, rootName: String, namespace: String?, kind: DocumentKind, table: LayoutEvaluator? = nil
    ) -> DecodeResult {
        let accepted = kind == .shipment ? ["DespatchAdvice"] : ["Order", "OrderCancellation"]
        guard accepted.contains(rootName), namespace == Self.namespace(rootName) else {
            let error = FerryError(.ublNotExpectedDocument, at: root.location,
                                   ["found": rootName, "namespace": namespace ?? "-", "expected": accepted.joined(separator: ", "),
                                    "kind": kind.rawValue])
            return .failure(key: nil, errors: [error], location: root.location)
        }
        switch rootName {
        case "Order": return applying(table, to: order(root), record: root)
        case "OrderCancellation": return cancellation(root)
        default: return despatchAdvice(root)
        }
    }

    // MARK: Order

    static func order(_ root: Node) -> DecodeResult {
        var errors: [FerryError] = []
        let number = required(root, "ID", &errors)
        var order = header(root, number: number ?? "")
        order.status = .open
        order.orderDate = date(root, "IssueDate", time: "IssueTime", required: true, &errors)
        order.currency = UBLElements.text(root, "DocumentCurrencyCode")?.uppercased()
        let notes = UBLElements.all(root, "Note").compactMap { UBLElements.text(of: $0) }
        order.notes = notes.isEmpty ? nil : notes.joined(separator: "\n")
        order.customFields[Field.customerReference] = UBLElements.text(root, "CustomerReference")
        order.paymentTerms = UBLElements.text(root, "PaymentTerms", "Note")
        order.paymentMethod = UBLElements.text(root, "PaymentMeans", "PaymentMeansCode")
        let buyerParty = UBLElements.first(root, "BuyerCustomerParty", "Party")
        let invoicee = UBLElements.first(root, "AccountingCustomerParty", "Party")
        order.billingAddress = UBLParties.address(
            UBLElements.first(invoicee ?? buyerParty, "PostalAddress"),
            companyName: UBLParties.party(invoicee ?? buyerParty, number: nil)?.companyName)
        let delivery = UBLElements.first(root, "Delivery")
        let deliveryName = UBLElements.text(delivery, "DeliveryParty", "PartyName", "Name")
        let deliveryAddress = UBLElements.first(delivery, "DeliveryLocation", "Address") ?? UBLElements.first(delivery, "DeliveryAddress")
        order.shippingAddress = UBLParties.address(deliveryAddress, companyName: deliveryName ?? order.buyer?.companyName)
            ?? order.billingAddress
        order.customFields[Field.requestedDeliveryDate] = UBLElements.text(delivery, "RequestedDeliveryPeriod", "StartDate")
        if let charge = UBLElements.all(root, "AllowanceCharge").first(where: { UBLElements.text($0, "ChargeIndicator") == "true" }),
           let amount = UBLElements.text(charge, "Amount") {
            order.shippingCost = decimal(amount, at: charge.location, field: "AllowanceCharge/Amount", &errors)
        }
        for (index, orderLine) in UBLElements.all(root, "OrderLine").enumerated() {
            if let line = line(orderLine, index: index, &errors) { order.lines.append(line) }
        }
        if order.lines.isEmpty && errors.isEmpty {
            errors.append(FerryError(.mapRequiredFieldMissing, at: root.location.field("OrderLine"), ["field": "OrderLine"]))
        }
        if errors.isEmpty { return .document(order, root.location) }
        return .failure(key: number.map { _ in order.key.rawValue }, errors: errors, location: root.location)
    }

    /// What the Order and the OrderCancellation share: ids, profile, parties, the key.
    static func header(_ root: Node, number: String) -> Order {
        let buyerNode = UBLElements.first(root, "BuyerCustomerParty")
        let sellerNode = UBLElements.first(root, "SellerSupplierParty")
        let buyerParty = UBLElements.first(buyerNode, "Party")
        let buyer = UBLParties.party(buyerParty, number: UBLElements.text(buyerNode, "SupplierAssignedAccountID"))
        let seller = UBLParties.party(UBLElements.first(sellerNode, "Party"), number: UBLElements.text(sellerNode, "CustomerAssignedAccountID"))
        var order = Order(number: number, sourceSystem: system, sourceCompany: buyerKey(buyer), orderKind: .sales, buyer: buyer, seller: seller)
        order.customFields[Field.ublVersion] = UBLElements.text(root, "UBLVersionID")
        order.customFields[Field.customizationID] = UBLElements.text(root, "CustomizationID")
        order.customFields[Field.profileID] = UBLElements.text(root, "ProfileID")
        order.customFields[Field.buyerEndpoint] = UBLParties.endpoint(buyerParty)
        order.customFields[Field.sellerEndpoint] = UBLParties.endpoint(UBLElements.first(sellerNode, "Party"))
        return order
    }

    /// The buyer part of an order's key: its first identifier's value, else its name.
    static func buyerKey(_ buyer: Party?) -> String? {
        buyer?.identifiers.first?.value ?? buyer?.companyName
    }

    static func line(_ orderLine: Node, index: Int, _ errors: inout [FerryError]) -> OrderLine? {
        guard let item = UBLElements.first(orderLine, "LineItem") else {
            errors.append(FerryError(.mapRequiredFieldMissing, at: orderLine.location.field("LineItem"), ["field": "LineItem"]))
            return nil
        }
        let quantityNode = UBLElements.first(item, "Quantity")
        var quantity: Decimal = 1
        if let text = UBLElements.text(of: quantityNode), let node = quantityNode {
            quantity = decimal(text, at: node.location, field: "Quantity", &errors) ?? 0
        }
        let article = UBLElements.first(item, "Item")
        let id = UBLElements.text(item, "ID")
        var line = OrderLine(
            lineNumber: id.flatMap { Int($0) } ?? index + 1,
            sku: UBLElements.text(article, "SellersItemIdentification", "ID"),
            gtin: UBLElements.text(article, "StandardItemIdentification", "ID"),
            description: UBLElements.text(article, "Name") ?? UBLElements.text(article, "Description"),
            quantity: quantity, unit: UBLElements.attribute(quantityNode, "unitCode"))
        if let priceNode = UBLElements.first(item, "Price", "PriceAmount"), let text = UBLElements.text(of: priceNode) {
            var price = decimal(text, at: priceNode.location, field: "Price/PriceAmount", &errors)
            if let baseNode = UBLElements.first(item, "Price", "BaseQuantity"), let base = UBLElements.text(of: baseNode),
               let baseQuantity = decimal(base, at: baseNode.location, field: "Price/BaseQuantity", &errors), baseQuantity != 0 {
                price = price.map { $0 / baseQuantity }
            }
            line.unitPriceExclVat = price
        }
        if let percent = UBLElements.first(article, "ClassifiedTaxCategory", "Percent"), let text = UBLElements.text(of: percent) {
            line.vatRate = decimal(text, at: percent.location, field: "ClassifiedTaxCategory/Percent", &errors)
        }
        line.vatCode = UBLElements.text(article, "ClassifiedTaxCategory", "ID")
        line.countryOfOrigin = UBLElements.text(article, "OriginCountry", "IdentificationCode")?.uppercased()
        for classification in UBLElements.all(article, "CommodityClassification") {
            let code = UBLElements.first(classification, "ItemClassificationCode")
            if UBLElements.attribute(code, "listID")?.uppercased() == "HS" { line.hsCode = UBLElements.text(of: code) }
        }
        line.customFields[Field.lineID] = id
        line.customFields[Field.buyersItemID] = UBLElements.text(article, "BuyersItemIdentification", "ID")
        return line
    }

    /// An order read in code with the table's fields written over it (each field the table
    /// names replaced, or removed where its path selects nothing), decoded again as a canonical
    /// order; a document that failed in code keeps its errors.
    static func applying(_ table: LayoutEvaluator?, to result: DecodeResult, record root: Node) -> DecodeResult {
        guard let table, case .document(let document, let location) = result, let base = CanonicalTree.tree(of: document) else {
            return result
        }
        let (tree, errors) = table.apply(record: root, onto: base)
        var reading = NodeReading(naming: .csvColumn, numberFormat: .point)
        guard let mapped = DocumentMapping.document(from: tree, kind: document.kind, &reading) else { return result }
        let all = errors + reading.errors
        if all.isEmpty { return .document(mapped.document, location) }
        return .failure(key: mapped.key, errors: all, location: location)
    }

    // MARK: OrderCancellation

    /// The cancelled order: the referenced order's key, status `cancelled`, no lines.
    static func cancellation(_ root: Node) -> DecodeResult {
        var errors: [FerryError] = []
        let reference = UBLElements.first(root, "OrderReference")
        let number = UBLElements.text(reference, "ID")
        if number == nil {
            errors.append(FerryError(.mapRequiredFieldMissing, at: (reference ?? root).location.field("OrderReference/ID"),
                                     ["field": "OrderReference/ID"]))
        }
        var order = header(root, number: number ?? "")
        order.status = .cancelled
        order.sourceStatus = "cancelled"
        if let reference {
            order.orderDate = date(reference, "IssueDate", time: "IssueTime", required: false, &errors)
        }
        order.customFields[Field.cancellationID] = UBLElements.text(root, "ID")
        let notes = UBLElements.all(root, "CancellationNote").compactMap { UBLElements.text(of: $0) }
        order.customFields[Field.cancellationNote] = notes.isEmpty ? nil : notes.joined(separator: "\n")
        _ = date(root, "IssueDate", time: nil, required: true, &errors)
        if errors.isEmpty { return .document(order, root.location) }
        return .failure(key: number.map { _ in order.key.rawValue }, errors: errors, location: root.location)
    }

    // MARK: DespatchAdvice

    /// A shipment for the referenced order. The tracking number is the carrier's
    /// (`Shipment/Delivery/TrackingID`, else `Consignment/CarrierAssignedID`); without one the
    /// despatch advice's own id stands for it, so the despatch is still recorded once.
    static func despatchAdvice(_ root: Node) -> DecodeResult {
        var errors: [FerryError] = []
        let advice = UBLElements.text(root, "ID")
        guard let order = UBLElements.text(root, "OrderReference", "ID") else {
            let error = FerryError(.ublDespatchWithoutOrder, at: root.location.field("OrderReference/ID"), ["despatch": advice ?? "?"])
            return .failure(key: nil, errors: [error], location: root.location)
        }
        let shipment = UBLElements.first(root, "Shipment")
        let tracking = UBLElements.text(shipment, "Delivery", "TrackingID")
            ?? UBLElements.text(shipment, "Consignment", "CarrierAssignedID")
            ?? advice
        guard let tracking else {
            errors.append(FerryError(.mapRequiredFieldMissing, at: root.location.field("ID"), ["field": "ID"]))
            return .failure(key: nil, errors: errors, location: root.location)
        }
        let carrier = UBLElements.text(shipment, "Consignment", "CarrierParty", "PartyName", "Name")
            ?? UBLElements.text(shipment, "Delivery", "CarrierParty", "PartyName", "Name")
        let dispatched = UBLElements.text(shipment, "Delivery", "Despatch", "ActualDespatchDate")
            ?? UBLElements.text(root, "IssueDate")
        var shippedAt: Date?
        if let dispatched {
            let time = UBLElements.text(shipment, "Delivery", "Despatch", "ActualDespatchTime")
            shippedAt = instant(day: dispatched, time: time)
            if shippedAt == nil {
                errors.append(FerryError(.mapInvalidDate, at: root.location.field("ActualDespatchDate"),
                                         ["field": "ActualDespatchDate", "value": dispatched]))
            }
        }
        let result = Shipment(orderNumber: order, trackingNumber: tracking, carrier: carrier, shippedAt: shippedAt, sourceSystem: system)
        if errors.isEmpty { return .document(result, root.location) }
        return .failure(key: result.key.rawValue, errors: errors, location: root.location)
    }

    // MARK: Values

    static func required(_ node: Node, _ name: String, _ errors: inout [FerryError], field: String? = nil) -> String? {
        if let value = UBLElements.text(node, name) { return value }
        let shown = field ?? name
        errors.append(FerryError(.mapRequiredFieldMissing, at: node.location.field(shown), ["field": shown]))
        return nil
    }

    static func decimal(_ text: String, at location: Location, field: String, _ errors: inout [FerryError]) -> Decimal? {
        if let value = NumberFormat.point.decimal(text) { return value }
        errors.append(FerryError(.mapInvalidDecimal, at: location, ["field": field, "value": text]))
        return nil
    }

    /// `IssueDate` (a day) with `IssueTime` when it carries a zone (an instant); a time without
    /// a zone is a local time of unknown zone, so the day alone is kept.
    static func date(_ node: Node, _ name: String, time: String?, required: Bool, _ errors: inout [FerryError]) -> BusinessDate? {
        guard let day = UBLElements.text(node, name) else {
            if required { errors.append(FerryError(.mapRequiredFieldMissing, at: node.location.field(name), ["field": name])) }
            return nil
        }
        guard ISODate.isDateOnly(day), let value = BusinessDate(day) else {
            errors.append(FerryError(.mapInvalidDate, at: (node[name]?.location ?? node.location), ["field": name, "value": day]))
            return nil
        }
        if let time, let clock = UBLElements.text(node, time), let moment = instant(day: day, time: clock, requireZone: true) {
            return .instant(moment)
        }
        return value
    }

    /// A day and an optional `hh:mm:ss[.f][Z|±hh:mm]` as an instant; a time without a zone is
    /// read as UTC unless `requireZone`, then nil.
    static func instant(day: String, time: String?, requireZone: Bool = false) -> Date? {
        guard let time else { return ISODate.parse(day) }
        let hasZone = time.hasSuffix("Z") || time.dropFirst(8).contains("+") || time.dropFirst(8).contains("-")
        if requireZone && !hasZone { return nil }
        return ISODate.parse(day + "T" + time + (hasZone ? "" : "Z")) ?? ISODate.parse(day)
    }
}
