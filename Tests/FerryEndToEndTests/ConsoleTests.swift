import Foundation
import GRDB
import Glibc
import Testing

/// `ferry serve`: the pages and `/api/v1/` over a real root, driven over HTTP.
@Suite struct ConsoleTests {
    static func config(decimal: String = ".", extra: String = "") -> String {
        """
        \(extra)
        flows:
          - name: orders
            kind: order
            numbers: { decimal: "\(decimal)" }
            pickup: { settle: 0 }
            targets:
              - { name: erp, format: json }
        """
    }

    static let commaCSV = """
        number;orderDate;line.sku;line.quantity;line.unitPriceExclVat
        SO-7001;2026-11-21;BIKE-01;1;499,00

        """

    /// A root with one failed file (a decimal comma the flow does not expect); its id.
    static func failedRoot(extra: String = "") throws -> (FerryRoot, Int) {
        let root = try FerryRoot(config: config(extra: extra))
        try root.drop("comma.csv", into: "orders", commaCSV)
        #expect(try root.ferry(["run"]).status == 1)
        let id = try #require(try root.statusRecord(for: "comma.csv")["id"] as? Int)
        return (root, id)
    }

    @Test func overviewFailuresAndFileShowTheLocatedErrorThenReprocessExportsIt() throws {
        let (root, id) = try Self.failedRoot()
        defer { root.remove() }
        var serve = try ConsoleServe(root)
        let overview = try serve.get("/")
        #expect(overview.status == 200)
        #expect(overview.body.contains("1 awaiting attention"))
        #expect(overview.body.contains("comma.csv"))
        let failures = try serve.get("/failures")
        #expect(failures.body.contains("/files/\(id)/reprocess"))
        let file = try serve.get("/files/\(id)")
        #expect(file.status == 200)
        #expect(file.body.contains("<code>MAP-002</code>"))
        #expect(file.body.contains("comma.csv:2 field line.unitPriceExclVat"))
        #expect(file.body.contains("How to fix"))
        let input = try serve.get("/files/\(id)/input")
        #expect(input.body.contains("SO-7001;2026-11-21;BIKE-01;1;499,00"))

        // The cause fixed in ferry.yml: the console reads it when it starts.
        try root.write("ferry.yml", Self.config(decimal: ","))
        serve = try ConsoleServe(root)
        let dryRun = try serve.get("/files/\(id)/reprocess")
        #expect(dryRun.status == 200)
        #expect(dryRun.body.contains("The file would end exported."))
        #expect(dryRun.body.contains("outbox/orders/erp/"))
        #expect(root.outbox("orders", "erp").isEmpty, "a dry run writes nothing")
        let csrf = try #require(ConsoleServe.csrf(in: dryRun.body))

        let confirmed = try serve.post(form: "/files/\(id)/reprocess", ["csrf": csrf, "reason": "decimal comma configured"])
        #expect(confirmed.status == 303)
        #expect(confirmed.header("Location") == "/files/\(id)?done=reprocessed&outcome=exported")
        #expect(root.outbox("orders", "erp").count == 1)
        let record = try root.statusRecord(for: "comma.csv")
        #expect(record.outcome == "exported")
        #expect(record["reason"] as? String == "decimal comma configured")
        #expect(record["trigger"] as? String == "reprocess")
        #expect(record["by"] as? String == "console:local")

        let after = try serve.get("/files/\(id)?done=reprocessed&outcome=exported")
        #expect(after.body.contains("File #\(id) reprocessed: exported."))
        let exportLink = try #require(after.body.range(of: #"/exports/[0-9]+"#, options: .regularExpression).map { String(after.body[$0]) })
        let payload = try serve.get(exportLink)
        #expect(payload.status == 200)
        #expect(payload.body.contains("SO-7001"))
        #expect(payload.body.contains("499"))
        #expect(try serve.get("/").body.contains("All is well"))
    }

