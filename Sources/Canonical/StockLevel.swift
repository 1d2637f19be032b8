import Foundation

/// Stock of one article in one warehouse.
public struct StockLevel: CanonicalDocument, Hashable {
    public static let kind = DocumentKind.stock
    public static let semantics = ExportSemantics.state

    public var sku: String
    public var warehouse: String?
    public var available: Decimal
    public var reserved: Decimal?
    /// When the level was counted (volatile: not compared; used to detect `superseded`).
    public var asOfDate: Date?

    public init(sku: String, warehouse: String? = nil, available: Decimal, reserved: Decimal? = nil, asOfDate: Date? = nil) {
        self.sku = sku
        self.warehouse = warehouse
        self.available = available
        self.reserved = reserved
        self.asOfDate = asOfDate
    }

    public var key: BusinessKey { BusinessKey([sku] + (warehouse.map { [$0] } ?? [])) }
    public var asOf: Date? { asOfDate }
}
