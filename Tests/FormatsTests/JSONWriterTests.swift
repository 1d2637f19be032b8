import Diagnostics
import Foundation
@testable import Formats
import OrderedCollections
import SharedFiles
import Testing

@Suite("JSON writer")
struct JSONWriterTests {
    typealias Support = JSONTestSupport
    private let here = Location(file: "test")

    private func node(_ value: Node.Value) -> Node { Node(value, at: here) }

    private func object(_ pairs: KeyValuePairs<String, Node.Value>) -> Node {
        var members: OrderedDictionary<String, Node> = [:]
        for (key, value) in pairs { members[key] = node(value) }
        return node(.object(members))
    }

    private func text(_ node: Node, pretty: Bool = true) -> String {
        String(decoding: JSONWriter(pretty: pretty).write(node), as: UTF8.self)
    }

    @Test func escapesQuotesBackslashesAndControlCharacters() {
        let value = node(.scalar("a\"b\\c/d\ne\tf\rg\u{08}h\u{0C}i\u{01}j\u{1F}k\u{0}é€😀\u{7F}"))
        #expect(text(value, pretty: false) == #""a\"b\\c/d\ne\tf\rg\bh\fi\u0001j\u001fk\u0000é€😀"# + "\u{7F}\"")
    }

    @Test func keysAreEscapedAndKeepTheirOrder() {
        let value = object(["z\"q": .number("1"), "a": .number("2"), "m\n": .number("3")])
        #expect(text(value, pretty: false) == #"{"z\"q":1,"a":2,"m\n":3}"#)
    }

    @Test func scalarKindsAreWrittenAsTheirJSONForms() {
        let value = object([
            "number": .number("12.50"), "text": .scalar("12.50"), "exp": .number("-1e3"),
            "yes": .bool(true), "no": .bool(false), "none": .null, "empty": .scalar(""),
        ])
        #expect(text(value, pretty: false)
            == #"{"number":12.50,"text":"12.50","exp":-1e3,"yes":true,"no":false,"none":null,"empty":""}"#)
    }

    @Test func prettyOutputIndentsByTwoSpacesAndEndsWithANewline() {
        let line = object(["sku": .scalar("A-1"), "qty": .number("2")])
        let value = object([
            "id": .number("7"),
            "lines": .array([line, node(.array([]))]),
            "meta": .object([:]),
            "tags": .array([node(.scalar("x")), node(.null)]),
        ])
        let expected = """
            {
              "id": 7,
              "lines": [
                {
                  "sku": "A-1",
                  "qty": 2
                },
                []
              ],
              "meta": {},
              "tags": [
                "x",
                null
              ]
            }

            """
        #expect(text(value) == expected)
        #expect(text(value, pretty: false) == #"{"id":7,"lines":[{"sku":"A-1","qty":2},[]],"meta":{},"tags":["x",null]}"#)
        #expect(text(node(.number("3"))) == "3\n")
    }

    @Test func outputIsDeterministic() {
        let value = object(["b": .number("1"), "a": .array([node(.scalar("é"))])])
        #expect(JSONWriter().write(value) == JSONWriter().write(value))
    }

    @Test func writtenStringsReadBackUnchanged() throws {
        var samples = ["", "plain", "q\"b\\s/", "\u{0}\u{1}\u{8}\u{9}\u{A}\u{C}\u{D}\u{1F}", "é€😀 \u{2028}", "\u{7F}"]
        samples.append(String(decoding: (0..<0x80).map { UInt8($0) }, as: UTF8.self))
        var members: OrderedDictionary<String, Node> = [:]
        for (index, sample) in samples.enumerated() { members["k\(index)\(sample)"] = node(.scalar(sample)) }
        let bytes = JSONWriter().write(node(.object(members)))
        let read = try #require(try Support.readAll(bytes).records.first)
        #expect(read.root.value.shape == node(.object(members)).value.shape)
        #expect(read.root.children.keys.elements == members.keys.elements)
        for (key, value) in members { #expect(read.root.children[key]?.value == value.value) }
    }

    /// The order list is written with two-space indents and `"key": value`, like the writer.
    @Test func shopOrderListRoundTripsByteForByte() throws {
        try Self.roundTripsByteForByte(try Support.fixture("shop-orders-list"))
    }

    /// The WooCommerce documentation's sample is written the same way.
    @Test(.needsSharedFolder) func woocommerceSampleRoundTripsByteForByte() throws {
        try Self.roundTripsByteForByte(try SharedFolder.path("corpus/woocommerce-rest-v3-orders-list.json"))
    }

    static func roundTripsByteForByte(_ path: String) throws {
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        var reader = try JSONRecordReader(path: path, displayName: "woo.json", options: JSONReaderOptions())
        var items: [Node] = []
        while let record = try reader.next() { items.append(record.root) }
        let written = JSONWriter().write(Node(.array(items), at: Location(file: "test")))
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: original, as: UTF8.self))
    }

    @Test func shopOrderRoundTripsAsATree() throws {
        try Self.roundTripsAsATree(try Support.fixture("shop-order-single"))
    }

    @Test(.needsSharedFolder) func shopifySampleRoundTripsAsATree() throws {
        try Self.roundTripsAsATree(try SharedFolder.path("corpus/shopify-rest-order.json"))
    }

    static func roundTripsAsATree(_ path: String) throws {
        var reader = try JSONRecordReader(path: path, displayName: "shopify.json", options: JSONReaderOptions())
        let first = try #require(try reader.next()).root
        for pretty in [true, false] {
            let written = JSONWriter(pretty: pretty).write(first)
            let again = try #require(try Support.readAll(written).records.first).root
            #expect(again.value.shape == first.value.shape)
            #expect(JSONWriter(pretty: pretty).write(again) == written)
        }
    }
}
