import Canonical
import Foundation
import Testing

/// `CanonicalJSONWriter` writes the bytes Foundation's `JSONEncoder` (sorted keys, ISO 8601
/// dates) writes: the ledger hashes them to tell a document's versions apart, so one byte of
/// difference would make every stored document look changed.
@Suite struct CanonicalJSONWriterTests {
    static let reference: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    func expectSameBytes(_ value: some Encodable, _ label: String) throws {
        let written = try CanonicalJSONWriter.encode(value)
        let expected = String(decoding: try Self.reference.encode(value), as: UTF8.self)
        #expect(written == expected, "\(label)")
    }

    /// Texts with what JSON must escape (quotes, backslashes, slashes, every control
    /// character), non-ASCII letters and an emoji.
    static func nasty(_ field: String, _ seed: Int) -> String {
        let controls = String(decoding: [UInt8(seed % 32), 0x1F, 0x7F], as: UTF8.self)
        return "\(field) \"Müller\" \\ a/b Liège «Sencha» 😀 \(controls)\n\t\r-\(seed)"
    }

    @Test(arguments: [1, 2, 3, 8, 17, 31])
    func everyFieldOfEveryKindIsWrittenAsJSONEncoderWritesIt(seed: Int) throws {
        try expectSameBytes(FieldTableTests.filled(Order.self, seed, text: Self.nasty), "order \(seed)")
        try expectSameBytes(FieldTableTests.filled(Article.self, seed, text: Self.nasty), "article \(seed)")
        try expectSameBytes(FieldTableTests.filled(StockLevel.self, seed, text: Self.nasty), "stock \(seed)")
        try expectSameBytes(FieldTableTests.filled(Shipment.self, seed, text: Self.nasty), "shipment \(seed)")
        try expectSameBytes(FieldTableTests.filled(SalesPrice.self, seed, text: Self.nasty), "price \(seed)")
        // The plain filling too (upper-case texts), and a blank document (optionals left out).
        try expectSameBytes(FieldTableTests.filled(Order.self, seed), "plain order \(seed)")
        try expectSameBytes(Order.blank, "blank order")
    }

    @Test func dictionaryKeysAreSortedByTheirBytes() throws {
        var article = FieldTableTests.filled(Article.self, 4)
        article.attributes = ["size10": "a", "size2": "b", "Size": "c", "colour": "d", "é": "e", "Z": "f", "": "g", "a/b": "h"]
        try expectSameBytes(article, "attributes")
    }

    @Test func decimalsAndInstantsAreWrittenAsJSONEncoderWritesThem() throws {
        var order = FieldTableTests.filled(Order.self, 5)
        order.lines[0].quantity = Decimal(string: "0.0001") ?? 0
        order.lines[0].unitPriceExclVat = Decimal(string: "-12345678901234567890.123456789")
        order.orderDate = .instant(Date(timeIntervalSince1970: 1_796_000_000.9999))
        order.payment?.paidAt = Date(timeIntervalSince1970: 1_796_000_000.0004)
        try expectSameBytes(order, "decimals and fractional instants")
    }

    @Test func floatingPointIsLeftToJSONEncoder() {
        #expect(throws: CanonicalJSONWriter.Unsupported.self) { try CanonicalJSONWriter.encode(["price": 1.5]) }
    }
}
