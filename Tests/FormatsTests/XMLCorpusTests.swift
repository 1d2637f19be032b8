import Diagnostics
import Foundation
import SharedFiles
import Testing
@testable import Formats

/// Real documents from the shared corpus (FERRY_SHARED), read whole with `.root`.
@Suite(.needsSharedFolder) struct XMLCorpusTests {
    static var corpus: String { (SharedFolder.root?.path ?? "") + "/corpus/" }

    @Test func ublOrder() throws {
        var reader = try XMLRecordReader(
            path: Self.corpus + "ubl-2.1-Order-Example.xml", displayName: "ubl.xml", options: .init(records: .root))
        let order = try #require(try reader.next()).root
        #expect(try reader.next() == nil)
        #expect(reader.rootName == "Order")
        #expect(reader.rootNamespace == "urn:oasis:names:specification:ubl:schema:xsd:Order-2")
        #expect(order["ID"]?.text == "34")
        #expect(order["IssueDate"]?.text == "2010-01-20")
        #expect(order["DocumentCurrencyCode"]?.text == "SEK")
        let endpoint = try #require(order["BuyerCustomerParty"]?["Party"]?["EndpointID"])
        #expect(endpoint["@schemeID"]?.text == "GLN")
        #expect(endpoint["#text"]?.text == "7300072311115")
        #expect(endpoint.location.path == "/Order/cac:BuyerCustomerParty/cac:Party/cbc:EndpointID")
        #expect(endpoint.location.line == 50)
        #expect(order["SellerSupplierParty"]?["Party"]?["EndpointID"]?["#text"]?.text == "7302347231111")
        let lines = try #require(order["OrderLine"]?.items)
        #expect(lines.count == 2)
        let quantity = try #require(lines[0]["LineItem"]?["Quantity"])
        #expect(quantity["#text"]?.text == "120")
        #expect(quantity["@unitCode"]?.text == "LTR")
        #expect(quantity.location.path == "/Order/cac:OrderLine[1]/cac:LineItem/cbc:Quantity")
        #expect(lines[1]["LineItem"]?["Quantity"]?["@unitCode"]?.text == "C62")
        #expect(lines[0]["LineItem"]?["Item"]?["Name"]?.text == "Falu Rödfärg")
        let profile = try #require(order["ProfileID"])
        #expect(profile["#text"]?.text == "urn:www.cenbii.eu:profile:BII01:ver1.0")
        #expect(profile["@schemeAgencyID"]?.text == "BII")
    }

    @Test func openTransOrder() throws {
        var reader = try XMLRecordReader(
            path: Self.corpus + "opentrans-2.1-sample-order.xml", displayName: "ot.xml",
            options: .init(records: .auto(documentNames: ["ORDER"])))
        let order = try #require(try reader.next()).root
        #expect(try reader.next() == nil)
        #expect(reader.rootName == "ORDER")
        #expect(order["@type"]?.text == "standard")
        #expect(order["@version"]?.text == "2.1")
        #expect(order["@schemaLocation"]?.text?.hasPrefix("http://www.opentrans.org/XMLSchema/2.1") == true)
        #expect(order["@xmlns"] == nil)
        let info = try #require(order["ORDER_HEADER"]?["ORDER_INFO"])
        #expect(info["ORDER_ID"]?.text == "OID1")
        #expect(info["PARTIES"]?["PARTY"]?.items.first?["PARTY_ROLE"]?.text == "buyer")
        let item = try #require(order["ORDER_ITEM_LIST"]?["ORDER_ITEM"])
        #expect(item["LINE_ITEM_ID"]?.text == "1")
        #expect(item["QUANTITY"]?.text == "1.0")
        #expect(item["ORDER_UNIT"]?.text == "04")
        #expect(item["ORDER_UNIT"]?.location.path == "/ORDER/ORDER_ITEM_LIST/ORDER_ITEM/bmecat:ORDER_UNIT")
        #expect(item["PRODUCT_ID"]?["SUPPLIER_PID"]?["@type"]?.text == "$")
        #expect(item["PRICE_LINE_AMOUNT"]?.text == "1111")
        #expect(order["ORDER_SUMMARY"]?["TOTAL_AMOUNT"]?.text == "1111")
    }
}
