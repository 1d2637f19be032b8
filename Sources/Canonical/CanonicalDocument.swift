import Diagnostics
import Foundation

/// A document in Ferry's canonical model. Connectors add kinds by conforming new types
/// and registering them in `DocumentRegistry`; each is a `CanonicalRecord` with a field table.
public protocol CanonicalDocument: CanonicalRecord, Sendable, Codable, Equatable {
    static var kind: DocumentKind { get }
    static var semantics: ExportSemantics { get }
    /// Identity across files; see `BusinessKey`.
    var key: BusinessKey { get }
    /// When this state was true, for state documents (`superseded` detection). Optional.
    var asOf: Date? { get }
    /// A short, human summary of what differs from `old` (lines added or removed,
    /// quantities, prices), for `amended-after-export`: catalog notes, read in any language.
    func changes(since old: Self) -> [Note]
}

extension CanonicalDocument {
    public var asOf: Date? { nil }
    public func changes(since old: Self) -> [Note] { self == old ? [] : [Note(.changeContent)] }
    public var kind: DocumentKind { Self.kind }
}

/// Kind → type, so the engine can decode a document stored in the ledger.
public enum DocumentRegistry {
    public static let builtIn: [DocumentKind: any CanonicalDocument.Type] = [
        .order: Order.self, .article: Article.self, .stock: StockLevel.self, .shipment: Shipment.self,
        .price: SalesPrice.self,
    ]

    public static func type(of kind: DocumentKind) -> (any CanonicalDocument.Type)? { builtIn[kind] }
}
