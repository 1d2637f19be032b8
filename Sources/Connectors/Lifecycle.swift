import Canonical
import Diagnostics
import Foundation

/// What a target's connector may ask about a business key before deciding a document:
/// which of the key's events were exported (`done`) to which target, and which were recorded
/// without an export (`LifecycleDecision.record`: an order cancelled before it was ever sent),
/// read by the engine from the ledger in the same step that reads the export history.
public struct LifecycleHistory: Sendable, Equatable {
    /// One exported event of the key.
    public struct Entry: Sendable, Equatable {
        public var target: String
        public var event: EventName
        public var exportedAt: Date?

        public init(target: String, event: EventName, exportedAt: Date?) {
            self.target = target
            self.event = event
            self.exportedAt = exportedAt
        }
    }

    /// One event of the key recorded for a target without an export: a state of the key's
    /// life the target never received (cancelled before the order was sent). Once per
    /// (target, key, event), kept in the ledger across files, restarts and reprocessing.
    public struct Recorded: Sendable, Equatable {
        public var target: String
        public var event: EventName
        /// Why nothing was exported then (the skip's reason), for the notes of later documents.
        public var reason: Note
        public var recordedAt: Date?

        public init(target: String, event: EventName, reason: Note, recordedAt: Date?) {
            self.target = target
            self.event = event
            self.reason = reason
            self.recordedAt = recordedAt
        }
    }

    public var kind: DocumentKind
    public var key: String
    /// Oldest first, every target.
    public var entries: [Entry]
    /// Events recorded without an export, oldest first, every target.
    public var recorded: [Recorded]

    public init(kind: DocumentKind, key: String, entries: [Entry] = [], recorded: [Recorded] = []) {
        self.kind = kind
        self.key = key
        self.entries = entries
        self.recorded = recorded
    }

    /// The record of `event` for `target` (nil: any target) when it was recorded without an export.
    public func recording(of event: EventName, for target: String? = nil) -> Recorded? {
        recorded.first { $0.event == event && (target == nil || $0.target == target) }
    }

    /// Whether `event` happened to the key as `target` (nil: any target) knows it: exported, or
    /// recorded without an export.
    public func happened(_ event: EventName, to target: String? = nil) -> Bool {
        wasExported(event, to: target) || recording(of: event, for: target) != nil
    }

    /// Whether `event` of the key was exported to `target` (nil: to any target).
    public func wasExported(_ event: EventName, to target: String? = nil) -> Bool {
        entries.contains { $0.event == event && (target == nil || $0.target == target) }
    }

    /// The events of the key exported to `target` (nil: to any target), oldest first, once each.
    public func exportedEvents(to target: String? = nil) -> [EventName] {
        var seen: [EventName] = []
        for entry in entries where target == nil || entry.target == target {
            if !seen.contains(entry.event) { seen.append(entry.event) }
        }
        return seen
    }
}

/// The target a lifecycle decision is made for: its name in `ferry.yml` and its settings
/// (`options:` such as a wait's duration).
public struct LifecycleTarget: Sendable {
    public var name: String
    public var settings: TargetSettings

    public init(name: String, settings: TargetSettings) {
        self.name = name
        self.settings = settings
    }
}

/// A wait a connector asks for: hold the document until `awaiting` is exported for the
/// key (then the timer is cancelled), at most `duration`; when the wait ends, export
/// `then` from the document as it is now (stored with the timer).
public struct TimerWait: Sendable, Equatable {
    /// The event whose export makes the wait unnecessary (`shipped` with a tracking code).
    public var awaiting: EventName
    /// How long to wait, from the moment the document is first decided.
    public var duration: Duration
    /// What to export from the stored document when the wait ends (`shipped` without tracking).
    public var then: [EventName]

    public init(awaiting: EventName, duration: Duration, then: [EventName]) {
        self.awaiting = awaiting
        self.duration = duration
        self.then = then
    }

    /// The duration in seconds (a `Duration` of whole and fractional seconds).
    public var seconds: Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    /// The timer's action as the ledger keeps it: one timer per (target, key, action).
    public var action: String { "export:" + then.map(\.rawValue).joined(separator: ",") }
}

/// What a target's connector decides for one document.
public enum LifecycleDecision: Sendable, Equatable {
    /// Export these events now (each an exactly-once unit (target, kind, key, event)).
    case export([EventName])
    /// Export nothing; the document is `filtered` with this reason ("cancelled before it was
    /// ever sent: nothing to cancel").
    case skip(Note)
    /// Export nothing, and remember that `event` happened to the key at this target (a state
    /// that is not an export: the order was cancelled before it was ever sent). The document is
    /// `filtered` with the reason; later documents of the key see the event in
    /// `LifecycleHistory.recorded` (an order arriving after its own cancellation is refused).
    case record(EventName, reason: Note)
    /// Wait: the document is `pending` until the timer fires or is cancelled.
    case wait(TimerWait)
}

extension Connector {
    /// `events(for:)`: a connector whose lifecycle never adds events.
    public func exportableEvents(for document: any CanonicalDocument) -> [EventName] {
        events(for: document)
    }

    /// Today's behaviour: export every event of `events(for:)`, whatever was sent before.
    public func lifecycle(
        of document: any CanonicalDocument, for target: LifecycleTarget, history: LifecycleHistory
    ) -> LifecycleDecision {
        .export(events(for: document))
    }

    /// The document's own key (see `Connector.lifecycleKey`).
    public func lifecycleKey(of document: any CanonicalDocument, for target: LifecycleTarget) -> String? { nil }

    /// The payload as rendered (see `Connector.payload(for:event:history:rendered:target:)`).
    public func payload(
        for document: any CanonicalDocument, event: EventName, history: LifecycleHistory, rendered: Payload,
        target: LifecycleTarget
    ) throws -> Payload {
        rendered
    }
}
