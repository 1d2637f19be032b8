import Foundation

/// A business date (an order date, a delivery date) as the source gave it: a calendar day
/// (`2026-11-21`) when the source had no time of day, an instant (`2026-11-20T09:30:00Z`) when
/// it had one. A day is a day everywhere: it is never converted through a time zone, so an
/// ERP's 21 November stays 21 November in every payload.
public enum BusinessDate: Hashable, Sendable, Codable, CustomStringConvertible {
    /// A calendar day, `yyyy-MM-dd`.
    case day(String)
    /// A moment in time, stored in UTC.
    case instant(Date)

    /// Reads the canonical text: `2026-11-21` is a day; a date with a time and a zone
    /// (`2026-11-20T09:30:00Z`, `2026-11-20T10:30:00+01:00`) an instant. Nil otherwise.
    public init?(_ text: String) {
        guard let date = ISODate.parse(text) else { return nil }
        if ISODate.isDateOnly(text) {
            self = .day(text)
        } else {
            self = .instant(date)
        }
    }

    /// The canonical text: `2026-11-21`, or the instant in UTC (`2026-11-20T09:30:00Z`).
    public var text: String {
        switch self {
        case .day(let day): day
        case .instant(let date): ISODate.format(date)
        }
    }

    public var description: String { text }

    /// The calendar day (`2026-11-21`): the day itself, or an instant's day in UTC.
    public var dayText: String { String(text.prefix(10)) }

    /// For comparisons with instants (filters): midnight UTC of a day, or the instant.
    public var start: Date {
        switch self {
        case .day(let day): ISODate.parse(day) ?? Date(timeIntervalSince1970: 0)
        case .instant(let date): date
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = BusinessDate(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ISO 8601 date: \(text)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
