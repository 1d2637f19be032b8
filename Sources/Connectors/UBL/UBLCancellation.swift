import Canonical
import Diagnostics

/// What a customer's `OrderCancellation` means for one target, decided from the events of the
/// order's key already exported to that target (the lifecycle history the engine reads from
/// the ledger): an order never sent is cancelled before it goes out — nothing is exported, the
/// cancellation is `filtered` with the reason; an order already sent cannot be taken back by
/// Ferry, so the cancellation is an amendment the operator must pass on.
///
/// A canonical target asks it in its lifecycle decision (`CanonicalConnector.lifecycle`): the
/// first case is skipped there; in the second the cancelled order is exported as the key's
/// `created` event again, which the engine finds already exported with other content and
/// reports as `amended-after-export`.
public enum UBLCancellation {
    public enum Decision: Sendable, Equatable {
        /// Nothing to export: the order was cancelled before it was sent. The note is the reason.
        case skip(Note)
        /// The order went out already: report the cancellation as an amendment (needs attention).
        case amendment(Note)
    }

    /// The decision for `order` at a target that was sent `exportedEvents` of its key, or nil
    /// when `order` is not a cancellation read from UBL.
    public static func decide(_ order: Order, exportedEvents: [EventName]) -> Decision? {
        guard order.sourceSystem == UBLDocumentReading.system, order.status == .cancelled else { return nil }
        let cancellation = order.customFields[UBLDocumentReading.Field.cancellationID] ?? "-"
        if exportedEvents.contains(.created) {
            return .amendment(Note(.ublCancelledAfterExport, ["order": order.number, "cancellation": cancellation]))
        }
        return .skip(Note(.ublCancelledBeforeExport, ["order": order.number, "cancellation": cancellation]))
    }
}
