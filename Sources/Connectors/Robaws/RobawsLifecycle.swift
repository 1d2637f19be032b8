import Canonical
import Diagnostics

/// The life of a ProductFlow order as the Robaws target sees it, and what each stage writes:
///
/// | ProductFlow status | Event | Payload |
/// |---|---|---|
/// | `new`, `open`, `accepted`, `processing` | `created` | stock change lowering stock (`robaws-stock-change`) |
/// | `shipped`, `completed` | `shipped` | invoice for the B2C customer (`robaws-invoice`) |
/// | `cancelled` | `cancelled` | stock change raising it again (`robaws-stock-change-reversal`) |
///
/// Whether an event goes out also depends on what happened before to the same order at the
/// target: `decide` computes that from the events already exported (a reversal only for a booked
/// stock change; a shipped order's stock change when none was booked) and those recorded without
/// an export (a cancellation that came first), a history the engine reads from the ledger and
/// hands to `RobawsConnector.lifecycle`.
public enum RobawsLifecycle {
    /// What to do with one order for a Robaws target.
    public enum Decision: Sendable, Equatable {
        /// Export these events (each once per target and order).
        case export([EventName])
        /// Export nothing; the order is `filtered` with this reason.
        case skip(Note)
        /// Export nothing and remember the event for the order (a cancellation before any stock
        /// change): the order is `filtered` with the reason, and refused when it arrives later.
        case record(EventName, Note)
    }

    /// The event an order's status stands for; `nil` for a status without one.
    public static func event(for order: Order) -> EventName? {
        switch order.status {
        case .open?, .processing?, .placed?: .created
        case .shipped?, .completed?: .shipped
        case .cancelled?: .cancelled
        case nil: nil
        }
    }

    /// The decision for `order`, given the events of its key already exported to this target
    /// and those recorded there without an export.
    ///
    /// - Every ProductFlow order is a registered one: its stock change (`created`) goes out once,
    ///   also for an order first seen shipped, which gets the stock change and the invoice.
    /// - A cancellation reverses only a stock change that was exported; an order that arrives
    ///   cancelled with none before produces nothing, and the cancellation is remembered.
    /// - After a cancellation (reversed or remembered) nothing more is booked or invoiced for
    ///   the order: a registration or shipment arriving later is `filtered` with the reason.
    /// - A cancellation is never invoiced or credited.
    public static func decide(_ order: Order, exported: Set<EventName>, recorded: Set<EventName> = []) -> Decision {
        guard let event = event(for: order) else { return .skip(Note(.robawsSkipNoStatus)) }
        let cancelled = exported.contains(.cancelled) || recorded.contains(.cancelled)
        switch event {
        case .cancelled:
            return exported.contains(.created) ? .export([.cancelled]) : .record(.cancelled, Note(.robawsSkipNothingToReverse))
        case _ where cancelled:
            return .skip(Note(.robawsSkipAfterCancellation, ["order": order.number, "event": event.rawValue]))
        case .shipped:
            return exported.contains(.created) ? .export([.shipped]) : .export([.created, .shipped])
        default:
            return .export([event])
        }
    }
}
