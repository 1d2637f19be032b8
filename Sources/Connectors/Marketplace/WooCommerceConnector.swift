import Canonical
import Diagnostics
import Formats

/// The WooCommerce REST API v3 (docs/connectors/woocommerce.md). Reads webshop orders and
/// product stock; writes order bodies for open marketplace orders and cancel bodies.
public struct WooCommerceConnector: Connector {
    public var options: WooCommercePayload.Options
    public var trackingMetaKeys: [String]

    public init(options: WooCommercePayload.Options = .init(),
                trackingMetaKeys: [String] = WooCommerceOrderReading.defaultTrackingMetaKeys) {
        self.options = options
        self.trackingMetaKeys = trackingMetaKeys
    }

    public var system: String { WooCommerceOrderReading.system }

    public func openSource(path: String, displayName: String, settings: SourceSettings) throws -> any DocumentSource {
        switch settings.kind {
        case .order:
            let keys = trackingMetaKeys
            return try WooCommerceSource(path: path, displayName: displayName, settings: settings) {
                WooCommerceOrderReading.decode($0, trackingMetaKeys: keys)
            }
        case .stock:
            return try WooCommerceSource(path: path, displayName: displayName, settings: settings, decode: WooCommerceStockReading.decode)
        default:
            throw FerryError(.mapUnsupportedKind, at: Location(file: displayName), ["kind": settings.kind.rawValue, "system": system])
        }
    }

    /// An open order: the create-order body; a cancelled one: the cancel body. One per payload.
    public func payload(for documents: [any CanonicalDocument], settings: TargetSettings) throws -> Payload {
        guard documents.count == 1, let order = documents.first as? Order else {
            throw FerryError(.mapUnsupportedKind, at: nil, ["kind": documents.first?.kind.rawValue ?? settings.kind.rawValue, "system": system])
        }
        switch Self.action(for: order) {
        case .created?: return Payload(bytes: WooCommercePayload.order(order, options: options), fileExtension: "json")
        case .cancelled?: return Payload(bytes: WooCommercePayload.cancellation(), fileExtension: "json")
        default:
            throw FerryError(.mktNothingToSend, at: nil, ["status": order.sourceStatus ?? order.status?.rawValue ?? "-",
                                                          "system": system, "acts": "open, cancelled"])
        }
    }

    /// `created` for an open order, `cancelled` for a cancelled one.
    public func events(for document: any CanonicalDocument) -> [EventName] {
        guard let order = document as? Order, let event = Self.action(for: order) else { return [] }
        return [event]
    }

    static func action(for order: Order) -> EventName? {
        switch order.status {
        case .open?, .processing?, .placed?: .created
        case .cancelled?: .cancelled
        default: nil
        }
    }
}
