import Foundation

/// A part of the canonical model that is read and written field by field: a document
/// (`Order`) or a record inside one (`Party`, `Address`, `OrderLine`).
///
/// `canonicalFields` is the one description of its fields (docs/ARCHITECTURE.md, "One field
/// table"): the tree reader, the tree writer, the canonical CSV columns, the XML list
/// elements and `CanonicalSchema` are all derived from it. Adding a field to the model is the
/// model property plus one entry here.
public protocol CanonicalRecord: Sendable {
    /// The value a reader starts from: every optional field absent, every other at the
    /// value it has when the source leaves it out (`orderKind` `sales`, `sourceSystem`
    /// `canonical`) or a placeholder (a required field, reported when missing).
    static var blank: Self { get }
    /// The fields in the canonical tree's order.
    static var canonicalFields: [CanonicalField<Self>] { get }
}

/// A key path to a model property, sendable (a key path literal to a stored property is).
public typealias CanonicalPath<Model, Value> = any WritableKeyPath<Model, Value> & Sendable

/// One field of a canonical record: its canonical name, its type, whether it is required,
/// how the flat formats spell it, and the model property that holds it.
public struct CanonicalField<Model>: Sendable {
    /// The model property and the kind of value it holds.
    public enum Access: Sendable {
        /// Text; absent when `nil`.
        case text(CanonicalPath<Model, String?>)
        /// Text that always has a value (the placeholder, or a default such as `canonical`).
        case fixedText(CanonicalPath<Model, String>)
        /// An ISO 3166-1 alpha-2 code, upper case.
        case country(CanonicalPath<Model, String?>)
        /// An ISO 4217 code, upper case.
        case currency(CanonicalPath<Model, String?>)
        case decimal(CanonicalPath<Model, Decimal?>)
        /// A decimal that always has a value (`quantity`, `available`).
        case fixedDecimal(CanonicalPath<Model, Decimal>)
        case integer(CanonicalPath<Model, Int?>)
        /// A moment, written in UTC.
        case instant(CanonicalPath<Model, Date?>)
        /// A business date: a calendar day or an instant.
        case businessDate(CanonicalPath<Model, BusinessDate?>)
        /// One of fixed values (an enumeration's raw values).
        case choice(CanonicalChoice<Model>)
        /// A list of texts.
        case texts(CanonicalPath<Model, [String]>)
        /// Free names with text values.
        case dictionary(CanonicalPath<Model, [String: String]>)
        /// A nested record (`buyer`, `shippingAddress`).
        case object(any CanonicalObjectAccess<Model>)
        /// A list of nested records (`lines`).
        case list(any CanonicalListAccess<Model>)
    }

    /// The name in the canonical tree and JSON (`unitPriceExclVat`).
    public let name: String
    public let access: Access
    /// Reported as missing when absent.
    public let required: Bool
    /// Part of a business key: trimmed of white space at both ends when read.
    public let key: Bool
    /// A timestamp left out of the stable tree that decides whether a state changed.
    public let volatile: Bool
    /// The CSV column (a scalar) or column prefix (a record, list or dictionary), when not
    /// `name`; empty for a keyed list whose columns sit under its parent's prefix.
    public let csvName: String?
    /// How a list of records is spelled in CSV.
    public let csvList: CanonicalCSVList?
    /// The XML element of one item of a list or dictionary (`Line`, `Field`).
    public let xmlItem: String?
    /// The key of the model property in its `Codable` form (the ledger's stored JSON), when
    /// not `name`: the property's own name, as synthesized `Codable` spells it.
    public let codingKey: String

    public init(
        _ name: String, _ access: Access, required: Bool = false, key: Bool = false, volatile: Bool = false,
        csv: String? = nil, csvList: CanonicalCSVList? = nil, xmlItem: String? = nil, codingKey: String? = nil
    ) {
        self.name = name
        self.codingKey = codingKey ?? name
        self.access = access
        self.required = required
        self.key = key
        self.volatile = volatile
        self.csvName = csv
        self.csvList = csvList
        self.xmlItem = xmlItem
    }

    /// The type `CanonicalSchema` gives the field; `nil` for a record or list of records.
    public var schemaType: CanonicalSchema.FieldType? {
        switch access {
        case .text, .fixedText: .text
        case .country: .country
        case .currency: .currency
        case .decimal, .fixedDecimal: .decimal
        case .integer: .integer
        case .instant, .businessDate: .date
        case .choice: .choice
        case .texts: .textList
        case .dictionary: .dictionary
        case .object, .list: nil
        }
    }

    /// The type-free description of this field and the fields under it.
    public var info: CanonicalFieldInfo {
        var info = CanonicalFieldInfo(
            name: name, type: schemaType, required: required, volatile: volatile,
            csvName: csvName ?? name, csvList: nil, xmlItem: xmlItem, isList: false, values: [], children: [])
        switch access {
        case .choice(let choice): info.values = choice.values
        case .object(let access): info.children = Self.infos(of: access)
        case .list(let access):
            info.children = Self.infos(of: access)
            info.isList = true
            info.csvList = csvList ?? .rows
        default: break
        }
        return info
    }

    private static func infos<A: CanonicalObjectAccess>(of access: A) -> [CanonicalFieldInfo] {
        A.Item.canonicalFields.map(\.info)
    }
    private static func infos<A: CanonicalListAccess>(of access: A) -> [CanonicalFieldInfo] {
        A.Item.canonicalFields.map(\.info)
    }
}

