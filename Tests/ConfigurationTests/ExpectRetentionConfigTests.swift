import Diagnostics
import Testing
@testable import Configuration

/// `expect:` (silence alerts) and `retention:` (issue 14), checked at their lines.
@Suite struct ExpectRetentionConfigTests {
    private static let flow = "flows:\n  - name: orders\n    kind: order\n"

    @Test func bothShapesOfExpectAreRead() throws {
        let daily = ConfigLoader.check(
            yaml: Self.flow + "    expect: { every: day, by: \"06:00\", time-zone: Europe/Amsterdam }\n")
        #expect(daily.issues.isEmpty, "\(daily.issues)")
        #expect(daily.config?.flows.first?.expect == Expectation(.daily(hour: 6, minute: 0, timeZone: "Europe/Amsterdam"), line: 4))
        let utc = ConfigLoader.check(yaml: Self.flow + "    expect:\n      every: day\n      by: \"23:30\"\n")
        #expect(utc.config?.flows.first?.expect?.window == .daily(hour: 23, minute: 30, timeZone: "UTC"))
        let within = ConfigLoader.check(yaml: Self.flow + "    expect: { within: 26h }\n")
        #expect(within.config?.flows.first?.expect?.window == .within(seconds: 26 * 3600))
        #expect(ConfigLoader.check(yaml: Self.flow).config?.flows.first?.expect == nil)
    }

    @Test(arguments: [
        ("    expect: { every: day }\n", ErrorCode.configExpectShape, "flows[0].expect"),
        ("    expect: { within: 26h, by: \"06:00\" }\n", .configExpectShape, "flows[0].expect"),
        ("    expect: { every: week, by: \"06:00\" }\n", .configInvalidValue, "flows[0].expect.every"),
        ("    expect: { every: day, by: \"25:00\" }\n", .configExpectTime, "flows[0].expect.by"),
        ("    expect: { every: day, by: 6 }\n", .configExpectTime, "flows[0].expect.by"),
        ("    expect: { every: day, by: \"06:00\", time-zone: Europe/Amsterdm }\n", .configUnknownTimeZone, "flows[0].expect.time-zone"),
        ("    expect: { within: 26 }\n", .configLongDuration, "flows[0].expect.within"),
        ("    expect: { within: 0h }\n", .configLongDuration, "flows[0].expect.within"),
        ("    expect: { whithin: 26h }\n", .configUnknownKey, "flows[0].expect.whithin"),
    ])
    func aWrongExpectIsReportedAtItsLine(yaml: String, code: ErrorCode, field: String) throws {
        let result = ConfigLoader.check(yaml: Self.flow + yaml)
        #expect(result.config == nil)
        #expect(result.issues.map(\.code) == [code], "\(result.issues.map { $0.error.message(in: .en) })")
        #expect(result.issues.first?.line == 4)
        #expect(result.issues.first?.field == field)
    }

    @Test func retentionIsRead() throws {
        let result = ConfigLoader.check(yaml: "retention: { archive: 180d, payload-copies: 90d }\n" + Self.flow)
        #expect(result.issues.isEmpty)
        #expect(result.config?.retention == Retention(archive: 180 * 86400, payloadCopies: 90 * 86400))
        #expect(ConfigLoader.check(yaml: Self.flow).config?.retention.isEmpty == true)
    }

    @Test func aWrongRetentionIsReportedAtItsLine() throws {
        let result = ConfigLoader.check(yaml: Self.flow + "retention:\n  archive: 180 days\n")
        #expect(result.issues.map(\.code) == [.configLongDuration])
        #expect(result.issues.first?.line == 5)
        #expect(result.issues.first?.field == "retention.archive")
        let unknown = ConfigLoader.check(yaml: "retention: { inputs: 10d }\n" + Self.flow)
        #expect(unknown.issues.map(\.code) == [.configUnknownKey])
    }

    @Test func longDurations() {
        #expect(LongDuration.seconds("90m") == 5400)
        #expect(LongDuration.seconds("1.5d") == 129_600)
        #expect(LongDuration.seconds("-3d") == nil)
        #expect(LongDuration.seconds("3w") == nil)
        #expect(LongDuration.text(26 * 3600) == "26h")
        #expect(LongDuration.text(180 * 86400) == "180d")
    }
}
