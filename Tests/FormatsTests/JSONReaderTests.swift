import Diagnostics
@testable import Formats
import SharedFiles
import Testing

@Suite("JSON reader: layouts, values and locations")
struct JSONReaderTests {
    typealias Support = JSONTestSupport

    @Test func singleObjectIsOneRecord() throws {
        let path = try Support.file("\u{FEFF}  {\"id\": 7, \"name\": \"Anna\"}\n\n")
        var reader = try JSONRecordReader(path: path, displayName: "orders.json", options: JSONReaderOptions())
        #expect(reader.layout == nil)
        let record = try #require(try reader.next())
        #expect(reader.layout == .singleObject)
        #expect(record.index == 1)
        #expect(record.root["id"]?.value == .number("7"))
        #expect(record.root["name"]?.value == .scalar("Anna"))
        #expect(try reader.next() == nil)
        #expect(try reader.next() == nil)
    }

    @Test func arrayElementsAreRecords() throws {
        let (records, layout) = try Support.readAll(Array("[{\"n\": 1}, {\"n\": 2},\n {\"n\": 3}]".utf8))
        #expect(layout == .array)
        #expect(records.map(\.index) == [1, 2, 3])
        #expect(records.map { $0.root["n"]?.text } == ["1", "2", "3"])
    }

    @Test func emptyArrayHasNoRecords() throws {
        let (records, layout) = try Support.readAll(Array(" [ \n ] \n".utf8))
        #expect(records.isEmpty)
        #expect(layout == .array)
    }

    @Test func ndjsonSkipsBlankLinesAndCountsLines() throws {
        let text = "{\"n\": 1}\r\n\r\n{\"n\": 2}\n   \n\t{\"n\": 3,\n \"m\": [true]}\n"
        let (records, layout) = try Support.readAll(Array(text.utf8))
        #expect(layout == .lines)
        #expect(records.map(\.index) == [1, 2, 3])
        #expect(records.map(\.root.location.line) == [1, 3, 5])
        let flag = try #require(Support.node(records[2].root, "m", 0))
        #expect(flag.value == .bool(true))
        #expect(flag.location == Location(file: "orders.json", line: 6, record: 3, path: "$.m[0]"))
    }

    @Test func valuesKeepTheirSourceForm() throws {
        let text = #"{"a": 12.50, "b": -0.5, "c": 1e3, "d": 0, "e": -1.25E-7, "f": "12.50", "g": null,"#
            + #" "h": false, "i": [], "j": {}, "k": "", "l": [1, [2, {"m": null}]]}"#
        let root = try #require(try Support.readAll(text).first).root
        #expect(root["a"]?.value == .number("12.50"))
        #expect(root["b"]?.value == .number("-0.5"))
        #expect(root["c"]?.value == .number("1e3"))
        #expect(root["d"]?.value == .number("0"))
        #expect(root["e"]?.value == .number("-1.25E-7"))
        #expect(root["f"]?.value == .scalar("12.50"))
        #expect(root["g"]?.value == .null)
        #expect(root["h"]?.value == .bool(false))
        #expect(root["i"]?.value == .array([]))
        #expect(root["j"]?.value == .object([:]))
        #expect(root["k"]?.value == .scalar(""))
        #expect(Support.node(root, "l", 1, 1, "m")?.value == .null)
        #expect(root.children.keys.elements == ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"])
    }

    @Test func stringEscapesDecode() throws {
        let text = #"{"s": "q\" b\\ s\/ \b\f\n\r\t \u00e9\u20AC \uD83D\uDE00 \u0000 é€😀"}"#
        let root = try #require(try Support.readAll(text).first).root
        #expect(root["s"]?.value == .scalar("q\" b\\ s/ \u{08}\u{0C}\n\r\t é€ 😀 \u{0} é€😀"))
    }

    @Test func locationsNameLineRecordAndPath() throws {
        let text = """
            [
              {
                "id": 1,
                "lines": [
                  {"sku": "A"},
                  {"sku": "B", "unit price": 2, "it's": 3}
                ]
              },
              {"id": 2}
            ]
            """
        let (records, _) = try Support.readAll(Array(text.utf8))
        #expect(records.count == 2)
        let first = records[0].root
        #expect(first.location == Location(file: "orders.json", line: 2, record: 1, path: "$"))
        let sku = try #require(Support.node(first, "lines", 1, "sku"))
        #expect(sku.location == Location(file: "orders.json", line: 6, record: 1, path: "$.lines[1].sku"))
        #expect(sku.location.description == "orders.json:6 record 1 $.lines[1].sku")
        #expect(Support.node(first, "lines", 1, "unit price")?.location.path == "$.lines[1]['unit price']")
        #expect(Support.node(first, "lines", 1, "it's")?.location.path == #"$.lines[1]['it\'s']"#)
        #expect(Support.node(first, "lines", 0)?.location.path == "$.lines[0]")
        #expect(Support.node(first, "lines")?.location.line == 4)
        let second = records[1].root
        #expect(second["id"]?.location == Location(file: "orders.json", line: 9, record: 2, path: "$.id"))
    }

