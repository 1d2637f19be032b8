import Canonical
import Diagnostics
import Formats
import Foundation
import Mapping

/// Channable's order connection API (docs/connectors/channable.md). Reads marketplace orders;
/// writes shipment updates and cancellations for orders the webshop completed or cancelled, and
/// stock updates.
public struct ChannableConnector: Connector {
    public init() {}

    public var system: String { ChannableProfile.name }
    public var profile: SystemProfile { ChannableProfile.profile }

    public func openSource(path: String, displayName: String, settings: SourceSettings) throws -> any DocumentSource {
        guard settings.kind == .order, let layout = settings.layout else {
            throw FerryError(.mapUnsupportedKind, at: Location(file: displayName), ["kind": settings.kind.rawValue, "system": system])
        }
        return try ChannableOrderSource(path: path, displayName: displayName, settings: settings, layout: layout)
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

/// Whether the shipment update of a completed order can go now, or waits for a track & trace
/// code (`tracking-wait`). A value for the engine to act on: it stores the wait with its due time
/// in the ledger and, once due, renders the shipment without a code, or cancels the wait when a
/// later file of the same order brings one (docs/connectors/channable.md, "Waiting for engine
/// support"). The connector itself renders whatever the order holds at that time.
public enum ShipmentReadiness: Sendable, Hashable {
    case ready
    /// Completed without a code: wait until `until` for one; when the wait ends, send without.
    case waitForTrackingCode(until: Date)

    /// What a person reads about a waiting shipment (`waiting.tracking-code`).
    public var note: Note? {
        guard case .waitForTrackingCode(let until) = self else { return nil }
        return Note(.waitingTrackingCode, ["until": ISODate.format(until)])
    }
}

extension ChannableConnector {
    /// The readiness of `order`'s shipment update, first seen completed at `completedAt`: ready
    /// when it carries a code, is not a completion, or `tracking-wait` is `0s`; else waiting
    /// `tracking-wait` (default 3 hours) from `completedAt`.
    public static func readiness(of order: Order, completedAt: Date, options: ConnectorOptions) -> ShipmentReadiness {
        guard action(for: order) == .shipped,
              order.customFields[WooCommerceOrderReading.Field.trackingNumber]?.isEmpty ?? true else { return .ready }
        let wait = options.duration("tracking-wait") ?? ChannableProfile.defaultTrackingWait
        return wait > 0 ? .waitForTrackingCode(until: completedAt.addingTimeInterval(wait)) : .ready
    }
}

extension ChannableConnector {
    /// The tracking wait as the engine's lifecycle decision: a completed order without a track
    /// & trace code waits for `shipped` (a later file of the order with a code) for
    /// `tracking-wait`, then its shipment goes without a code; everything else is exported at
    /// once (`events(for:)`).
    public func lifecycle(
        of document: any CanonicalDocument, for target: LifecycleTarget, history: LifecycleHistory
    ) -> LifecycleDecision {
        guard let order = document as? Order else { return .export(events(for: document)) }
        let now = Date()
        guard case .waitForTrackingCode(let until) = Self.readiness(of: order, completedAt: now, options: target.settings.options)
        else { return .export(events(for: document)) }
        return .wait(TimerWait(awaiting: .shipped, duration: .seconds(until.timeIntervalSince(now)), then: [.shipped]))
    }
}
