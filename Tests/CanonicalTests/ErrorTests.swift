import Canonical
@testable import Connectors
import Diagnostics
import Foundation
import Formats
import Testing

/// Every MAP error code, with the location of the offending field.
@Suite struct ErrorTests {
    /// The single failure of reading `json` as one document of `kind`.
    func failure(_ json: String, kind: DocumentKind) throws -> (key: String?, errors: [FerryError]) {
        let results = try Support.read("doc.json", json, kind: kind)
        #expect(results.count == 1)
        guard case .failure(let key, let errors, _) = try #require(results.first) else {
            Issue.record("expected a failure, got \(results)")
            return (nil, [])
        }
        return (key, errors)
    }

    @Test func requiredFieldsOfEveryKind() throws {
        let order = try failure(#"{"lines": [{"sku": "A"}]}"#, kind: .order)
        #expect(order.key == nil)
        #expect(order.errors.map(\.code) == [.mapRequiredFieldMissing, .mapRequiredFieldMissing])
        #expect(order.errors.map { $0.arguments["field"] } == ["number", "quantity"])
        #expect(order.errors.last?.location?.field == "quantity")
        #expect(order.errors.last?.location?.path?.hasPrefix("$.lines") == true)

        let article = try failure(#"{"name": "x"}"#, kind: .article)
        #expect(article.errors.map { $0.arguments["field"] } == ["sku"])
        let stock = try failure(#"{"warehouse": "AMS"}"#, kind: .stock)
        #expect(stock.errors.map { $0.arguments["field"] } == ["sku", "available"])
        let shipment = try failure(#"{"carrier": "DHL"}"#, kind: .shipment)
        #expect(shipment.errors.map { $0.arguments["field"] } == ["orderNumber", "trackingNumber"])
        #expect(shipment.errors.allSatisfy { $0.code == .mapRequiredFieldMissing })
    }

    @Test func badValuesAreCodedAndLocatedAtTheirNode() throws {
        let json = """
            {"number": "SO-5", "orderDate": "20/11/2026", "status": "paid", "currency": "EURO",
             "shippingAddress": {"country": "Holland"},
             "lines": [{"quantity": "twelve", "lineNumber": "one"}]}
            """
        let result = try failure(json, kind: .order)
        #expect(result.key == "canonical/sales/SO-5")
        let byCode = Dictionary(result.errors.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(Set(byCode.keys) == [.mapInvalidDate, .mapInvalidEnumValue, .mapInvalidCurrency, .mapInvalidCountry,
                                    .mapInvalidDecimal, .mapInvalidInteger])
        #expect(byCode[.mapInvalidDecimal]?.arguments == ["field": "quantity", "value": "twelve"])
        #expect(byCode[.mapInvalidDecimal]?.location?.path?.hasSuffix("quantity") == true)
        #expect(byCode[.mapInvalidEnumValue]?.arguments["allowed"] == "open, processing, placed, shipped, completed, cancelled")
        #expect(byCode[.mapInvalidCountry]?.location?.path?.hasSuffix("country") == true)
        #expect(byCode[.mapInvalidDate]?.arguments["value"] == "20/11/2026")
    }

    @Test func csvErrorsNameTheColumnAndLine() throws {
        let csv = "number;line.sku;line.quantity\nSO-7;A;twelve\nSO-7;B;\n"
        let results = try Support.read("orders.csv", csv, kind: .order)
        let errors = Support.errors(results)
        #expect(errors.map(\.code) == [.mapInvalidDecimal, .mapRequiredFieldMissing])
        #expect(errors.map(\.location) == [
            Location(file: "orders.csv", line: 2, field: "line.quantity"),
            Location(file: "orders.csv", line: 3, field: "line.quantity"),
        ])
        #expect(errors.first?.description == "[MAP-002] orders.csv:2 field line.quantity: line.quantity must be a number, but is \"twelve\"")
    }

    @Test func wrongStructure() throws {
        let result = try failure(#"{"number": "SO-6", "lines": "none", "buyer": ["x"]}"#, kind: .order)
        #expect(result.errors.map(\.code) == [.mapWrongStructure, .mapWrongStructure])
        #expect(result.errors.map { $0.arguments["field"] } == ["buyer", "lines"])
    }

    @Test func unsupportedKindAndForeignXMLRecords() throws {
        let path = try Support.temporaryFile("x.json", "{}")
        let unsupported = #expect(throws: FerryError.self) {
            _ = try CanonicalConnector().openSource(
                path: path, displayName: "x.json", settings: SourceSettings(kind: DocumentKind("customer")))
        }
        #expect(unsupported?.code == .mapUnsupportedKind)
        #expect(unsupported?.location == Location(file: "x.json"))

        let xml = "<Articles><Article><Sku>A</Sku></Article></Articles>"
        let results = try Support.read("orders.xml", xml, kind: .order)
        #expect(Support.errors(results).map(\.code) == [.mapKindMismatch])
        #expect(Support.errors(results).first?.arguments == ["expected": "order", "found": "article"])
    }

    @Test func readsOnAfterAFailedDocument() throws {
        let json = #"[{"number": "SO-1", "lines": [{"quantity": "x"}]}, {"number": "SO-2"}]"#
        let results = try Support.read("orders.json", json, kind: .order)
        #expect(results.count == 2)
        #expect(Support.documents(results).compactMap { ($0 as? Order)?.number } == ["SO-2"])
    }

    @Test func chooseReaderByExtensionThenContent() throws {
        let json = try Support.read("orders.dat", #"{"number": "SO-3"}"#, kind: .order)
        #expect((Support.documents(json).first as? Order)?.number == "SO-3")
        let xml = try Support.read("orders", "<Order><Number>SO-4</Number></Order>", kind: .order)
        #expect((Support.documents(xml).first as? Order)?.number == "SO-4")
        let csv = try Support.read("orders.txt", "number\nSO-8\n", kind: .order)
        #expect((Support.documents(csv).first as? Order)?.number == "SO-8")
    }
}
