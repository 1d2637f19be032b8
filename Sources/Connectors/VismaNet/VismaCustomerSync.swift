import Canonical
import Foundation
import Formats
import Mapping

/// Create, update or leave alone: the decision for an order's Visma.net customer across orders,
/// computed from the customer's export history at the target, a value the connector is given.
///
/// The customer is its own business key (`customer/<number>`), its data a fingerprint of the
/// customer payload; each version of the data is an event `customer-<fingerprint>`. No event of
/// the key exported yet: create. The current fingerprint's event exported: nothing. Another one
/// exported: update. With `default-debtor` there is no customer to write.
///
/// Wiring left (docs/connectors/visma-net.md, "Not yet"): the engine's lifecycle API must give the
/// events exported for the key `customer/<number>` at the target (not the order's own key), and
/// record the chosen event for that key once the payload is placed.
public enum VismaCustomerSync {
    public enum Action: String, Sendable, Hashable {
        case create, update, unchanged
        /// `default-debtor`: every order goes to one customer; no customer payload.
        case none
    }

    /// The business key the customer's history is kept under.
    public static func key(for order: Order, options: ConnectorOptions) throws -> String {
        "customer/" + (try VismaCustomerNumber.of(order, options: options))
    }

    /// The event of this version of the customer's data: `customer-` and a 64-bit FNV-1a digest of
    /// the customer payload (a change detector, not a security hash).
    public static func event(for order: Order, options: ConnectorOptions) throws -> EventName {
        let body = JSONWriter(pretty: false).write(try VismaCustomerPayload(options: options).body(for: order))
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in body {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return EventName("customer-" + String(hash, radix: 16))
    }

    /// The action for `event` given the events of the customer's key already exported to the target.
    public static func decide(event: EventName, exported: Set<EventName>, options: ConnectorOptions) -> Action {
        if let debtor = options.text("default-debtor"), !debtor.isEmpty { return .none }
        let earlier = exported.filter { $0.rawValue.hasPrefix("customer-") }
        if earlier.isEmpty { return .create }
        return earlier.contains(event) ? .unchanged : .update
    }

    /// The payload's endpoint part for an action that writes one.
    public static func endpoint(for action: Action) -> String? {
        switch action {
        case .create: "visma-customer-create"
        case .update: "visma-customer-update"
        case .unchanged, .none: nil
        }
    }
}
