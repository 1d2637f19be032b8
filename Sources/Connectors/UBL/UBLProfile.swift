import Canonical
import Mapping

/// What `ubl` reads and writes and the options it takes (docs/connectors/ubl.md).
enum UBLProfile {
    static let name = "ubl"

    static let profile = SystemProfile(
        name: name, reads: [.order, .shipment], writes: [.order],
        options: [
            OptionSpec("document", .target, .choice([Document.order.rawValue, Document.orderResponse.rawValue])),
            OptionSpec("customization-id", .target, .text),
            OptionSpec("profile-id", .target, .text),
            OptionSpec("gtin-scheme", .target, .text),
            OptionSpec("rejection-note", .target, .text),
        ],
        layouts: layouts)

    /// The part of a customer's `Order` that is a table: plain XPaths over the document (relative
    /// to the `Order` element; lines relative to each `cac:OrderLine/cac:LineItem`). `ferry
    /// mapping show` prints it and a flow's `fields:` overrides it row by row. What a table
    /// cannot say stays in `UBLDocumentReading` (docs/connectors/ubl.md): the key's buyer part,
    /// the parties with their identifier schemes, addresses with their fallbacks, the order date
    /// with `IssueTime`'s zone, every `Note`, the price per `BaseQuantity`, the line number, the
    /// description's fallback, the HS code, and the OrderCancellation and DespatchAdvice.
    static let layouts = """
    layouts:
      ubl-order:
        kind: order
        format: xml
        direction: source
        record: Order
        namespaces:
          cac: urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2
          cbc: urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2
        groups:
          lines: cac:OrderLine/cac:LineItem
        fields:
          number: cbc:ID
          sourceSystem: { value: ubl }
          orderKind: { value: sales }
          status: { value: open }
          currency: { path: cbc:DocumentCurrencyCode, upper: true }
          paymentTerms: cac:PaymentTerms/cbc:Note
          paymentMethod: cac:PaymentMeans/cbc:PaymentMeansCode
          customFields.customer-reference: cbc:CustomerReference
          customFields.customization-id: cbc:CustomizationID
          customFields.profile-id: cbc:ProfileID
          customFields.ubl-version: cbc:UBLVersionID
          customFields.requested-delivery-date: cac:Delivery/cac:RequestedDeliveryPeriod/cbc:StartDate
          lines.quantity: { path: cbc:Quantity, default: 1 }
          lines.unit: cbc:Quantity/@unitCode
          lines.sku: cac:Item/cac:SellersItemIdentification/cbc:ID
          lines.gtin: cac:Item/cac:StandardItemIdentification/cbc:ID
          lines.vatCode: cac:Item/cac:ClassifiedTaxCategory/cbc:ID
          lines.vatRate: cac:Item/cac:ClassifiedTaxCategory/cbc:Percent
          lines.countryOfOrigin: { path: cac:Item/cac:OriginCountry/cbc:IdentificationCode, upper: true }
          lines.customFields.line-id: cbc:ID
          lines.customFields.buyers-item-id: cac:Item/cac:BuyersItemIdentification/cbc:ID
    """

    /// What a `ubl` target writes.
    enum Document: String, Sendable {
        /// A supplier order (`Order`) for each placed purchase order: the default.
        case order
        /// An `OrderResponseSimple` for each customer order read (accepted or rejected).
        case orderResponse = "order-response"
    }

    /// A target's `options:` as values.
    struct TargetOptions: Sendable {
        var document: Document
        /// `cbc:CustomizationID` and `cbc:ProfileID` to write (Peppol BIS 3 wants both).
        var customizationID: String?
        var profileID: String?
        /// The `schemeID` of a GTIN: `0160` (ISO 6523 ICD, Peppol) by default, or `GTIN`.
        var gtinScheme: String
        /// The rejection note of a rejected order without a reason of its own.
        var rejectionNote: String

        init(_ options: ConnectorOptions) {
            document = options.text("document").flatMap(Document.init(rawValue:)) ?? .order
            customizationID = options.text("customization-id")
            profileID = options.text("profile-id")
            gtinScheme = options.text("gtin-scheme") ?? "0160"
            rejectionNote = options.text("rejection-note") ?? "rejected"
        }
    }
}
