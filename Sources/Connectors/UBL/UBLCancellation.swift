import Canonical
import Diagnostics

/// What a customer's `OrderCancellation` means for one target, decided from the events of the
/// order's key already exported to that target (the lifecycle history the engine reads from
/// the ledger): an order never sent is cancelled before it goes out — nothing is exported, the
/// cancellation is `filtered` with the reason; an order already sent cannot be taken back by
/// Ferry, so the cancellation is an amendment the operator must pass on.
///
/// A canonical target and an order response target ask it in their lifecycle decision
/// (`lifecycle(of:target:history:)`): in the first case the cancellation is recorded for the key
/// without an export (`LifecycleDecision.record`), so the order arriving after its own
/// cancellation, in another file or after a restart, is refused too; in the second the cancelled
/// order is exported as the key's `created` event again, which the engine finds already exported
/// with other content and reports as `amended-after-export` (a response target has no event for
/// a cancellation: it answers nothing).
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

    /// The lifecycle decision of a target for `order` read from UBL, or nil when the target's own
    /// decision stands: a cancellation of an order never sent is recorded (nothing exported); an
    /// order arriving after its cancellation was recorded for the target is skipped with the reason.
    public static func lifecycle(_ order: Order, target: String, history: LifecycleHistory) -> LifecycleDecision? {
        guard order.sourceSystem == UBLDocumentReading.system else { return nil }
        let sent = history.wasExported(.created, to: target)
        if order.status == .cancelled {
            guard case .skip(let reason)? = decide(order, exportedEvents: sent ? [.created] : []) else { return nil }
            return .record(.cancelled, reason: reason)
        }
        guard !sent, let earlier = history.recording(of: .cancelled, for: target) else { return nil }
        return .skip(Note(.ublOrderAfterCancellation,
                          ["order": order.number, "cancellation": earlier.reason.arguments["cancellation"] ?? "-"]))
    }
}
