import Foundation

/// A product or variant in a catalog.
public struct Article: CanonicalDocument, Hashable {
    public static let kind = DocumentKind.article
    public static let semantics = ExportSemantics.state

    public var sku: String
    public var gtin: String?
    /// Supplier article codes, per supplier.
    public var supplierCodes: [SupplierCode]
    public var name: String?
    public var shortDescription: String?
    public var longDescription: String?
    public var priceExclVat: Decimal?
    public var priceInclVat: Decimal?
    public var vatRate: Decimal?
    public var vatCode: String?
    public var costPrice: Decimal?
    public var currency: String?
    public var stockAvailable: Decimal?
    public var stockReserved: Decimal?
    public var unit: String?
    /// Kilograms.
    public var weight: Decimal?
    public var hsCode: String?
    public var countryOfOrigin: String?
    public var brand: String?
    public var categories: [String]
    public var imageURLs: [String]
    public var attributes: [String: String]
    /// The SKU of the product this article is a variant of.
    public var parentSku: String?
    public var customFields: [String: String]
    /// When this version of the article was current in the source (volatile: not compared).
    public var updatedAt: Date?

    public init(
        sku: String, gtin: String? = nil, supplierCodes: [SupplierCode] = [], name: String? = nil,
        shortDescription: String? = nil, longDescription: String? = nil, priceExclVat: Decimal? = nil,
        priceInclVat: Decimal? = nil, vatRate: Decimal? = nil, vatCode: String? = nil, costPrice: Decimal? = nil,
        currency: String? = nil, stockAvailable: Decimal? = nil, stockReserved: Decimal? = nil, unit: String? = nil,
        weight: Decimal? = nil, hsCode: String? = nil, countryOfOrigin: String? = nil, brand: String? = nil,
        categories: [String] = [], imageURLs: [String] = [], attributes: [String: String] = [:],
        parentSku: String? = nil, customFields: [String: String] = [:], updatedAt: Date? = nil
    ) {
        self.sku = sku
        self.gtin = gtin
        self.supplierCodes = supplierCodes
        self.name = name
        self.shortDescription = shortDescription
        self.longDescription = longDescription
        self.priceExclVat = priceExclVat
        self.priceInclVat = priceInclVat
        self.vatRate = vatRate
        self.vatCode = vatCode
        self.costPrice = costPrice
        self.currency = currency
        self.stockAvailable = stockAvailable
        self.stockReserved = stockReserved
        self.unit = unit
        self.weight = weight
        self.hsCode = hsCode
        self.countryOfOrigin = countryOfOrigin
        self.brand = brand
        self.categories = categories
        self.imageURLs = imageURLs
        self.attributes = attributes
        self.parentSku = parentSku
        self.customFields = customFields
        self.updatedAt = updatedAt
    }

    public var key: BusinessKey { BusinessKey(sku) }
    public var asOf: Date? { updatedAt }
}

/// A supplier's own code for an article.
public struct SupplierCode: Hashable, Sendable, Codable {
    public var supplier: String
    public var code: String
    public init(supplier: String, code: String) {
        self.supplier = supplier
        self.code = code
    }
}
