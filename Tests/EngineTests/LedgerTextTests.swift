import Canonical
import Foundation
import GRDB
import Testing

@testable import Engine

/// The text writers that replaced formatters and encoders on the hot path write exactly what
/// those wrote: the ledger's dates as GRDB stores a `Date`, the status record's instants as
/// Foundation's ISO 8601 style, strings as `JSONEncoder` escapes them.
@Suite struct LedgerTextTests {
    /// Instants around every kind of boundary, and a seeded spread of ordinary ones with
    /// sub-millisecond fractions (the rounding the formatters do).
    static let instants: [Date] = {
        var dates = [
            Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -0.0005), Date(timeIntervalSince1970: 951_782_400),  // 2000-02-29
            Date(timeIntervalSince1970: 1_796_000_000.125), Date(timeIntervalSince1970: 1_796_000_000.9999),
            Date(timeIntervalSince1970: 1_798_761_599.999), Date(timeIntervalSince1970: 4_102_444_800),  // 2100-01-01
            Date(timeIntervalSinceReferenceDate: 0), Date.distantFuture, Date(),
        ]
        var generator = SeededGenerator(seed: 20_261_207)
        for _ in 0..<5_000 {
            dates.append(Date(timeIntervalSince1970: Double.random(in: 0..<4_102_444_800, using: &generator)))
        }
        return dates
    }()

    @Test func ledgerDatesAreWhatGRDBWrites() {
        var differing: [String] = []
        for date in Self.instants where date.ledgerText.databaseValue != date.databaseValue {
            differing.append("\(date.timeIntervalSince1970): \(date.ledgerText) vs \(date.databaseValue)")
        }
        #expect(differing.count == 0, "\(differing.prefix(5))")
    }

    @Test func statusRecordInstantsAreFoundationsISO8601() {
        let style = Date.ISO8601FormatStyle().year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: false)
            .timeSeparator(.colon).timeZone(separator: .omitted)
        var differing: [String] = []
        for date in Self.instants where date > Date(timeIntervalSince1970: 0) && date < Date(timeIntervalSince1970: 4_102_444_801) {
            let expected = date.formatted(style)
            if Timestamp.utc(date) != expected { differing.append("\(date.timeIntervalSince1970): \(Timestamp.utc(date)) vs \(expected)") }
        }
        #expect(differing.count == 0, "\(differing.prefix(5))")
        #expect(Timestamp.utc(Date(timeIntervalSince1970: 1_796_000_000.9999)) == "2026-11-30T00:53:20Z")
    }

    @Test func archiveDayFoldersAreTheGregorianUTCDay() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        var differing: [String] = []
        for date in Self.instants where date > Date(timeIntervalSince1970: 0) && date < Date(timeIntervalSince1970: 4_102_444_801) {
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            let expected = String(format: "%04d/%02d/%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
            if UTCText.text(date, .dayFolder) != expected { differing.append("\(date.timeIntervalSince1970): \(UTCText.text(date, .dayFolder)) vs \(expected)") }
        }
        #expect(differing.count == 0, "\(differing.prefix(5))")
        #expect(UTCText.text(Date(timeIntervalSince1970: 1_798_761_599.999), .dayFolder) == "2026/12/31")
    }

    @Test func quotedStringsAreWhatJSONEncoderWrites() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var samples = ["", "plain", "a/b\\c \"quoted\"", "Müller, Liège «Sencha» 😀", "tab\there\nnew\r\u{8}\u{C}", "\u{7F}\u{2028}"]
        samples.append(String(decoding: (0..<32).map { UInt8($0) }, as: UTF8.self))
        for sample in samples {
            let expected = String(decoding: try encoder.encode(sample), as: UTF8.self)
            #expect(JSONText.quote(sample) == expected, "\(Array(sample.utf8))")
        }
    }
}

/// A small seeded generator (SplitMix64), so a failure can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
