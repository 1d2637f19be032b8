import Foundation
import GRDB
import Testing

/// Credentials stored in ferry.yml for connectors never reach logs, records or `check`.
@Suite struct SecretsTests {
    static let canary = "CANARY-7f3a9c-do-not-print"

    @Test func aSecretNeverAppearsInAnyOutput() throws {
        let root = try FerryRoot(config: """
            connections:
              sendcloud:
                api-key: \(Self.canary)
                api-secret: "\(Self.canary)-2"
            on-failure: "true"
            flows:
              - name: orders
                kind: order
                pickup: { settle: 0 }
                targets:
                  - { name: erp, format: json }
            """)
        defer { root.remove() }
        try root.drop("good.json", into: "orders", Samples.orderJSON(number: "SO-C1", lines: [("A", "1", "1")]))
        try root.drop("bad.xml", into: "orders", Samples.brokenXML)
        var outputs: [String] = []
        for arguments in [["check"], ["run", "-v", "-v"], ["status"], ["status", "--json"], ["log"], ["log", "--json"], ["reprocess", "--failed", "--dry-run"]] {
            let result = try root.ferry(arguments)
            outputs.append(result.stdout + result.stderr)
        }
        #expect(outputs[0].contains("valid"))
        for file in root.files(under: "archive") + root.files(under: "outbox") {
            outputs.append(try root.read(file))
        }
        outputs.append(try root.ledger { db in
            try ["file", "attempt", "document", "export", "activity"].map { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map(\.description).joined()
            }.joined()
        })
        for (index, text) in outputs.enumerated() {
            #expect(!text.contains("CANARY-7f3a9c"), "output \(index) leaks the secret")
        }
    }

    @Test func aMistakeInTheConnectionsSectionIsReportedWithoutItsValue() throws {
        let root = try FerryRoot(config: """
            connections:
              sendcloud:
                api-key: [\(Self.canary)]
            flows:
              - name: orders
                kind: order
            """)
        defer { root.remove() }
        let check = try root.ferry(["check"])
        #expect(check.status == 2)
        #expect(check.stdout.contains("ferry.yml:3"))
        #expect(!(check.stdout + check.stderr).contains("CANARY-7f3a9c"))
    }
}
