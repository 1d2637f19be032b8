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
/// Whether an event goes out also depends on what went out before for the same order (a
/// reversal only for a booked stock change): `decide` computes that from the events already
/// exported to the target, a history the engine reads from the ledger and hands to
/// `RobawsConnector.lifecycle`.
public enum RobawsLifecycle {
    /// What to do with one order for a Robaws target.
    public enum Decision: Sendable, Equatable {
        /// Export these events (each once per target and order).
        case export([EventName])
        /// Export nothing; the order is `filtered` with this reason.
        case skip(Note)
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

    /// The decision for `order`, given the events of its key already exported to this target.
    /// A cancellation reverses only a stock change that was exported; an order that arrives
    /// cancelled with none before produces nothing. A cancellation is never invoiced or credited.
    public static func decide(_ order: Order, exported: Set<EventName>) -> Decision {
        guard let event = event(for: order) else { return .skip(Note(.robawsSkipNoStatus)) }
        switch event {
        case .cancelled:
            return exported.contains(.created) ? .export([.cancelled]) : .skip(Note(.robawsSkipNothingToReverse))
        default:
            return .export([event])
        }
    }
}
