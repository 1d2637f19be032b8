import Canonical
import Diagnostics
import Foundation

/// Rules on the order's parties: known customers, active partners, the default debtor.
enum PartyRules {
    /// `customer-known`: the buyer is in the party registry (or among the partners), found by
    /// the keys in `by` (default email, number, identifier). With `target`, the registry must
    /// also show an earlier export of this customer to that target. With `set-number: true`, a
    /// buyer without a number gets the number of the party or partner it matched.
    static func customerKnown(_ spec: RuleSpec) -> Rule {
        let keys = Set((spec.texts("by") ?? PartyKey.allCases.map(\.rawValue)).compactMap(PartyKey.init(rawValue:)))
        let target = spec.text("target")
        let setNumber = spec.flag("set-number") ?? false
        return .order(spec) { order, input in
            guard let buyer = order.buyer, let name = describe(buyer, by: keys) else {
                return [FerryError(.ruleBuyerMissing, at: input.at("buyer"))]
            }
            if let known = try input.masterData.knownParty(matching: buyer, role: .buyer, by: keys) {
                if let target, !known.isKnown(to: target) {
                    return [FerryError(.ruleCustomerNotAtTarget, at: input.at("buyer"), ["customer": name, "target": target])]
                }
                if setNumber, buyer.number == nil { order.buyer?.number = known.party.number }
                return []
            }
            guard let partner = input.reference.partner(matching: restricted(buyer, to: keys)) else {
                return [FerryError(.ruleCustomerUnknown, at: input.at("buyer"), ["customer": name])]
            }
            // With `set-number`, the order carries the customer's number for the target (a UBL
            // buyer known by its GLN becomes the ERP's customer).
            if setNumber, buyer.number == nil { order.buyer?.number = partner.number }
            // A partner from the reference data is known to Ferry, not yet to any target.
            if let target {
                return [FerryError(.ruleCustomerNotAtTarget, at: input.at("buyer"), ["customer": name, "target": target])]
            }
            return []
        }
    }

    /// `partner-active`: the partner this order is exchanged with has `active: true`: the one
    /// named by `partner`, or the one matching the order's `party` (buyer, or seller).
    static func partnerActive(_ spec: RuleSpec) -> Rule {
        let role = spec.text("party").flatMap(PartyRole.init(rawValue:)) ?? .buyer
        return .order(spec) { order, input in
            let partner: Partner?
            if let name = spec.text("partner") {
                partner = input.reference.partner(named: name)
            } else {
                let party = role == .buyer ? order.buyer : order.seller
                guard let party else {
                    return [FerryError(.rulePartnerUnknown, at: input.at(role.rawValue), ["party": role.rawValue])]
                }
                partner = input.reference.partner(matching: party)
                if partner == nil {
                    let name = describe(party, by: Set(PartyKey.allCases)) ?? role.rawValue
                    return [FerryError(.rulePartnerUnknown, at: input.at(role.rawValue), ["party": name])]
                }
            }
            guard let partner else {
                return [FerryError(.rulePartnerUnknown, at: input.location, ["party": spec.text("partner") ?? ""])]
            }
            guard partner.active else {
                return [FerryError(.rulePartnerInactive, at: input.at(role.rawValue), ["partner": partner.name])]
            }
            return []
        }
    }

    /// `default-debtor`: every order goes to the customer number `reference.default-debtor`.
    static func defaultDebtor(_ spec: RuleSpec) -> Rule {
        .order(spec) { order, input in
            guard let debtor = input.reference.defaultDebtor else { return [] }
            var buyer = order.buyer ?? Party()
            buyer.number = debtor
            order.buyer = buyer
            return []
        }
    }

    /// How a message names a party: its email, number or first identifier, as `keys` allow.
    static func describe(_ party: Party, by keys: Set<PartyKey>) -> String? {
        if keys.contains(.email), let email = party.email { return email }
        if keys.contains(.number), let number = party.number { return number }
        if keys.contains(.identifier), let identifier = party.identifiers.first {
            return "\(identifier.scheme) \(identifier.value)"
        }
        return nil
    }

    /// The party with only the keys a rule may match by.
    private static func restricted(_ party: Party, to keys: Set<PartyKey>) -> Party {
        Party(
            number: keys.contains(.number) ? party.number : nil,
            identifiers: keys.contains(.identifier) ? party.identifiers : [],
            email: keys.contains(.email) ? party.email : nil)
    }
}
