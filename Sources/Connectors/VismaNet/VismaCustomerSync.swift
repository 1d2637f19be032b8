import Canonical
import Foundation
import Formats
import Mapping

/// Create, update or leave alone: the decision for an order's Visma.net customer across orders,
/// computed from the customer's export history at the target.
///
/// The customer is its own business key (`customer/<number>`, the target's `lifecycleKey`), its
/// data a fingerprint of the customer payload; each version of the data is an event
/// `customer-<fingerprint>`. No customer event of the key exported to the target yet: create. This
/// version exported before: nothing new (the export of that event again, which the engine finds
/// `already-exported`). Another: update. With `default-debtor` there is no customer to write.
public enum VismaCustomerSync {
    public enum Action: String, Sendable, Hashable {
        case create, update, unchanged
        /// `default-debtor`: every order goes to one customer; no customer payload.
        case none
    }

    /// What to do and the event it is recorded as.
    public struct Decision: Sendable, Hashable {
        public var action: Action
        public var event: EventName
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

    /// The decision for `event` given the events of the customer's key exported to the target,
    /// oldest first.
    public static func decide(event: EventName, exported: [EventName], options: ConnectorOptions) -> Decision {
        if let debtor = options.text("default-debtor"), !debtor.isEmpty { return Decision(action: .none, event: event) }
        let earlier = exported.filter { $0.rawValue.hasPrefix("customer-") }
        if earlier.isEmpty { return Decision(action: .create, event: event) }
        // A version sent before is not sent again: an older order read again (a list export of
        // recent orders) must not turn the customer back to the data it had then.
        if earlier.contains(event) { return Decision(action: .unchanged, event: event) }
        return Decision(action: .update, event: event)
    }

    /// The payload's endpoint part: a customer the target has not had is created, one it has
    /// had is updated.
    public static func endpoint(exportedBefore: Bool) -> String {
        exportedBefore ? "visma-customer-update" : "visma-customer-create"
    }
}
