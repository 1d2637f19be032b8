import Diagnostics
import Foundation

extension ConfigValidator {
    /// A flow's `expect: { every: day, by: "06:00", time-zone: … }` or `expect: { within: 26h }`.
    mutating func expectation(_ entry: ConfigEntry) -> Expectation? {
        guard let section = section(entry, allowed: ConfigKeys.expect) else { return nil }
        // An unknown key (`whithin:`) is reported as such; the shape is not judged around it.
        if case let .mapping(mapping) = entry.value,
           mapping.contains(where: { !ConfigKeys.expect.contains($0.key.scalar?.string ?? "") }) {
            return nil
        }
        let line = entry.keyPlace.line
        let daily = section["every"] != nil || section["by"] != nil || section["time-zone"] != nil
        if let within = section["within"] {
            guard !daily else {
                report(.configExpectShape, at: entry.keyPlace, field: entry.field, [:])
                return nil
            }
            guard let seconds = longDuration(within) else { return nil }
            return Expectation(.within(seconds: seconds), line: line)
        }
        guard let every = section["every"], let by = section["by"] else {
            report(.configExpectShape, at: entry.keyPlace, field: entry.field, [:])
            return nil
        }
        var valid = true
        if choice(every, [("day", "day")]) == nil { valid = false }
        var zone = "UTC"
        if let entry = section["time-zone"], let name = text(entry) {
            if TimeZone(identifier: name) == nil {
                report(.configUnknownTimeZone, at: entry.place, field: entry.field, ["value": name])
                valid = false
            }
            zone = name
        }
        guard let time = text(by) else { return nil }
        guard let clock = Self.timeOfDay(time) else {
            report(.configExpectTime, at: by.place, field: by.field, ["value": time])
            return nil
        }
        return valid ? Expectation(.daily(hour: clock.hour, minute: clock.minute, timeZone: zone), line: line) : nil
    }

    /// `retention: { archive: 180d, payload-copies: 90d }`.
    mutating func retention(_ entry: ConfigEntry) -> Retention? {
        guard let section = section(entry, allowed: ConfigKeys.retention) else { return nil }
        var retention = Retention()
        if let entry = section["archive"] { retention.archive = longDuration(entry) }
        if let entry = section["payload-copies"] { retention.payloadCopies = longDuration(entry) }
        return retention
    }

    /// `90m`, `26h`, `180d`, reported at the value when it is not.
    mutating func longDuration(_ entry: ConfigEntry) -> Double? {
        guard let raw = text(entry) else { return nil }
        guard let seconds = LongDuration.seconds(raw) else {
            report(.configLongDuration, at: entry.place, field: entry.field, ["key": entry.name, "value": raw])
            return nil
        }
        return seconds
    }

    /// `06:00`, `6:00`, `23:59`.
    static func timeOfDay(_ text: String) -> (hour: Int, minute: Int)? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60
        else { return nil }
        return (hour, minute)
    }
}
