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
        ])

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
