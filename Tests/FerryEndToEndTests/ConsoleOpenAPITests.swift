import Foundation
import SharedFiles
import Testing

/// docs/console-openapi.yaml is a valid OpenAPI document, and what a real `ferry serve`
/// answers on every documented operation matches it (scripts/console-openapi-check.py).
@Suite struct ConsoleOpenAPITests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try PythonScript.run(arguments)
    }

    static let validatorInstalled: Bool = {
        (try? python(["-c", "import openapi_spec_validator, jsonschema, yaml"]).status) == 0
    }()

    @Test(.enabled(if: validatorInstalled, "needs python3 with openapi-spec-validator (pip install openapi-spec-validator)"))
    func everyOperationAnswersAsDocumented() throws {
        let (root, id) = try ConsoleTests.failedRoot()
        defer { root.remove() }
        try root.drop("first.json", into: "orders", Samples.orderJSON(number: "SO-7601", lines: [("BIKE-01", "1", "499.00")]))
        try root.ferry(["run"])
        try root.drop("second.json", into: "orders", Samples.orderJSON(number: "SO-7601", lines: [("BIKE-01", "2", "499.00")]))
        try root.ferry(["run"])
        let amendedId = try #require(try root.statusRecord(for: "second.json")["id"] as? Int)
        let exportedId = try #require(try root.statusRecord(for: "first.json")["id"] as? Int)
        let serve = try ConsoleServe(root)
        let token = try serve.localToken
        let exportId = try #require(try root.ledger { try Int.fetchOne($0, sql: "SELECT MIN(id) FROM export") })
        var seen: [[String: Any]] = []
        func record(_ method: String, _ path: String, _ response: ConsoleServe.Response) {
            seen.append(["method": method, "path": path, "status": response.status, "body": response.body])
        }
        for path in [
            "/api/v1/status", "/api/v1/log", "/api/v1/log?key=SO-7601", "/api/v1/files", "/api/v1/files?limit=1",
            "/api/v1/files/\(id)", "/api/v1/files/\(exportedId)", "/api/v1/files/\(id)/input", "/api/v1/files/\(id)/dry-run",
            "/api/v1/files/\(exportedId)/dry-run?force=true", "/api/v1/exports/\(exportId)", "/api/v1/exports/\(exportId)/payload",
            "/api/v1/files/987654", "/api/v1/exports/987654",
        ] {
            record("GET", path, try serve.get(path))
        }
        for (path, body) in [
            ("/api/v1/files/\(id)/resolve", [String: Any]()), ("/api/v1/files/\(exportedId)/resolve", ["reason": "x"]),
            ("/api/v1/files/\(amendedId)/acknowledge", ["key": "canonical/sales/SO-7601", "reason": "seen"]),
            ("/api/v1/files/\(amendedId)/acknowledge", ["key": "canonical/sales/SO-7601", "reason": "twice"]),
            ("/api/v1/files/\(id)/reprocess", ["reason": "retry", "force": false]),
            ("/api/v1/files/\(id)/resolve", ["reason": "by hand"]),
        ] {
            record("POST", path, try serve.post(api: path, body, token: token))
        }
        record("POST", "/api/v1/files/\(id)/reprocess", try serve.post(api: "/api/v1/files/\(id)/reprocess", ["reason": "x"], token: nil))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("console-responses-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try JSONSerialization.data(withJSONObject: seen).write(to: file)
        let check = try Self.python([Self.repository + "/scripts/console-openapi-check.py", Self.repository + "/docs/console-openapi.yaml", file.path])
        #expect(check.status == 0, "\(check.output)")
        #expect(seen.contains { $0["status"] as? Int == 409 }, "a refused action is among them")
    }
}
