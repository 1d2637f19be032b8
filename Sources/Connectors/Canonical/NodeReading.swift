import Canonical
import Diagnostics
import Foundation
import Formats

/// Typed field access on a JSON-shaped record tree, collecting a located error per bad field.
///
/// Every accessor returns `nil` (or an empty collection) for an absent field and for a bad
/// one; bad ones also append a `FerryError` to `errors`, so one pass reports every problem
/// of a document. Empty text counts as absent.
struct NodeReading {
    /// How field names are spelled in the source, for messages about missing fields.
    enum Naming: Sendable {
        /// camelCase, as the JSON format and the canonical model.
        case camel
        /// PascalCase, as the XML format.
        case pascal
        /// Dotted CSV column names; object nodes carry their column prefix in `location.field`.
        case csvColumn
    }

    var naming: Naming
    /// Format of decimals held as text; JSON numbers always use a decimal point.
    var numberFormat: NumberFormat
    private(set) var errors: [FerryError] = []

    init(naming: Naming, numberFormat: NumberFormat = .point) {
        self.naming = naming
        self.numberFormat = numberFormat
    }

    mutating func report(_ code: ErrorCode, at location: Location, _ arguments: [String: String]) {
        errors.append(FerryError(code, at: location, arguments))
    }

    /// The field's name as the operator sees it in this format.
    func displayName(_ name: String, in parent: Node) -> String {
        switch naming {
        case .camel: return name
        case .pascal: return name.prefix(1).uppercased() + name.dropFirst()
        case .csvColumn:
            guard let prefix = parent.location.field, !prefix.isEmpty else { return name }
            return prefix + "." + name
        }
    }

    func displayName(of node: Node, fallback name: String, in parent: Node) -> String {
        if naming == .csvColumn, let field = node.location.field { return field }
        return displayName(name, in: parent)
    }

    // MARK: Text

    /// The text of a scalar field; a wrong-structure error for objects and arrays.
    mutating func text(_ parent: Node, _ name: String) -> String? {
        guard let node = parent[name] else { return nil }
        return scalarText(node, name, in: parent)
    }

    mutating func scalarText(_ node: Node, _ name: String, in parent: Node) -> String? {
        switch node.value {
        case .null: return nil
        case .object, .array:
            report(.mapWrongStructure, at: node.location,
                   ["field": displayName(of: node, fallback: name, in: parent), "expected": "text"])
            return nil
        case .scalar, .number, .bool:
            guard let text = node.text, !text.isBlank else { return nil }
            return text
        }
    }

    /// Like `text`, but a missing value is a `mapRequiredFieldMissing` error.
    mutating func requiredText(_ parent: Node, _ name: String) -> String? {
        let before = errors.count
        if let value = text(parent, name) { return value }
        if errors.count == before { missing(name, in: parent) }
        return nil
    }

