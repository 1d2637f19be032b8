import Canonical
import Diagnostics
import Foundation
import Formats

/// The request bodies Channable's order connection API takes, built from canonical documents:
/// a shipment update (`ChannableShippingPayload`), a cancellation (`ChannableCancellationPayload`)
/// and stock updates (`ChannableStockUpdatePayload`, at most 50 per call).
public enum ChannablePayloads {
    /// Stock updates Channable takes in one call.
    public static let stockBatchLimit = 50

    /// A shipment update and what a person should know about it (an unrecognised carrier).
    public struct Shipment: Sendable, Hashable {
        /// The Channable order id: the `{order_id}` of `POST …/orders/{order_id}/shipment`.
        public var channableOrderId: String
        public var trackingCode: String?
        public var carrier: Carrier?
        /// The transporter code sent: the carrier's, or the target's `transporters:` choice.
        public var transporter: String?
        /// Channable order item ids of a partial shipment; `nil` ships the whole order.
        public var orderItemIds: [Int]?
        public var notes: [Note]

        /// The JSON body: `tracking_code` and `transporter` (both `null` when the shipment is
        /// sent without a code), `order_item_ids` only for a partial shipment.
        public var body: [UInt8] {
            var fields: [(String, Node)] = [
                ("tracking_code", trackingCode.map(NodeBuilding.text) ?? Self.null),
                ("transporter", transporter.map(NodeBuilding.text) ?? Self.null),
            ]
            if let orderItemIds { fields.append(("order_item_ids", ChannablePayloads.integers(orderItemIds))) }
            return JSONWriter(pretty: true).write(NodeBuilding.object(fields))
        }

        static let null = Node(.null, at: NodeBuilding.nowhere)
    }

    /// The shipment update for an order the webshop completed. The tracking code and any carrier
    /// name come from the order's custom fields (`WooCommerceOrderReading.Field`); the carrier is
    /// derived from the code (`CarrierTable`). Without a code the shipment carries neither.
    /// `transporters` maps carrier names (`postnl`, `dhl-parcel`, …, `other`) to the transporter
    /// codes a channel wants instead of Channable's defaults (a target's `transporters:` option).
    /// - Throws: `mktNoChannableOrderId` when the order does not name its Channable order.
    public static func shipment(for order: Order, transporters: [String: String] = [:]) throws -> Shipment {
        let id = try channableOrderId(of: order)
        guard let code = order.customFields[WooCommerceOrderReading.Field.trackingNumber], !code.isEmpty else {
            return Shipment(channableOrderId: id, trackingCode: nil, carrier: nil, transporter: nil, orderItemIds: nil, notes: [])
        }
        let match = CarrierTable.identify(trackingCode: code, provider: order.customFields[WooCommerceOrderReading.Field.trackingProvider])
        let transporter = transporters[match.carrier.rawValue] ?? match.carrier.channableTransporter
        var notes: [Note] = []
        if match.warning != nil { notes.append(Note(.carrierUnknown, ["code": code, "transporter": transporter])) }
        return Shipment(channableOrderId: id, trackingCode: code, carrier: match.carrier, transporter: transporter,
                        orderItemIds: nil, notes: notes)
    }

    /// The cancellation body for the whole order: `{"order_item_ids": null}`.
    /// - Throws: `mktNoChannableOrderId` when the order does not name its Channable order.
    public static func cancellation(for order: Order) throws -> (channableOrderId: String, body: [UInt8]) {
        let id = try channableOrderId(of: order)
        return (id, JSONWriter(pretty: true).write(NodeBuilding.object([("order_item_ids", Shipment.null)])))
    }

    /// One stock update call: `[{"id": sku, "stock": n}, …]`, absolute levels. Negative stock
    /// (oversold) is sent as 0: Channable offers cannot have less than nothing.
    /// - Throws: `mktStockNotWhole` for a fractional level, `mktStockBatchTooLarge` beyond 50.
    public static func stockUpdate(_ levels: [StockLevel]) throws -> [UInt8] {
        guard levels.count <= stockBatchLimit else {
            throw FerryError(.mktStockBatchTooLarge, at: nil, ["count": String(levels.count), "limit": String(stockBatchLimit)])
        }
        let items = try levels.map { level -> Node in
            var rounded = Decimal()
            var copy = level.available
            NSDecimalRound(&rounded, &copy, 0, .plain)
            guard rounded == level.available else {
                throw FerryError(.mktStockNotWhole, at: nil, ["sku": level.sku, "value": NodeBuilding.plain(level.available)])
            }
            let stock = max(rounded, 0)
            return NodeBuilding.object([("id", NodeBuilding.text(level.sku)), ("stock", NodeBuilding.number(stock))])
        }
        return JSONWriter(pretty: true).write(NodeBuilding.array(items))
    }

    /// Splits stock levels into calls of at most 50, in order.
    public static func stockBatches(_ levels: [StockLevel]) -> [[StockLevel]] {
        stride(from: 0, to: levels.count, by: stockBatchLimit).map { Array(levels[$0..<min($0 + stockBatchLimit, levels.count)]) }
    }

    /// The Channable order id an order carries: its own number when it came from Channable, else
    /// the webshop order's meta data (`WooCommerceOrderReading.Field.channableOrderId`).
    static func channableOrderId(of order: Order) throws -> String {
        if order.sourceSystem == ChannableOrderReading.system { return order.number }
        if let id = order.customFields[WooCommerceOrderReading.Field.channableOrderId], !id.isEmpty { return id }
        throw FerryError(.mktNoChannableOrderId, at: nil, ["order": order.number, "field": WooCommercePayload.MetaKey.channableOrderId])
    }

    static func integers(_ values: [Int]) -> Node {
        NodeBuilding.array(values.map { Node(.number(String($0)), at: NodeBuilding.nowhere) })
    }
}
