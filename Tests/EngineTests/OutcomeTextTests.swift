import Diagnostics
import Engine
import Testing

/// `ferry` names outcomes for people through the catalog (`outcome.<raw value>`).
@Suite struct OutcomeTextTests {
    @Test func everyOutcomeHasACatalogText() {
        let raw = FileOutcome.allCases.map(\.rawValue) + DocumentOutcome.allCases.map(\.rawValue)
        for value in raw {
            #expect(Catalog.entries[.outcome(value)] != nil, "outcome.\(value) is missing from Catalog+Texts.swift")
        }
    }
}