    @Test func resolveThroughTheAPIIsFerryResolve() throws {
        let (root, id) = try Self.failedRoot()
        defer { root.remove() }
        let serve = try ConsoleServe(root)
        let token = try serve.localToken
        #expect(token.count >= 32)
        #expect((try FileManager.default.attributesOfItem(atPath: root.path + "/.ferry/console-token"))[.posixPermissions] as? Int == 0o600)
        // A second console on the root (a watch --http beside it) keeps the same token.
        let second = try ConsoleServe(root)
        #expect(try second.localToken == token)
        #expect(try serve.post(api: "/api/v1/files/\(id)/resolve", ["reason": "x"], token: nil).status == 401)
        #expect(try serve.post(api: "/api/v1/files/\(id)/resolve", ["reason": "x"], token: "forged-token").status == 401)
        #expect(try serve.post(api: "/api/v1/files/\(id)/resolve", [:], token: token).status == 400)
        #expect(try serve.post(api: "/api/v1/files/999/resolve", ["reason": "x"], token: token).status == 404)
        let resolved = try serve.post(api: "/api/v1/files/\(id)/resolve", ["reason": "entered by hand"], token: token)
        #expect(resolved.status == 200)
        #expect(resolved.object["resolved"] as? Bool == true)
        let record = try root.statusRecord(for: "comma.csv")
        #expect((record["resolved"] as? [String: Any])?["reason"] as? String == "entered by hand")
        #expect((record["resolved"] as? [String: Any])?["by"] as? String == "console:token", "the API's bearer token acted")
        let entry = (try serve.get("/api/v1/log").object["entries"] as? [[String: Any]])?.last
        #expect(entry?["action"] as? String == "resolved" && entry?["by"] as? String == "console:token")
        #expect((try serve.get("/api/v1/files/\(id)").object["resolvedBy"] as? String) == "console:token")
        #expect(!(try root.ferry(["status", "--json"]).stdout.contains("comma.csv")))
        let log = try root.ledger { try String.fetchAll($0, sql: "SELECT detail FROM activity WHERE action = 'resolved'") }
        #expect(log == ["entered by hand"])
    }

