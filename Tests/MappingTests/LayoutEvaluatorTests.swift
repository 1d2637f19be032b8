import Canonical
import Diagnostics
import Foundation
import Formats
@testable import Mapping
import Testing

@Suite struct LayoutEvaluatorTests {
    let here = Location(file: "test.yml", line: 1)

    func json(_ text: String) throws -> Node {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("layout-\(UUID().uuidString).json")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var reader = try JSONRecordReader(path: url.path, displayName: "in.json", options: JSONReaderOptions())
        return try #require(try reader.next()).root
    }

    func path(_ text: String, _ format: FileFormat? = .json) throws -> SourcePath {
        try SourcePath.parse(text, format: format, namespaces: [:], at: here)
    }

    @Test func bareNamesAreRelativeAndShownAsWritten() throws {
        #expect(try path("billing.email").description == "billing.email")
        #expect(try path("line_items[]").description == "line_items[]")
        #expect(try path("Prijs excl", .csv).description == "Prijs excl")
        #expect(try path("$.billing.email").description == "$.billing.email")
    }

    @Test func groupsFieldsAndStepsBuildATree() throws {
        let record = try json("""
            {"id": "W-1", "billing": {"email": " Jan@Example.NL ", "street": "Kerkstraat 12-A"},
             "line_items": [{"sku": "A", "qty": "1.250,5"}, {"sku": "B", "qty": "2"}], "status": "wc-processing"}
            """)
        var layout = Layout(name: "t", direction: .source, kind: .order, format: .json, origin: RuleOrigin("test"))
        layout.groups = [GroupRule(field: "lines", each: try path("line_items[]"), origin: RuleOrigin("test"))]
        var email = ValueExpression(input: .path(try path("billing.email")))
        email.steps = [.trim, .lower]
        var qty = ValueExpression(input: .path(try path("qty")))
        qty.steps = [.decimal(NumberFormat(decimalSeparator: ",", groupingSeparator: "."))]
        var status = ValueExpression(input: .path(try path("status")))
        status.steps = [.map(ValueMap(name: "s", entries: [("wc-processing", "processing")]))]
        var number = ValueExpression(input: .path(try path("billing.street")))
        number.steps = [.street(.number)]
        layout.fields = [
            FieldRule(field: "number", value: ValueExpression(input: .path(try path("id"))), origin: RuleOrigin("test")),
            FieldRule(field: "buyer.email", value: email, origin: RuleOrigin("test")),
            FieldRule(field: "status", value: status, origin: RuleOrigin("test")),
            FieldRule(field: "shippingAddress.houseNumber", value: number, origin: RuleOrigin("test")),
            FieldRule(field: "lines.sku", value: ValueExpression(input: .path(try path("sku"))), origin: RuleOrigin("test")),
            FieldRule(field: "lines.quantity", value: qty, origin: RuleOrigin("test")),
            FieldRule(field: "lines.customFields.order", value: ValueExpression(input: .path(try path("$.id"))), origin: RuleOrigin("test")),
        ]
        let (tree, errors) = LayoutEvaluator(layout).build(record: record)
        #expect(errors.isEmpty)
        #expect(tree["number"]?.text == "W-1")
        #expect(tree["buyer"]?["email"]?.text == "jan@example.nl")
        #expect(tree["status"]?.text == "processing")
        #expect(tree["shippingAddress"]?["houseNumber"]?.text == "12")
        let lines = tree["lines"]?.items ?? []
        #expect(lines.map { $0["sku"]?.text } == ["A", "B"])
        #expect(lines.first?["quantity"]?.value == .number("1250.5"))
        #expect(lines.last?["customFields"]?["order"]?.text == "W-1", "an absolute path inside a group reads the record")
    }

