import Diagnostics
import Foundation
import OrderedCollections
import SharedFiles
import Testing
@testable import Formats

@Suite struct XMLWriterTests {
    static let here = Location(file: "test")

    static func node(_ value: Node.Value) -> Node { Node(value, at: here) }

    static func object(_ pairs: KeyValuePairs<String, Node>) -> Node {
        var children = OrderedDictionary<String, Node>()
        for (key, value) in pairs { children[key] = value }
        return node(.object(children))
    }

    @Test func writesTheInverseShape() {
        let order = Self.object([
            "@id": Self.node(.scalar("A-1")),
            "Number": Self.node(.number("12.50")),
            "Paid": Self.node(.bool(true)),
            "Missing": Self.node(.null),
            "Qty": Self.object(["@unit": Self.node(.scalar("EA")), "#text": Self.node(.scalar("2"))]),
            "Line": Self.node(.array([Self.node(.scalar("a")), Self.node(.scalar("b"))])),
            "Empty": Self.node(.scalar("")),
        ])
        let text = String(decoding: XMLWriter().write(order, rootName: "Order", namespace: "urn:x"), as: UTF8.self)
        #expect(text == """
            <?xml version="1.0" encoding="UTF-8"?>
            <Order xmlns="urn:x" id="A-1">
              <Number>12.50</Number>
              <Paid>true</Paid>
              <Qty unit="EA">2</Qty>
              <Line>a</Line>
              <Line>b</Line>
              <Empty/>
            </Order>

            """)
    }

    @Test func compactOutputHasNoIndentation() {
        let order = Self.object(["A": Self.object(["B": Self.node(.scalar("1"))])])
        let text = String(decoding: XMLWriter(indent: false).write(order, rootName: "R"), as: UTF8.self)
        #expect(text == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<R><A><B>1</B></A></R>")
    }

    @Test func escapesTextAttributesAndRepairsNames() {
        let order = Self.object([
            "@note": Self.node(.scalar("a \"b\" & <c>\n")),
            "unit price": Self.node(.scalar("1 < 2 & 3 > 2")),
            "1st": Self.node(.scalar("bell\u{7}")),
            "cbc:ID": Self.node(.scalar("x")),
        ])
        let text = String(decoding: XMLWriter(indent: false).write(order, rootName: "R"), as: UTF8.self)
        #expect(text.hasSuffix("""
            <R note="a &quot;b&quot; &amp; &lt;c&gt;&#10;"><unit_price>1 &lt; 2 &amp; 3 &gt; 2</unit_price>\
            <_1st>bell\u{FFFD}</_1st><cbc_ID>x</cbc_ID></R>
            """))
    }

    @Test func bareArrayAtTheRootBecomesItems() {
        let list = Self.node(.array([Self.node(.scalar("1")), Self.node(.scalar("2"))]))
        let text = String(decoding: XMLWriter(indent: false).write(list, rootName: "List"), as: UTF8.self)
        #expect(text.hasSuffix("<List><item>1</item><item>2</item></List>"))
    }

    @Test func outputIsDeterministic() throws {
        let root = try #require(try XMLTestSupport.records(try XMLTestSupport.fixture("orders"), .root).first?.root)
        #expect(XMLWriter().write(root, rootName: "Orders") == XMLWriter().write(root, rootName: "Orders"))
    }

    @Test(arguments: [true, false])
    func roundTripKeepsTheTree(indent: Bool) throws {
        try Self.roundTrip(try XMLTestSupport.fixture("orders"), indent: indent)
    }

    @Test(.needsSharedFolder, arguments: [true, false])
    func roundTripKeepsTheTreeOfTheOASISExample(indent: Bool) throws {
        try Self.roundTrip(try SharedFolder.path("corpus/ubl-2.1-Order-Example.xml"), indent: indent)
    }

    static func roundTrip(_ source: String, indent: Bool) throws {
        var reader = try XMLRecordReader(path: source, displayName: "in.xml", options: .init(records: .root))
        let original = try #require(try reader.next())
        let bytes = XMLWriter(indent: indent).write(original.root, rootName: reader.rootName ?? "", namespace: reader.rootNamespace)
        var again = try XMLRecordReader(path: try XMLTestSupport.file(bytes), displayName: "out.xml", options: .init(records: .root))
        let copy = try #require(try again.next())
        #expect(XMLTestSupport.shape(copy.root) == XMLTestSupport.shape(original.root))
        #expect(again.rootNamespace == reader.rootNamespace)
    }
}
