import Canonical
import Diagnostics
import Foundation
import Formats
@testable import Mapping
import Testing

/// Issue 8, "nothing silent": relative selectors inside groups, `entries:` over lists,
/// `column:` positions, arithmetic and key-value steps, and which paths never matched.
@Suite struct LayoutSelectorTests {
    let here = Location(file: "test.yml", line: 1)
    let origin = RuleOrigin("test")

    func json(_ text: String) throws -> Node {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("selector-\(UUID().uuidString).json")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var reader = try JSONRecordReader(path: url.path, displayName: "in.json", options: JSONReaderOptions())
        return try #require(try reader.next()).root
    }

    func path(_ text: String, _ format: FileFormat? = .json) throws -> SourcePath {
        try SourcePath.parse(text, format: format, namespaces: [:], at: here)
    }

    func field(_ name: String, _ expression: ValueExpression) -> FieldRule {
        FieldRule(field: name, value: expression, origin: origin)
    }

    static let product = """
        {"id": "P-1", "items": [
          {"sku": "A", "qty": "2", "price": "2.50",
           "properties": [{"name": "color", "value": "red"}, {"name": "size", "value": "M"}, {"name": "gift"}],
           "meta_data": [{"key": "_reduced", "value": "yes"}, {"key": "pa_color", "value": "Blue"}]},
          {"sku": "B", "qty": "3", "price": "1.20", "properties": [], "meta_data": []}
        ]}
        """

    @Test func relativePathsInAGroupTakeIndexesWildcardsAndFilters() throws {
        let record = try json(Self.product)
        var layout = Layout(name: "t", direction: .source, kind: .order, format: .json, origin: origin)
        layout.groups = [GroupRule(field: "lines", each: try path("items[]"), origin: origin)]
        var all = ValueExpression(input: .path(try path("properties[*].value")))
        all.all = true
        layout.fields = [
            field("lines.sku", ValueExpression(input: .path(try path("sku")))),
            field("lines.customFields.first", ValueExpression(input: .path(try path("properties[0].value")))),
            field("lines.customFields.last", ValueExpression(input: .path(try path("properties[-1].name")))),
            field("lines.customFields.all", all),
            field("lines.customFields.color", ValueExpression(input: .path(try path("meta_data[?(@.key == 'pa_color')].value")))),
            field("lines.customFields.order", ValueExpression(input: .path(try path("meta_data[?(@.key == '_reduced')].value")))),
        ]
        let (tree, errors) = LayoutEvaluator(layout).build(record: record)
        #expect(errors.isEmpty)
        let first = try #require(tree["lines"]?.items.first?["customFields"])
        #expect(first["first"]?.text == "red")
        #expect(first["last"]?.text == "gift")
        #expect(first["all"]?.items.map(\.text) == ["red", "M"])
        #expect(first["color"]?.text == "Blue")
        #expect(first["order"]?.text == "yes")
        #expect(tree["lines"]?.items.last?["customFields"] == nil, "the second item has nothing to select")
    }

    @Test func aGroupPathToOneArrayRepeatsOverItsElements() throws {
        let record = try json(Self.product)
        for each in ["items", "$.items", "items[]"] {
            var layout = Layout(name: "t", direction: .source, kind: .order, format: .json, origin: origin)
            layout.groups = [GroupRule(field: "lines", each: try path(each), origin: origin)]
            layout.fields = [field("lines.sku", ValueExpression(input: .path(try path("sku"))))]
            let (tree, errors) = LayoutEvaluator(layout).build(record: record)
            #expect(errors.isEmpty)
            #expect(tree["lines"]?.items.map { $0["sku"]?.text } == ["A", "B"], "\(each)")
        }
    }

    @Test func relativePathsAreShownAsWrittenAndBadOnesAreRefusedWhenParsed() throws {
        for text in ["properties[0].value", "meta_data[?(@.key == 'pa_color')].value", "name[]", "Prijs excl", "a..b"] {
            #expect(try path(text).description == text)
        }
        #expect(SourcePath.jsonPath(relative: "properties[0].value") == "$['properties'][0]['value']")
        #expect(SourcePath.jsonPath(relative: "meta_data[?(@.key == 'a]b')].value") == "$['meta_data'][?(@.key == 'a]b')]['value']")
        #expect(SourcePath.jsonPath(relative: "first name") == "$['first name']")
        for bad in ["properties[0", "properties.", "properties[1:2].value", "properties[?(@.key =~ 'x')]"] {
            #expect(throws: FerryError.self, "\(bad)") { try path(bad) }
        }
    }

