import Configuration
import Diagnostics
import Foundation

/// A window of a flow's `expect:` that passed without a file: the flow is missing.
public struct MissingWindow: Sendable, Codable {
    public var flow: String
    /// What `expect:` says, in English (`every day by 06:00 Europe/Amsterdam`).
    public var expected: String
    /// The same, for people in any language.
    public var expectedNote: Note
    public var windowStart: Date
    public var windowEnd: Date
    /// The flow's last file, if it ever had one.
    public var lastFileAt: Date?
    /// When a run, watch or serve first recorded it (and started `on-failure`); `nil` while only
    /// `status` has seen it.
    public var detectedAt: Date?
}

/// The JSON file `on-failure` is given for a silence alert instead of a status record
/// (README: "Silence alerts").
struct SilenceAlertFile: Encodable {
    var alert = "missing"
    var flow: String
    var expected: String
    var windowStart: Date
    var windowEnd: Date
    var lastFileAt: Date?
    var detectedAt: Date
}

/// The windows of an `expect:`: pure, so the tests can cross them with any clock.
enum SilenceWindow {
    /// The latest window that ended at or before `now` without a file, or `nil`. Windows that
    /// ended before the expectation was first watched (`since`) are not judged.
    static func missed(_ expectation: Expectation, now: Date, lastFile: Date?, since: Date) -> (start: Date, end: Date)? {
        switch expectation.window {
        case .daily(let hour, let minute, let zone):
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: zone) ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
            func deadline(onDayOf date: Date) -> Date? {
                calendar.date(bySettingHour: hour, minute: minute, second: 0, of: date)
            }
            guard var end = deadline(onDayOf: now) else { return nil }
            if end > now {
                guard let yesterday = calendar.date(byAdding: .day, value: -1, to: now), let earlier = deadline(onDayOf: yesterday)
                else { return nil }
                end = earlier
            }
            guard let dayBefore = calendar.date(byAdding: .day, value: -1, to: end), let start = deadline(onDayOf: dayBefore)
            else { return nil }
            guard end > since else { return nil }
            if let lastFile, lastFile > start { return nil }
            return (start, end)
        case .within(let seconds):
            let anchor = lastFile ?? since
            let spans = (now.timeIntervalSince(anchor) / seconds).rounded(.down)
            guard spans >= 1 else { return nil }
            let end = anchor.addingTimeInterval(spans * seconds)
            return (end.addingTimeInterval(-seconds), end)
        }
    }

    static func note(_ expectation: Expectation) -> Note {
        switch expectation.window {
        case .daily(let hour, let minute, let zone):
            let time = (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
            return Note(.expectDaily, ["time": time, "zone": zone])
        case .within(let seconds):
            return Note(.expectWithin, ["duration": LongDuration.text(seconds)])
        }
    }
}

extension Engine {
    /// Records the windows of every flow's `expect:` that passed without a file (once per
    /// window, across restarts and processes), clears those a later file ended, and starts
    /// `on-failure` with an alert file for each new one. Called by `run` and `watch` after a
    /// pass and by `serve` every minute. Returns the new alerts.
    @discardableResult
    public func evaluateSilence() -> [MissingWindow] {
        guard let ledger = context.ledger as? any SilenceLedger else { return [] }
        var fired: [MissingWindow] = []
        let now = context.now()
        for flow in flows where flow.config.enabled {
            guard let expectation = flow.config.expect else { continue }
            let name = flow.config.name
            do {
                guard let since = try ledger.expectationSince(flow: name, now: now, record: true) else { continue }
                let lastFile = try ledger.lastFileReceived(flow: name)
                let missed = SilenceWindow.missed(expectation, now: now, lastFile: lastFile, since: since)
                for record in try ledger.recordSilence(flow: name, lastFile: lastFile, missed: missed, now: now) {
                    let window = missingWindow(record, expectation: expectation)
                    fired.append(window)
                    notifyMissing(window, detectedAt: now)
                }
            } catch {
                context.logger.error("silence alerts not evaluated", metadata: ["drop.flow": "\(name)", "error": "\(error)"])
            }
        }
        return fired
    }

