import Canonical
import Foundation

/// What rules may ask about articles and parties seen before: Ferry's article catalog and
/// party registry (kept in the ledger), or an in-memory stand-in.
///
/// Lookups throw only when the store cannot be read (an environmental failure, not a rule failure).
public protocol MasterData: Sendable {
    /// The catalog article with exactly this SKU.
    func article(sku: String) throws -> Article?
    /// Catalog articles whose SKU equals `sku` ignoring case (more than one: not unique).
    func articles(skuIgnoringCase sku: String) throws -> [Article]
    /// Catalog articles with this GTIN, leading zeros ignored (more than one: not unique).
    func articles(gtin: String) throws -> [Article]
    /// Registered parties with this email address, ignoring case.
    func parties(email: String, role: PartyRole?) throws -> [KnownParty]
    /// Registered parties with this customer or supplier number.
    func parties(number: String, role: PartyRole?) throws -> [KnownParty]
    /// Registered parties with this identifier (scheme ignoring case).
    func parties(identifier: PartyIdentifier, role: PartyRole?) throws -> [KnownParty]
}

extension MasterData {
    /// The code `supplier` uses for the article with this SKU.
    public func supplierCode(sku: String, supplier: String) throws -> String? {
        try article(sku: sku)?.supplierCode(for: supplier)
    }

    /// The registered party `party` is: by identifier, then number, then email.
    public func knownParty(matching party: Party, role: PartyRole?, by keys: Set<PartyKey> = Set(PartyKey.allCases)) throws -> KnownParty? {
        if keys.contains(.identifier) {
            for identifier in party.identifiers {
                if let found = try parties(identifier: identifier, role: role).first { return found }
            }
        }
        if keys.contains(.number), let number = party.number, let found = try parties(number: number, role: role).first {
            return found
        }
        if keys.contains(.email), let email = party.email, let found = try parties(email: email, role: role).first {
            return found
        }
        return nil
    }
}

extension Article {
    /// This article's code at `supplier` (supplier name ignoring case).
    public func supplierCode(for supplier: String) -> String? {
        supplierCodes.first { $0.supplier.caseInsensitiveCompare(supplier) == .orderedSame }?.code
    }
}

/// Which side of an order a registered party was on.
public enum PartyRole: String, Sendable, Hashable, Codable, CaseIterable {
    case buyer, seller
}

/// What a party can be recognised by.
public enum PartyKey: String, Sendable, Hashable, CaseIterable {
    case email, number, identifier
}

/// A party in the registry: its data as last seen and the targets its orders went to.
public struct KnownParty: Sendable, Hashable {
    public var role: PartyRole
    public var party: Party
    public var sourceSystem: String?
    /// Targets an order of this party was exported to.
    public var targets: Set<String>

    public init(role: PartyRole, party: Party, sourceSystem: String? = nil, targets: Set<String> = []) {
        self.role = role
        self.party = party
        self.sourceSystem = sourceSystem
        self.targets = targets
    }

    /// Whether this party's data already went to `target` (a customer the target knows).
    public func isKnown(to target: String) -> Bool { targets.contains(target) }
}

/// The comparable form of a GTIN/EAN: trimmed, leading zeros dropped from an all-digit code,
/// so `08712345000004` and `8712345000004` are one article.
public enum GTINKey {
    public static func of(_ gtin: String) -> String {
        let trimmed = gtin.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) else { return trimmed }
        let digits = trimmed.drop { $0 == "0" }
        return digits.isEmpty ? "0" : String(digits)
    }
}