    @Test func entriesOverAListKeepEveryPairAndSkipHalfPairs() throws {
        let record = try json(Self.product)
        var layout = Layout(name: "t", direction: .source, kind: .order, format: .json, origin: origin)
        layout.groups = [GroupRule(field: "lines", each: try path("items[]"), origin: origin)]
        layout.fields = [
            field("lines.sku", ValueExpression(input: .path(try path("sku")))),
            field("lines.customFields", ValueExpression(input: .entries([
                EntryPair(key: try path("properties[*].name"), value: try path("properties[*].value")),
            ]))),
            field("customFields", ValueExpression(input: .entries([
                EntryPair(key: try path("$.items[*].meta_data[*].key"), value: try path("$.items[*].meta_data[*].value")),
            ]))),
        ]
        let (tree, errors) = LayoutEvaluator(layout).build(record: record)
        #expect(errors.isEmpty)
        let custom = try #require(tree["lines"]?.items.first?["customFields"])
        #expect(custom.children.keys.elementsEqual(["color", "size"]), "gift has no value: left out, not paired with another")
        #expect(custom["size"]?.text == "M")
        #expect(tree["customFields"]?["pa_color"]?.text == "Blue")
        #expect(tree["customFields"]?["_reduced"]?.text == "yes")
    }

    @Test func xmlEntriesArePairedPerElementOfTheirCommonSteps() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("selector-\(UUID().uuidString).xml")
        try Data("""
            <Item><Property><Name>Colour</Name><Value>Blue</Value></Property>
            <Property><Name>Gift</Name></Property>
            <Property><Name>Size</Name><Value>M</Value></Property></Item>
            """.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var reader = try XMLRecordReader(path: url.path, displayName: "in.xml", options: .init(records: .root))
        let record = try #require(try reader.next()).root
        var layout = Layout(name: "t", direction: .source, kind: .article, format: .xml, origin: origin)
        layout.fields = [field("customFields", ValueExpression(input: .entries([
            EntryPair(key: try path("Property/Name", .xml), value: try path("Property/Value", .xml)),
        ])))]
        let (tree, errors) = LayoutEvaluator(layout).build(record: record)
        #expect(errors.isEmpty)
        #expect(tree["customFields"]?["Colour"]?.text == "Blue")
        #expect(tree["customFields"]?["Size"]?.text == "M", "not shifted onto Gift, which has no value")
        #expect(tree["customFields"]?["Gift"] == nil)
    }

    @Test func aColumnBeyondTheHeaderIsALocatedError() throws {
        let cells: [(String, Node)] = [("Order", Node(.scalar("O-1"), at: Location(file: "x.csv", line: 2, field: "Order")))]
        let row = Node(.object(.init(uniqueKeysWithValues: cells)), at: Location(file: "x.csv", line: 2))
        var layout = Layout(name: "t", direction: .source, kind: .order, format: .csv, origin: origin)
        layout.fields = [
            field("number", ValueExpression(input: .path(.columnIndex(1)))),
            field("notes", ValueExpression(input: .path(.columnIndex(4)))),
        ]
        let (tree, errors) = LayoutEvaluator(layout).build(record: row)
        #expect(tree["number"]?.text == "O-1")
        #expect(errors.map(\.code) == [.mapColumnBeyondHeader])
        #expect(errors.first?.location?.description == "x.csv:2")
        #expect(errors.first?.arguments["column"] == "4" && errors.first?.arguments["count"] == "1")
    }

