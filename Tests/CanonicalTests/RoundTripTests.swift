import Canonical
import Diagnostics
@testable import Connectors
import Foundation
import Formats
import Testing

/// Writing documents with `payload(for:settings:)` and reading the bytes back gives equal documents.
@Suite struct RoundTripTests {
    static let samples: [(DocumentKind, [any CanonicalDocument])] = [
        (.order, [Support.fullOrder, Order(number: "SO-1002", lines: [OrderLine(sku: "X", quantity: 1)])]),
        (.article, [Support.fullArticle, Article(sku: "TUBE-28", name: "Binnenband 28 inch")]),
        (.stock, [Support.fullStock, StockLevel(sku: "TUBE-28", available: 0)]),
        (.shipment, [Support.fullShipment, Shipment(orderNumber: "SO-1002", trackingNumber: "JVGL0001")]),
        (.price, [
            SalesPrice(sku: "TUBE-28", priceCategory: "WHOLESALE", price: Decimal(string: "4.125") ?? 0, currency: "EUR", unit: "PCS",
                       breakQuantity: 10, promotion: .yes, vatCode: "1", effectiveDate: .day("2027-01-01"),
                       expirationDate: .day("2027-06-30")),
            SalesPrice(sku: "TUBE-28", priceCategory: "RETAIL", price: 5),
        ]),
    ]

    static func roundTrip(_ kind: DocumentKind, _ documents: [any CanonicalDocument], _ format: FileFormat) throws
        -> [any CanonicalDocument]
    {
        let payload = try CanonicalConnector().payload(
            for: documents, settings: TargetSettings(kind: kind, format: format))
        #expect(payload.fileExtension == format.rawValue)
        let results = try Support.read("out.\(format.rawValue)", payload.bytes, kind: kind)
        #expect(Support.errors(results).isEmpty, "\(Support.errors(results))")
        return Support.documents(results)
    }

    static func expectEqual(_ read: [any CanonicalDocument], _ written: [any CanonicalDocument]) {
        #expect(read.count == written.count)
        for (left, right) in zip(read, written) {
            let equal = Self.same(left, right)
            #expect(equal, "\(left)\n≠\n\(right)")
            #expect(left.key == right.key)
        }
    }

    static func same<T: CanonicalDocument>(_ left: T, _ right: any CanonicalDocument) -> Bool {
        (right as? T) == left
    }

    @Test(arguments: [FileFormat.json, .csv], [0, 1, 2, 3])
    func everyKindRoundTrips(format: FileFormat, sample: Int) throws {
        let (kind, documents) = Self.samples[sample]
        Self.expectEqual(try Self.roundTrip(kind, documents, format), documents)
        Self.expectEqual(try Self.roundTrip(kind, [documents[0]], format), [documents[0]])
    }

    @Test func typedEqualityAfterJSONRoundTrip() throws {
        let read = try Self.roundTrip(.order, [Support.fullOrder], .json)
        #expect(read.first as? Order == Support.fullOrder)
        let article = try Self.roundTrip(.article, [Support.fullArticle], .csv)
        #expect(article.first as? Article == Support.fullArticle)
    }

    @Test func outputIsDeterministicAndStableBytesLeaveOutTimestamps() throws {
        let connector = CanonicalConnector()
        var later = Support.fullArticle
        later.updatedAt = Support.date("2026-12-01T00:00:00Z")
        for format in FileFormat.allCases {
            let settings = TargetSettings(kind: .article, format: format)
            let first = try connector.payload(for: [Support.fullArticle], settings: settings)
            let again = try connector.payload(for: [Support.fullArticle], settings: settings)
            let changed = try connector.payload(for: [later], settings: settings)
            #expect(first.bytes == again.bytes)
            #expect(first.bytes != changed.bytes)
            #expect(first.stableBytes == changed.stableBytes)
        }
        var recount = Support.fullStock
        recount.asOfDate = nil
        let stock = try connector.payload(for: [Support.fullStock], settings: TargetSettings(kind: .stock, format: .json))
        let bare = try connector.payload(for: [recount], settings: TargetSettings(kind: .stock, format: .json))
        #expect(stock.stableBytes == bare.stableBytes)
        #expect(stock.bytes != bare.bytes)
    }

