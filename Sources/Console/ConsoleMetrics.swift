import Engine
import Foundation
import Prometheus
import Synchronization

/// The counters a `ferry watch --http` keeps while it runs (`/metrics` of that process):
/// the files and documents it processed and the durations of the exports it made, recorded
/// after each pass. A `ferry serve` has none: it derives its numbers from the ledger.
public final class LiveMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    /// The last export id read (`Engine.ownExportsFinished`); `nil` before the first pass.
    let lastExport = Mutex<Int64?>(nil)

    /// - Parameter engine: the watch's engine; the exports it makes from now on are recorded.
    public init(engine: Engine) {
        let start = try? engine.ownExportsFinished(after: nil).last
        lastExport.withLock { $0 = start }
    }

    static var filesProcessed: MetricNameDescriptor {
        ConsoleServer.descriptor("files_processed_total", "Files this watch processed (each attempt), by flow and outcome.")
    }
    static var documentsProcessed: MetricNameDescriptor {
        ConsoleServer.descriptor("documents_processed_total", "Documents of the files this watch processed, by flow and outcome.")
    }

    /// Records one pass of the watch: its files, their documents, and the exports it finished.
    public func record(_ report: RunReport, engine: Engine) {
        for file in report.taken {
            let labels = [("flow", file.flow)]
            registry.makeCounter(descriptor: Self.filesProcessed, labels: labels + [("outcome", file.outcome.rawValue)]).increment()
            for (outcome, count) in (try? engine.documentOutcomes(fileId: file.id)) ?? [:] {
                registry.makeCounter(descriptor: Self.documentsProcessed, labels: labels + [("outcome", outcome)]).increment(by: Int64(count))
            }
        }
        lastExport.withLock { last in
            guard let after = last, let finished = try? engine.ownExportsFinished(after: after) else {
                last = try? engine.ownExportsFinished(after: nil).last
                return
            }
            for export in finished.exports {
                registry.makeDurationHistogram(
                    descriptor: ConsoleServer.exportDuration, labels: [("flow", export.flow), ("target", export.target)],
                    buckets: ConsoleServer.exportBuckets
                ).record(.nanoseconds(Int64(export.seconds * 1_000_000_000)))
            }
            last = finished.last
        }
    }

    var text: String { registry.emitToString() }
}

/// `/metrics` in the Prometheus text format: the inboxes as they are now and the ledger's
/// running totals (Ledger+Counts), read at each scrape; inside a `watch --http`, also its
/// live counters and its export-duration histogram.
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
    /// The buckets of the export-duration histogram: the ledger keeps its totals in the same ones.
    static var exportBuckets: [Duration] { LedgerMetrics.exportBuckets.map { .nanoseconds(Int64(($0 * 1_000_000_000).rounded())) } }

    /// The metrics text, computed at each scrape.
    func metrics() throws -> String {
        try inboxMetrics() + ledgerMetrics() + (live?.text ?? "")
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

    /// The ledger's part: a few small reads (LedgerCountTests checks their plans).
    func ledgerMetrics() throws -> String {
        let registry = PrometheusCollectorRegistry()
        let (snapshot, missing) = try reader.ledgerMetrics()
        for count in snapshot.files {
            registry.makeGauge(descriptor: Self.files, labels: [("flow", count.flow), ("outcome", count.outcome)]).set(Double(count.count))
        }
        for count in snapshot.documents {
            registry.makeGauge(descriptor: Self.documents, labels: [("flow", count.flow), ("outcome", count.outcome)]).set(Double(count.count))
        }
        for flow in config.flows.map(\.name) {
            let labels = [("flow", flow)]
            registry.makeGauge(descriptor: Self.inProgress, labels: labels).set(Double(snapshot.inProgress[flow] ?? 0))
            registry.makeGauge(descriptor: Self.failures, labels: labels).set(Double(snapshot.unresolved[flow] ?? 0))
            registry.makeGauge(descriptor: Self.amended, labels: labels).set(Double(snapshot.amended[flow] ?? 0))
            registry.makeGauge(descriptor: Self.missing, labels: labels).set(Double(missing[flow] ?? 0))
            if let at = snapshot.lastSuccess[flow] {
                registry.makeGauge(descriptor: Self.lastSuccess, labels: labels).set(at.timeIntervalSince1970)
            }
        }
        // A watch records its own exports' durations as they happen; serve has the ledger's totals.
        return registry.emitToString() + (live == nil ? Self.histogram(snapshot.exportDurations) : "")
    }

    /// The ledger's export-duration totals as a Prometheus histogram (cumulative buckets).
    static func histogram(_ durations: [LedgerMetrics.Durations]) -> String {
        guard !durations.isEmpty else { return "" }
        let name = "ferry_export_duration_seconds"
        var text = "# HELP \(name) \(exportDuration.helpText ?? "")\n# TYPE \(name) histogram\n"
        for series in durations {
            let labels = "flow=\"\(escaped(series.flow))\",target=\"\(escaped(series.target))\""
            var cumulative = 0
            for (index, bound) in LedgerMetrics.exportBuckets.enumerated() {
                cumulative += series.counts[index]
                text += "\(name)_bucket{\(labels),le=\"\(bound)\"} \(cumulative)\n"
            }
            let total = series.counts.reduce(0, +)
            text += "\(name)_bucket{\(labels),le=\"+Inf\"} \(total)\n"
            text += "\(name)_sum{\(labels)} \(max(0, series.seconds))\n"
            text += "\(name)_count{\(labels)} \(total)\n"
        }
        return text
    }

    /// A label value in the text format: backslash, quote and line break escaped.
    static func escaped(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }
}