    @Test func multiplyAndDivideUseDecimalsAndReadOtherFields() throws {
        let record = try json(#"{"items": [{"qty": "3", "price": "0.10", "tax": "0.19", "per": "0"}]}"#)
        var layout = Layout(name: "t", direction: .source, kind: .order, format: .json, origin: origin)
        layout.groups = [GroupRule(field: "lines", each: try path("items[]"), origin: origin)]
        var total = ValueExpression(input: .path(try path("price")))
        total.steps = [.multiply(.path(try path("qty")))]
        var rate = ValueExpression(input: .path(try path("tax")))
        rate.steps = [.multiply(.constant(100))]
        var third = ValueExpression(input: .path(try path("price")))
        third.steps = [.divide(.constant(3)), .round(4)]
        layout.fields = [
            field("lines.customFields.total", total),
            field("lines.vatRate", rate),
            field("lines.customFields.third", third),
        ]
        let (tree, errors) = LayoutEvaluator(layout).build(record: record)
        #expect(errors.isEmpty)
        let line = try #require(tree["lines"]?.items.first)
        #expect(line["customFields"]?["total"]?.value == .number("0.3"), "Decimal: 3 × 0.10 is exactly 0.3")
        #expect(line["vatRate"]?.value == .number("19"))
        #expect(line["customFields"]?["third"]?.text == "0.0333")

        var zero = ValueExpression(input: .path(try path("price")))
        zero.steps = [.divide(.path(try path("per")))]
        var missing = ValueExpression(input: .path(try path("price")))
        missing.steps = [.multiply(.path(try path("nowhere")))]
        layout.fields = [field("lines.unitPriceExclVat", zero), field("lines.discount", missing)]
        let failed = LayoutEvaluator(layout).build(record: record)
        #expect(failed.errors.map(\.code) == [.mapDivisionByZero, .mapRequiredFieldMissing])
        #expect(failed.errors.first?.location?.description.contains("in.json") == true)
    }

    @Test func keyValueTurnsPairsIntoNamedValues() throws {
        let record = try json(#"{"a": "color=Red, size = M,note=with, a comma,,empty=", "b": "Red;M", "c": "k:v;x:y"}"#)
        var layout = Layout(name: "t", direction: .source, kind: .article, format: .json, origin: origin)
        var attributes = ValueExpression(input: .path(try path("a")))
        attributes.steps = [.keyValue(pairs: ",", key: "=")]
        var custom = ValueExpression(input: .path(try path("c")))
        custom.steps = [.keyValue(pairs: ";", key: ":")]
        layout.fields = [field("attributes", attributes), field("customFields", custom),
                         field("customFields.extra", ValueExpression(input: .constant("1")))]
        let (tree, errors) = LayoutEvaluator(layout).build(record: record)
        #expect(errors.isEmpty)
        #expect(tree["attributes"]?.children.keys.elementsEqual(["color", "size", "note"]) == true)
        #expect(tree["attributes"]?["note"]?.text == "with, a comma", "an item without = continues the value before it")
        #expect(tree["customFields"]?["k"]?.text == "v")
        #expect(tree["customFields"]?["extra"]?.text == "1", "named values merge with single names")

        var bad = ValueExpression(input: .path(try path("b")))
        bad.steps = [.keyValue(pairs: ";", key: "=")]
        layout.fields = [field("attributes", bad)]
        #expect(LayoutEvaluator(layout).build(record: record).errors.map(\.code) == [.mapKeyValueMalformed])
    }

    @Test func pathUsageNamesThePathsThatNeverSelectedAnything() throws {
        let records = [try json(Self.product), try json(#"{"id": "P-2", "items": []}"#)]
        var layout = Layout(name: "t", direction: .source, kind: .order, format: .json, origin: origin)
        layout.groups = [GroupRule(field: "lines", each: try path("items[]"), origin: origin)]
        layout.fields = [
            field("number", ValueExpression(input: .path(try path("id")))),
            field("notes", ValueExpression(input: .path(try path("note")))),
            field("lines.sku", ValueExpression(input: .concat([try path("sku"), try path("code")], separator: "-"))),
            field("lines.description", ValueExpression(input: .path(try path("properties.value")))),
        ]
        var usage = PathUsage()
        for record in records { _ = LayoutEvaluator(layout).build(record: record, usage: &usage) }
        let unmatched = usage.unmatched(in: layout)
        #expect(unmatched.map(\.field) == ["notes", "lines.sku", "lines.description"])
        #expect(unmatched.map(\.path) == ["note", "code", "properties.value"])
    }
}
