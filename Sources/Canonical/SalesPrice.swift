import Foundation

/// The sales price of one article in one price category (a customer price class): what a
/// B2B webshop keeps per customer group and an ERP per price class. A price for one customer
/// only (`customer`) is read so that it can be refused: Ferry does not carry
/// customer-specific prices.
public struct SalesPrice: CanonicalDocument, Hashable {
    public static let kind = DocumentKind.price
    public static let semantics = ExportSemantics.state

    /// Whether a price is a promotional one; a choice so the canonical formats spell it
    /// `true` or `false`.
    public enum Flag: String, CaseIterable, Sendable, Codable {
        case yes = "true"
        case no = "false"
    }

    public var sku: String
    /// The price category's code (`reference: price-categories`).
    public var priceCategory: String
    public var price: Decimal
    public var currency: String?
    /// The unit of measure the price is for; absent: the article's sales unit.
    public var unit: String?
    /// The quantity from which the price applies; absent: from any quantity.
    public var breakQuantity: Decimal?
    public var promotion: Flag?
    public var vatCode: String?
    /// The first day the price applies (a calendar day).
    public var effectiveDate: BusinessDate?
    /// The last day the price applies (a calendar day).
    public var expirationDate: BusinessDate?
    /// The customer the price is for, when it is customer-specific: such a price is refused.
    public var customer: String?

    public init(
        sku: String, priceCategory: String, price: Decimal, currency: String? = nil, unit: String? = nil,
        breakQuantity: Decimal? = nil, promotion: Flag? = nil, vatCode: String? = nil,
        effectiveDate: BusinessDate? = nil, expirationDate: BusinessDate? = nil, customer: String? = nil
    ) {
        self.sku = sku
        self.priceCategory = priceCategory
        self.price = price
        self.currency = currency
        self.unit = unit
        self.breakQuantity = breakQuantity
        self.promotion = promotion
        self.vatCode = vatCode
        self.effectiveDate = effectiveDate
        self.expirationDate = expirationDate
        self.customer = customer
    }

    /// One price per article, category, currency, break quantity, promotion and first day
    /// (docs/formats.md): `VAAS-GL-30/WHOLESALE`, `VAAS-GL-30/WHOLESALE/EUR/qty-10/from-2027-01-01`.
    /// The optional parts are tagged, so a key never reads two ways. A changed price under the
    /// same key is a new version of that price.
    public var key: BusinessKey { Self.key(sku: sku, category: priceCategory, currency: currency, breakQuantity: breakQuantity,
                                           promotion: promotion == .yes, effective: effectiveDate?.dayText) }

    public static func key(
        sku: String, category: String, currency: String?, breakQuantity: Decimal?, promotion: Bool, effective: String?
    ) -> BusinessKey {
        var parts = [sku, category]
        if let currency { parts.append(currency) }
        if let breakQuantity, breakQuantity != 0 { parts.append("qty-\(breakQuantity)") }
        if promotion { parts.append("promo") }
        if let effective { parts.append("from-" + effective) }
        return BusinessKey(parts)
    }
}
