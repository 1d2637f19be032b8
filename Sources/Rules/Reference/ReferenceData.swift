import Canonical
import Foundation

/// The reference tables of `ferry.yml` (`reference:`): VAT rates, warehouses with their sender
/// addresses, price categories, the default debtor and the partners.
///
/// Codes and partner names are matched ignoring case.
public struct ReferenceData: Sendable, Hashable {
    /// The tables a `ferry.yml` can configure, by their key.
    public enum Table: String, Sendable, Hashable, CaseIterable {
        case vatRates = "vat-rates"
        case warehouses
        case priceCategories = "price-categories"
        case defaultDebtor = "default-debtor"
        case partners
    }

    public var vatRates: [VATRate]
    public var warehouses: [Warehouse]
    public var priceCategories: [PriceCategory]
    /// The customer number every order goes to with the `default-debtor` rule.
    public var defaultDebtor: String?
    public var partners: [Partner]
    /// The tables written in the configuration, inline or as a file (loaded or not).
    public var configured: Set<Table>

    public init(
        vatRates: [VATRate] = [], warehouses: [Warehouse] = [], priceCategories: [PriceCategory] = [],
        defaultDebtor: String? = nil, partners: [Partner] = [], configured: Set<Table>? = nil
    ) {
        self.vatRates = vatRates
        self.warehouses = warehouses
        self.priceCategories = priceCategories
        self.defaultDebtor = defaultDebtor
        self.partners = partners
        var present = Set<Table>()
        if !vatRates.isEmpty { present.insert(.vatRates) }
        if !warehouses.isEmpty { present.insert(.warehouses) }
        if !priceCategories.isEmpty { present.insert(.priceCategories) }
        if defaultDebtor != nil { present.insert(.defaultDebtor) }
        if !partners.isEmpty { present.insert(.partners) }
        self.configured = configured ?? present
    }

    public func vatRate(code: String) -> VATRate? {
        vatRates.first { Self.same($0.code, code) }
    }

    public func warehouse(code: String) -> Warehouse? {
        warehouses.first { Self.same($0.code, code) }
    }

    /// The warehouse marked `default: true`, whose sender address serves unmapped warehouses.
    public var defaultWarehouse: Warehouse? { warehouses.first(where: \.isDefault) }

    /// The sender address for `code`: its warehouse's, else the default warehouse's.
    public func senderWarehouse(for code: String?) -> Warehouse? {
        code.flatMap(warehouse(code:)) ?? defaultWarehouse
    }

    public func priceCategory(code: String) -> PriceCategory? {
        priceCategories.first { Self.same($0.code, code) }
    }

    public func partner(named name: String) -> Partner? {
        partners.first { Self.same($0.name, name) }
    }

    /// The partner a party is: by GLN (or another identifier), then number, then email.
    public func partner(matching party: Party) -> Partner? {
        for identifier in party.identifiers {
            if let found = partners.first(where: { $0.identifier(identifier.scheme).map { Self.same($0, identifier.value) } ?? false }) {
                return found
            }
        }
        if let number = party.number, let found = partners.first(where: { $0.number.map { Self.same($0, number) } ?? false }) {
            return found
        }
        if let email = party.email, let found = partners.first(where: { $0.email.map { Self.same($0, email) } ?? false }) {
            return found
        }
        return nil
    }

    static func same(_ lhs: String, _ rhs: String) -> Bool {
        lhs.caseInsensitiveCompare(rhs) == .orderedSame
    }
}
