import Canonical
import Diagnostics
import Foundation
import Rules

/// Runs named rules on documents against in-memory master data.
struct RuleBench {
    var masterData = InMemoryMasterData()
    var reference = ReferenceData()
    var now = Date(timeIntervalSince1970: 1_790_000_000)
    let location = Location(file: "orders.json", record: 3)

    /// The document after the rules, and their errors.
    func run<D: CanonicalDocument>(_ rules: [RuleSpec], on document: D) throws -> (document: D?, errors: [FerryError]) {
        let flow = FlowRules(rules: rules)
        var prepared: any CanonicalDocument = document
        let errors = try flow.apply(
            to: &prepared, at: location, in: RuleEnvironment(masterData: masterData, reference: reference, now: now))
        return (prepared as? D, errors)
    }

    func run<D: CanonicalDocument>(_ rule: String, _ parameters: [String: RuleSpec.Value] = [:], on document: D) throws
        -> (document: D?, errors: [FerryError])
    {
        try run([RuleSpec(name: rule, parameters: parameters)], on: document)
    }
}

func order(_ lines: [OrderLine], buyer: Party? = nil, seller: Party? = nil, warehouse: String? = nil) -> Order {
    Order(number: "SO-1", buyer: buyer, seller: seller, lines: lines, warehouse: warehouse)
}

func line(_ sku: String?, gtin: String? = nil, vatCode: String? = nil, number: Int? = nil) -> OrderLine {
    OrderLine(lineNumber: number, sku: sku, gtin: gtin, quantity: 1, vatCode: vatCode)
}
