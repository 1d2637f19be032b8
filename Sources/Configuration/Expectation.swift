import Foundation

/// When files are expected on a flow (`expect:`): a window that passes without one makes the
/// flow *missing* (a silence alert).
public struct Expectation: Sendable, Hashable {
    public enum Window: Sendable, Hashable {
        /// `every: day, by: "06:00", time-zone: Europe/Amsterdam`: at least one file between
        /// one day's deadline and the next's.
        case daily(hour: Int, minute: Int, timeZone: String)
        /// `within: 26h`: at least one file in every such span after the last one.
        case within(seconds: Double)
    }

    public var window: Window
    /// Line of `expect:` in ferry.yml, 0 when built in.
    public var line: Int

    public init(_ window: Window, line: Int = 0) {
        self.window = window
        self.line = line
    }
}

/// How long Ferry keeps what it archived (`retention:`); `ferry prune` removes what is older.
public struct Retention: Sendable, Hashable {
    /// Archived inputs and their status records older than this (seconds); `nil`: kept.
    public var archive: Double?
    /// Ferry's own copies of the payloads it wrote (`archive/<flow>/…/payloads/`); `nil`: kept.
    public var payloadCopies: Double?

    public init(archive: Double? = nil, payloadCopies: Double? = nil) {
        self.archive = archive
        self.payloadCopies = payloadCopies
    }

    public var isEmpty: Bool { archive == nil && payloadCopies == nil }
}

/// Durations of hours to years: `90m`, `26h`, `180d`.
public enum LongDuration {
    /// Seconds, or `nil` for text that is not a number above zero followed by `m`, `h` or `d`.
    public static func seconds(_ raw: String) -> Double? {
        let text = raw.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [Character: Double] = ["m": 60, "h": 3600, "d": 86400]
        guard let unit = text.last, let factor = units[unit] else { return nil }
        let digits = text.dropLast().trimmingCharacters(in: .whitespaces)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              let value = Double(digits), value.isFinite, value > 0, value <= 36500
        else { return nil }
        return value * factor
    }

    /// `26h`, `180d`, `90m` for people: whole days, else whole hours, else minutes.
    public static func text(_ seconds: Double) -> String {
        if seconds >= 86400, seconds.truncatingRemainder(dividingBy: 86400) == 0 { return "\(Int(seconds / 86400))d" }
        if seconds >= 3600, seconds.truncatingRemainder(dividingBy: 3600) == 0 { return "\(Int(seconds / 3600))h" }
        return "\(Int((seconds / 60).rounded()))m"
    }
}
