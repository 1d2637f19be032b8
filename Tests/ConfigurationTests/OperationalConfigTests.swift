import Diagnostics
import Testing
@testable import Configuration

/// Durations, `on-failure-timeout` and `allow-empty` (issue 8).
@Suite struct OperationalConfigTests {
    private static let flow = "flows:\n  - name: orders\n    kind: order\n"

    /// Absurd durations are refused at their line, for every key that takes one.
    @Test(arguments: [
        ("settle", flow + "    pickup:\n      settle: 99999999999999999999\n", 5, "flows[0].pickup.settle"),
        ("settle in hours", flow + "    pickup:\n      settle: 25h\n", 5, "flows[0].pickup.settle"),
        ("poll-interval", "poll-interval: 9999999\n" + flow, 1, "poll-interval"),
        ("file-timeout", "file-timeout: 100000\n" + flow, 1, "file-timeout"),
        ("on-failure-timeout", "on-failure-timeout: 2000m\n" + flow, 1, "on-failure-timeout"),
    ])
    func durationsHaveAMaximum(key: String, yaml: String, line: Int, field: String) throws {
        let result = ConfigLoader.check(yaml: yaml)
        #expect(result.config == nil, "\(key) accepted")
        #expect(result.issues.map(\.code) == [.configDurationTooLong])
        let issue = try #require(result.issues.first)
        #expect(issue.line == line)
        #expect(issue.field == field)
        #expect(issue.error.message(in: .en).contains("24h"))
    }

    @Test func theMaximumItselfIsAccepted() throws {
        let result = ConfigLoader.check(yaml: "file-timeout: 24h\non-failure-timeout: 86400\n" + Self.flow + "    pickup: { settle: 1440m }\n")
        #expect(result.issues.isEmpty)
        #expect(result.config?.fileTimeout == 86400)
        #expect(result.config?.flows.first?.pickup.settleSeconds == 86400)
    }

    @Test func onFailureTimeoutDefaultsToAMinuteAndMustBePositive() throws {
        #expect(ConfigLoader.check(yaml: Self.flow).config?.onFailureTimeout == 60)
        let set = ConfigLoader.check(yaml: "on-failure: /bin/true\non-failure-timeout: 5s\n" + Self.flow)
        #expect(set.config?.onFailureTimeout == 5)
        #expect(set.config?.onFailureLine == 1)
        let zero = ConfigLoader.check(yaml: "on-failure-timeout: 0\n" + Self.flow)
        #expect(zero.issues.map(\.code) == [.configInvalidDuration])
        #expect(zero.issues.first?.field == "on-failure-timeout")
    }

    @Test func allowEmptyIsAFlowSwitch() throws {
        #expect(ConfigLoader.check(yaml: Self.flow).config?.flows.first?.allowEmpty == false)
        #expect(ConfigLoader.check(yaml: Self.flow + "    allow-empty: true\n").config?.flows.first?.allowEmpty == true)
        let wrong = ConfigLoader.check(yaml: Self.flow + "    allow-empty: maybe\n")
        #expect(wrong.issues.map(\.code) == [.configExpectedBool])
        #expect(wrong.issues.first?.line == 4)
        let misspelt = ConfigLoader.check(yaml: Self.flow + "    allow_empty: true\n")
        #expect(misspelt.issues.first?.error.arguments["suggestion"] == "allow-empty")
    }
}
