import Canonical
import Diagnostics
@testable import Connectors
import Foundation
import Formats
import Testing

/// The field tables (`CanonicalRecord.canonicalFields`) are the one place a canonical field is
/// declared: a record with every table field set, made from the tables alone, is written and
/// read back equal in every format, and the schema, the tree and the CSV columns name exactly
/// the table's fields. A field added to a table is covered here without another edit.
@Suite struct FieldTableTests {
    /// A record with every field of its table set to a value that survives every format:
    /// texts upper case (CSV writes identifier schemes as lower-case column names and
    /// reads them back upper case), two items in every list, a dictionary of two names.
    /// `text` gives a text field its value (by default the field's name and the seed).
    static func filled<Record: CanonicalRecord>(
        _ type: Record.Type, _ seed: Int, text makeText: (String, Int) -> String = { "\($0.uppercased())-\($1)" }
    ) -> Record {
        var record = Record.blank
        for field in Record.canonicalFields {
            let text = makeText(field.name, seed)
            switch field.access {
            case .text(let path): record[keyPath: path] = text
            case .fixedText(let path): record[keyPath: path] = text
            case .country(let path): record[keyPath: path] = seed.isMultiple(of: 2) ? "NL" : "BE"
            case .currency(let path): record[keyPath: path] = "EUR"
            case .decimal(let path): record[keyPath: path] = Decimal(seed * 100 + 25) / 100
            case .fixedDecimal(let path): record[keyPath: path] = Decimal(seed * 20 + 5) / 10
            case .integer(let path): record[keyPath: path] = seed + 40
            case .instant(let path): record[keyPath: path] = Date(timeIntervalSince1970: 1_795_000_000 + Double(seed * 60))
            case .businessDate(let path): record[keyPath: path] = .day("2026-11-2\(seed % 10)")
            case .choice(let choice): choice.set(&record, choice.values[seed % choice.values.count])
            case .texts(let path): record[keyPath: path] = ["\(text) A", "\(text) B"]
            case .dictionary(let path): record[keyPath: path] = ["colour": "red \(seed)", "size": "XL \(seed)"]
            case .object(let access): Self.fill(access, &record, seed, text: makeText)
            case .list(let access): Self.fill(access, &record, seed, text: makeText)
            }
        }
        return record
    }

    static func fill<Access: CanonicalObjectAccess>(
        _ access: Access, _ record: inout Access.Model, _ seed: Int, text: (String, Int) -> String
    ) {
        record[keyPath: access.path] = filled(Access.Item.self, seed + 1, text: text)
    }

    static func fill<Access: CanonicalListAccess>(
        _ access: Access, _ record: inout Access.Model, _ seed: Int, text: (String, Int) -> String
    ) {
        record[keyPath: access.path] = [filled(Access.Item.self, seed + 1, text: text), filled(Access.Item.self, seed + 2, text: text)]
    }

    static let documents: [DocumentKind: any CanonicalDocument] = [
        .order: filled(Order.self, 1), .article: filled(Article.self, 1),
        .stock: filled(StockLevel.self, 1), .shipment: filled(Shipment.self, 1),
        .price: filled(SalesPrice.self, 1),
    ]

    /// Every value path of a JSON-shaped tree, lists and dictionaries as the schema spells them.
    static func paths(of node: Node, in schema: CanonicalSchema, under prefix: String = "") -> Set<String> {
        var paths = Set<String>()
        for (name, child) in node.children {
            let path = prefix + name
            if schema.field(at: path)?.type == .dictionary || schema.field(at: path)?.type == .textList {
                paths.insert(path)
            } else if case .array(let items) = child.value {
                for item in items { paths.formUnion(Self.paths(of: item, in: schema, under: path + ".")) }
            } else if case .object = child.value {
                paths.formUnion(Self.paths(of: child, in: schema, under: path + "."))
            } else {
                paths.insert(path)
            }
        }
        return paths
    }

    /// The fields of a table and of the records under it.
    static func all(_ fields: [CanonicalFieldInfo]) -> [CanonicalFieldInfo] {
        fields + fields.flatMap { all($0.children) }
    }

    @Test(arguments: [DocumentKind.order, .article, .stock, .shipment], FileFormat.allCases)
    func aRecordWithEveryTableFieldRoundTrips(kind: DocumentKind, format: FileFormat) throws {
        let document = try #require(Self.documents[kind])
        RoundTripTests.expectEqual(try RoundTripTests.roundTrip(kind, [document], format), [document])
    }

