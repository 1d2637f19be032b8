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

    /// The same without escaping slashes (what the preview shows).
    static let readable: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    /// The record writer writes what `JSONEncoder` writes, with and without escaped slashes.
    func expectSameBytes<Record: CanonicalRecord & Encodable>(_ record: Record, _ label: String) throws {
        let expected = String(decoding: try Self.reference.encode(record), as: UTF8.self)
        #expect(CanonicalJSONWriter.encode(record: record) == expected, "\(label)")
        let readable = String(decoding: try Self.readable.encode(record), as: UTF8.self)
        #expect(CanonicalJSONWriter.encode(record: record, escapingSlashes: false) == readable, "\(label), slashes unescaped")
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

    /// Texts without anything to escape are copied whole; one byte to escape anywhere in a
    /// text (first, last, after non-ASCII letters) still takes the escaping path.
    @Test func textsWithAndWithoutEscapesAreWrittenAsJSONEncoderWritesThem() throws {
        let texts = ["", "a", "WS-00000001", "Müller Liège «Sencha» 😀", "fifteen letters", "sixteen letters!",
                     "/a", "a/", "\"", "x\\", "Thé\u{7F}vert", "é\u{1}", "line\nbreak", String(repeating: "abc/", count: 40)]
        for text in texts {
            var article = Article.blank
            article.sku = text
            article.attributes = [text: text, "plain": text]
            article.imageURLs = [text, "plain"]
            try expectSameBytes(article, "text \(text.debugDescription)")
            #expect(CanonicalJSONWriter.quote(text, escapingSlashes: false)
                == CanonicalJSONWriter.quote(text, escapingSlashes: true).replacingOccurrences(of: "\\/", with: "/"))
        }
    }

    /// The field-table writer can only be exact if the table has every stored property of
    /// each record type under its coding key (synthesized `Codable`: the property's name).
    @Test func everyStoredPropertyOfEveryRecordTypeHasAField() {
        func check<Record: CanonicalRecord>(_ type: Record.Type) {
            let properties = Mirror(reflecting: FieldTableTests.filled(Record.self, 3)).children.compactMap(\.label)
            let fields = Record.canonicalFields.map(\.codingKey)
            #expect(properties.sorted() == fields.sorted(), "\(Record.self)")
        }
        check(Order.self)
        check(OrderLine.self)
        check(Party.self)
        check(PartyIdentifier.self)
        check(Address.self)
        check(Payment.self)
        check(Discount.self)
        check(Article.self)
        check(SupplierCode.self)
        check(StockLevel.self)
        check(Shipment.self)
        check(SalesPrice.self)
    }

    /// Lines, discounts and identifiers in numbers, absent nested records, and empty lists
    /// and dictionaries (which `JSONEncoder` still writes) from the field table too.
    @Test func listsAndAbsentRecordsFromTheFieldTable() throws {
        var order = FieldTableTests.filled(Order.self, 9, text: Self.nasty)
        order.lines += [FieldTableTests.filled(OrderLine.self, 10), OrderLine.blank, FieldTableTests.filled(OrderLine.self, 11, text: Self.nasty)]
        order.discounts = []
        order.customFields = [:]
        order.buyer?.identifiers = []
        order.seller = nil
        order.billingAddress = Address.blank
        try expectSameBytes(order, "lists")
        try expectSameBytes(Party.blank, "blank party")
        try expectSameBytes(Article.blank, "blank article")
    }
}
