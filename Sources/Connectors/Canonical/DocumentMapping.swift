import Canonical
import Diagnostics
import Formats

/// Dispatches between document kinds and their mappings.
enum DocumentMapping {
    /// The kinds the canonical connector reads and writes.
    static let supported: [DocumentKind] = [.order, .article, .stock, .shipment, .price]

    /// XML element names: the document element and the collection wrapping several.
    static func xmlNames(of kind: DocumentKind) -> (element: String, collection: String) {
        switch kind {
        case .article: return ("Article", "Articles")
        case .stock: return ("StockLevel", "StockLevels")
        case .shipment: return ("Shipment", "Shipments")
        case .price: return ("SalesPrice", "SalesPrices")
        default: return ("Order", "Orders")
        }
    }

    /// The kind whose XML document element is `element`, if any.
    static func kind(ofElement element: String) -> DocumentKind? {
        supported.first { xmlNames(of: $0).element.lowercased() == element.lowercased() }
    }

    /// Maps a JSON-shaped tree to a document of `kind`; `nil` for unsupported kinds.
    static func document(
        from tree: Node, kind: DocumentKind, _ reading: inout NodeReading
    ) -> (document: any CanonicalDocument, key: String?)? {
        switch kind {
        case .order: return (OrderMapping.order(from: tree, &reading), OrderMapping.keyText(of: tree))
        case .article: return (ArticleMapping.article(from: tree, &reading), ArticleMapping.keyText(of: tree))
        case .stock: return (StockMapping.stockLevel(from: tree, &reading), StockMapping.keyText(of: tree))
        case .shipment: return (ShipmentMapping.shipment(from: tree, &reading), ShipmentMapping.keyText(of: tree))
        case .price: return (PriceMapping.price(from: tree, &reading), PriceMapping.keyText(of: tree))
        default: return nil
        }
    }

    /// Whether `tree(for:stable:)` differs with `stable`: kinds whose field table has volatile
    /// timestamps (articles, stock levels), and any kind without a table, to be safe.
    static func hasVolatileFields(_ document: any CanonicalDocument) -> Bool {
        let kind = document.kind
        return CanonicalFields.of(kind) == nil || CanonicalFields.hasVolatileFields(kind)
    }

    /// The JSON-shaped tree of a document; `stable` leaves out volatile timestamps.
    static func tree(for document: any CanonicalDocument, stable: Bool) -> Node? {
        switch document {
        case let order as Order: return RecordMapping.tree(of: order, stable: stable)
        case let article as Article: return RecordMapping.tree(of: article, stable: stable)
        case let level as StockLevel: return RecordMapping.tree(of: level, stable: stable)
        case let shipment as Shipment: return RecordMapping.tree(of: shipment, stable: stable)
        case let price as SalesPrice: return RecordMapping.tree(of: price, stable: stable)
        default: return nil
        }
    }
}