    @Test(arguments: [DocumentKind.order, .article, .stock, .shipment])
    func theTreeWritesEverySchemaFieldAndNothingElse(kind: DocumentKind) throws {
        let document = try #require(Self.documents[kind])
        let schema = try #require(CanonicalSchema.of(kind))
        let tree = try #require(CanonicalTree.tree(of: document))
        #expect(Self.paths(of: tree, in: schema) == Set(schema.fields.map(\.path)))
        #expect(schema.fields.allSatisfy { $0.type != .choice || !$0.values.isEmpty })
    }

    @Test(arguments: [DocumentKind.order, .article, .stock, .shipment])
    func everyCSVValueColumnIsAFixedColumnFilledFromTheTable(kind: DocumentKind) throws {
        let document = try #require(Self.documents[kind])
        let tree = try #require(CanonicalTree.tree(of: document))
        let table = try CanonicalCSVLayout.table(trees: [tree], kind: kind)
        let fixed = CanonicalCSVLayout.fixedColumns(for: kind)
        #expect(Array(table.header.prefix(fixed.count)) == fixed)
        #expect(Set(fixed).count == fixed.count, "no column twice")
        // The standard identifier schemes (`buyer.gln`) are fixed columns the filled record,
        // whose schemes are made up, leaves empty.
        let keys = Set(Self.all(CanonicalFields.of(kind) ?? []).flatMap { field -> [String] in
            if case .keyed(let fixed)? = field.csvList { return fixed } else { return [] }
        })
        for row in table.rows {
            for (column, value) in zip(table.header, row) where fixed.contains(column) {
                if let last = column.split(separator: ".").last, keys.contains(String(last)) { continue }
                #expect(!value.isEmpty, "\(column) is a fixed column the filled \(kind) leaves empty")
            }
        }
    }

    @Test func theXMLListElementsComeFromTheTables() {
        let collections = CanonicalXMLShape.collections
        #expect(collections["lines"]?.element == "Line")
        #expect(collections["customfields"]?.element == "Field")
        guard case .pair(let attribute, let text)? = collections["identifiers"]?.items else {
            Issue.record("identifiers are not a scheme/value pair")
            return
        }
        #expect(attribute == "scheme")
        #expect(text == "value")
        let tables = DocumentMapping.supported.flatMap { kind in CanonicalFields.of(kind) ?? [] }
        for field in Self.all(tables) where field.isList || field.type == .textList || field.type == .dictionary {
            #expect(collections[field.name.lowercased()] != nil, "\(field.name) has no XML item element")
        }
    }

    /// A model property without a table entry would stay at its blank value in a record
    /// filled from the table: each one must have been set.
    static func check<Record: CanonicalRecord>(_ type: Record.Type) {
        let blank = Mirror(reflecting: Record.blank).children
        let filled = Mirror(reflecting: Self.filled(Record.self, 1)).children
        #expect(blank.count == filled.count)
        for (empty, set) in zip(blank, filled) {
            #expect("\(empty.value)" != "\(set.value)", "\(Record.self).\(empty.label ?? "?") has no field table entry")
        }
    }

    /// A record whose table forgets a property, to see the check catch it.
    struct Forgetful: CanonicalRecord {
        var kept: String?
        var forgotten: String?
        static let blank = Forgetful()
        static let canonicalFields: [CanonicalField<Forgetful>] = [CanonicalField("kept", .text(\.kept))]
    }

    @Test func everyModelPropertyHasATableEntry() {
        withKnownIssue("Forgetful.forgotten has no table entry") { Self.check(Forgetful.self) }
        let check = { (type: any CanonicalRecord.Type) in Self.check(type) }
        check(Order.self)
        check(OrderLine.self)
        check(Discount.self)
        check(Payment.self)
        check(Party.self)
        check(PartyIdentifier.self)
        check(Address.self)
        check(Article.self)
        check(SupplierCode.self)
        check(StockLevel.self)
        check(Shipment.self)
        check(SalesPrice.self)
    }

    @Test func volatileFieldsAreTheTimestampsOfStateDocuments() {
        #expect(CanonicalFields.hasVolatileFields(.article))
        #expect(CanonicalFields.hasVolatileFields(.stock))
        #expect(!CanonicalFields.hasVolatileFields(.order))
        #expect(!CanonicalFields.hasVolatileFields(.shipment))
    }
}
