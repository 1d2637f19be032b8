import Canonical
import Diagnostics
import Formats
import Foundation
import Mapping

/// The WooCommerce REST API v3 (docs/connectors/woocommerce.md). Reads webshop orders (REST JSON,
/// or an export plugin's order CSV with `format: csv`) and product stock; writes order bodies for
/// open marketplace orders and cancel bodies.
public struct WooCommerceConnector: Connector {
    public init() {}

    public var system: String { WooCommerceProfile.name }
    public var profile: SystemProfile { WooCommerceProfile.profile }

    public func openSource(path: String, displayName: String, settings: SourceSettings) throws -> any DocumentSource {
        switch settings.kind {
        case .order:
            guard let layout = settings.layout else {
                throw FerryError(.mapUnsupportedKind, at: Location(file: displayName), ["kind": settings.kind.rawValue, "system": system])
            }
            // A flow with `format: csv` has the order CSV export's layout (`woocommerce-order-csv`).
            if layout.format == .csv {
                return try WooCommerceOrderCSVReading.source(path: path, displayName: displayName, settings: settings, layout: layout)
            }
            if settings.format == nil, path.lowercased().hasSuffix(".csv") {
                throw FerryError(.mktWooCommerceOrderCSVNeedsFormat, at: Location(file: displayName))
            }
            let keys = WooCommerceProfile.trackingMetaKeys(settings.options)
            return try WooCommerceSource(path: path, displayName: displayName, settings: settings) {
                WooCommerceOrderReading.decode($0, layout: layout, trackingMetaKeys: keys)
            }
        case .shipment:
            let keys = WooCommerceProfile.trackingMetaKeys(settings.options)
            return try WooCommerceSource(path: path, displayName: displayName, settings: settings) {
                WooCommerceShipmentReading.decode($0, trackingMetaKeys: keys)
            }
        case .article:
            let prices = WooCommerceProductReading.Prices(
                includeVat: settings.options.bool("prices-include-vat") ?? false,
                vatRate: settings.options.text("vat-rate").flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) })
            return try WooCommerceProductSource(path: path, displayName: displayName, settings: settings, reading: .articles(prices))
        case .price:
            let prices = WooCommercePriceReading.Settings(
                categories: settings.options.mapping("price-categories") ?? [:], currency: settings.options.text("currency"))
            return try WooCommerceProductSource(path: path, displayName: displayName, settings: settings, reading: .prices(prices))
                .refusingCustomerPrices(kind: .price)
        case .stock:
            return try WooCommerceSource(path: path, displayName: displayName, settings: settings, decode: WooCommerceStockReading.decode)
        default:
            throw FerryError(.mapUnsupportedKind, at: Location(file: displayName), ["kind": settings.kind.rawValue, "system": system])
        }
    }

    /// An open order: the create-order body (`….woocommerce-order.json`, `POST /orders`) through
    /// the target's layout (the bundled `woocommerce-order` unless the target names its own); a
    /// cancelled one: the cancel body (`….woocommerce-order-cancel.json`, `PUT /orders/{id}`).
    /// One per payload.
    public func payload(for documents: [any CanonicalDocument], settings: TargetSettings) throws -> Payload {
        if documents.count == 1, let level = documents.first as? StockLevel {
            return Payload(bytes: WooCommercePayload.stock(level, manageStock: settings.options.bool("manage-stock") ?? true),
                           endpoint: "woocommerce-stock", format: "json")
        }
        guard documents.count == 1, let order = documents.first as? Order else {
            throw FerryError(.mapUnsupportedKind, at: nil, ["kind": documents.first?.kind.rawValue ?? settings.kind.rawValue, "system": system])
        }
        switch Self.action(for: order) {
        case .created?:
            guard let layout = settings.layout else {
                throw FerryError(.mapUnsupportedKind, at: nil, ["kind": settings.kind.rawValue, "system": system])
            }
            let options = WooCommercePayload.Options(settings.options)
            let body = try WooCommercePayload.order(order, layout: layout, options: options,
                                                    explicitStatus: settings.options.text("order-status") != nil)
            return Payload(bytes: body, endpoint: "woocommerce-order", format: "json")
        case .cancelled?:
            return Payload(bytes: WooCommercePayload.cancellation(), endpoint: "woocommerce-order-cancel", format: "json")
        default:
            throw FerryError(.mktNothingToSend, at: nil, ["status": order.sourceStatus ?? order.status?.rawValue ?? "-",
                                                          "system": system, "acts": "open, cancelled"])
        }
    }

    /// A stock level: its `state` (sent again only when the level changed). `created` for an open order, `cancelled` for a cancelled one.
    public func events(for document: any CanonicalDocument) -> [EventName] {
        if document is StockLevel { return [.state] }
        guard let order = document as? Order, let event = Self.action(for: order) else { return [] }
        return [event]
    }

    /// A marketplace cancellation becomes a cancel body only for an order this target was
    /// sent (its `created` went out, in an earlier file or earlier in this one); an order that
    /// arrives already cancelled, or was never sent, ends `filtered` with the reason.
    public func lifecycle(
        of document: any CanonicalDocument, for target: LifecycleTarget, history: LifecycleHistory
    ) -> LifecycleDecision {
        let wanted = events(for: document)
        guard wanted == [.cancelled], !history.wasExported(.created, to: target.name) else { return .export(wanted) }
        return .skip(Note(.cancelNeverSent, ["target": target.name]))
    }

    static func action(for order: Order) -> EventName? {
        switch order.status {
        case .open?, .processing?, .placed?: .created
        case .cancelled?: .cancelled
        default: nil
        }
    }
}
