import Canonical
import Diagnostics
import Formats

/// Which way a layout maps: a partner's file into canonical documents, or canonical
/// documents into a partner's payload.
public enum LayoutDirection: String, Sendable, Hashable {
    case source, target
}

/// Where a mapping rule was written, for `ferry mapping show`: `canonical default`, `ferry.yml:42`.
public struct RuleOrigin: Sendable, Hashable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
    public static func config(_ file: String, line: Int) -> RuleOrigin { RuleOrigin("\(file):\(line)") }
}

/// One output field and the expression that fills it.
public struct FieldRule: Sendable, Hashable {
    /// Dotted path in the output tree (`buyer.email`, `lines.sku`, `customFields.color`).
    public var field: String
    public var value: ValueExpression
    public var origin: RuleOrigin

    public init(field: String, value: ValueExpression, origin: RuleOrigin) {
        self.field = field
        self.value = value
        self.origin = origin
    }
}

/// A repeated group: one output list item per selected source item (an order line per
/// `cac:OrderLine`, per `$.line_items[*]`, or per CSV row of a grouped order).
public struct GroupRule: Sendable, Hashable {
    /// Dotted path of the output list (`lines`, `buyer.identifiers`, `items`).
    public var field: String
    public var each: SourcePath
    public var origin: RuleOrigin

    public init(field: String, each: SourcePath, origin: RuleOrigin) {
        self.field = field
        self.each = each
        self.origin = origin
    }
}

/// A declarative mapping table between one record shape and another.
///
/// A source layout reads one record of a partner's file (a CSV row or a group of rows, a
/// JSON object, an XML element) into a canonical document tree; a target layout reads a
/// canonical document tree into a payload tree. The same rules serve both directions:
/// fields, repeated groups and value expressions (docs/mapping.md).
public struct Layout: Sendable, Hashable {
    public var name: String
    public var direction: LayoutDirection
    public var kind: DocumentKind
    public var format: FileFormat
    /// CSV sources: consecutive rows with equal values in these columns form one document.
    public var groupBy: [SourcePath] = []
    /// XML sources: the local name of the record element (`Order`); `nil`: the root element,
    /// or each child of the root when the root's name differs. JSON sources: a path to the
    /// records inside each top-level value (`$.orders[*]`).
    public var recordElement: String?
    public var recordPath: SourcePath?
    /// XML: prefix → namespace URI, for paths (source) and for the payload (target).
    public var namespaces: [String: String] = [:]
    /// XML targets: the document element (`Order`, or `cac:Order` with a declared prefix),
    /// and the default namespace.
    public var rootElement: String?
    public var defaultNamespace: String?
    /// Targets: the element or key wrapping several documents in one payload.
    public var collection: String?
    public var groups: [GroupRule] = []
    public var fields: [FieldRule] = []
    /// Overrides on top of the record itself (a connector's built-in table changed field by
    /// field) rather than a tree built from nothing.
    public var overlay = false
    public var origin: RuleOrigin

    public init(name: String, direction: LayoutDirection, kind: DocumentKind, format: FileFormat, origin: RuleOrigin) {
        self.name = name
        self.direction = direction
        self.kind = kind
        self.format = format
        self.origin = origin
    }
}
