import Diagnostics
import Foundation
import Testing
@testable import Formats

@Suite struct XMLReaderTests {
    @Test func childrenOfTheRootAreRecords() throws {
        var reader = try XMLRecordReader(
            path: try XMLTestSupport.fixture("orders"), displayName: "orders.xml", options: XMLReaderOptions())
        #expect(reader.rootName == nil)
        let first = try #require(try reader.next())
        #expect(reader.rootName == "Orders")
        #expect(reader.rootNamespace == "urn:ferry:test")
        #expect(first.index == 1)
        var indices = [first.index]
        while let record = try reader.next() { indices.append(record.index) }
        #expect(indices == [1, 2, 3])
        #expect(try reader.next() == nil)
    }

    @Test func elementShapes() throws {
        let records = try XMLTestSupport.records(try XMLTestSupport.fixture("orders"))
        let order = records[0].root
        #expect(order["@id"]?.text == "A-1")
        #expect(order["@channel"]?.text == "web")
        #expect(order["Number"]?.value == .scalar("1001"))
        #expect(order["Customer"]?["Name"]?.text == "Fish & Chips B.V.")
        #expect(order["Lines"]?["Line"]?["Qty"]?["@unit"]?.text == "EA")
        #expect(order["Lines"]?["Line"]?["Qty"]?["#text"]?.text == "2")
        #expect(order["Empty"]?.value == .scalar(""))
        #expect(order["Blank"]?.value == .scalar(""))
        #expect(Array(order.children.keys) == ["@id", "@channel", "Number", "Customer", "Lines", "Note", "Empty", "Blank"])
        #expect(XMLTestSupport.shape(records[1].root) == """
            {@id: 'A-2', Number: '1002', Lines: {Line: [{Sku: 'SKU-2', Qty: '1'}, {Sku: 'SKU-3', Qty: '5'}]}, \
            Remark: {#text: 'Deliver  noon', b: 'before'}}
            """)
    }

    @Test func cdataJoinsTheText() throws {
        let order = try XMLTestSupport.records(try XMLTestSupport.fixture("orders"))[0].root
        #expect(order["Note"]?.text == "<b>fragile</b> handle with care")
    }

    @Test func namespacesUseLocalNamesAsKeysAndQualifiedNamesInPaths() throws {
        let order = try XMLTestSupport.records(try XMLTestSupport.fixture("orders"))[0].root
        let vat = try #require(order["Customer"]?["Vat"])
        #expect(vat.text == "NL123")
        #expect(vat.location.path == "/Orders/Order[1]/Customer/x:Vat")
        #expect(order["@channel"]?.location.path == "/Orders/Order[1]/@x:channel")
    }

    @Test func positionalPathsAndLines() throws {
        let records = try XMLTestSupport.records(try XMLTestSupport.fixture("orders"), displayName: "orders.xml")
        let sku = try #require(records[2].root["Lines"]?["Line"]?.items[1]["Sku"])
        #expect(sku.text == "SKU-5")
        #expect(sku.location.path == "/Orders/Order[3]/Lines/Line[2]/Sku")
        #expect(sku.location.line == 34)
        #expect(sku.location.file == "orders.xml")
        #expect(sku.location.description == "orders.xml:/Orders/Order[3]/Lines/Line[2]/Sku (line 34)")
        let single = try #require(records[0].root["Lines"]?["Line"]?["Sku"])
        #expect(single.location.path == "/Orders/Order[1]/Lines/Line/Sku")
        #expect(single.location.line == 13)
        #expect(records[0].root.location.path == "/Orders/Order[1]")
        #expect(records[0].root.location.line == 5)
        #expect(records[1].root["Lines"]?["Line"]?.location.path == "/Orders/Order[2]/Lines/Line")
    }

    @Test func recordPathsCountEachNameSeparately() throws {
        let path = try XMLTestSupport.file("<Feed><Header>h</Header><Item>1</Item><Item>2</Item></Feed>")
        let records = try XMLTestSupport.records(path)
        #expect(records.map(\.index) == [1, 2, 3])
        #expect(records.map(\.root.location.path) == ["/Feed/Header[1]", "/Feed/Item[1]", "/Feed/Item[2]"])
    }

    @Test func rootSelectorReturnsOneRecord() throws {
        let records = try XMLTestSupport.records(try XMLTestSupport.fixture("orders"), .root)
        #expect(records.count == 1)
        let root = try #require(records.first?.root)
        #expect(root.location.path == "/Orders")
        #expect(root["@batch"]?.text == "7")
        #expect(root["Order"]?.items.count == 3)
        #expect(root["Order"]?.items[2].location.path == "/Orders/Order[3]")
    }

    @Test func autoSelectorDecidesByRootName() throws {
        let orders = try XMLTestSupport.fixture("orders")
        #expect(try XMLTestSupport.records(orders, .auto(documentNames: ["Order", "Invoice"])).count == 3)
        #expect(try XMLTestSupport.records(orders, .auto(documentNames: ["Orders"])).count == 1)
        let single = try XMLTestSupport.file("<Order><Number>9</Number></Order>")
        let records = try XMLTestSupport.records(single, .auto(documentNames: ["Order"]))
        #expect(records.count == 1)
        #expect(records.first?.root["Number"]?.text == "9")
    }

    @Test func emptyRootHasNoRecords() throws {
        #expect(try XMLTestSupport.records(try XMLTestSupport.file("<Orders/>")).isEmpty)
        #expect(try XMLTestSupport.records(try XMLTestSupport.file("<Orders>\n</Orders>")).isEmpty)
    }

    @Test func declaredLatin1IsDecoded() throws {
        let bytes = Array(#"<?xml version="1.0" encoding="ISO-8859-1"?><r><a>caf"#.utf8) + [0xE9] + Array("</a></r>".utf8)
        let records = try XMLTestSupport.records(try XMLTestSupport.file(bytes))
        #expect(records.first?.root.text == "café")
    }

    @Test func utf16WithByteOrderMarkIsDecoded() throws {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><r><a>Grüße</a></r>"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let records = try XMLTestSupport.records(try XMLTestSupport.file(bytes))
        #expect(records.first?.root.text == "Grüße")
    }

    @Test func manyRecordsStream() throws {
        var text = "<Orders>"
        for number in 1...20_000 { text += "<Order><Number>\(number)</Number></Order>" }
        text += "</Orders>"
        var reader = try XMLRecordReader(
            path: try XMLTestSupport.file(text), displayName: "big.xml", options: XMLReaderOptions())
        var count = 0
        while let record = try reader.next() {
            count += 1
            #expect(record.index == count)
            if count == 20_000 { #expect(record.root["Number"]?.text == "20000") }
        }
        #expect(count == 20_000)
    }
}
