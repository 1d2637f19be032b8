import Canonical
import Testing

@testable import Engine

@Suite struct OutputNamingTests {
    @Test func namesComeFromKindAndKey() {
        let name = OutputNaming.name(kind: .order, key: BusinessKey("canonical", "sales", "SO-1001"), generation: 0, fileExtension: "json")
        #expect(name == "order_canonical_sales_SO-1001.json")
        #expect(OutputNaming.name(kind: .article, key: BusinessKey("SKU-1"), generation: 2, fileExtension: "xml") == "article_SKU-1_v3.xml")
    }

    @Test(
        "Hostile keys never escape the outbox folder",
        arguments: ["../../etc/passwd", "a/b", "..", "x\u{0}y", "tab\there", "line\nbreak", ".hidden", "/abs", "é-ü"])
    func hostileKeysAreSanitized(key: String) {
        let name = OutputNaming.name(kind: .order, key: BusinessKey(key), generation: 0, fileExtension: "json")
        #expect(!name.contains("/"))
        #expect(!name.contains(".."))
        #expect(!name.hasPrefix("."))
        #expect(name.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 })
    }

    @Test(
        "Each character outside ASCII letters, digits, - _ . is one underscore; dot runs and a leading dot are broken",
        arguments: [
            ("SO-1001_a.b", "SO-1001_a.b"), ("a/b", "a_b"), ("é-ü", "_-_"), ("e\u{301}", "e_"), ("🚲 7", "__7"),
            ("x\u{0}y", "x_y"), ("a..b", "a_.b"), ("...", "__."), (".hidden", "_hidden"), ("", "_"),
        ])
    func sanitizedNamesAreExact(key: String, expected: String) {
        #expect(OutputNaming.sanitize(key) == expected)
    }

    @Test func longKeysAreBoundedAndStayDistinct() {
        let a = OutputNaming.name(kind: .order, key: BusinessKey(String(repeating: "A", count: 400) + "1"), generation: 0, fileExtension: "json")
        let b = OutputNaming.name(kind: .order, key: BusinessKey(String(repeating: "A", count: 400) + "2"), generation: 0, fileExtension: "json")
        #expect(a.utf8.count <= 200)
        #expect(a != b)
    }

    @Test func alternativesKeepTheExtension() {
        #expect(OutputNaming.alternative("order_x.json", attempt: 2) == "order_x~2.json")
        #expect(OutputNaming.alternative("noext", attempt: 3) == "noext~3")
    }
}

@Suite struct OutcomeTests {
    @Test(
        arguments: [
            ([DocumentOutcome.exported, .exported], false, FileOutcome.exported),
            ([.exported, .failed], false, .partial),
            ([.failed, .failed], false, .failed),
            ([.filtered, .filtered], false, .filtered),
            ([.alreadyExported, .amendedAfterExport], false, .unchanged),
            ([.exported], true, .failed),
            ([], false, .unchanged),
        ])
    func fileOutcomeFollowsDocuments(outcomes: [DocumentOutcome], fileFailed: Bool, expected: FileOutcome) {
        var tally = OutcomeTally()
        outcomes.forEach { tally.add($0) }
        #expect(tally.fileOutcome(fileFailed: fileFailed) == expected)
    }

    @Test func lineDiffShowsRemovedAndAddedLines() {
        let diff = LineDiff.changes(old: "a\nb\nc", new: "a\nB\nc\nd")
        #expect(diff == ["- b", "+ B", "+ d"])
        #expect(LineDiff.changes(old: "same", new: "same").isEmpty)
    }
}
