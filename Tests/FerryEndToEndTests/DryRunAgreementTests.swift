import Foundation
import Testing

/// `ferry reprocess --dry-run` runs the real reprocess's decisions: for every outcome, the
/// dry run and then the real reprocess of the same file on the same root report the same
/// file outcome, the same exit code and the same outbox files.
@Suite struct DryRunAgreementTests {
    static func config(decimal: String = ".", filters: String? = nil, allOrNothing: Bool = false) -> String {
        """
        flows:
          - name: orders
            kind: order
            numbers: { decimal: "\(decimal)" }
            pickup: { settle: 0 }
        \(allOrNothing ? "    all-or-nothing: true\n" : "")\(filters.map { "    filters:\n      - \($0)\n" } ?? "")    targets:
              - { name: erp, format: json }
              - { name: batch, format: csv, per-input-file: true }
        """
    }

    static let commaCSV = """
        number;orderDate;line.sku;line.quantity;line.unitPriceExclVat
        SO-7001;2026-11-21;BIKE-01;1;499,00
        SO-7002;2026-11-21;CUP-10;12;3,50

        """

    /// One good order (decimal point) and one that fails (a quantity in words).
    static let halfBrokenCSV = """
        number;orderDate;line.sku;line.quantity;line.unitPriceExclVat
        SO-7101;2026-11-21;BIKE-01;1;499.00
        SO-7102;2026-11-21;CUP-10;twelve;3.50

        """

    static func order(_ number: String, quantity: String = "1") -> String {
        Samples.orderJSON(number: number, lines: [("BIKE-01", quantity, "499.00")])
    }

    /// How each case brings its file to the state in which it is reprocessed.
    enum Case: String, CaseIterable, CustomTestStringConvertible {
        case exportedAfterFix, unchanged, forced, duplicate, filtered, truncatedFile, everyDocumentFails, partial,
            amendedWithinFile, allOrNothing
        var testDescription: String { rawValue }
    }

    struct Prepared {
        var root: FerryRoot
        var file: String
        var arguments: [String]
        var expected: String
    }

    static func prepare(_ scenario: Case) throws -> Prepared {
        switch scenario {
        case .exportedAfterFix:
            let root = try FerryRoot(config: config())
            try root.drop("comma.csv", into: "orders", commaCSV)
            try root.ferry(["run", "--no-wait"])
            try root.write("ferry.yml", config(decimal: ","))
            return Prepared(root: root, file: "comma.csv", arguments: [], expected: "exported")
        case .unchanged:
            let root = try FerryRoot(config: config())
            try root.drop("o.json", into: "orders", order("SO-7201"))
            try root.ferry(["run", "--no-wait"])
            return Prepared(root: root, file: "o.json", arguments: [], expected: "unchanged")
        case .forced:
            let root = try FerryRoot(config: config())
            try root.drop("o.json", into: "orders", order("SO-7301"))
            try root.ferry(["run", "--no-wait"])
            return Prepared(root: root, file: "o.json", arguments: ["--force"], expected: "exported")
        case .duplicate:
            let root = try FerryRoot(config: config())
            try root.drop("a.json", into: "orders", order("SO-7401"))
            try root.ferry(["run", "--no-wait"])
            try root.drop("b.json", into: "orders", order("SO-7401"))
            try root.ferry(["run", "--no-wait"])
            #expect(try root.statusRecord(for: "b.json").outcome == "duplicate")
            return Prepared(root: root, file: "b.json", arguments: [], expected: "unchanged")
        case .filtered:
            let root = try FerryRoot(config: config(filters: "status: [processing]"))
            try root.drop("o.json", into: "orders", order("SO-7501"))
            try root.ferry(["run", "--no-wait"])
            return Prepared(root: root, file: "o.json", arguments: [], expected: "filtered")
        case .truncatedFile:
            // A JSON array whose first order is complete and whose second is cut off.
            let root = try FerryRoot(config: config())
            let second = order("SO-7602")
            try root.drop("cut.json", into: "orders", "[" + order("SO-7601") + ",\n" + second.prefix(second.count / 2))
            try root.ferry(["run", "--no-wait"])
            return Prepared(root: root, file: "cut.json", arguments: [], expected: "failed")
        case .everyDocumentFails:
            let root = try FerryRoot(config: config())
            try root.drop("comma.csv", into: "orders", commaCSV)
            try root.ferry(["run", "--no-wait"])
            return Prepared(root: root, file: "comma.csv", arguments: ["--reason", "not fixed yet"], expected: "failed")
        case .partial:
            let root = try FerryRoot(config: config(filters: "status: [processing]"))
            try root.drop("half.csv", into: "orders", halfBrokenCSV)
            try root.ferry(["run", "--no-wait"])
            try root.write("ferry.yml", config())
            return Prepared(root: root, file: "half.csv", arguments: [], expected: "partial")
        case .amendedWithinFile:
            // The same order twice in one file, the second copy changed: the dry run must
            // see the export its first copy would make, as the real run does.
            let root = try FerryRoot(config: config(filters: "status: [processing]"))
            try root.drop("twice.json", into: "orders", "[" + order("SO-7801") + ",\n" + order("SO-7801", quantity: "3") + "]")
            try root.ferry(["run", "--no-wait"])
            try root.write("ferry.yml", config())
            return Prepared(root: root, file: "twice.json", arguments: [], expected: "exported")
        case .allOrNothing:
            let root = try FerryRoot(config: config(filters: "status: [processing]", allOrNothing: true))
            try root.drop("half.csv", into: "orders", halfBrokenCSV)
            try root.ferry(["run", "--no-wait"])
            try root.write("ferry.yml", config(allOrNothing: true))
            return Prepared(root: root, file: "half.csv", arguments: [], expected: "failed")
        }
    }

