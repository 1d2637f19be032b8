import Canonical
@testable import Connectors
import Diagnostics
import Foundation
import Formats
import Testing

/// Field mapping from JSON-shaped and XML-shaped trees.
@Suite struct MappingTests {
    static let nowhere = Location(file: "t.xml")
    func el(_ pairs: [(String, Node)], _ path: String = "/Order") -> Node {
        NodeBuilding.object(pairs, at: Location(file: "t.xml", path: path))
    }
    func txt(_ text: String, _ path: String = "/Order/X") -> Node {
        Node(.scalar(text), at: Location(file: "t.xml", path: path))
    }

    @Test func mapsEveryOrderFieldFromJSON() throws {
        let json = """
            {"number": "SO-1001", "sourceSystem": "webshop", "sourceCompany": "NL01", "orderKind": "Sales",
             "status": "OPEN", "approval": "approved", "sourceStatus": "wc-processing",
             "orderDate": "2026-11-20T10:30:00+01:00", "currency": "eur",
             "buyer": {"number": "C-77", "identifiers": [{"scheme": "GLN", "value": "8712345000004"},
                       {"scheme": "VAT", "value": "NL001234567B01"}], "companyName": "Bakkerij De Korenbloem",
                       "contactName": "Anouk de Vries", "email": "anouk@korenbloem.nl", "phone": "+31 20 123 4567"},
             "seller": {"number": "S-1", "companyName": "Fietsonderdelen.nl"},
             "billingAddress": {"name": "Anouk de Vries", "companyName": "Bakkerij De Korenbloem",
               "street": "Kerkstraat", "houseNumber": "12", "houseNumberAddition": "bis", "postalCode": "1017 GC",
               "city": "Amsterdam", "region": "Noord-Holland", "country": "nl"},
             "shippingAddress": {"name": "Anouk de Vries", "street": "Meir", "houseNumber": 1, "postalCode": "2000",
               "city": "Antwerpen", "country": "BE", "servicePointId": "BE-2000-17"},
             "lines": [{"lineNumber": 1, "sku": "BIKE-LOCK-01", "gtin": "8711234567890",
                "supplierArticleCode": "ACME-L1", "description": "Kettingslot 90 cm", "quantity": 2, "unit": "pcs",
                "unitPriceExclVat": 24.75, "unitPriceInclVat": "29.95", "vatRate": 21, "vatCode": "H",
                "discount": 1.50, "hsCode": "83011000", "countryOfOrigin": "TW", "weight": 1.250,
                "customFields": {"colour": "black"}},
               {"lineNumber": 2, "sku": "TUBE-28", "quantity": "12.5"}],
             "shippingMethod": "PostNL", "shippingCost": 4.95, "paymentMethod": "iDEAL", "paymentTerms": "prepaid",
             "discounts": [{"code": "WELCOME10", "description": "Welcome", "amount": 5.00}],
             "warehouse": "AMS", "notes": "Leave at the back door; ring twice.",
             "customFields": {"channel": "web", "giftWrap": "yes"}}
            """
        let root = try #require(try Support.jsonRoots(json).first)
        var reading = NodeReading(naming: .camel)
        let order = OrderMapping.order(from: root, &reading)
        #expect(reading.errors.isEmpty, "\(reading.errors)")
        #expect(order == Support.fullOrder)
        #expect(order.key.rawValue == "webshop/NL01/sales/SO-1001")
    }

    @Test func mapsXMLShapedTreesWithAttributesAndSingleOrRepeatedElements() throws {
        let identifier = el([("@scheme", txt("GLN")), ("#text", txt("8712345000004"))], "/Order/Buyer/Identifiers/Identifier")
        let line = { (sku: String, quantity: String, index: Int) in
            el([("Sku", txt(sku)), ("Quantity", txt(quantity))], "/Order/Lines/Line[\(index)]")
        }
        let order = el([
            ("Number", txt("SO-2001")), ("OrderDate", txt("2026-11-20")),
            ("Buyer", el([("Identifiers", el([("Identifier", identifier)])), ("Email", txt("a@b.nl"))])),
            ("Lines", el([("Line", Node(.array([line("A", "1", 1), line("B", "2.5", 2)]), at: Self.nowhere))])),
            ("CustomFields", el([("Field", el([("@name", txt("channel")), ("#text", txt("bol"))]))])),
        ])
        var reading = NodeReading(naming: .pascal)
        let tree = CanonicalXMLShape.normalize(order, &reading)
        let mapped = OrderMapping.order(from: tree, &reading)
        #expect(reading.errors.isEmpty, "\(reading.errors)")
        #expect(mapped.number == "SO-2001")
        #expect(mapped.orderDate == .day("2026-11-20"), "a date without a time stays a calendar day")
        #expect(mapped.buyer?.identifiers == [PartyIdentifier(scheme: "GLN", value: "8712345000004")])
        #expect(mapped.lines.map(\.sku) == ["A", "B"])
        #expect(mapped.lines.map(\.quantity) == [1, Decimal(string: "2.5")])
        #expect(mapped.customFields == ["channel": "bol"])

        let single = el([("Number", txt("SO-2002")), ("Lines", el([("Line", line("C", "3", 1))]))])
        var again = NodeReading(naming: .pascal)
        let one = OrderMapping.order(from: CanonicalXMLShape.normalize(single, &again), &again)
        #expect(again.errors.isEmpty)
        #expect(one.lines.map(\.sku) == ["C"])
    }

