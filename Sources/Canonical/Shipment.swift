import Foundation

/// A parcel sent for an order.
public struct Shipment: CanonicalDocument, Hashable {
    public static let kind = DocumentKind.shipment
    public static let semantics = ExportSemantics.event

    public var orderNumber: String
    public var trackingNumber: String
    public var carrier: String?
    public var trackingURL: String?
    /// Stored in UTC.
    public var shippedAt: Date?
    public var sourceSystem: String

    public init(
        orderNumber: String, trackingNumber: String, carrier: String? = nil, trackingURL: String? = nil,
        shippedAt: Date? = nil, sourceSystem: String = "canonical"
    ) {
        self.orderNumber = orderNumber
        self.trackingNumber = trackingNumber
        self.carrier = carrier
        self.trackingURL = trackingURL
        self.shippedAt = shippedAt
        self.sourceSystem = sourceSystem
    }

    public var key: BusinessKey { BusinessKey(sourceSystem, orderNumber, trackingNumber) }
}