    @Test func jsonPayloadShape() throws {
        let payload = try CanonicalConnector().payload(
            for: [Support.fullOrder], settings: TargetSettings(kind: .order, format: .json))
        let text = String(decoding: payload.bytes, as: UTF8.self)
        #expect(text.hasPrefix("{"))
        #expect(text.contains("\"orderDate\": \"2026-11-20T09:30:00Z\""))
        #expect(text.contains("\"unitPriceExclVat\": 24.75"))
        #expect(!text.contains("null"))
        let two = try CanonicalConnector().payload(
            for: [Support.fullOrder, Support.fullOrder], settings: TargetSettings(kind: .order, format: .json))
        #expect(String(decoding: two.bytes, as: UTF8.self).hasPrefix("["))
    }

    @Test func csvPayloadHasFixedColumnsAndOneRowPerLine() throws {
        let payload = try CanonicalConnector().payload(
            for: [Support.fullOrder, Order(number: "SO-1003")], settings: TargetSettings(kind: .order, format: .csv))
        let lines = String(decoding: payload.bytes, as: UTF8.self).split(separator: "\r\n")
        #expect(lines.count == 4)
        let header = lines[0].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        #expect(Array(header.prefix(4)) == ["number", "sourceSystem", "sourceCompany", "orderKind"])
        #expect(header.contains("buyer.gln") && header.contains("line.quantity"))
        #expect(header.suffix(3) == ["custom.channel", "custom.giftWrap", "line.custom.colour"])
    }

    @Test func kindMismatchAndInexpressibleValuesAreErrors() throws {
        let connector = CanonicalConnector()
        let mismatch = #expect(throws: FerryError.self) {
            try connector.payload(for: [Support.fullArticle], settings: TargetSettings(kind: .order, format: .json))
        }
        #expect(mismatch?.code == .mapKindMismatch)
        var piped = Support.fullArticle
        piped.categories = ["A|B"]
        let pipe = #expect(throws: FerryError.self) {
            try connector.payload(for: [piped], settings: TargetSettings(kind: .article, format: .csv))
        }
        #expect(pipe?.code == .mapNotExpressible)
    }
}

/// XML round trips. They need an XML reader: the temporary stand-in (FoundationXML) until the
/// merge, the real `XMLRecordReader` after it.
@Suite struct XMLRoundTripTests {
    @Test(arguments: [0, 1, 2, 3])
    func everyKindRoundTripsThroughXML(sample: Int) throws {
        let (kind, documents) = RoundTripTests.samples[sample]
        RoundTripTests.expectEqual(try RoundTripTests.roundTrip(kind, documents, .xml), documents)
        RoundTripTests.expectEqual(try RoundTripTests.roundTrip(kind, [documents[0]], .xml), [documents[0]])
    }

    @Test func xmlPayloadShape() throws {
        let payload = try CanonicalConnector().payload(
            for: [Support.fullOrder], settings: TargetSettings(kind: .order, format: .xml))
        let text = String(decoding: payload.bytes, as: UTF8.self)
        #expect(text.contains("<Order>"))
        #expect(!text.contains("<Orders>"))
        #expect(text.contains("<OrderDate>2026-11-20T09:30:00Z</OrderDate>"))
        #expect(text.contains("<Identifier scheme=\"GLN\">8712345000004</Identifier>"))
        #expect(text.contains("<Field name=\"channel\">web</Field>"))
        #expect(text.contains("<Lines>"))
        let many = try CanonicalConnector().payload(
            for: [Support.fullArticle, Support.fullArticle], settings: TargetSettings(kind: .article, format: .xml))
        let manyText = String(decoding: many.bytes, as: UTF8.self)
        #expect(manyText.contains("<Articles>"))
        #expect(manyText.contains("<SupplierCode supplier=\"ACME\">A-1</SupplierCode>"))
        #expect(manyText.contains("<Attribute name=\"colour\">black</Attribute>"))
        #expect(manyText.contains("<ImageURLs>"))
    }
}
