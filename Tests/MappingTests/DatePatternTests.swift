import Diagnostics
import Foundation
import Mapping
import Testing

@Suite struct DatePatternTests {
    static let here = Location(file: "orders.csv", line: 4, field: "orderDate")

    func zone(_ name: String) throws -> TimeZone { try DatePattern.timeZone(named: name, at: Self.here) }

    /// The ISO 8601 UTC rendering of what `pattern` reads from `text` in `zoneName`.
    func utc(_ pattern: String, _ text: String, _ zoneName: String) throws -> String {
        let date = try DatePattern(pattern, at: Self.here).parse(text, in: zone(zoneName), at: Self.here)
        let iso = try DatePattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", at: Self.here)
        return iso.format(date, in: try zone("UTC"))
    }

    /// Pattern, text, zone → the moment in UTC.
    static let valid: [(String, String, String, String)] = [
        ("dd-MM-yyyy", "20-11-2026", "Europe/Amsterdam", "2026-11-19T23:00:00.000Z"),
        ("dd-MM-yyyy", "20-07-2026", "Europe/Amsterdam", "2026-07-19T22:00:00.000Z"),
        ("dd-MM-yyyy", "20-11-2026", "UTC", "2026-11-20T00:00:00.000Z"),
        ("d/M/yy", "5/3/26", "UTC", "2026-03-05T00:00:00.000Z"),
        ("d/M/yy", "15/12/69", "UTC", "2069-12-15T00:00:00.000Z"),
        ("d/M/yy", "15/12/70", "UTC", "1970-12-15T00:00:00.000Z"),
        ("yyyyMMdd", "20240229", "UTC", "2024-02-29T00:00:00.000Z"),
        ("dd.MM.yyyy HH:mm", "01.01.2026 00:30", "Europe/Berlin", "2025-12-31T23:30:00.000Z"),
        ("yyyy-MM-dd'T'HH:mm:ss", "2026-11-20T09:30:15", "Europe/Brussels", "2026-11-20T08:30:15.000Z"),
        ("yyyy-MM-dd'T'HH:mm:ss.SSS", "2026-11-20T09:30:15.250", "UTC", "2026-11-20T09:30:15.250Z"),
        ("dd-MM-yyyy h:mm a", "20-11-2026 12:05 AM", "UTC", "2026-11-20T00:05:00.000Z"),
        ("dd-MM-yyyy h:mm a", "20-11-2026 12:05 pm", "UTC", "2026-11-20T12:05:00.000Z"),
        ("dd-MM-yyyy hh:mm a", "20-11-2026 07:45 PM", "UTC", "2026-11-20T19:45:00.000Z"),
        ("'Datum:' dd-MM-yyyy", "Datum: 20-11-2026", "UTC", "2026-11-20T00:00:00.000Z"),
        ("yyyy-MM-dd 'o''clock' H", "2026-11-20 o'clock 7", "UTC", "2026-11-20T07:00:00.000Z"),
        ("d-M-y", "1-2-2026", "UTC", "2026-02-01T00:00:00.000Z"),
        // Clocks go back in Amsterdam on 2026-10-25: 02:30 happens twice; the first (summer time) is taken.
        ("yyyy-MM-dd HH:mm", "2026-10-25 02:30", "Europe/Amsterdam", "2026-10-25T00:30:00.000Z"),
        ("yyyy-MM-dd HH:mm", "2026-03-29 03:00", "Europe/Amsterdam", "2026-03-29T01:00:00.000Z"),
    ]

    @Test(arguments: valid)
    func parses(_ pattern: String, _ text: String, _ zoneName: String, _ expected: String) throws {
        #expect(try utc(pattern, text, zoneName) == expected)
    }

    /// Values that do not fit their pattern, or name no real moment.
    static let invalid: [(String, String, String, ErrorCode)] = [
        ("dd-MM-yyyy", "31-02-2026", "UTC", .mapDateNonexistent),
        ("dd-MM-yyyy", "29-02-2026", "UTC", .mapDateNonexistent),
        ("dd-MM-yyyy", "00-01-2026", "UTC", .mapDateNonexistent),
        ("dd-MM-yyyy", "10-13-2026", "UTC", .mapDateNonexistent),
        ("dd-MM-yyyy HH:mm", "10-12-2026 24:00", "UTC", .mapDateNonexistent),
        ("dd-MM-yyyy HH:mm", "10-12-2026 23:60", "UTC", .mapDateNonexistent),
        ("dd-MM-yyyy h:mm a", "10-12-2026 0:10 AM", "UTC", .mapDateNonexistent),
        ("yyyy-MM-dd HH:mm", "2026-03-29 02:30", "Europe/Amsterdam", .mapDateNonexistent),
        ("dd-MM-yyyy", "2026-11-20", "UTC", .mapDateMismatch),
        ("dd-MM-yyyy", "20-11-26", "UTC", .mapDateMismatch),
        ("dd-MM-yyyy", "20/11/2026", "UTC", .mapDateMismatch),
        ("dd-MM-yyyy", " 20-11-2026", "UTC", .mapDateMismatch),
        ("dd-MM-yyyy", "20-11-2026 10:00", "UTC", .mapDateMismatch),
        ("dd-MM-yyyy", "2-11-2026", "UTC", .mapDateMismatch),
        ("dd-MM-yyyy", "", "UTC", .mapDateMismatch),
        ("d/M/yy", "5/3/2026", "UTC", .mapDateMismatch),
        ("yyyy-MM-dd'T'HH:mm", "2026-11-20 09:30", "UTC", .mapDateMismatch),
        ("dd-MM-yyyy h:mm a", "20-11-2026 1:05 XM", "UTC", .mapDateMismatch),
        ("dd-MM-yyyy", "２０-11-2026", "UTC", .mapDateMismatch),
        ("HH:mm", "10:30", "UTC", .mapDatePatternIncomplete),
    ]