    /// A text that is part of a business key (order number, SKU, tracking number, source
    /// system, ...), trimmed of Unicode whitespace at both ends (spaces, tabs, line breaks,
    /// no-break spaces), so that `WS-1`, ` WS-1`, `WS-1\t` and `WS-1\u{A0}` are one document
    /// in every reader and layout. Nothing left after trimming counts as absent.
    mutating func keyText(_ parent: Node, _ name: String) -> String? {
        guard let text = text(parent, name) else { return nil }
        let trimmed = Self.trimmedKey(text)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// `keyText`, reported as missing when absent.
    mutating func requiredKeyText(_ parent: Node, _ name: String) -> String? {
        let before = errors.count
        if let value = keyText(parent, name) { return value }
        if errors.count == before { missing(name, in: parent) }
        return nil
    }

    static func trimmedKey(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }

    mutating func missing(_ name: String, in parent: Node) {
        let field = displayName(name, in: parent)
        report(.mapRequiredFieldMissing, at: parent.location.field(field), ["field": field])
    }

    // MARK: Numbers

    mutating func decimal(_ parent: Node, _ name: String) -> Decimal? {
        guard let node = parent[name], let text = scalarText(node, name, in: parent) else { return nil }
        let format: NumberFormat
        if case .number = node.value { format = .point } else { format = numberFormat }
        if let value = format.decimal(text) { return value }
        report(.mapInvalidDecimal, at: node.location,
               ["field": displayName(of: node, fallback: name, in: parent), "value": text])
        return nil
    }

    mutating func requiredDecimal(_ parent: Node, _ name: String) -> Decimal? {
        let before = errors.count
        if let value = decimal(parent, name) { return value }
        if errors.count == before { missing(name, in: parent) }
        return nil
    }

    mutating func integer(_ parent: Node, _ name: String) -> Int? {
        guard let node = parent[name], let text = scalarText(node, name, in: parent) else { return nil }
        if let value = Int(text.trimmedWhitespace) { return value }
        report(.mapInvalidInteger, at: node.location,
               ["field": displayName(of: node, fallback: name, in: parent), "value": text])
        return nil
    }

    // MARK: Coded values

    mutating func date(_ parent: Node, _ name: String) -> Date? {
        guard let node = parent[name], let text = scalarText(node, name, in: parent) else { return nil }
        if let value = ISODate.parse(text.trimmedWhitespace) { return value }
        report(.mapInvalidDate, at: node.location,
               ["field": displayName(of: node, fallback: name, in: parent), "value": text])
        return nil
    }

    /// A business date: `2026-11-21` stays a day; a date with a time is an instant.
    mutating func businessDate(_ parent: Node, _ name: String) -> BusinessDate? {
        guard let node = parent[name], let text = scalarText(node, name, in: parent) else { return nil }
        if let value = BusinessDate(text.trimmedWhitespace) { return value }
        report(.mapInvalidDate, at: node.location,
               ["field": displayName(of: node, fallback: name, in: parent), "value": text])
        return nil
    }

    /// One of `allowed`, matched case-insensitively and returned as written in `allowed`.
    /// A value of another coded field of `kind` (`approved` in `status`) is named in the hint.
    mutating func oneOf(_ parent: Node, _ name: String, allowed: [String], kind: DocumentKind? = nil) -> String? {
        guard let node = parent[name], let text = scalarText(node, name, in: parent) else { return nil }
        let wanted = text.trimmedWhitespace.lowercased()
        if let match = allowed.first(where: { $0.lowercased() == wanted }) { return match }
        var arguments = ["field": displayName(of: node, fallback: name, in: parent), "value": text,
                         "allowed": allowed.joined(separator: ", ")]
        if let kind, let owner = CanonicalSchema.of(kind)?.choiceField(holding: text, except: name) {
            arguments["owner"] = owner
        }
        report(.mapInvalidEnumValue, at: node.location, arguments)
        return nil
    }

    /// An ISO 3166-1 alpha-2 code, upper-cased.
    mutating func country(_ parent: Node, _ name: String) -> String? {
        guard let node = parent[name], let text = scalarText(node, name, in: parent) else { return nil }
        let code = text.trimmedWhitespace.uppercased()
        if CountryCodes.assigned.contains(code) { return code }
        report(.mapInvalidCountry, at: node.location,
               ["field": displayName(of: node, fallback: name, in: parent), "value": text])
        return nil
    }

    /// Three ASCII letters, upper-cased.
    mutating func currency(_ parent: Node, _ name: String) -> String? {
        guard let node = parent[name], let text = scalarText(node, name, in: parent) else { return nil }
        let code = text.trimmedWhitespace.uppercased()
        if code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) { return code }
        report(.mapInvalidCurrency, at: node.location,
               ["field": displayName(of: node, fallback: name, in: parent), "value": text])
        return nil
    }

    // MARK: Structure

    /// A nested object; `nil` when absent or empty, a wrong-structure error when not an object.
    mutating func object(_ parent: Node, _ name: String) -> Node? {
        guard let node = parent[name] else { return nil }
        switch node.value {
        case .object(let children): return children.isEmpty ? nil : node
        case .null: return nil
        case .scalar(let text) where text.isBlank: return nil
        default:
            report(.mapWrongStructure, at: node.location,
                   ["field": displayName(of: node, fallback: name, in: parent), "expected": "object"])
            return nil
        }
    }

    /// The items of a list field; a wrong-structure error when it is not a list.
    mutating func list(_ parent: Node, _ name: String) -> [Node] {
        guard let node = parent[name] else { return [] }
        switch node.value {
        case .array(let items): return items
        case .null: return []
        case .scalar(let text) where text.isBlank: return []
        default:
            report(.mapWrongStructure, at: node.location,
                   ["field": displayName(of: node, fallback: name, in: parent), "expected": "list"])
            return []
        }
    }

    /// A list of texts (categories, image URLs).
    mutating func textList(_ parent: Node, _ name: String) -> [String] {
        list(parent, name).compactMap { scalarText($0, name, in: parent) }
    }

    /// A name → text object (custom fields, attributes).
    mutating func dictionary(_ parent: Node, _ name: String) -> [String: String] {
        guard let node = object(parent, name) else { return [:] }
        var result: [String: String] = [:]
        for (key, child) in node.children {
            if let value = scalarText(child, key, in: node) { result[key] = value }
        }
        return result
    }
}
