import Foundation
import Testing

/// Hostile and malformed input through the real binary: each file ends `failed` with the code
/// of its cause, or is exported with the offending construct ignored; nothing is read outside it.
///
/// Inputs over 100 MB (a 200 MB line, a 2 GB text node) run in `scripts/hostile-large`,
/// whose results are in `docs/hostile-results.md`.
@Suite struct HostileInputTests {
    /// Fixture → the code its status record must carry (file-level or document-level).
    static let failing: [String: String] = [
        "truncated.json": "JSON-001",
        "truncated.xml": "XML-001",
        "truncated.csv": "CSV-002",
        "truncated-utf8.csv": "INPUT-003",
        "empty.json": "INPUT-002",
        "empty.xml": "INPUT-002",
        "empty.csv": "INPUT-002",
        "blank.json": "INPUT-002",
        "garbage.json": "INPUT-003",
        "garbage.xml": "XML-001", // libxml2 stops at the first byte: no markup at all
        "garbage.csv": "INPUT-003",
        "garbage.bin": "INPUT-003",
        "invalid-utf8.json": "INPUT-003",
        "invalid-utf8.xml": "INPUT-003",
        "invalid-utf8.csv": "INPUT-003",
        "mixed-encoding.csv": "INPUT-003",
        "mixed-encoding.xml": "INPUT-003",
        "unbalanced-quote.csv": "CSV-002",
        "text-after-quote.csv": "CSV-003",
        "duplicate-key.json": "JSON-009",
        "duplicate-header.csv": "CSV-005",
        "duplicate-attribute.xml": "XML-001",
        "duplicate-element.xml": "MAP-010",
        "huge-exponent.json": "MAP-002",
        "tiny-exponent.json": "MAP-002",
        "sixty-digits.json": "MAP-002",
        "sixty-digits.xml": "MAP-002",
        "sixty-digits.csv": "MAP-002",
        "precise-fraction.json": "MAP-002",
        "huge-line-number.json": "MAP-003",
        "billion-laughs.xml": "XML-003",
        "quadratic-blowup.xml": "XML-003",
    ]

    @Test func everyMalformedFixtureFailsWithTheCodeOfItsCause() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        for name in Self.failing.keys.sorted() {
            try root.drop(name, into: "orders", bytes: try HostileFixtures.data(name))
        }
        let start = ContinuousClock.now
        let run = try root.ferry(["run"])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(ContinuousClock.now - start < .seconds(30))
        for (name, code) in Self.failing.sorted(by: { $0.key < $1.key }) {
            let verdict = try root.verdict(for: name)
            #expect(verdict.outcome == "failed", "\(name): \(verdict)")
            #expect(verdict.allCodes.first == code, "\(name): \(verdict)")
        }
        #expect(root.outbox("orders", "orders-json").isEmpty)
        #expect(root.files(under: "inbox/orders").isEmpty)
    }

    /// `-0` is zero: the order is exported and its quantity and price are written as `0`.
    @Test func negativeZeroIsExportedAsZero() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        try root.drop("negative-zero.json", into: "orders", bytes: try HostileFixtures.data("negative-zero.json"))
        #expect(try root.ferry(["run"]).status == 0)
        #expect(try root.verdict(for: "negative-zero.json").outcome == "exported")
        let payload = try root.read(try #require(root.outbox("orders", "orders-json").first))
        #expect(payload.contains("\"quantity\": 0"), "\(payload)")
        #expect(!payload.contains(": -0"))
    }

    // MARK: Reading outside the file

    /// A canary file outside the root and a TCP listener on 127.0.0.1 that no input may reach.
    struct Bait {
        let folder: URL
        let canaryPath: String
        let dtdPath: String
        let secret = "CANARY-" + UUID().uuidString
        let listener: LoopbackListener

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-bait-" + UUID().uuidString)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            canaryPath = folder.appendingPathComponent("canary.txt").path
            dtdPath = folder.appendingPathComponent("order.dtd").path
            listener = try LoopbackListener()
            try Data(secret.utf8).write(to: URL(fileURLWithPath: canaryPath))
            // Loaded, this DTD would define &secret; and default an attribute to the canary text.
            let dtd = """
                <!ENTITY secret "\(secret)">
                <!ENTITY stolen SYSTEM "file://\(canaryPath)">
                <!ATTLIST Order leak CDATA "\(secret)">
                <!ENTITY % remote SYSTEM "http://127.0.0.1:\(listener.port)/more.dtd">
                %remote;
                """
            try Data(dtd.utf8).write(to: URL(fileURLWithPath: dtdPath))
        }

        var replacements: [String: String] { ["CANARY": canaryPath, "PORT": String(listener.port), "DTD": dtdPath] }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    static let bait: [String: String?] = [
        "xxe-file.xml": "XML-003",
        "xxe-http.xml": "XML-003",
        "xxe-parameter.xml": "XML-003",
        "external-dtd-entity.xml": "XML-004",
        "external-dtd-http.xml": nil,
        "external-dtd-file.xml": nil,
        "xinclude.xml": nil,
        "processing-instructions.xml": nil,
    ]

    @Test func externalEntitiesDTDsAndXIncludeNeverTouchTheCanaryOrTheListener() throws {
        let bait = try Bait()
        defer { bait.remove() }
        let root = try FerryRoot()
        defer { root.remove() }
        for name in Self.bait.keys.sorted() {
            try root.drop(name, into: "orders", bytes: try HostileFixtures.text(name, bait.replacements))
        }
        let start = ContinuousClock.now
        let run = try root.ferry(["run"])
        #expect(ContinuousClock.now - start < .seconds(30))
        #expect(run.status == 1)
        for (name, code) in Self.bait.sorted(by: { $0.key < $1.key }) {
            let verdict = try root.verdict(for: name)
            if let code {
                #expect(verdict.outcome == "failed", "\(name): \(verdict)")
                #expect(verdict.allCodes.first == code, "\(name): \(verdict)")
            } else {
                #expect(verdict.outcome == "exported", "\(name): \(verdict)")
            }
        }
        #expect(!bait.listener.receivedConnection(), "an input made Ferry connect to 127.0.0.1:\(bait.listener.port)")
        #expect(try root.anyFileContains(bait.secret).isEmpty, "the canary text leaked")
        #expect(!run.stdout.contains(bait.secret) && !run.stderr.contains(bait.secret))
        // The exported ones carry their own text only.
        let payloads = root.outbox("orders", "orders-json")
        #expect(payloads.count == 4, "\(payloads)")
        let piPayload = try root.read(try #require(payloads.first { $0.contains("SO-PI") }))
        #expect(piPayload.contains("\"notes\": \"ab\""), "\(piPayload)")
        let xiPayload = try root.read(try #require(payloads.first { $0.contains("SO-XI") }))
        #expect(!xiPayload.contains("\"notes\""), "\(xiPayload)")
    }
}
