import Configuration
import Foundation
import GRDB
import Glibc
import Logging
import SharedFiles
import Testing

@testable import Engine

/// A flow without filters or rules has its documents' payloads rendered on the reading
/// thread (`Rendered`, `ReadAhead`); with a filter, in step 1 of the export protocol. Both
/// must come to the same thing: the same outcomes, the same payload bytes under the same
/// names, the same content hashes and canonical JSON in the ledger, and a document that
/// cannot be rendered failing with the same located error.
@Suite struct RenderedTests {
    /// One article flow with a CSV target; `filtered` adds a filter that keeps everything.
    func config(filtered: Bool) throws -> FerryConfig {
        let yaml = """
            flows:
              - name: articles
                kind: article
                format: json
                pickup: { settle: 0 }
            \(filtered ? "    filters:\n      - { field: sku, not-equals: NEVER }\n" : "")\
                targets:
                  - { name: shop, format: csv }
            """
        return try #require(ConfigLoader.check(yaml: yaml).config)
    }

    /// More than `ExportGroup.smallFileBytes`, so the file is read by `ReadAhead`, not `Prefetch`.
    func articles() -> String {
        let text = String(repeating: "Sterk slot, ART-2 goedgekeurd. ", count: 120)
        let items = (1...400).map { number in
            // Article 7's category holds a `|`, which a CSV list item cannot carry (MAP-013).
            let categories = number == 7 ? #"["Sloten|Kettingen"]"# : #"["Sloten"]"#
            return #"{"sku":"A-\#(number)","name":"Slot \#(number)","longDescription":"\#(text)","priceExclVat":\#(number).50,"categories":\#(categories)}"#
        }
        return "[" + items.joined(separator: ",\n") + "]"
    }

    struct Result {
        var outcome: String
        var failures: [String]
        /// Payload digests by file name.
        var payloads: [String: String]
        var ledger: [String]
    }

    func run(filtered: Bool, input: String) throws -> Result {
        try run(filtered: filtered, inputs: [("articles.json", input)])
    }

    /// `inputs` dropped oldest first; the outcomes and failures of all, in that order.
    func run(filtered: Bool, inputs: [(name: String, content: String)]) throws -> Result {
        let root = try TestFile.temporaryFolder("ferry-rendered")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/inbox/articles", withIntermediateDirectories: true)
        for (index, input) in inputs.enumerated() {
            let path = root + "/inbox/articles/" + input.name
            try TestFile.write(input.content, to: path, atomically: false)
            var times = [timespec(tv_sec: 1_000 + index, tv_nsec: 0), timespec(tv_sec: 1_000 + index, tv_nsec: 0)]
            #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        }
        let engine = try Engine(root: root, config: try config(filtered: filtered), logger: Logger(label: "test"))
        let report = engine.run(observe: false)
        #expect(report.taken.count == inputs.count)
        let outbox = root + "/outbox/articles/shop"
        var payloads: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: outbox) {
            payloads[name] = FileIO.sha256(Array(try #require(FileManager.default.contents(atPath: outbox + "/" + name))))
        }
        let ledger = try DatabaseQueue(path: root + "/.ferry/ledger.sqlite").read { db in
            try Row.fetchAll(db, sql: "SELECT key, contentHash, outputPath, documentJSON FROM export ORDER BY key").map { row -> String in
                // The canonical JSON by its digest: a difference stays readable.
                let json: String = row["documentJSON"]
                return "\(row["key"] as String) \(row["contentHash"] as String) \(row["outputPath"] as String) \(FileIO.sha256(Array(json.utf8)))"
            }
        }
        // The documents of the status records, one per line: those with errors, as written.
        var outcomes: [String] = []
        var failures: [String] = []
        for input in inputs {
            let taken = try #require(report.taken.first { $0.name == input.name })
            outcomes.append(taken.outcome.rawValue)
            let record = try String(contentsOfFile: root + "/" + (taken.statusRecord ?? ""), encoding: .utf8)
            failures += record.split(separator: "\n").filter { $0.contains(#""outcome":"failed""#) }.map(String.init)
        }
        return Result(outcome: outcomes.joined(separator: ","), failures: failures, payloads: payloads, ledger: ledger)
    }

    @Test func payloadsRenderedWhereReadEqualThoseRenderedInStepOne() throws {
        let input = articles()
        #expect(input.utf8.count > Int(ExportGroup.smallFileBytes))
        let onReader = try run(filtered: false, input: input)
        let inStepOne = try run(filtered: true, input: input)
        #expect(onReader.outcome == "partial")
        #expect(onReader.failures.count == 1)
        #expect(onReader.failures.first?.contains(#""code":"MAP-013""#) == true)
        #expect(onReader.failures.first?.contains(#""location":"articles.json:7 record 7"#) == true)
        #expect(onReader.payloads.count == 399)
        #expect(onReader.ledger.count == 399)
        #expect(onReader.outcome == inStepOne.outcome)
        #expect(onReader.failures == inStepOne.failures)
        #expect(onReader.payloads == inStepOne.payloads)
        #expect(onReader.ledger == inStepOne.ledger)
    }

    /// Small files, read and rendered ahead by `Prefetch` a file at a time.
    @Test func smallFilesRenderedWhereReadEqualThoseRenderedInStepOne() throws {
        let inputs = (0..<4).map { file in
            let items = (1...5).map { offset -> String in
                let number = file * 5 + offset
                let categories = number == 7 ? #"["Sloten|Kettingen"]"# : #"["Sloten"]"#
                return #"{"sku":"A-\#(number)","name":"Slot \#(number)","priceExclVat":\#(number).50,"categories":\#(categories)}"#
            }
            return (name: "a\(file).json", content: "[" + items.joined(separator: ",\n") + "]")
        }
        #expect(inputs.allSatisfy { $0.content.utf8.count < Int(ExportGroup.smallFileBytes) })
        let onReader = try run(filtered: false, inputs: inputs)
        let inStepOne = try run(filtered: true, inputs: inputs)
        #expect(onReader.outcome == "exported,partial,exported,exported")
        #expect(onReader.failures.count == 1)
        #expect(onReader.failures.first?.contains(#""code":"MAP-013""#) == true)
        #expect(onReader.payloads.count == 19)
        #expect(onReader.outcome == inStepOne.outcome)
        #expect(onReader.failures == inStepOne.failures)
        #expect(onReader.payloads == inStepOne.payloads)
        #expect(onReader.ledger == inStepOne.ledger)
    }
}
