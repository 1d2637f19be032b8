import Canonical
import Diagnostics
import Formats

/// Channable's order connection API (docs/connectors/channable.md). Reads marketplace orders;
/// writes shipment updates and cancellations for orders the webshop completed or cancelled, and
/// stock updates.
public struct ChannableConnector: Connector {
    public init() {}

    public var system: String { ChannableOrderReading.system }

    public func openSource(path: String, displayName: String, settings: SourceSettings) throws -> any DocumentSource {
        guard settings.kind == .order else {
            throw FerryError(.mapUnsupportedKind, at: Location(file: displayName), ["kind": settings.kind.rawValue, "system": system])
        }
        return try ChannableOrderSource(path: path, displayName: displayName, settings: settings)
    }

    /// A completed (or shipped) order: a shipment update; a cancelled one: a cancellation; stock
    /// levels: one stock update call. Orders go one per payload (one API call per order).
    public func payload(for documents: [any CanonicalDocument], settings: TargetSettings) throws -> Payload {
        if let levels = Self.allStock(documents) {
            return Payload(bytes: try ChannablePayloads.stockUpdate(levels), fileExtension: "json")
        }
        guard documents.count == 1, let order = documents.first as? Order else {
            throw FerryError(.mapUnsupportedKind, at: nil, ["kind": documents.first?.kind.rawValue ?? settings.kind.rawValue, "system": system])
        }
        switch Self.action(for: order) {
        case .shipped?:
            return Payload(bytes: try ChannablePayloads.shipment(for: order).body, fileExtension: "json")
        case .cancelled?:
            return Payload(bytes: try ChannablePayloads.cancellation(for: order).body, fileExtension: "json")
        default:
            throw FerryError(.mktNothingToSend, at: nil, ["status": order.sourceStatus ?? order.status?.rawValue ?? "-",
                                                          "system": system, "acts": "completed, cancelled"])
        }
    }

    /// `shipped` for a completed order, `cancelled` for a cancelled one, `state` for stock.
    public func events(for document: any CanonicalDocument) -> [EventName] {
        if document is StockLevel { return [.state] }
        guard let order = document as? Order, let event = Self.action(for: order) else { return [] }
        return [event]
    }

    static func action(for order: Order) -> EventName? {
        switch order.status {
        case .completed?, .shipped?: .shipped
        case .cancelled?: .cancelled
        default: nil
        }
    }

    private static func allStock(_ documents: [any CanonicalDocument]) -> [StockLevel]? {
        let levels = documents.compactMap { $0 as? StockLevel }
        return levels.count == documents.count && !levels.isEmpty ? levels : nil
    }
}
