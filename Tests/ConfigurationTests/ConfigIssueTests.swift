import Diagnostics
import Testing
@testable import Configuration

/// One wrong `ferry.yml` and the single issue it must produce.
struct IssueCase: Sendable, CustomTestStringConvertible {
    var name: String
    var yaml: String
    var code: ErrorCode
    var line: Int
    var field: String?
    var testDescription: String { name }
}

/// A valid flow to build broken files from: `flows:` on line 1, the flow on lines 2-3.
private let flowHead = "flows:\n  - name: orders\n    kind: order\n"

let issueCases: [IssueCase] = [
    IssueCase(name: "tab indentation", yaml: "flows:\n  - name: orders\n\tkind: order\n",
              code: .configSyntax, line: 3),
    IssueCase(name: "unclosed quote", yaml: flowHead + "    inbox: \"inbox/orders\n    enabled: true\n",
              code: .configSyntax, line: 6),
    IssueCase(name: "key written twice", yaml: flowHead + "    enabled: true\n    kind: article\n",
              code: .configDuplicateKey, line: 5),
    IssueCase(name: "key written twice in a nested section",
              yaml: flowHead + "    pickup:\n      settle: 2\n      include: [a]\n      settle: 3\n    enabled: true\n",
              code: .configDuplicateKey, line: 7),
    IssueCase(name: "top-level key written twice", yaml: "language: en\n" + flowHead + "language: nl\n",
              code: .configDuplicateKey, line: 5),
    IssueCase(name: "flows not a list", yaml: "flows: orders\n",
              code: .configExpectedList, line: 1, field: "flows"),
    IssueCase(name: "targets not a list", yaml: flowHead + "    targets: erp\n",
              code: .configExpectedList, line: 4, field: "flows[0].targets"),
    IssueCase(name: "flow not a map", yaml: "flows:\n  - orders\n",
              code: .configExpectedMap, line: 2, field: "flows[0]"),
    IssueCase(name: "pickup not a map", yaml: flowHead + "    pickup: 5\n",
              code: .configExpectedMap, line: 4, field: "flows[0].pickup"),
    IssueCase(name: "top level not a map", yaml: "- orders\n", code: .configExpectedMap, line: 1),
    IssueCase(name: "name is a list", yaml: "flows:\n  - name: [a, b]\n    kind: order\n",
              code: .configExpectedText, line: 2, field: "flows[0].name"),
    IssueCase(name: "settle not a number", yaml: flowHead + "    pickup:\n      settle: soon\n",
              code: .configExpectedNumber, line: 5, field: "flows[0].pickup.settle"),
    IssueCase(name: "enabled not a bool", yaml: flowHead + "    enabled: maybe\n",
              code: .configExpectedBool, line: 4, field: "flows[0].enabled"),
    IssueCase(name: "misspelt key", yaml: flowHead + "    pickup:\n      setle: 2\n",
              code: .configUnknownKey, line: 5, field: "flows[0].pickup.setle"),
    IssueCase(name: "unknown top-level key", yaml: "langauge: nl\n" + flowHead,
              code: .configUnknownKey, line: 1, field: "langauge"),
    IssueCase(name: "missing kind", yaml: "flows:\n  - name: orders\n    enabled: true\n",
              code: .configMissingKey, line: 2, field: "flows[0].kind"),
    IssueCase(name: "missing target format", yaml: flowHead + "    targets:\n      - name: erp\n",
              code: .configMissingKey, line: 5, field: "flows[0].targets[0].format"),
    IssueCase(name: "missing flow name", yaml: "flows:\n  - kind: order\n",
              code: .configMissingKey, line: 2, field: "flows[0].name"),
    IssueCase(name: "unknown format", yaml: flowHead + "    targets:\n      - name: erp\n        format: yaml\n",
              code: .configInvalidValue, line: 6, field: "flows[0].targets[0].format"),
    IssueCase(name: "unknown language", yaml: "language: es\n" + flowHead,
              code: .configInvalidValue, line: 1, field: "language"),
    IssueCase(name: "unknown encoding", yaml: flowHead + "    csv: { encoding: ebcdic }\n",
              code: .configInvalidValue, line: 4, field: "flows[0].csv.encoding"),
    IssueCase(name: "unknown delimiter", yaml: flowHead + "    csv:\n      delimiter: \"#\"\n",
              code: .configInvalidValue, line: 5, field: "flows[0].csv.delimiter"),
    IssueCase(name: "duplicate flow", yaml: flowHead + "  - name: orders\n    kind: article\n    inbox: inbox/b\n",
              code: .configDuplicateFlow, line: 4, field: "flows[1].name"),
    IssueCase(name: "duplicate target across flows", yaml: """
        flows:
          - name: a
            kind: order
            targets: [{ name: erp, format: json }]
          - name: b
            kind: article
            targets:
              - name: erp
                format: xml
        """, code: .configDuplicateTarget, line: 8, field: "flows[1].targets[0].name"),
    IssueCase(name: "shared inbox", yaml: flowHead + "  - name: articles\n    kind: article\n    inbox: ./inbox/orders/\n",
              code: .configSharedInbox, line: 6, field: "flows[1].inbox"),
    IssueCase(name: "leading dot in name", yaml: "flows:\n  - name: .hidden\n    kind: order\n",
              code: .configInvalidName, line: 2, field: "flows[0].name"),
    IssueCase(name: "slash in target name", yaml: flowHead + "    targets:\n      - name: erp/out\n        format: json\n",
              code: .configInvalidName, line: 5, field: "flows[0].targets[0].name"),
    IssueCase(name: "mode not octal", yaml: flowHead + "    targets:\n      - { name: erp, format: json, mode: \"0948\" }\n",
              code: .configInvalidMode, line: 5, field: "flows[0].targets[0].mode"),
    IssueCase(name: "world-writable mode", yaml: flowHead + "    targets:\n      - name: erp\n        format: json\n        mode: \"0666\"\n",
              code: .configWorldWritableMode, line: 7, field: "flows[0].targets[0].mode"),
    IssueCase(name: "negative settle", yaml: flowHead + "    pickup:\n      settle: -1\n",
              code: .configNegativeSettle, line: 5, field: "flows[0].pickup.settle"),
    IssueCase(name: "zero poll interval", yaml: "poll-interval: 0\n" + flowHead,
              code: .configInvalidPollInterval, line: 1, field: "poll-interval"),
    IssueCase(name: "zero file timeout", yaml: "file-timeout: 0\n" + flowHead,
              code: .configInvalidFileTimeout, line: 1, field: "file-timeout"),
    IssueCase(name: "same separators", yaml: flowHead + "    numbers:\n      decimal: \",\"\n      thousands: \",\"\n",
              code: .configSameSeparators, line: 6, field: "flows[0].numbers.thousands"),
    IssueCase(name: "same separators by default decimal", yaml: flowHead + "    numbers: { thousands: \".\" }\n",
              code: .configSameSeparators, line: 4, field: "flows[0].numbers.thousands"),
    IssueCase(name: "unknown source system", yaml: flowHead + "    source: sap\n",
              code: .configUnknownSystem, line: 4, field: "flows[0].source"),
    IssueCase(name: "unknown target system", yaml: flowHead + "    targets:\n      - name: erp\n        format: json\n        system: exact\n",
              code: .configUnknownSystem, line: 7, field: "flows[0].targets[0].system"),
    IssueCase(name: "unknown kind", yaml: "flows:\n  - name: orders\n    kind: invoice\n",
              code: .configUnknownKind, line: 3, field: "flows[0].kind"),
    IssueCase(name: "empty flows", yaml: "language: en\nflows: []\n", code: .configNoFlows, line: 2, field: "flows"),
    IssueCase(name: "flows without value", yaml: "language: en\nflows:\n", code: .configNoFlows, line: 2, field: "flows"),
    IssueCase(name: "flows missing", yaml: "language: en\n", code: .configNoFlows, line: 1, field: "flows"),
    IssueCase(name: "empty file", yaml: "", code: .configNoFlows, line: 1, field: "flows"),
    IssueCase(name: "marker without dot", yaml: flowHead + "    pickup:\n      marker: [.ok, done]\n",
              code: .configInvalidMarker, line: 5, field: "flows[0].pickup.marker"),
]