    struct DryReport: Decodable {
        struct File: Decodable {
            var outcome: String
            var lines: [Line]
        }
        struct Line: Decodable {
            var action: String
            var detail: String
            var key: String?
        }
        var files: [File]
        var exitCode: Int32
    }

    @Test(arguments: Case.allCases) func dryRunAndRealReprocessAgree(_ scenario: Case) throws {
        let prepared = try Self.prepare(scenario)
        let root = prepared.root
        defer { root.remove() }
        let id = try #require(try root.statusRecord(for: prepared.file)["id"] as? Int)
        let outboxBefore = Set(root.outbox("orders", "erp") + root.outbox("orders", "batch"))

        let dry = try root.ferry(["reprocess", "\(id)", "--dry-run", "--json"] + prepared.arguments)
        let report = try JSONDecoder().decode(DryReport.self, from: Data(dry.stdout.utf8))
        let planned = try #require(report.files.first, "\(dry.stdout)\(dry.stderr)")
        let wouldWrite = Set(planned.lines.filter { $0.action == "export" }.map { $0.detail.components(separatedBy: " (").first ?? "" })
        let text = try root.ferry(["reprocess", "\(id)", "--dry-run"] + prepared.arguments)
        #expect(Set(root.outbox("orders", "erp") + root.outbox("orders", "batch")) == outboxBefore, "the dry run wrote nothing")

        let real = try root.ferry(["reprocess", "\(id)"] + prepared.arguments)
        let record = try root.statusRecord(for: prepared.file)
        let written = Set(root.outbox("orders", "erp") + root.outbox("orders", "batch")).subtracting(outboxBefore)

        #expect(record.outcome == prepared.expected, "\(real.stdout)\(real.stderr)")
        #expect(planned.outcome == record.outcome, "\(dry.stdout)")
        #expect(dry.status == real.status, "dry \(dry.status), real \(real.status)")
        #expect(text.status == real.status)
        #expect(report.exitCode == real.status)
        #expect(wouldWrite == written, "would write \(wouldWrite), wrote \(written)")
        #expect(text.stdout.contains("would end \(prepared.expected)"), "\(text.stdout)")
        if scenario == .amendedWithinFile {
            #expect(planned.lines.contains { $0.action == "amended-after-export" }, "\(dry.stdout)")
            #expect(record.documents.compactMap { $0["outcome"] as? String } == ["exported", "amended-after-export"])
        }
    }

    /// The case of the issue: a truncated array's complete first order is never "would write".
    @Test func truncatedFileSaysFailedWithTheFileError() throws {
        let prepared = try Self.prepare(.truncatedFile)
        let root = prepared.root
        defer { root.remove() }
        let dry = try root.ferry(["reprocess", "--failed", "--dry-run"])
        #expect(dry.status == 1, "\(dry.stdout)\(dry.stderr)")
        #expect(!dry.stdout.contains("would write"), "\(dry.stdout)")
        #expect(dry.stdout.contains("[JSON-"), "\(dry.stdout)")
    }

    /// Master data an earlier file of the request would record counts for the rules of a
    /// later one, in the dry run as in the real run: an article file fixed by the config and
    /// an order that failed `article-exists` for want of that article, reprocessed together.
    @Test func masterDataOfAnEarlierFileCountsForTheRulesOfALaterOne() throws {
        func config(_ decimal: String) -> String {
            """
            flows:
              - name: articles
                kind: article
                numbers: { decimal: "\(decimal)" }
                pickup: { settle: 0 }
                targets:
                  - { name: shop, format: json }
              - name: orders
                kind: order
                pickup: { settle: 0 }
                rules:
                  - article-exists
                targets:
                  - { name: erp, format: json }
            """
        }
        let root = try FerryRoot(config: config("."))
        defer { root.remove() }
        try root.drop("articles.csv", into: "articles", "sku;name;priceExclVat\nNEW-1;Nieuw artikel;12,50\n")
        try root.ferry(["run", "--no-wait"])
        try root.drop("order.json", into: "orders", Self.order("SO-9001").replacingOccurrences(of: "BIKE-01", with: "NEW-1"))
        try root.ferry(["run", "--no-wait"])
        #expect(try root.statusRecord(for: "articles.csv").outcome == "failed")
        #expect(try root.statusRecord(for: "order.json").outcome == "failed")
        try root.write("ferry.yml", config(","))

        let dry = try root.ferry(["reprocess", "--failed", "--dry-run", "--json"])
        let report = try JSONDecoder().decode(DryReport.self, from: Data(dry.stdout.utf8))
        let real = try root.ferry(["reprocess", "--failed"])
        #expect(real.status == 0, "\(real.stdout)\(real.stderr)")
        #expect(try root.statusRecord(for: "articles.csv").outcome == "exported")
        #expect(try root.statusRecord(for: "order.json").outcome == "exported")
        #expect(report.files.map(\.outcome) == ["exported", "exported"], "\(dry.stdout)")
        #expect(dry.status == real.status)
    }
}
