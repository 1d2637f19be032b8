/// A buyer, seller, supplier or customer.
public struct Party: Hashable, Sendable, Codable {
    /// Customer or supplier number in the source system.
    public var number: String?
    /// GLN, VAT number, Chamber of Commerce number, ... each with its scheme.
    public var identifiers: [PartyIdentifier]
    /// Company or account name.
    public var companyName: String?
    public var contactName: String?
    public var email: String?
    public var phone: String?

    public init(
        number: String? = nil, identifiers: [PartyIdentifier] = [], companyName: String? = nil,
        contactName: String? = nil, email: String? = nil, phone: String? = nil
    ) {
        self.number = number
        self.identifiers = identifiers
        self.companyName = companyName
        self.contactName = contactName
        self.email = email
        self.phone = phone
    }
}

public struct PartyIdentifier: Hashable, Sendable, Codable {
    /// `GLN`, `VAT`, `KVK` (Chamber of Commerce), or a scheme a connector uses.
    public var scheme: String
    public var value: String
    public init(scheme: String, value: String) {
        self.scheme = scheme
        self.value = value
    }
}

/// A postal address.
public struct Address: Hashable, Sendable, Codable {
    public var name: String?
    public var companyName: String?
    public var street: String?
    public var houseNumber: String?
    public var houseNumberAddition: String?
    public var postalCode: String?
    public var city: String?
    public var region: String?
    /// ISO 3166-1 alpha-2, upper case.
    public var country: String?
    public var servicePointId: String?

    public init(
        name: String? = nil, companyName: String? = nil, street: String? = nil, houseNumber: String? = nil,
        houseNumberAddition: String? = nil, postalCode: String? = nil, city: String? = nil,
        region: String? = nil, country: String? = nil, servicePointId: String? = nil
    ) {
        self.name = name
        self.companyName = companyName
        self.street = street
        self.houseNumber = houseNumber
        self.houseNumberAddition = houseNumberAddition
        self.postalCode = postalCode
        self.city = city
        self.region = region
        self.country = country
        self.servicePointId = servicePointId
    }
}