    /// The flow's missed windows for `status`: those recorded and not cleared, and the current
    /// one when no process has recorded it yet. Reads only.
    func missingWindows(_ flow: FlowRuntime) throws -> [MissingWindow] {
        guard let expectation = flow.config.expect, flow.config.enabled,
              let ledger = context.ledger as? any SilenceLedger
        else { return [] }
        let name = flow.config.name
        var windows = try ledger.openSilences(flow: name).map { missingWindow($0, expectation: expectation) }
        let lastFile = try ledger.lastFileReceived(flow: name)
        let now = context.now()
        let since = try ledger.expectationSince(flow: name, now: now, record: false) ?? now
        if let missed = SilenceWindow.missed(expectation, now: now, lastFile: lastFile, since: since),
           !windows.contains(where: { $0.windowEnd == missed.end }) {
            let note = SilenceWindow.note(expectation)
            windows.append(
                MissingWindow(
                    flow: name, expected: note.text(in: .en), expectedNote: note, windowStart: missed.start, windowEnd: missed.end,
                    lastFileAt: lastFile, detectedAt: nil))
        }
        return windows
    }

    private func missingWindow(_ record: SilenceRecord, expectation: Expectation) -> MissingWindow {
        let note = SilenceWindow.note(expectation)
        return MissingWindow(
            flow: record.flow, expected: note.text(in: .en), expectedNote: note, windowStart: record.windowStart,
            windowEnd: record.windowEnd, lastFileAt: record.lastFileAt, detectedAt: record.detectedAt)
    }

    /// Writes the alert file under `.ferry/alerts/` and starts `on-failure` with it, detached.
    private func notifyMissing(_ window: MissingWindow, detectedAt: Date) {
        context.logger.warning(
            "flow missing: no file in its expected window",
            metadata: ["drop.flow": "\(window.flow)", "window.end": "\(window.windowEnd)"])
        try? context.ledger.logActivity(
            ActivityEntry(
                at: detectedAt, flow: window.flow, fileId: nil, action: "missing",
                detail: StoredNotes.encode([Self.missingNote(window)]) ?? ""))
        guard let command = context.config.onFailure else { return }
        let folder = context.layout.stateDirectory + "/alerts"
        let path = folder + "/\(window.flow).\(Self.compact(window.windowEnd)).missing.json"
        do {
            try FileIO.makeDirectories(folder)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            let alert = SilenceAlertFile(
                flow: window.flow, expected: window.expected, windowStart: window.windowStart, windowEnd: window.windowEnd,
                lastFileAt: window.lastFileAt, detectedAt: detectedAt)
            FileIO.remove(path)
            try FileIO.writeNew(path, Array(try encoder.encode(alert)) + [10], mode: 0o600)
        } catch {
            context.logger.error("alert file not written", metadata: ["drop.flow": "\(window.flow)", "error": "\(error)"])
            return
        }
        context.hooks.launch(
            command, record: path, timeout: context.config.onFailureTimeout, file: path, flow: window.flow, fileId: nil)
    }

    /// `missing: no file in the window that ended …` for `status` and the activity log.
    public static func missingNote(_ window: MissingWindow) -> Note {
        if let last = window.lastFileAt {
            return Note(.statusMissing, ["end": iso(window.windowEnd), "expected": window.expected, "last": iso(last)])
        }
        return Note(.statusMissingNever, ["end": iso(window.windowEnd), "expected": window.expected])
    }

    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        return formatter.string(from: date)
    }

    /// `20260107T050000Z`: a file name part.
    static func compact(_ date: Date) -> String {
        iso(date).filter { $0 != "-" && $0 != ":" }
    }
}
