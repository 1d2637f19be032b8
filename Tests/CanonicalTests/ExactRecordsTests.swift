@testable import Connectors
import Diagnostics
import Foundation
import Formats
import Testing

/// Exact Online's record shapes brought into one before the bundled layout reads them.
@Suite struct ExactRecordsTests {
    static func node(_ json: String) throws -> Node {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("exact-" + UUID().uuidString + ".json").path
        try json.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var reader = try JSONRecordReader(path: path, displayName: "x.json", options: JSONReaderOptions())
        return try #require(try reader.next()).root
    }

    @Test func odataDatesBecomeDatesOrInstantsInUTC() {
        #expect(ExactRecords.convertedDate("/Date(1764028800000)/") == "2025-11-25")
        #expect(ExactRecords.convertedDate("/Date(1700000000000)/") == "2023-11-14T22:13:20Z")
        #expect(ExactRecords.convertedDate("/Date(1764028800000+0100)/") == "2025-11-25")
        #expect(ExactRecords.convertedDate("/Date(-86400000)/") == "1969-12-31")
        #expect(ExactRecords.convertedDate("/Date(abc)/") == nil)
        #expect(ExactRecords.convertedDate("2025-11-25") == nil)
    }

    @Test func everyResponseShapeGivesItsEntitiesTrimmedWithoutMetadata() throws {
        let list = try ExactRecords.entities(inJSON: Self.node(#"{"d": {"results": [{"__metadata": {"uri": "u"}, "Code": "  7 "}, {"Code": "8"}]}}"#))
        #expect(list.map { $0.children["Code"]?.text } == ["7", "8"])
        #expect(list.first?.children["__metadata"] == nil)
        let array = try ExactRecords.entities(inJSON: Self.node(#"{"d": [{"Code": "9"}]}"#))
        #expect(array.map { $0.children["Code"]?.text } == ["9"])
        let single = try ExactRecords.entities(inJSON: Self.node(#"{"d": {"Code": "10", "SalesOrderLines": {"results": [{"ItemCode": " A "}]}}}"#))
        #expect(single.count == 1)
        #expect(single.first?.children["SalesOrderLines"]?.items.first?.children["ItemCode"]?.text == "A")
        let deferred = try ExactRecords.entities(inJSON: Self.node(#"{"d": {"Code": "11", "SalesOrderLines": {"__deferred": {"uri": "u"}}}}"#))
        #expect(deferred.first?.children[ExactRecords.deferredMarker] != nil)
        #expect(deferred.first?.children["SalesOrderLines"] == nil)
    }

    @Test func idsAreCompletedFromTheNamesBesideThemAndTheAccountsAddress() throws {
        let entity = try ExactRecords.entities(inJSON: Self.node(#"""
            {"d": {"OrderNumber": 1, "DeliverTo": {"Name": "Acme", "AddressLine1": "Dorpsstraat 1", "Postcode": "1234 AB", "City": "Ergens", "Country": "NL"},
                   "DeliverToContactPerson": "guid-1", "DeliverToContactPersonFullName": "Ann", "DeliveryAddress": "guid-2", "Notes": "SP-1"}}
            """#)).first
        let completed = ExactRecords.completeSalesOrder(try #require(entity), servicePointField: "Notes")
        #expect(completed.children["DeliverToContactPerson"]?.children["FullName"]?.text == "Ann")
        #expect(completed.children["DeliverToContactPerson"]?.children["ID"]?.text == "guid-1")
        #expect(completed.children["DeliveryAddress"]?.children["AddressLine1"]?.text == "Dorpsstraat 1")
        #expect(completed.children["ServicePoint"]?.text == "SP-1")
    }
}
