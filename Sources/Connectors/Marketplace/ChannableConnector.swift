import Canonical
import Diagnostics
import Formats
import Mapping

/// Channable's order connection API (docs/connectors/channable.md). Reads marketplace orders;
/// writes shipment updates and cancellations for orders the webshop completed or cancelled, and
/// stock updates.
public struct ChannableConnector: Connector {
    public init() {}

    public var system: String { ChannableProfile.name }
    public var profile: SystemProfile { ChannableProfile.profile }

    public func openSource(path: String, displayName: String, settings: SourceSettings) throws -> any DocumentSource {
        guard settings.kind == .order else {
            throw FerryError(.mapUnsupportedKind, at: Location(file: displayName), ["kind": settings.kind.rawValue, "system": system])
        }
        return try ChannableOrderSource(path: path, displayName: displayName, settings: settings)
    }

    /// A completed (or shipped) order: a shipment update; a cancelled one: a cancellation; stock
    /// levels: one stock update call. Orders go one per payload (one API call per order). The
    /// endpoint part of the file name carries the Channable order id the call's path needs:
    /// `….channable-shipment-70001.json`, `….channable-cancel-70001.json`; stock:
    /// `….channable-stock-update.json`.
    public func payload(for documents: [any CanonicalDocument], settings: TargetSettings) throws -> Payload {
        if let levels = Self.allStock(documents) {
            return Payload(bytes: try ChannablePayloads.stockUpdate(levels), endpoint: "channable-stock-update", format: "json")
        }
        guard documents.count == 1, let order = documents.first as? Order else {
            throw FerryError(.mapUnsupportedKind, at: nil, ["kind": documents.first?.kind.rawValue ?? settings.kind.rawValue, "system": system])
        }
        switch Self.action(for: order) {
        case .shipped?:
            let shipment = try ChannablePayloads.shipment(for: order, transporters: settings.options.mapping("transporters") ?? [:])
            return Payload(bytes: shipment.body, endpoint: "channable-shipment-" + Self.pathSafe(shipment.channableOrderId), format: "json")
        case .cancelled?:
            let cancellation = try ChannablePayloads.cancellation(for: order)
            return Payload(bytes: cancellation.body, endpoint: "channable-cancel-" + Self.pathSafe(cancellation.channableOrderId), format: "json")
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

    /// An id as it may stand in a file name: ASCII letters, digits and `-` (Channable ids are numbers).
    static func pathSafe(_ id: String) -> String {
        String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") ? $0 : "_" })
    }

    private static func allStock(_ documents: [any CanonicalDocument]) -> [StockLevel]? {
        let levels = documents.compactMap { $0 as? StockLevel }
        return levels.count == documents.count && !levels.isEmpty ? levels : nil
    }
}
