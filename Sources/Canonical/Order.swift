import Foundation

/// A sales or purchase order.
public struct Order: CanonicalDocument, Hashable {
    public static let kind = DocumentKind.order
    public static let semantics = ExportSemantics.event

    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable { case sales, purchase }
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case open, processing, placed, shipped, completed, cancelled
    }
    public enum Approval: String, Hashable, Sendable, Codable, CaseIterable { case approved, pending, rejected }

    public var number: String
    /// The system the order came from (`canonical`, `exact-online`, ...).
    public var sourceSystem: String
    /// Company or division in the source system, where it has several.
    public var sourceCompany: String?
    public var orderKind: Kind
    public var status: Status?
    public var approval: Approval?
    /// The source's own status text, kept as it was.
    public var sourceStatus: String?
    /// Order date: a calendar day (`2026-11-21`) when the source gave no time, else an
    /// instant in UTC (docs/formats.md, "Dates and instants").
    public var orderDate: BusinessDate?
    /// ISO 4217.
    public var currency: String?
    public var buyer: Party?
    public var seller: Party?
    public var billingAddress: Address?
    public var shippingAddress: Address?
    public var lines: [OrderLine]
    public var shippingMethod: String?
    public var shippingCost: Decimal?
    public var paymentMethod: String?
    public var paymentTerms: String?
    /// The payment the source recorded for the order: absent while it is unpaid.
    public var payment: Payment?
    public var discounts: [Discount]
    public var warehouse: String?
    public var notes: String?
    public var customFields: [String: String]

    public init(
        number: String, sourceSystem: String = "canonical", sourceCompany: String? = nil,
        orderKind: Kind = .sales, status: Status? = nil, approval: Approval? = nil, sourceStatus: String? = nil,
        orderDate: BusinessDate? = nil, currency: String? = nil, buyer: Party? = nil, seller: Party? = nil,
        billingAddress: Address? = nil, shippingAddress: Address? = nil, lines: [OrderLine] = [],
        shippingMethod: String? = nil, shippingCost: Decimal? = nil, paymentMethod: String? = nil,
        paymentTerms: String? = nil, payment: Payment? = nil, discounts: [Discount] = [], warehouse: String? = nil, notes: String? = nil,
        customFields: [String: String] = [:]
    ) {
        self.number = number
        self.sourceSystem = sourceSystem
        self.sourceCompany = sourceCompany
        self.orderKind = orderKind
        self.status = status
        self.approval = approval
        self.sourceStatus = sourceStatus
        self.orderDate = orderDate
        self.currency = currency
        self.buyer = buyer
        self.seller = seller
        self.billingAddress = billingAddress
        self.shippingAddress = shippingAddress
        self.lines = lines
        self.shippingMethod = shippingMethod
        self.shippingCost = shippingCost
        self.paymentMethod = paymentMethod
        self.paymentTerms = paymentTerms
        self.payment = payment
        self.discounts = discounts
        self.warehouse = warehouse
        self.notes = notes
        self.customFields = customFields
    }

    public var key: BusinessKey {
        BusinessKey([sourceSystem] + (sourceCompany.map { [$0] } ?? []) + [orderKind.rawValue, number])
    }
}

/// One line of an order.
public struct OrderLine: Hashable, Sendable, Codable {
    public var lineNumber: Int?
    public var sku: String?
    public var gtin: String?
    public var supplierArticleCode: String?
    public var description: String?
    public var quantity: Decimal
    public var unit: String?
    public var unitPriceExclVat: Decimal?
    public var unitPriceInclVat: Decimal?
    /// Percentage, e.g. 21 for 21 %.
    public var vatRate: Decimal?
    public var vatCode: String?
    /// Discount amount on the line, in the order currency.
    public var discount: Decimal?
    public var hsCode: String?
    /// ISO 3166-1 alpha-2.
    public var countryOfOrigin: String?
    /// Weight of one unit, in kilograms.
    public var weight: Decimal?
    public var customFields: [String: String]

    public init(
        lineNumber: Int? = nil, sku: String? = nil, gtin: String? = nil, supplierArticleCode: String? = nil,
        description: String? = nil, quantity: Decimal, unit: String? = nil, unitPriceExclVat: Decimal? = nil,
        unitPriceInclVat: Decimal? = nil, vatRate: Decimal? = nil, vatCode: String? = nil,
        discount: Decimal? = nil, hsCode: String? = nil, countryOfOrigin: String? = nil, weight: Decimal? = nil,
        customFields: [String: String] = [:]
    ) {
        self.lineNumber = lineNumber
        self.sku = sku
        self.gtin = gtin
        self.supplierArticleCode = supplierArticleCode
        self.description = description
        self.quantity = quantity
        self.unit = unit
        self.unitPriceExclVat = unitPriceExclVat
        self.unitPriceInclVat = unitPriceInclVat
        self.vatRate = vatRate
        self.vatCode = vatCode
        self.discount = discount
        self.hsCode = hsCode
        self.countryOfOrigin = countryOfOrigin
        self.weight = weight
        self.customFields = customFields
    }

    /// How the line is recognised when comparing versions of an order.
    var identity: String { sku ?? gtin ?? supplierArticleCode ?? lineNumber.map { "#\($0)" } ?? description ?? "?" }
}

/// The payment of an order, as the source recorded it: what was paid, when, and the payment
/// provider's reference. An order carries one only once it is paid (a webshop's `date_paid`).
public struct Payment: Hashable, Sendable, Codable {
    /// The amount paid, in the order currency.
    public var amount: Decimal
    /// When it was paid, in UTC.
    public var paidAt: Date?
    /// The payment provider's transaction id.
    public var transactionId: String?

    public init(amount: Decimal, paidAt: Date? = nil, transactionId: String? = nil) {
        self.amount = amount
        self.paidAt = paidAt
        self.transactionId = transactionId
    }
}

/// An order-level discount.
public struct Discount: Hashable, Sendable, Codable {
    public var code: String?
    public var description: String?
    public var amount: Decimal
    public init(code: String? = nil, description: String? = nil, amount: Decimal) {
        self.code = code
        self.description = description
        self.amount = amount
    }
}