    @Test func mapsArticleStockAndShipmentFromJSON() throws {
        let roots = try Support.jsonRoots("""
            [{"sku": "BIKE-LOCK-01", "gtin": "8711234567890",
              "supplierCodes": [{"supplier": "ACME", "code": "A-1"}, {"supplier": "Velo", "code": "V 9"}],
              "name": "Kettingslot 90 cm", "shortDescription": "Sterk slot", "longDescription": "ART-2 goedgekeurd, 90 cm.",
              "priceExclVat": 24.75, "priceInclVat": 29.95, "vatRate": 21, "vatCode": "H", "costPrice": "11.20",
              "currency": "EUR", "stockAvailable": 40, "stockReserved": 3, "unit": "pcs", "weight": 1.25,
              "hsCode": "83011000", "countryOfOrigin": "TW", "brand": "Abus", "categories": ["Sloten", "Fietsaccessoires"],
              "imageURLs": ["https://example.nl/img/lock-1.jpg"], "attributes": {"colour": "black", "length": "90 cm"},
              "parentSku": "BIKE-LOCK", "customFields": {"season": "all"}, "updatedAt": "2026-11-19T22:00:00Z"},
             {"sku": "BIKE-LOCK-01", "warehouse": "AMS", "available": 40.5, "reserved": 3, "asOf": "2026-11-20T06:00:00Z"},
             {"orderNumber": "SO-1001", "trackingNumber": "3SABCD1234567", "carrier": "PostNL",
              "trackingURL": "https://jouw.postnl.nl/track-and-trace/3SABCD1234567", "shippedAt": "2026-11-21T15:05:00+01:00",
              "sourceSystem": "webshop"}]
            """)
        #expect(roots.count == 3)
        var reading = NodeReading(naming: .camel)
        #expect(ArticleMapping.article(from: roots[0], &reading) == Support.fullArticle)
        #expect(StockMapping.stockLevel(from: roots[1], &reading) == Support.fullStock)
        #expect(ShipmentMapping.shipment(from: roots[2], &reading) == Support.fullShipment)
        #expect(reading.errors.isEmpty, "\(reading.errors)")
    }

    @Test(arguments: [
        ("2026-11-20", "2026-11-20T00:00:00Z"), ("2026-11-20T10:30:00+01:00", "2026-11-20T09:30:00Z"),
        ("2026-11-20T09:30:00.250Z", "2026-11-20T09:30:00.250Z"), ("2026-11-20T04:30-0500", "2026-11-20T09:30:00Z"),
    ])
    func parsesISODates(text: String, utc: String) throws {
        let date = try #require(ISODate.parse(text))
        #expect(ISODate.format(date) == utc)
    }

    @Test(arguments: [
        ("2026-11-21", "2026-11-21"), ("2026-11-20T10:30:00+01:00", "2026-11-20T09:30:00Z"),
        ("2026-11-21T00:00:00Z", "2026-11-21T00:00:00Z"),
    ])
    func businessDatesKeepADayAsADay(text: String, canonical: String) throws {
        let value = try #require(BusinessDate(text))
        #expect(value.text == canonical)
        let encoded = try JSONEncoder().encode(value)
        #expect(try JSONDecoder().decode(BusinessDate.self, from: encoded) == value)
    }

    @Test(arguments: ["2026-11-20T09:30:00", "2026-02-30", "20-11-2026", "2026-11-20T25:00:00Z", "yesterday"])
    func rejectsInvalidDates(text: String) {
        #expect(ISODate.parse(text) == nil)
    }
}
