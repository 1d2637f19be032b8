import Foundation
import Testing

/// Ferry's depth and column limits end to end: a file at each limit is exported, one past it
/// fails with the limit's own code, and far past it (100,000 levels or columns) fails the same way.
extension HostileInputTests {
    static let depthLimit = 256
    static let columnLimit = 10_000

    /// Drops each (name, bytes), runs once, and returns the verdict per name.
    static func run(_ inputs: [(String, Data)], flow: String = "orders") throws -> (FerryRoot, [String: InputVerdict]) {
        let root = try FerryRoot()
        for (name, bytes) in inputs { try root.drop(name, into: flow, bytes: bytes) }
        let start = ContinuousClock.now
        try root.ferry(["run"])
        #expect(ContinuousClock.now - start < .seconds(60))
        var verdicts: [String: InputVerdict] = [:]
        for (name, _) in inputs { verdicts[name] = try root.verdict(for: name) }
        return (root, verdicts)
    }

    static func expect(_ verdicts: [String: InputVerdict], _ name: String, exported: Bool, code: String? = nil) {
        let verdict = verdicts[name]
        if exported {
            #expect(verdict?.outcome == "exported", "\(name): \(String(describing: verdict))")
        } else {
            #expect(verdict?.outcome == "failed", "\(name): \(String(describing: verdict))")
            #expect(verdict?.fileCodes.first == code, "\(name): \(String(describing: verdict))")
        }
    }

    // MARK: Depth

    /// An order whose unknown field `extra` nests so that the file holds `containers` JSON containers.
    static func deepJSON(_ number: String, containers: Int) -> Data {
        let arrays = containers - 1
        let text = "{\"number\": \"\(number)\", \"lines\": [{\"sku\": \"B\", \"quantity\": 1}], \"extra\": "
            + String(repeating: "[", count: arrays) + String(repeating: "]", count: arrays) + "}\n"
        return Data(text.utf8)
    }

    /// An order whose unknown element `<Extra>` nests so that the deepest element is at `depth`.
    static func deepXML(_ number: String, depth: Int) -> Data {
        let inner = depth - 2
        let text = "<Order><Number>\(number)</Number><Lines><Line><Sku>B</Sku><Quantity>1</Quantity></Line></Lines><Extra>"
            + String(repeating: "<a>", count: inner) + "x" + String(repeating: "</a>", count: inner) + "</Extra></Order>\n"
        return Data(text.utf8)
    }

    @Test func nestingAtTheLimitIsExportedAndBeyondItIsTooDeep() throws {
        let (root, verdicts) = try Self.run([
            ("depth-256.json", Self.deepJSON("SO-D1", containers: Self.depthLimit)),
            ("depth-257.json", Self.deepJSON("SO-D2", containers: Self.depthLimit + 1)),
            ("depth-100000.json", Self.deepJSON("SO-D3", containers: 100_000)),
            ("depth-256.xml", Self.deepXML("SO-D4", depth: Self.depthLimit)),
            ("depth-257.xml", Self.deepXML("SO-D5", depth: Self.depthLimit + 1)),
            ("depth-100000.xml", Self.deepXML("SO-D6", depth: 100_000)),
        ])
        defer { root.remove() }
        Self.expect(verdicts, "depth-256.json", exported: true)
        Self.expect(verdicts, "depth-256.xml", exported: true)
        for name in ["depth-257.json", "depth-100000.json", "depth-257.xml", "depth-100000.xml"] {
            Self.expect(verdicts, name, exported: false, code: "INPUT-005")
        }
        #expect(root.outbox("orders", "orders-json").count == 2)
    }

    // MARK: Columns

    /// A one-order CSV with `columns` columns: the three it needs and unknown `x.N` ones.
    static func wideCSV(_ number: String, columns: Int) -> Data {
        let extra = columns - 3
        let header = (["number", "line.sku", "line.quantity"] + (0..<extra).map { "x.\($0)" }).joined(separator: ";")
        let row = ([number, "B", "1"] + Array(repeating: "v", count: extra)).joined(separator: ";")
        return Data((header + "\n" + row + "\n").utf8)
    }

    @Test func columnsAtTheLimitAreExportedAndBeyondItAreTooMany() throws {
        let (root, verdicts) = try Self.run([
            ("columns-10000.csv", Self.wideCSV("SO-C1", columns: Self.columnLimit)),
            ("columns-10001.csv", Self.wideCSV("SO-C2", columns: Self.columnLimit + 1)),
            ("columns-100000.csv", Self.wideCSV("SO-C3", columns: 100_000)),
        ])
        defer { root.remove() }
        Self.expect(verdicts, "columns-10000.csv", exported: true)
        Self.expect(verdicts, "columns-10001.csv", exported: false, code: "INPUT-006")
        Self.expect(verdicts, "columns-100000.csv", exported: false, code: "INPUT-006")
    }

    /// A header within the limit but a data row of 100,000 cells.
    @Test func aHundredThousandCellRowIsTooManyColumns() throws {
        let row = "SO-C4;B;1" + String(repeating: ";", count: 99_997)
        let (root, verdicts) = try Self.run([("wide-row.csv", Data(("number;line.sku;line.quantity\n" + row + "\n").utf8))])
        defer { root.remove() }
        Self.expect(verdicts, "wide-row.csv", exported: false, code: "INPUT-006")
    }

    // The 64 MiB field limit (at and one past it, CSV, JSON and XML) runs in scripts/hostile-large:
    // a debug build needs 80-170 s per format, far over this suite's CI budget. The readers' own
    // tests check the same boundary with a small limit.
}
