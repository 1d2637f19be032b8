import Canonical
@testable import Connectors
import Diagnostics
import Foundation
import Formats

/// Shared helpers: temporary files, reading through the connector, sample documents.
enum Support {
    static func temporaryFile(_ name: String, _ contents: String) throws -> String {
        try temporaryFile(name, Array(contents.utf8))
    }

    static func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("canon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Every result of reading `contents` as file `name` for `kind`.
    static func read(
        _ name: String, _ contents: String, kind: DocumentKind, format: FileFormat? = nil,
        numberFormat: NumberFormat = .point
    ) throws -> [DecodeResult] {
        try read(name, Array(contents.utf8), kind: kind, format: format, numberFormat: numberFormat)
    }

    static func read(
        _ name: String, _ bytes: [UInt8], kind: DocumentKind, format: FileFormat? = nil,
        numberFormat: NumberFormat = .point
    ) throws -> [DecodeResult] {
        let path = try temporaryFile(name, bytes)
        let settings = SourceSettings(kind: kind, format: format, numberFormat: numberFormat)
        var source = try CanonicalConnector().openSource(path: path, displayName: name, settings: settings)
        var results: [DecodeResult] = []
        while let result = try source.next() { results.append(result) }
        return results
    }

    static func documents(_ results: [DecodeResult]) -> [any CanonicalDocument] {
        results.compactMap { if case .document(let document, _) = $0 { return document } else { return nil } }
    }

    static func errors(_ results: [DecodeResult]) -> [FerryError] {
        results.flatMap { result -> [FerryError] in
            if case .failure(_, let errors, _) = result { return errors } else { return [] }
        }
    }

    /// The record trees of a JSON text, as the JSON reader makes them.
    static func jsonRoots(_ text: String) throws -> [Node] {
        let path = try temporaryFile("t.json", text)
        var reader = try JSONRecordReader(path: path, displayName: "t.json", options: JSONReaderOptions())
        var roots: [Node] = []
        while let record = try reader.next() { roots.append(record.root) }
        return roots
    }

    static func date(_ text: String) -> Date? { ISODate.parse(text) }

    static var fullOrder: Order {
        Order(
            number: "SO-1001", sourceSystem: "webshop", sourceCompany: "NL01", orderKind: .sales, status: .open,
            approval: .approved, sourceStatus: "wc-processing", orderDate: BusinessDate("2026-11-20T09:30:00Z"),
            currency: "EUR",
            buyer: Party(
                number: "C-77", identifiers: [PartyIdentifier(scheme: "GLN", value: "8712345000004"),
                                              PartyIdentifier(scheme: "VAT", value: "NL001234567B01")],
                companyName: "Bakkerij De Korenbloem", contactName: "Anouk de Vries", email: "anouk@korenbloem.nl",
                phone: "+31 20 123 4567"),
            seller: Party(number: "S-1", companyName: "Fietsonderdelen.nl"),
            billingAddress: Address(
                name: "Anouk de Vries", companyName: "Bakkerij De Korenbloem", street: "Kerkstraat",
                houseNumber: "12", houseNumberAddition: "bis", postalCode: "1017 GC", city: "Amsterdam",
                region: "Noord-Holland", country: "NL"),
            shippingAddress: Address(
                name: "Anouk de Vries", street: "Meir", houseNumber: "1", postalCode: "2000", city: "Antwerpen",
                country: "BE", servicePointId: "BE-2000-17"),
            lines: [
                OrderLine(
                    lineNumber: 1, sku: "BIKE-LOCK-01", gtin: "8711234567890", supplierArticleCode: "ACME-L1",
                    description: "Kettingslot 90 cm", quantity: Decimal(string: "2") ?? 0, unit: "pcs",
                    unitPriceExclVat: Decimal(string: "24.75"), unitPriceInclVat: Decimal(string: "29.95"),
                    vatRate: 21, vatCode: "H", discount: Decimal(string: "1.50"), hsCode: "83011000",
                    countryOfOrigin: "TW", weight: Decimal(string: "1.250"), customFields: ["colour": "black"]),
                OrderLine(lineNumber: 2, sku: "TUBE-28", quantity: Decimal(string: "12.5") ?? 0),
            ],
            shippingMethod: "PostNL", shippingCost: Decimal(string: "4.95"), paymentMethod: "iDEAL",
            paymentTerms: "prepaid",
            discounts: [Discount(code: "WELCOME10", description: "Welcome", amount: Decimal(string: "5.00") ?? 0)],
            warehouse: "AMS", notes: "Leave at the back door; ring twice.",
            customFields: ["channel": "web", "giftWrap": "yes"])
    }

    static var fullArticle: Article {
        Article(
            sku: "BIKE-LOCK-01", gtin: "8711234567890",
            supplierCodes: [SupplierCode(supplier: "ACME", code: "A-1"), SupplierCode(supplier: "Velo", code: "V 9")],
            name: "Kettingslot 90 cm", shortDescription: "Sterk slot", longDescription: "ART-2 goedgekeurd, 90 cm.",
            priceExclVat: Decimal(string: "24.75"), priceInclVat: Decimal(string: "29.95"), vatRate: 21,
            vatCode: "H", costPrice: Decimal(string: "11.20"), currency: "EUR", stockAvailable: 40, stockReserved: 3,
            unit: "pcs", weight: Decimal(string: "1.25"), hsCode: "83011000", countryOfOrigin: "TW", brand: "Abus",
            categories: ["Sloten", "Fietsaccessoires"], imageURLs: ["https://example.nl/img/lock-1.jpg"],
            attributes: ["colour": "black", "length": "90 cm"], parentSku: "BIKE-LOCK",
            customFields: ["season": "all"], updatedAt: date("2026-11-19T22:00:00Z"))
    }

    static var fullStock: StockLevel {
        StockLevel(sku: "BIKE-LOCK-01", warehouse: "AMS", available: Decimal(string: "40.5") ?? 0, reserved: 3,
                   asOfDate: date("2026-11-20T06:00:00Z"))
    }

    static var fullShipment: Shipment {
        Shipment(orderNumber: "SO-1001", trackingNumber: "3SABCD1234567", carrier: "PostNL",
                 trackingURL: "https://jouw.postnl.nl/track-and-trace/3SABCD1234567",
                 shippedAt: date("2026-11-21T14:05:00Z"), sourceSystem: "webshop")
    }
}
