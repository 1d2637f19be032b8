import Engine
import Foundation
import Prometheus
import Synchronization

/// The last `/metrics` text and the ledger generation it was computed at. On a large ledger
/// computing it takes seconds: a scrape gets the last text at once and, when the ledger has
/// changed since, a new one is computed in the background for the next scrape.
final class MetricsCache: Sendable {
    struct State {
        var generation: Int64 = -1
        var text: String?
        var refreshing = false
    }

    let state = Mutex(State())
}

/// `/metrics` in the Prometheus text format, derived from the ledger and the inboxes at each
/// scrape (a `ferry serve` has no counters of its own to keep).
extension ConsoleServer {
    static func descriptor(_ name: String, unit: String = "", _ help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "ferry", metricName: name, unitName: unit, helpText: help)
    }

    static var files: MetricNameDescriptor { descriptor("files", "Files processed, by flow and current outcome.") }
    static var documents: MetricNameDescriptor { descriptor("documents", "Documents of each file's latest attempt, by flow and outcome.") }
    static var waiting: MetricNameDescriptor { descriptor("files_waiting", "Files in the inbox not taken yet (settling, waiting for a marker, excluded, ...).") }
    static var oldestWaiting: MetricNameDescriptor { descriptor("oldest_waiting_file_age", unit: "seconds", "Age of the oldest file waiting in the inbox (by its modification time).") }
    static var inProgress: MetricNameDescriptor { descriptor("files_in_progress", "Files claimed and being processed.") }
    static var failures: MetricNameDescriptor { descriptor("failures_awaiting_attention", "Failed or partial files not resolved.") }
    static var amended: MetricNameDescriptor { descriptor("amended_awaiting_attention", "Documents changed after export, not acknowledged.") }
    static var missing: MetricNameDescriptor { descriptor("flow_missing", "Silence alerts firing: windows of the flow's expect: that passed without a file, not yet cleared by a later file.") }
    static var lastSuccess: MetricNameDescriptor { descriptor("last_success_timestamp", unit: "seconds", "When the flow last processed a file that did not fail (Unix time).") }
    static var exportDuration: MetricNameDescriptor { descriptor("export_duration", unit: "seconds", "From an export's recorded intent to its payload in the outbox.") }
    static let exportBuckets: [Duration] = [
        .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250),
        .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10),
    ]

    /// The metrics text: the inboxes as they are now, the ledger's part at most one
    /// computation behind the ledger (see `MetricsCache`).
    func metrics() throws -> String {
        try inboxMetrics() + ledgerMetrics()
    }

    /// Files waiting per flow and the age of the oldest, from an inbox listing.
    func inboxMetrics() throws -> String {
        let registry = PrometheusCollectorRegistry()
        let now = clock()
        for inbox in try reader.inboxWaiting() {
            let labels = [("flow", inbox.flow)]
            registry.makeGauge(descriptor: Self.waiting, labels: labels).set(Double(inbox.count))
            registry.makeGauge(descriptor: Self.oldestWaiting, labels: labels).set(inbox.oldest.map { max(0, now.timeIntervalSince($0)) } ?? 0)
        }
        return registry.emitToString()
    }

    func ledgerMetrics() throws -> String {
        let generation = try reader.ledger.consoleGeneration()
        enum Plan { case cached(String), refresh(String), compute }
        let plan = metricsCache.state.withLock { state -> Plan in
            guard let text = state.text else { return .compute }
            if state.generation == generation || state.refreshing { return .cached(text) }
            state.refreshing = true
            return .refresh(text)
        }
        switch plan {
        case .cached(let text):
            return text
        case .refresh(let text):
            Task.detached { [self] in
                let fresh = try? computeMetrics()
                metricsCache.state.withLock { state in
                    if let fresh {
                        state.text = fresh
                        state.generation = generation
                    }
                    state.refreshing = false
                }
            }
            return text
        case .compute:
            let text = try computeMetrics()
            metricsCache.state.withLock { state in
                state.text = text
                state.generation = generation
            }
            return text
        }
    }

    func computeMetrics() throws -> String {
        let registry = PrometheusCollectorRegistry()
        let status = try reader.status()
        let snapshot = try reader.ledger.consoleMetrics()
        for count in snapshot.files {
            registry.makeGauge(descriptor: Self.files, labels: [("flow", count.flow), ("outcome", count.outcome)]).set(Double(count.count))
        }
        for count in snapshot.documents {
            registry.makeGauge(descriptor: Self.documents, labels: [("flow", count.flow), ("outcome", count.outcome)]).set(Double(count.count))
        }
        for flow in status.flows {
            let labels = [("flow", flow.flow)]
            registry.makeGauge(descriptor: Self.inProgress, labels: labels).set(Double(flow.inProgress.count))
            registry.makeGauge(descriptor: Self.failures, labels: labels).set(Double(flow.failed.count))
            registry.makeGauge(descriptor: Self.amended, labels: labels).set(Double(flow.amended.count))
            registry.makeGauge(descriptor: Self.missing, labels: labels).set(Double(flow.missing.count))
            if let at = snapshot.lastSuccess[flow.flow] {
                registry.makeGauge(descriptor: Self.lastSuccess, labels: labels).set(at.timeIntervalSince1970)
            }
        }
        var histograms: [String: DurationHistogram] = [:]
        try reader.ledger.consoleExportDurations { flow, target, seconds in
            let key = flow + "\u{0}" + target
            let histogram = histograms[key] ?? registry.makeDurationHistogram(
                descriptor: Self.exportDuration, labels: [("flow", flow), ("target", target)], buckets: Self.exportBuckets)
            histograms[key] = histogram
            histogram.record(.nanoseconds(Int64(seconds * 1_000_000_000)))
        }
        return registry.emitToString()
    }
}