/// An enumeration field: its allowed values and how they reach the model.
public struct CanonicalChoice<Model>: Sendable {
    public let values: [String]
    public let get: @Sendable (Model) -> String?
    /// Sets the value; `value` is one of `values`.
    public let set: @Sendable (inout Model, String) -> Void

    public init<Value: RawRepresentable & CaseIterable & Sendable>(
        _ path: CanonicalPath<Model, Value?>
    ) where Value.RawValue == String {
        values = Value.allCases.map(\.rawValue)
        get = { $0[keyPath: path]?.rawValue }
        set = { model, text in
            if let value = Value(rawValue: text) { model[keyPath: path] = value }
        }
    }

    public init<Value: RawRepresentable & CaseIterable & Sendable>(
        _ path: CanonicalPath<Model, Value>
    ) where Value.RawValue == String {
        values = Value.allCases.map(\.rawValue)
        get = { $0[keyPath: path].rawValue }
        set = { model, text in
            if let value = Value(rawValue: text) { model[keyPath: path] = value }
        }
    }
}

/// The model property of a nested record field.
public protocol CanonicalObjectAccess<Model>: Sendable {
    associatedtype Model
    associatedtype Item: CanonicalRecord
    var path: CanonicalPath<Model, Item?> { get }
}

/// The model property of a list-of-records field.
public protocol CanonicalListAccess<Model>: Sendable {
    associatedtype Model
    associatedtype Item: CanonicalRecord
    var path: CanonicalPath<Model, [Item]> { get }
}

public struct CanonicalObjectPath<Model, Item: CanonicalRecord>: CanonicalObjectAccess {
    public let path: CanonicalPath<Model, Item?>
    public init(_ path: CanonicalPath<Model, Item?>) { self.path = path }
}

public struct CanonicalListPath<Model, Item: CanonicalRecord>: CanonicalListAccess {
    public let path: CanonicalPath<Model, [Item]>
    public init(_ path: CanonicalPath<Model, [Item]>) { self.path = path }
}

extension CanonicalField.Access {
    /// A nested record at `path`.
    public static func record<Item: CanonicalRecord>(_ path: CanonicalPath<Model, Item?>) -> Self {
        .object(CanonicalObjectPath(path))
    }
    /// A list of records at `path`.
    public static func records<Item: CanonicalRecord>(_ path: CanonicalPath<Model, [Item]>) -> Self {
        .list(CanonicalListPath(path))
    }
    /// One of an enumeration's values.
    public static func oneOf<Value: RawRepresentable & CaseIterable & Sendable>(
        _ path: CanonicalPath<Model, Value?>
    ) -> Self where Value.RawValue == String {
        .choice(CanonicalChoice(path))
    }
    /// One of an enumeration's values, always present.
    public static func oneOf<Value: RawRepresentable & CaseIterable & Sendable>(
        _ path: CanonicalPath<Model, Value>
    ) -> Self where Value.RawValue == String {
        .choice(CanonicalChoice(path))
    }
}

/// How a list of records is spelled in the canonical CSV layout.
public enum CanonicalCSVList: Sendable, Hashable {
    /// One row per item, columns under the field's CSV prefix (`line.sku`).
    case rows
    /// Numbered column groups (`discounts.1.amount`).
    case numbered
    /// Two-field items as one column per first-field value (`buyer.gln` for an identifier
    /// with scheme `GLN`); `fixed` are always written, in this order.
    case keyed(fixed: [String])
}

/// A canonical field without its model type: what the schema, the CSV columns and the XML
/// shape are derived from.
public struct CanonicalFieldInfo: Sendable, Hashable {
    public var name: String
    /// `nil` for a record or a list of records.
    public var type: CanonicalSchema.FieldType?
    public var required: Bool
    public var volatile: Bool
    /// The CSV column or column prefix.
    public var csvName: String
    /// How a list of records is spelled in CSV; `nil` for other fields.
    public var csvList: CanonicalCSVList?
    public var xmlItem: String?
    /// A list of records.
    public var isList: Bool
    /// The allowed values of a choice.
    public var values: [String]
    /// The fields of a record or of a list's items.
    public var children: [CanonicalFieldInfo]

    /// A record or a list of records.
    public var isContainer: Bool { type == nil }
}

/// The field tables of the built-in document kinds.
public enum CanonicalFields {
    /// The fields of `kind`, without their model types; `nil` for a kind not built in.
    public static func of(_ kind: DocumentKind) -> [CanonicalFieldInfo]? { tables[kind] }

    private static let tables: [DocumentKind: [CanonicalFieldInfo]] = [
        .order: Order.canonicalFields.map(\.info),
        .article: Article.canonicalFields.map(\.info),
        .stock: StockLevel.canonicalFields.map(\.info),
        .shipment: Shipment.canonicalFields.map(\.info),
        .price: SalesPrice.canonicalFields.map(\.info),
    ]

    /// Whether documents of `kind` have a field left out of their stable tree.
    public static func hasVolatileFields(_ kind: DocumentKind) -> Bool {
        volatileKinds.contains(kind)
    }

    private static let volatileKinds: Set<DocumentKind> = Set(tables.compactMap { kind, fields in
        fields.contains(where: \.volatile) ? kind : nil
    })
}