@Suite struct ConfigIssueTests {
    @Test(arguments: issueCases)
    func eachMistakeIsReportedWithCodeAndLine(_ issue: IssueCase) throws {
        let result = ConfigLoader.check(yaml: issue.yaml)
        #expect(result.config == nil)
        #expect(result.issues.map(\.code) == [issue.code])
        let found = try #require(result.issues.first)
        #expect(found.line == issue.line)
        #expect(found.error.location?.line == issue.line)
        #expect(found.error.location?.file == "ferry.yml")
        if let field = issue.field { #expect(found.field == field) }
        #expect(!found.error.hint(in: .en).isEmpty)
    }

    @Test func severalMistakesAreReportedAtOnceInFileOrder() {
        let yaml = """
        language: klingon
        poll-interval: -3
        flows:
          - name: orders
            kind: order
            format: yaml
            pickup:
              setle: 2
            targets:
              - name: erp
                format: json
                mode: "0777"
          - name: orders
            kind: parcel
            inbox: inbox/b
            targets:
              - name: erp
                format: json
        """
        let result = ConfigLoader.check(yaml: yaml)
        #expect(result.config == nil)
        let found = result.issues.map { "\($0.code) \($0.line)" }
        #expect(found == [
            "CONFIG-010 1", "CONFIG-018 2", "CONFIG-010 6", "CONFIG-008 8", "CONFIG-016 12",
            "CONFIG-011 13", "CONFIG-021 14", "CONFIG-012 17",
        ])
        #expect(result.issues.allSatisfy { $0.column > 0 })
    }

    @Test func unknownKeySuggestsTheClosestKey() throws {
        let cases = [("setle", "settle"), ("includes", "include"), ("mark", "marker")]
        for (written, expected) in cases {
            let yaml = flowHead + "    pickup:\n      \(written): x\n"
            let issue = try #require(ConfigLoader.check(yaml: yaml).issues.first)
            #expect(issue.error.arguments["suggestion"] == expected)
            #expect(issue.error.hint(in: .en).contains("`\(expected)`"))
        }
        let camel = try #require(ConfigLoader.check(yaml: flowHead + "    allOrNothing: true\n").issues.first)
        #expect(camel.error.arguments["suggestion"] == "all-or-nothing")
        #expect(camel.column == 5)
    }

    @Test func worldWritableModeSuggestsASafeMode() throws {
        let yaml = flowHead + "    targets:\n      - { name: erp, format: json, mode: \"0666\" }\n"
        let issue = try #require(ConfigLoader.check(yaml: yaml).issues.first)
        #expect(issue.error.arguments["suggestion"] == "0664")
    }

    @Test func issueRendersFileLineAndField() throws {
        let yaml = flowHead + "    targets:\n      - name: erp\n        format: yaml\n"
        let issue = try #require(ConfigLoader.check(yaml: yaml).issues.first)
        #expect(issue.error.location?.description == "ferry.yml:6 field flows[0].targets[0].format")
        #expect(issue.error.arguments["allowed"] == "csv, json, xml")
    }
}