    @Test func shopOrderListIsAnArrayOfOrders() throws {
        var reader = try JSONRecordReader(
            path: try Support.fixture("shop-orders-list"), displayName: "orders.json", options: JSONReaderOptions())
        let first = try #require(try reader.next())
        #expect(reader.layout == .array)
        #expect(first.index == 1)
        #expect(first.root["id"]?.value == .number("5012"))
        #expect(first.root["number"]?.value == .scalar("5012"))
        #expect(first.root["total"]?.value == .scalar("42.50"))
        #expect(first.root["prices_include_tax"]?.value == .bool(false))
        #expect(first.root["date_paid"]?.value == .null)
        #expect(Support.node(first.root, "line_items", 1, "price")?.value == .number("9.5"))
        let sku = try #require(Support.node(first.root, "line_items", 1, "sku"))
        #expect(sku.value == .scalar("TOWEL-LIN"))
        #expect(sku.location.description == "orders.json:94 record 1 $.line_items[1].sku")
        #expect(Support.node(first.root, "line_items", 0, "name")?.text == "Stoneware mug &ndash; Colour: Sea green")

        let second = try #require(try reader.next())
        #expect(second.index == 2)
        #expect(second.root.location.line == 113)
        #expect(Support.node(second.root, "billing", "email")?.location.line == 144)
        #expect(Support.node(second.root, "billing", "email")?.text == "lukas.peeters@example.be")
        #expect(try reader.next() == nil)
    }

    @Test func shopOrderIsASingleObject() throws {
        var reader = try JSONRecordReader(
            path: try Support.fixture("shop-order-single"), displayName: "order.json", options: JSONReaderOptions())
        let record = try #require(try reader.next())
        #expect(reader.layout == .singleObject)
        let order = try #require(record.root["order"])
        #expect(order["id"]?.value == .number("820982911946154508"), "an id beyond Double's exact integers stays exact")
        #expect(order["order_number"]?.location.line == 16)
        let lines = try #require(order["line_items"]?.items)
        #expect(lines.map { $0["sku"]?.text } == ["BOARD-OAK-L", "WRAP-3"])
        #expect(lines[1]["sku"]?.location.path == "$.order.line_items[1].sku")
        #expect(lines[0]["tax_lines"]?.items.first?["rate"]?.value == .number("0.21"))
        #expect(try reader.next() == nil)
    }

    @Test(.needsSharedFolder) func woocommerceOrderListIsAnArrayOfOrders() throws {
        var reader = try JSONRecordReader(
            path: try SharedFolder.path("corpus/woocommerce-rest-v3-orders-list.json"),
            displayName: "woo.json", options: JSONReaderOptions())
        let first = try #require(try reader.next())
        #expect(reader.layout == .array)
        #expect(first.index == 1)
        #expect(first.root["id"]?.value == .number("727"))
        #expect(first.root["number"]?.value == .scalar("727"))
        #expect(first.root["total"]?.value == .scalar("29.35"))
        #expect(first.root["prices_include_tax"]?.value == .bool(false))
        #expect(first.root["date_completed"]?.value == .null)
        #expect(Support.node(first.root, "billing", "email")?.value == .scalar("john.doe@example.com"))
        #expect(Support.node(first.root, "line_items", 0, "quantity")?.value == .number("2"))
        #expect(Support.node(first.root, "line_items", 0, "price")?.value == .number("3"))
        let sku = try #require(Support.node(first.root, "line_items", 1, "sku"))
        #expect(sku.value == .scalar("Bar3"))
        #expect(sku.location.description == "woo.json:124 record 1 $.line_items[1].sku")
        #expect(Support.node(first.root, "line_items", 1, "name")?.text == "Ship Your Idea &ndash; Color: Black, Size: M Test")

        let second = try #require(try reader.next())
        #expect(second.index == 2)
        #expect(second.root.location.line == 167)
        #expect(second.root["number"]?.value == .scalar("723"))
        #expect(Support.node(second.root, "billing", "email")?.location.line == 202)
        #expect(Support.node(second.root, "billing", "email")?.text == "joao.silva@example.com")
        #expect(try reader.next() == nil)
    }

    @Test(.needsSharedFolder) func shopifyOrderIsASingleObject() throws {
        var reader = try JSONRecordReader(
            path: try SharedFolder.path("corpus/shopify-rest-order.json"), displayName: "shopify.json", options: JSONReaderOptions())
        let record = try #require(try reader.next())
        #expect(reader.layout == .singleObject)
        let order = try #require(record.root["order"])
        #expect(order["order_number"]?.value == .number("1001"))
        #expect(order["order_number"]?.location.line == 39)
        #expect(order["name"]?.value == .scalar("#1001"))
        #expect(order["email"]?.value == .scalar("bob.norman@hostmail.com"))
        #expect(order["total_price"]?.value == .scalar("409.94"))
        let lines = try #require(order["line_items"]?.items)
        #expect(lines.map { $0["sku"]?.text } == ["IPOD2008GREEN", "IPOD2008RED", "IPOD2008BLACK"])
        #expect(lines.map { $0["quantity"]?.value } == [.number("1"), .number("1"), .number("1")])
        #expect(lines[0]["price"]?.value == .scalar("199.00"))
        #expect(lines[0]["sku"]?.location.path == "$.order.line_items[0].sku")
        #expect(lines[0]["sku"]?.location.line == 76)
        #expect(try reader.next() == nil)
    }
}
