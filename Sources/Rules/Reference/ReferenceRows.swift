import Canonical
import Foundation

/// A VAT code and its percentage.
public struct VATRate: Sendable, Hashable {
    public var code: String
    /// Percentage: 21 for 21 %.
    public var rate: Decimal
    /// Whether prices with this code include VAT.
    public var inclusive: Bool
    public var description: String?

    public init(code: String, rate: Decimal, inclusive: Bool = false, description: String? = nil) {
        self.code = code
        self.rate = rate
        self.inclusive = inclusive
        self.description = description
    }
}

/// A warehouse and the sender address parcels from it carry.
public struct Warehouse: Sendable, Hashable {
    public var code: String
    /// Name, company, street, house number, addition, postal code, city, country.
    public var sender: Address
    public var phone: String?
    public var email: String?
    /// The sender address for orders whose warehouse is not in the table.
    public var isDefault: Bool

    public init(code: String, sender: Address = Address(), phone: String? = nil, email: String? = nil, isDefault: Bool = false) {
        self.code = code
        self.sender = sender
        self.phone = phone
        self.email = email
        self.isDefault = isDefault
    }
}

/// A price category (customer class) a price may be given for.
public struct PriceCategory: Sendable, Hashable {
    public var code: String
    public var name: String?

    public init(code: String, name: String? = nil) {
        self.code = code
        self.name = name
    }
}

/// A trading partner and whether the connection with it is switched on.
public struct Partner: Sendable, Hashable {
    public var name: String
    public var active: Bool
    /// Customer or supplier number.
    public var number: String?
    public var email: String?
    /// Identifiers by upper-case scheme: `GLN`, `VAT`, `KVK`.
    public var identifiers: [String: String]

    public init(name: String, active: Bool = true, number: String? = nil, email: String? = nil, identifiers: [String: String] = [:]) {
        self.name = name
        self.active = active
        self.number = number
        self.email = email
        self.identifiers = identifiers
    }

    public func identifier(_ scheme: String) -> String? { identifiers[scheme.uppercased()] }
}