/// `ferry check` hints that name the real cause.
@Suite struct ConfigHintTests {
    @Test func aFlowKeyIndentedUnderPickupIsSaidToBelongToTheFlow() throws {
        let yaml = flowHead + "    pickup:\n      settle: 0\n      targets:\n        - { name: erp, format: json }\n"
        let issue = try #require(ConfigLoader.check(yaml: yaml).issues.first)
        #expect(issue.code == .configMisplacedKey)
        #expect(issue.line == 6)
        #expect(issue.error.arguments["expected"] == "flows[0].targets")
        #expect(issue.error.message(in: .en).contains("`targets` is written inside `flows[0].pickup`"))
        #expect(!issue.error.hint(in: .en).contains("marker"))
    }

    @Test func aTopLevelKeyInsideAFlowIsSaidToBelongAtTheTop() throws {
        let issue = try #require(ConfigLoader.check(yaml: flowHead + "    language: nl\n").issues.first)
        #expect(issue.code == .configMisplacedKey)
        #expect(issue.error.arguments["expected"] == "language")
    }

    @Test func numberFormatPointsToNumbers() throws {
        let issue = try #require(ConfigLoader.check(yaml: flowHead + "    numberFormat: { decimal: \",\" }\n").issues.first)
        #expect(issue.code == .configUnknownKey)
        #expect(issue.error.arguments["suggestion"] == "numbers")
    }

    @Test func anUnquotedBracketInsideBracesIsAQuotingProblem() throws {
        let yaml = flowHead + "    targets:\n      - { name: erp, format: json, fields: { sku: $.lines[*].sku } }\n"
        let issue = try #require(ConfigLoader.check(yaml: yaml).issues.first)
        #expect(issue.code == .configSyntax)
        #expect(issue.error.hint(in: .en).contains("quote a value that contains `[`"))
        #expect(issue.error.hint(in: .nl).contains("tussen aanhalingstekens"))
    }

    @Test func theLanguageOfABrokenFileIsStillRead() {
        #expect(ConfigLoader.declaredLanguage(yaml: "language: nl  # Dutch\nflows:\n\t- x") == .nl)
        #expect(ConfigLoader.declaredLanguage(yaml: "language: \"de\"\n") == .de)
        #expect(ConfigLoader.declaredLanguage(yaml: "flows:\n  - language: fr\n") == nil)
        #expect(ConfigLoader.declaredLanguage(yaml: "language: klingon\n") == nil)
    }
}