    @Test(arguments: invalid)
    func refuses(_ pattern: String, _ text: String, _ zoneName: String, _ code: ErrorCode) throws {
        let parser = try DatePattern(pattern, at: Self.here)
        let error = try #require(throws: FerryError.self) {
            try parser.parse(text, in: zone(zoneName), at: Self.here)
        }
        #expect(error.code == code)
        #expect(error.location == Self.here)
    }

    /// Patterns refused when they are read.
    static let badPatterns: [(String, ErrorCode)] = [
        ("dd-MMM-yyyy", .mapDatePatternUnsupported),
        ("EEEE dd-MM-yyyy", .mapDatePatternUnsupported),
        ("yyyy-MM-dd'T", .mapDatePatternUnsupported),
        ("yyyy-MM-dd HH:mm z", .mapDatePatternUnsupported),
        ("yyyyy-MM-dd", .mapDatePatternUnsupported),
        ("", .mapDatePatternIncomplete),
        ("dd-MM-yyyy dd", .mapDatePatternIncomplete),
        ("dd-MM-yyyy h:mm", .mapDatePatternIncomplete),
        ("dd-MM-yyyy HH:mm a", .mapDatePatternIncomplete),
        ("dMyyyy", .mapDatePatternIncomplete),
    ]

    @Test(arguments: badPatterns)
    func refusesPattern(_ pattern: String, _ code: ErrorCode) {
        let error = #expect(throws: FerryError.self) { try DatePattern(pattern, at: Self.here) }
        #expect(error?.code == code)
    }

    @Test(arguments: ["Europe/Amsterdam", "Europe/Brussels", "Europe/Berlin", "UTC", "America/New_York"])
    func knowsZones(_ name: String) throws {
        _ = try zone(name)
    }

    @Test(arguments: ["Mars/Olympus", "CET+1", "", "amsterdam"])
    func refusesZones(_ name: String) {
        let error = #expect(throws: FerryError.self) { try zone(name) }
        #expect(error?.code == .mapUnknownTimeZone)
    }

    /// Pattern, zone, moment (seconds since 1970) → text.
    static let formatted: [(String, String, Double, String)] = [
        ("dd-MM-yyyy HH:mm", "Europe/Amsterdam", 1_795_129_200, "20-11-2026 00:00"),
        ("d/M/yy h:mm a", "UTC", 1_795_129_200 + 13 * 3600 + 5 * 60, "20/11/26 12:05 PM"),
        ("d/M/yy h:mm a", "UTC", 1_795_129_200 + 3600, "20/11/26 12:00 AM"),
        ("yyyyMMdd'T'HHmmss.SS", "UTC", 1_795_129_200.5, "20261119T230000.50"),
        ("yyyy-MM-dd", "Europe/Berlin", -86_400, "1969-12-31"),
        ("''yy''", "UTC", 0, "'70'"),
    ]

    @Test(arguments: formatted)
    func formats(_ pattern: String, _ zoneName: String, _ seconds: Double, _ expected: String) throws {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(try DatePattern(pattern, at: Self.here).format(date, in: zone(zoneName)) == expected)
    }

    @Test(arguments: ["dd-MM-yyyy HH:mm:ss", "yyyyMMddHHmmss", "d/M/yyyy h:mm:ss a", "yyyy-MM-dd'T'HH:mm:ss.SSS"])
    func roundTrips(_ pattern: String) throws {
        let parser = try DatePattern(pattern, at: Self.here)
        let utc = try zone("UTC")
        let amsterdam = try zone("Europe/Amsterdam")
        for seconds in stride(from: 1_767_225_600.0, to: 1_798_761_600.0, by: 86_400 * 7 + 3_671.125) {
            let date = Date(timeIntervalSince1970: pattern.hasSuffix("SSS") ? seconds : seconds.rounded(.down))
            #expect(try parser.parse(parser.format(date, in: utc), in: utc, at: Self.here) == date)
            // In a zone with daylight saving the text survives, even for the hour that occurs twice.
            let text = parser.format(date, in: amsterdam)
            #expect(try parser.format(parser.parse(text, in: amsterdam, at: Self.here), in: amsterdam) == text)
        }
    }

    @Test func pivotIsConfigurable() throws {
        let pattern = try DatePattern("dd-MM-yy", twoDigitYearStart: 1930, at: Self.here)
        let date = try pattern.parse("01-01-29", in: zone("UTC"), at: Self.here)
        #expect(try DatePattern("yyyy", at: Self.here).format(date, in: zone("UTC")) == "2029")
        let earlier = try pattern.parse("01-01-30", in: zone("UTC"), at: Self.here)
        #expect(try DatePattern("yyyy", at: Self.here).format(earlier, in: zone("UTC")) == "1930")
    }
}
