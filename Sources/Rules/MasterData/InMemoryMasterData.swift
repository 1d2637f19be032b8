import Canonical
import Foundation

/// Master data held in memory: for tests, and where no ledger exists yet (an empty catalog).
public struct InMemoryMasterData: MasterData {
    public var catalog: [Article]
    public var registry: [KnownParty]

    public init(catalog: [Article] = [], registry: [KnownParty] = []) {
        self.catalog = catalog
        self.registry = registry
    }

    public func article(sku: String) -> Article? {
        catalog.first { $0.sku == sku }
    }

    public func articles(skuIgnoringCase sku: String) -> [Article] {
        catalog.filter { $0.sku.caseInsensitiveCompare(sku) == .orderedSame }
    }

    public func articles(gtin: String) -> [Article] {
        let key = GTINKey.of(gtin)
        return catalog.filter { $0.gtin.map(GTINKey.of) == key }
    }

    public func parties(email: String, role: PartyRole?) -> [KnownParty] {
        registry.filter { matches($0, role) && $0.party.email?.caseInsensitiveCompare(email) == .orderedSame }
    }

    public func parties(number: String, role: PartyRole?) -> [KnownParty] {
        registry.filter { matches($0, role) && $0.party.number == number }
    }

    public func parties(identifier: PartyIdentifier, role: PartyRole?) -> [KnownParty] {
        registry.filter { known in
            matches(known, role) && known.party.identifiers.contains {
                $0.scheme.caseInsensitiveCompare(identifier.scheme) == .orderedSame && $0.value == identifier.value
            }
        }
    }

    private func matches(_ known: KnownParty, _ role: PartyRole?) -> Bool {
        role.map { $0 == known.role } ?? true
    }
}