    @Test func aFileThatDidNotFailCannotBeResolvedAndTheAPISaysWhy() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        try root.drop("o.json", into: "orders", Samples.orderJSON(number: "SO-7101", lines: [("BIKE-01", "1", "499.00")]))
        try root.ferry(["run"])
        let id = try #require(try root.statusRecord(for: "o.json")["id"] as? Int)
        let serve = try ConsoleServe(root)
        let refused = try serve.post(api: "/api/v1/files/\(id)/resolve", ["reason": "x"], token: try serve.localToken)
        #expect(refused.status == 409)
        #expect((refused.object["error"] as? [String: Any])?["code"] as? String == "ENGINE-021")
    }

    @Test func apiStatusAndLogAreTheCommandsJSON() throws {
        let (root, id) = try Self.failedRoot()
        defer { root.remove() }
        try root.drop("o.json", into: "orders", Samples.orderJSON(number: "SO-7201", lines: [("BIKE-01", "1", "499.00")]))
        try root.ferry(["run"])
        let serve = try ConsoleServe(root)
        func object(_ text: String) -> NSDictionary? {
            (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? NSDictionary
        }
        #expect(object(try serve.get("/api/v1/status").body) == object(try root.ferry(["status", "--json"]).stdout))
        #expect(
            object(try serve.get("/api/v1/log?key=SO-7201").body) == object(try root.ferry(["log", "--json", "--key", "SO-7201"]).stdout))
        let file = try serve.get("/api/v1/files/\(id)").object
        #expect(file["file"] as? String == "comma.csv")
        #expect(((file["documents"] as? [[String: Any]])?.first?["errors"] as? [[String: Any]])?.first?["code"] as? String == "MAP-002")
        #expect(try serve.get("/api/v1/files/\(id)/input").body.contains("499,00"))
        let dryRun = try serve.get("/api/v1/files/\(id)/dry-run").object
        #expect((dryRun["files"] as? [[String: Any]])?.first?["outcome"] as? String == "failed")
        #expect(try serve.get("/api/v1/files/424242").status == 404)
    }

    @Test func filesArePagedNewestFirstByKeysetAndFiltered() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        for n in 1...5 {
            try root.drop("o\(n).json", into: "orders", Samples.orderJSON(number: "SO-73\(n)", lines: [("BIKE-01", "1", "499.00")]))
            try root.ferry(["run"])
        }
        let serve = try ConsoleServe(root)
        var ids: [Int] = []
        var path = "/api/v1/files?limit=2"
        while true {
            let page = try serve.get(path).object
            ids += (page["files"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }
            guard let next = page["next"] as? Int else { break }
            path = "/api/v1/files?limit=2&before=\(next)"
        }
        #expect(ids == [5, 4, 3, 2, 1])
        let named = try serve.get("/api/v1/files?q=o3").object["files"] as? [[String: Any]]
        #expect(named?.map { $0["file"] as? String } == ["o3.json"])
        #expect((try serve.get("/api/v1/files?outcome=failed").object["files"] as? [Any])?.isEmpty == true)
        let html = try serve.get("/files?limit=2")
        #expect(html.body.contains("o5.json") && html.body.contains("o4.json") && !html.body.contains("o3.json"))
        #expect(html.body.contains("/files?before=4&amp;limit=2"))
        let older = try serve.get("/files?before=4&limit=2")
        #expect(older.body.contains("o3.json") && !older.body.contains("o4.json"))
    }

    @Test func amendedAfterExportIsAcknowledgedWithAReason() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        try root.drop("first.json", into: "orders", Samples.orderJSON(number: "SO-7401", lines: [("BIKE-01", "1", "499.00")]))
        try root.ferry(["run"])
        try root.drop("second.json", into: "orders", Samples.orderJSON(number: "SO-7401", lines: [("BIKE-01", "3", "499.00")]))
        #expect(try root.ferry(["run"]).status == 5)
        let serve = try ConsoleServe(root)
        let page = try serve.get("/amended")
        #expect(page.body.contains("SO-7401"))
        let csrf = try #require(ConsoleServe.csrf(in: page.body))
        let id = try #require(try root.statusRecord(for: "second.json")["id"] as? Int)
        let key = "canonical/sales/SO-7401"
        #expect(try serve.post(form: "/amended/acknowledge", ["file": "\(id)", "key": key, "reason": "x"]).status == 403)
        let done = try serve.post(form: "/amended/acknowledge", ["csrf": csrf, "file": "\(id)", "key": key, "reason": "told the ERP team"])
        #expect(done.status == 303)
        #expect(!(try serve.get("/amended").body.contains("told")))
        #expect(!(try serve.get("/amended").body.contains("amended-\(id)")))
        let status = try root.ferry(["status", "--json"]).stdout
        #expect(!status.contains("SO-7401"), "acknowledged: off the attention list of `ferry status` too")
        // Its trace in the status record, the file page and `ferry log`, with who (loopback, no sign-in).
        let acknowledged = try #require(try root.statusRecord(for: "second.json")["acknowledged"] as? [[String: Any]])
        #expect(acknowledged.count == 1)
        #expect(acknowledged.first?["key"] as? String == key)
        #expect(acknowledged.first?["reason"] as? String == "told the ERP team")
        #expect(acknowledged.first?["by"] as? String == "console:local")
        let filePage = try serve.get("/files/\(id)").body
        #expect(filePage.contains("id=\"acknowledged\"") && filePage.contains("told the ERP team") && filePage.contains("by console:local"))
        #expect(try root.ferry(["log"]).stdout.contains("acknowledged: told the ERP team (by console:local)"))
        // Twice is refused: nothing awaits any more.
        let again = try serve.post(form: "/amended/acknowledge", ["csrf": csrf, "file": "\(id)", "key": key, "reason": "again"])
        #expect(again.status == 409)
        #expect(again.body.contains("CONSOLE-005"))
    }

    @Test func lineageFindsEveryFileOfAKey() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        try root.drop("a.json", into: "orders", Samples.orderJSON(number: "SO-7501", lines: [("BIKE-01", "1", "499.00")]))
        try root.ferry(["run"])
        try root.drop("b.json", into: "orders", Samples.orderJSON(number: "SO-7501", lines: [("BIKE-01", "1", "499.00")], note: "sent again"))
        try root.ferry(["run"])
        let serve = try ConsoleServe(root)
        let page = try serve.get("/lineage?key=SO-7501")
        #expect(page.body.contains("a.json") && page.body.contains("b.json"))
        #expect(page.body.contains("amended-after-export"), "the second file changed the order")
        #expect(try serve.get("/lineage?key=SO-9999").body.contains("No record of SO-9999."))
    }

    @Test func watchWithHTTPServesTheConsoleBesideTheWatch() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        let watch = try ConsoleServe(root, arguments: ["watch", "--http", "127.0.0.1:0"])
        try root.drop("w.json", into: "orders", Samples.orderJSON(number: "SO-7701", lines: [("BIKE-01", "1", "499.00")]))
        var files: [[String: Any]] = []
        let deadline = Date().addingTimeInterval(30)
        while files.first?["outcome"] as? String != "exported", Date() < deadline {
            Thread.sleep(forTimeInterval: 0.2)
            files = try watch.get("/api/v1/files").object["files"] as? [[String: Any]] ?? []
        }
        #expect(files.first?["file"] as? String == "w.json")
        #expect(files.first?["outcome"] as? String == "exported")
        #expect(try watch.get("/").body.contains("All is well"))
        watch.process.terminate()
        watch.process.waitUntilExit()
        #expect(watch.process.terminationStatus == 0, "SIGTERM ends the watch, and the console with it")
    }

    @Test func aPortInUseStopsServeWithAnEnvironmentExit() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        let first = try ConsoleServe(root)
        let second = try root.ferry(["serve", "--listen", "127.0.0.1:\(first.port)"])
        #expect(second.status == 4)
        #expect(second.stderr.contains("CONSOLE-006"), "\(second.stderr)")
        let bad = try root.ferry(["serve", "--listen", "localhost"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("CONSOLE-003"))
    }

    @Test func metricsAreDerivedFromTheLedgerAndTheInbox() throws {
        let (root, _) = try Self.failedRoot()
        defer { root.remove() }
        try root.drop("o.json", into: "orders", Samples.orderJSON(number: "SO-7801", lines: [("BIKE-01", "1", "499.00")]))
        try root.ferry(["run"])
        try root.drop("later.json", into: "orders", Samples.orderJSON(number: "SO-7802", lines: [("BIKE-01", "1", "499.00")]))
        let serve = try ConsoleServe(root)
        let metrics = try serve.get("/metrics")
        #expect(metrics.status == 200)
        #expect(metrics.header("Content-Type")?.hasPrefix("text/plain; version=0.0.4") == true)
        let lines = Set(metrics.body.split(separator: "\n").map(String.init))
        for expected in [
            #"ferry_files{flow="orders",outcome="failed"} 1.0"#, #"ferry_files{flow="orders",outcome="exported"} 1.0"#,
            #"ferry_documents{flow="orders",outcome="failed"} 1.0"#, #"ferry_documents{flow="orders",outcome="exported"} 1.0"#,
            #"ferry_failures_awaiting_attention{flow="orders"} 1.0"#, #"ferry_amended_awaiting_attention{flow="orders"} 0.0"#,
            #"ferry_files_waiting{flow="orders"} 1.0"#, #"ferry_files_in_progress{flow="orders"} 0.0"#,
            #"ferry_export_duration_seconds_count{flow="orders",target="erp"} 1"#,
            "# TYPE ferry_export_duration_seconds histogram",
        ] {
            #expect(lines.contains(expected), "\(expected) not in:\n\(metrics.body)")
        }
        #expect(lines.contains { $0.hasPrefix(#"ferry_last_success_timestamp_seconds{flow="orders"} 1"#) })

        // The inbox and the ledger's running totals are read at each scrape.
        try root.ferry(["run"])
        let next = try serve.get("/metrics").body
        #expect(next.contains(#"ferry_files_waiting{flow="orders"} 0.0"#))
        #expect(next.contains(#"ferry_files{flow="orders",outcome="exported"} 2.0"#), "\(next)")
        #expect(next.contains(#"ferry_export_duration_seconds_count{flow="orders",target="erp"} 2"#), "\(next)")
        #expect(!next.contains("ferry_files_processed_total"), "serve has no live counters")
    }

    @Test func aWatchWithHTTPServesLiveCountersAndTheExportDurationHistogram() throws {
        // A failed file and an exported one in the ledger before the watch starts.
        let (root, _) = try Self.failedRoot()
        defer { root.remove() }
        try root.drop("before.json", into: "orders", Samples.orderJSON(number: "SO-7900", lines: [("BIKE-01", "1", "499.00")]))
        try root.ferry(["run"])
        let watch = try ConsoleServe(root, arguments: ["watch", "--http", "127.0.0.1:0"])
        try root.drop("w1.json", into: "orders", Samples.orderJSON(number: "SO-7901", lines: [("BIKE-01", "1", "499.00")]))
        try root.drop("w2.json", into: "orders", Samples.orderJSON(number: "SO-7902", lines: [("BIKE-01", "1", "499.00")]))
        try root.drop("bad.json", into: "orders", "[{not json")
        var body = ""
        let deadline = Date().addingTimeInterval(30)
        // Until the watch has taken all three files (in one pass or more).
        while !(body.contains(#"ferry_files_processed_total{flow="orders",outcome="exported"} 2"#)
            && body.contains(#"ferry_files_processed_total{flow="orders",outcome="failed"} 1"#)), Date() < deadline
        {
            Thread.sleep(forTimeInterval: 0.2)
            body = try watch.get("/metrics").body
        }
        let lines = Set(body.split(separator: "\n").map(String.init))
        for expected in [
            "# TYPE ferry_files_processed_total counter",
            #"ferry_files_processed_total{flow="orders",outcome="exported"} 2"#,
            #"ferry_documents_processed_total{flow="orders",outcome="exported"} 2"#,
            "# TYPE ferry_export_duration_seconds histogram",
            // The two exports this watch made, not the one the ledger had before.
            #"ferry_export_duration_seconds_count{flow="orders",target="erp"} 2"#,
            #"ferry_export_duration_seconds_bucket{flow="orders",target="erp",le="+Inf"} 2"#,
            // The ledger's gauges beside them count the files from before the watch too.
            #"ferry_files{flow="orders",outcome="failed"} 2.0"#, #"ferry_files{flow="orders",outcome="exported"} 3.0"#,
        ] {
            #expect(lines.contains(expected), "\(expected) not in:\n\(body)")
        }
        #expect(lines.contains { $0.hasPrefix(#"ferry_export_duration_seconds_bucket{flow="orders",target="erp",le="0.005"}"#) }, "\(body)")
        #expect(lines.contains { $0.hasPrefix(#"ferry_files_processed_total{flow="orders",outcome="failed"} "#) }, "\(body)")
        #expect(body.components(separatedBy: "# TYPE ferry_export_duration_seconds histogram").count == 2, "one histogram, the live one")
        watch.process.terminate()
        watch.process.waitUntilExit()
    }

    // MARK: Security

    @Test func formsWithoutOrWithAForgedCSRFTokenOrFromAnotherSiteAreRefused() throws {
        let (root, id) = try Self.failedRoot()
        defer { root.remove() }
        let serve = try ConsoleServe(root)
        let csrf = try #require(ConsoleServe.csrf(in: try serve.get("/files/\(id)").body))
        #expect(try serve.post(form: "/files/\(id)/resolve", ["reason": "x"]).status == 403)
        #expect(try serve.post(form: "/files/\(id)/resolve", ["reason": "x", "csrf": String(repeating: "0", count: 64)]).status == 403)
        let crossSite = try serve.post(form: "/files/\(id)/resolve", ["reason": "x", "csrf": csrf], headers: ["Origin": "http://evil.example"])
        #expect(crossSite.status == 403)
        let sandboxed = try serve.post(form: "/files/\(id)/resolve", ["reason": "x", "csrf": csrf], headers: ["Origin": "null"])
        #expect(sandboxed.status == 403)
        let huge = try serve.post(form: "/files/\(id)/resolve", ["reason": String(repeating: "x", count: 1_100_000), "csrf": csrf])
        #expect(huge.status == 413)
        #expect(try root.statusRecord(for: "comma.csv")["resolved"] is NSNull, "nothing was resolved")
        // A page asked for under another host name (DNS rebinding) is refused.
        #expect(try serve.request("GET", "/", hostHeader: "evil.example:\(serve.port)").status == 403)
        // Behind a TLS proxy the browser names the public origin; the proxy says which host it forwarded.
        let proxied = try serve.post(
            form: "/files/\(id)/resolve", ["reason": "by hand", "csrf": csrf],
            headers: ["Origin": "https://ferry.example.com", "X-Forwarded-Host": "ferry.example.com"])
        #expect(proxied.status == 303)
        #expect((try root.statusRecord(for: "comma.csv")["resolved"] as? [String: Any])?["reason"] as? String == "by hand")
        let done = try serve.post(form: "/files/\(id)/resolve", ["reason": "by hand", "csrf": csrf])
        #expect(done.status == 303, "on loopback, without a proxy")
        #expect(done.header("Location") == "/files/\(id)?done=resolved")
    }

    @Test func filesAreReadByLedgerIdOnlyNeverByAPathFromTheRequest() throws {
        let (root, id) = try Self.failedRoot()
        defer { root.remove() }
        try root.write("secret.txt", "TOP-SECRET-OUTSIDE-ARCHIVE")
        let serve = try ConsoleServe(root)
        let attempts = [
            "/files/../secret.txt", "/files/..%2Fsecret.txt", "/files/%2e%2e/%2e%2e/etc/passwd", "/exports/..%2F..%2Fferry.yml",
            "/files/\(id)/input/../../../secret.txt", "/api/v1/files/..%2F..%2Fsecret.txt/input", "/api/v1/exports/-1/payload",
            "/style.css/../../secret.txt", "/files/\(id)%2F..%2F..%2Fsecret.txt", "/exports/1e3", "/api/v1/files/0x1/input",
        ]
        for path in attempts {
            let response = try serve.get(path)
            #expect(response.status == 404 || response.status == 200 && response.body.contains("<h1>"), "\(path): \(response.status)")
            #expect(!response.body.contains("TOP-SECRET"), "\(path)")
            #expect(!response.body.contains("root:x:0:0"), "\(path)")
        }
        // An archived input replaced by a link to a file outside the archive is not followed.
        let archived = try #require(root.files(under: "archive").first { $0.hasSuffix("/comma.csv") })
        try FileManager.default.removeItem(atPath: root.path + "/" + archived)
        try FileManager.default.createSymbolicLink(atPath: root.path + "/" + archived, withDestinationPath: root.path + "/secret.txt")
        #expect(try serve.get("/files/\(id)/input").status == 404)
        #expect(try serve.get("/api/v1/files/\(id)/input").status == 404)
    }

    @Test func nonLoopbackAddressNeedsSignInAndSignInIsChecked() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        let refused = try root.ferry(["serve", "--listen", "0.0.0.0:0"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("CONSOLE-001"))

        let line = try root.ferry(["serve", "--hash-password", "alice"], stdin: "correct horse\n")
        #expect(line.status == 0)
        #expect(line.stdout.hasPrefix("alice:pbkdf2-sha256:"))
        try root.write("users", line.stdout)
        #expect(chmod(root.path + "/users", 0o644) == 0)
        try root.write("ferry.yml", Self.config(extra: "serve: { users-file: users }"))
        let open = try root.ferry(["serve", "--listen", "0.0.0.0:0"])
        #expect(open.status == 2, "a users file others may read is refused")
        #expect(open.stderr.contains("CONSOLE-002"))
        #expect(chmod(root.path + "/users", 0o600) == 0)

        let serve = try ConsoleServe(root, listen: "0.0.0.0:0")
        let anonymous = try serve.get("/")
        #expect(anonymous.status == 401)
        #expect(anonymous.header("WWW-Authenticate")?.hasPrefix("Basic") == true)
        #expect(try serve.get("/api/v1/status").status == 401)
        func basic(_ user: String, _ password: String) -> [String: String] {
            ["Authorization": "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()]
        }
        #expect(try serve.get("/", headers: basic("alice", "wrong")).status == 401)
        #expect(try serve.get("/", headers: basic("mallory", "correct horse")).status == 401)
        #expect(try serve.get("/", headers: basic("alice", "correct horse")).status == 200)
        #expect(try serve.get("/api/v1/status", headers: basic("alice", "correct horse")).status == 200)
    }

    @Test func connectionSecretsNeverAppear() throws {
        let canary = "CANARY-console-5d1e-do-not-print"
        let (root, id) = try Self.failedRoot(extra: "connections:\n  sendcloud:\n    api-key: \(canary)\n")
        defer { root.remove() }
        let serve = try ConsoleServe(root)
        let paths = [
            "/", "/failures", "/files", "/files/\(id)", "/files/\(id)/input", "/files/\(id)/reprocess", "/lineage?key=SO-7001", "/amended",
            "/api/v1/status", "/api/v1/log", "/api/v1/files", "/api/v1/files/\(id)", "/api/v1/files/\(id)/dry-run", "/style.css", "/metrics",
        ]
        for path in paths {
            let response = try serve.get(path)
            #expect(response.status == 200, "\(path)")
            #expect(!response.body.contains(canary), "\(path)")
            #expect(!response.body.contains("CANARY"), "\(path)")
        }
    }

    @Test func everyResponseCarriesSecurityHeadersAndNoScript() throws {
        let (root, id) = try Self.failedRoot()
        defer { root.remove() }
        let serve = try ConsoleServe(root)
        for path in ["/", "/files/\(id)", "/api/v1/status", "/nowhere", "/style.css"] {
            let response = try serve.get(path)
            let policy = try #require(response.header("Content-Security-Policy"), "\(path)")
            #expect(policy.contains("default-src 'none'") && policy.contains("frame-ancestors 'none'"))
            #expect(!policy.contains("unsafe-inline") && !policy.contains("script-src"))
            #expect(response.header("X-Frame-Options") == "DENY")
            #expect(response.header("X-Content-Type-Options") == "nosniff")
            #expect(!response.body.contains("<script"))
        }
    }

    @Test func pagesSpeakTheRootsLanguage() throws {
        let root = try FerryRoot(config: "language: nl\n" + Self.config())
        defer { root.remove() }
        let serve = try ConsoleServe(root)
        let page = try serve.get("/")
        #expect(page.body.contains("<html lang=\"nl\">"))
        #expect(page.body.contains("Overzicht"))
        #expect(page.body.contains("Alles in orde"))
        try root.drop("a.json", into: "orders", Samples.orderJSON(number: "SO-7901", lines: [("BIKE-01", "1", "499.00")]))
        try root.ferry(["run"])
        try root.drop("b.json", into: "orders", Samples.orderJSON(number: "SO-7901", lines: [("BIKE-01", "2", "499.00")]))
        try root.ferry(["run"])
        let lineage = try serve.get("/lineage?key=SO-7901")
        #expect(lineage.body.contains("gewijzigd na de export door bestand #1"), "the lineage's reasons in the root's language too")
    }

    @Test func ferryAcknowledgeIsTheConsolesAcknowledgeOnTheCommandLine() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        try root.drop("a.json", into: "orders", Samples.orderJSON(number: "SO-7902", lines: [("BIKE-01", "1", "499.00")]))
        try root.ferry(["run"])
        try root.drop("b.json", into: "orders", Samples.orderJSON(number: "SO-7902", lines: [("BIKE-01", "2", "499.00")]))
        #expect(try root.ferry(["run"]).status == 5)
        let id = try #require(try root.statusRecord(for: "b.json")["id"] as? Int)
        #expect(try root.ferry(["status", "--json"]).stdout.contains("SO-7902"))
        let done = try root.ferry(["acknowledge", "\(id)", "--key", "SO-7902", "--reason", "phoned the customer"])
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout.contains("canonical/sales/SO-7902"))
        #expect(!(try root.ferry(["status", "--json"]).stdout.contains("SO-7902")))
        let again = try root.ferry(["acknowledge", "\(id)", "--key", "SO-7902", "--reason", "again"])
        #expect(again.status == 64)
        #expect(again.stderr.contains("CONSOLE-005"))
        let logged = try root.ledger {
            try Row.fetchAll($0, sql: "SELECT key, detail FROM activity WHERE action = 'acknowledged'").map { "\($0["key"] as String? ?? "") \($0["detail"] as String? ?? "")" }
        }
        #expect(logged == ["canonical/sales/SO-7902 phoned the customer"])
        // The command records the OS user, in the ledger and the status record.
        let user = try #require(getpwuid(getuid()).map { String(cString: $0.pointee.pw_name) })
        let acknowledged = try #require(try root.statusRecord(for: "b.json")["acknowledged"] as? [[String: Any]])
        #expect(acknowledged.map { $0["by"] as? String } == [user])
        #expect(try root.ferry(["log"]).stdout.contains("acknowledged: phoned the customer (by \(user))"))
        // A ledger rebuilt from the status records keeps it acknowledged.
        try FileManager.default.removeItem(atPath: root.path + "/.ferry")
        let rebuild = try root.ferry(["ledger", "rebuild"])
        #expect(rebuild.status == 0, "\(rebuild.stderr)")
        #expect(!(try root.ferry(["status", "--json"]).stdout.contains("SO-7902")), "still acknowledged after a rebuild")
    }

    @Test func theCommandLineRecordsTheOSUserAsWhoResolvedOrReprocessed() throws {
        let (root, id) = try Self.failedRoot()
        defer { root.remove() }
        let user = try #require(getpwuid(getuid()).map { String(cString: $0.pointee.pw_name) })
        #expect(try root.ferry(["reprocess", "\(id)", "--reason", "try again"]).status == 1)
        var record = try root.statusRecord(for: "comma.csv")
        #expect(record["by"] as? String == user)
        #expect((record["previousAttempts"] as? [[String: Any]])?.first?["by"] == nil, "the first attempt was a run")
        #expect(try root.ferry(["resolve", "\(id)", "--reason", "typed in by hand"]).status == 0)
        record = try root.statusRecord(for: "comma.csv")
        #expect((record["resolved"] as? [String: Any])?["by"] as? String == user)
        let log = try root.ferry(["log", "--json"]).stdout
        let entries = try #require((try JSONSerialization.jsonObject(with: Data(log.utf8)) as? [String: Any])?["entries"] as? [[String: Any]])
        #expect(entries.filter { ["resolved", "reprocess"].contains($0["action"] as? String) }.map { $0["by"] as? String } == [user, user])
        let page = try ConsoleServe(root).get("/files/\(id)").body
        #expect(page.contains("typed in by hand (by \(user))"), "the file page names who resolved it")
    }
}