    @Test func anUnmappedValueIsALocatedErrorUnlessPassedOrDefaulted() throws {
        let record = try json(#"{"status": "wc-on-hold"}"#)
        for (policy, expected) in [(ValueMap.Unmapped.error, nil), (.pass, "wc-on-hold"), (.default, "open")] as [(ValueMap.Unmapped, String?)] {
            var layout = Layout(name: "t", direction: .source, kind: .order, format: .json, origin: RuleOrigin("test"))
            var status = ValueExpression(input: .path(try path("status")))
            status.steps = [.map(ValueMap(name: "s", entries: [("wc-processing", "processing")], unmapped: policy, fallback: "open"))]
            layout.fields = [FieldRule(field: "status", value: status, origin: RuleOrigin("test"))]
            let (tree, errors) = LayoutEvaluator(layout).build(record: record)
            #expect(tree["status"]?.text == expected)
            #expect(errors.map(\.code) == (policy == .error ? [.mapValueUnmapped] : []))
            if policy == .error { #expect(errors.first?.location?.description.contains("in.json") == true) }
        }
    }

    @Test func overlayReplacesOnlyTheNamedFieldsAndKeepsTheRest() throws {
        let record = try json(#"{"number": "SO-1", "notes": "old", "lines": [{"sku": "A", "quantity": 2}, {"sku": "B", "quantity": 3}]}"#)
        var layout = Layout(name: "o", direction: .source, kind: .order, format: .json, origin: RuleOrigin("test"))
        layout.overlay = true
        layout.groups = [GroupRule(field: "lines", each: try path("lines[]"), origin: RuleOrigin("test"))]
        var description = ValueExpression(input: .path(try path("sku")))
        description.steps = [.prefix("Item ")]
        layout.fields = [
            FieldRule(field: "notes", value: ValueExpression(input: .constant("new")), origin: RuleOrigin("test")),
            FieldRule(field: "lines.description", value: description, origin: RuleOrigin("test")),
        ]
        let (tree, errors) = LayoutEvaluator(layout).overlay(record)
        #expect(errors.isEmpty)
        #expect(tree["number"]?.text == "SO-1")
        #expect(tree["notes"]?.text == "new")
        #expect(tree["lines"]?.items.map { $0["description"]?.text } == ["Item A", "Item B"])
        #expect(tree["lines"]?.items.map { $0["quantity"]?.value } == [.number("2"), .number("3")])
    }

    @Test func decimalsAreWrittenWithTheTargetsSeparatorsAndScale() {
        #expect(DecimalWriting.text(Decimal(string: "1249.5") ?? 0, scale: 2) == "1249.50")
        #expect(DecimalWriting.text(Decimal(string: "1249.5") ?? 0, scale: 2, format: NumberFormat(decimalSeparator: ",", groupingSeparator: ".")) == "1.249,50")
        #expect(DecimalWriting.text(Decimal(string: "-1234567.891") ?? 0, format: NumberFormat(decimalSeparator: ",", groupingSeparator: " ")) == "-1 234 567,891")
        #expect(DecimalWriting.text(Decimal(string: "7") ?? 0, scale: 0) == "7")
    }

    @Test func csvColumnsByPositionAndRowsOfAGroupedDocument() throws {
        func row(_ values: [String], line: Int) -> Node {
            var children: [(String, Node)] = []
            for (index, value) in values.enumerated() {
                let name = ["Order", "Sku", "Qty"][index]
                children.append((name, Node(.scalar(value), at: Location(file: "x.csv", line: line, field: name))))
            }
            return Node(.object(.init(uniqueKeysWithValues: children)), at: Location(file: "x.csv", line: line))
        }
        let rows = [row(["O-1", "A", "2"], line: 2), row(["O-1", "B", "5"], line: 3), row(["O-1", "", ""], line: 4)]
        var layout = Layout(name: "t", direction: .source, kind: .order, format: .csv, origin: RuleOrigin("test"))
        layout.groups = [GroupRule(field: "lines", each: .rows, origin: RuleOrigin("test"))]
        layout.fields = [
            FieldRule(field: "number", value: ValueExpression(input: .path(.columnIndex(1))), origin: RuleOrigin("test")),
            FieldRule(field: "lines.sku", value: ValueExpression(input: .path(try path("Sku", .csv))), origin: RuleOrigin("test")),
            FieldRule(field: "lines.quantity", value: ValueExpression(input: .path(.columnIndex(3))), origin: RuleOrigin("test")),
        ]
        let (tree, errors) = LayoutEvaluator(layout).build(record: rows[0], rows: rows)
        #expect(errors.isEmpty)
        #expect(tree["number"]?.text == "O-1")
        #expect(tree["lines"]?.items.map { $0["sku"]?.text } == ["A", "B"], "a row with no line values makes no line")
        #expect(tree["lines"]?.items.map { $0["quantity"]?.text } == ["2", "5"])
        #expect(tree["lines"]?.items.last?["quantity"]?.location.line == 3, "values keep the line they came from")
    }

    @Test func aTargetCopiesWholeListsAndObjectsAndJoinsListsForACell() throws {
        let article = try json(#"{"sku": "A-1", "categories": ["Shirts", "Sale"], "attributes": {"Color": "Red", "Size": "M"}}"#)
        var layout = Layout(name: "shop", direction: .target, kind: .article, format: .json, origin: RuleOrigin("test"))
        var joined = ValueExpression(input: .path(try path("categories")))
        joined.steps = [.join(" | ")]
        layout.fields = [
            FieldRule(field: "tags", value: ValueExpression(input: .path(try path("categories"))), origin: RuleOrigin("test")),
            FieldRule(field: "properties", value: ValueExpression(input: .path(try path("attributes"))), origin: RuleOrigin("test")),
            FieldRule(field: "tag_cell", value: joined, origin: RuleOrigin("test")),
        ]
        let (tree, errors) = LayoutEvaluator(layout).build(record: article)
        #expect(errors.isEmpty)
        #expect(tree["tags"]?.items.map(\.text) == ["Shirts", "Sale"])
        #expect(tree["properties"]?["Size"]?.text == "M")
        #expect(tree["tag_cell"]?.text == "Shirts | Sale")
    }

    /// A date without a time is a calendar day: `21-11-2026` read in Europe/Amsterdam is the
    /// day 2026-11-21 (not 2026-11-20T23:00:00Z), and a day is written as that day in any zone.
    /// A value with a time stays an instant, converted through the zone.
    @Test func datesWithoutATimeKeepTheirDay() throws {
        let amsterdam = try DatePattern.timeZone(named: "Europe/Amsterdam", at: here)
        let newYork = try DatePattern.timeZone(named: "America/New_York", at: here)
        let record = try json(#"{"day": "21-11-2026", "moment": "21-11-2026 00:30"}"#)
        var source = Layout(name: "erp", direction: .source, kind: .order, format: .json, origin: RuleOrigin("test"))
        var day = ValueExpression(input: .path(try path("day")))
        day.steps = [.date(try DatePattern("dd-MM-yyyy", at: here), amsterdam)]
        var moment = ValueExpression(input: .path(try path("moment")))
        moment.steps = [.date(try DatePattern("dd-MM-yyyy HH:mm", at: here), amsterdam)]
        source.fields = [
            FieldRule(field: "orderDate", value: day, origin: RuleOrigin("test")),
            FieldRule(field: "customFields.placed", value: moment, origin: RuleOrigin("test")),
        ]
        let (tree, errors) = LayoutEvaluator(source).build(record: record)
        #expect(errors.isEmpty, "\(errors)")
        #expect(tree["orderDate"]?.text == "2026-11-21")
        #expect(tree["customFields"]?["placed"]?.text == "2026-11-20T23:30:00Z")

        let canonical = try json(#"{"orderDate": "2026-11-21", "placed": "2026-11-20T23:30:00Z"}"#)
        var target = Layout(name: "partner", direction: .target, kind: .order, format: .json, origin: RuleOrigin("test"))
        var written = ValueExpression(input: .path(try path("orderDate")))
        written.steps = [.date(try DatePattern("dd-MM-yyyy", at: here), newYork)]
        var placed = ValueExpression(input: .path(try path("placed")))
        placed.steps = [.date(try DatePattern("dd-MM-yyyy", at: here), newYork)]
        target.fields = [
            FieldRule(field: "ordered_on", value: written, origin: RuleOrigin("test")),
            FieldRule(field: "placed_on", value: placed, origin: RuleOrigin("test")),
        ]
        let (out, targetErrors) = LayoutEvaluator(target).build(record: canonical)
        #expect(targetErrors.isEmpty, "\(targetErrors)")
        #expect(out["ordered_on"]?.text == "21-11-2026", "a day is not moved through the zone")
        #expect(out["placed_on"]?.text == "20-11-2026", "an instant is shown in the zone: 18:30 in New York")
    }
}
