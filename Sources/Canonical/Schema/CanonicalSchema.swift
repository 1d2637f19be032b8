import Foundation

/// The fields of each document kind as its canonical JSON tree spells them (docs/formats.md):
/// what a mapping may write to on the source side and read from on the target side.
///
/// Paths are dotted; a list of objects (`lines`) contributes its members as `lines.sku`.
public struct CanonicalSchema: Sendable {
    public enum FieldType: String, Sendable, Hashable {
        case text, decimal, integer, date, country, currency
        /// One of fixed values (`status`, `orderKind`).
        case choice
        /// A list of texts (`categories`).
        case textList = "text-list"
        /// Free keys with text values (`customFields`, `attributes`): `customFields.color`.
        case dictionary
    }

    public struct Field: Sendable, Hashable {
        public var path: String
        public var type: FieldType
        public var required: Bool
        /// The allowed values of a `.choice` field.
        public var values: [String]
    }

    public let kind: DocumentKind
    /// In the canonical tree's order.
    public let fields: [Field]
    /// Paths of lists of objects, outermost first (`lines`, `buyer.identifiers`).
    public let groups: [String]

    /// The field at `path`, also a free key of a dictionary (`customFields.color`).
    public func field(at path: String) -> Field? {
        if let field = fields.first(where: { $0.path == path }) { return field }
        guard let dot = path.lastIndex(of: ".") else { return nil }
        let parent = String(path[..<dot])
        return fields.first { $0.path == parent && $0.type == .dictionary }
    }

    /// Every field and list path, for suggestions.
    public var allPaths: [String] { fields.map(\.path) + groups }

    /// Whether `path` is a list: of objects (`lines`) or of texts (`categories`).
    public func isList(_ path: String) -> Bool {
        groups.contains(path) || field(at: path)?.type == .textList
    }

    /// Whether `path` names a list of objects or an object (`buyer`, `shippingAddress`).
    public func isContainer(_ path: String) -> Bool {
        groups.contains(path) || fields.contains { $0.path.hasPrefix(path + ".") }
    }

    /// The coded field other than `path` whose allowed values include `value` (matched
    /// ignoring case): `approval` for `approved` written to `status`.
    public func choiceField(holding value: String, except path: String) -> String? {
        let wanted = value.trimmingCharacters(in: .whitespaces).lowercased()
        return fields.first { field in
            field.type == .choice && field.path != path && field.values.contains { $0.lowercased() == wanted }
        }?.path
    }

    public static func of(_ kind: DocumentKind) -> CanonicalSchema? {
        switch kind {
        case .order: return order
        case .article: return article
        case .stock: return stock
        case .shipment: return shipment
        case .price: return price
        default: return nil
        }
    }
}
