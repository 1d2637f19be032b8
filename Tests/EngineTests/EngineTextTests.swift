import Diagnostics
import Engine
import Glibc
import Testing

/// Engine texts people read go through the catalog.
@Suite struct EngineTextTests {
    @Test func everyOutcomeHasACatalogText() {
        let raw = FileOutcome.allCases.map(\.rawValue) + DocumentOutcome.allCases.map(\.rawValue)
        for value in raw {
            #expect(Catalog.entries[.outcome(value)] != nil, "outcome.\(value) is missing from Catalog+Texts.swift")
        }
    }

    @Test func environmentFailuresReadInTheOperatorsLanguage() {
        let full = IOFailure("write", "outbox/orders/erp/x.json", errno: ENOSPC)
        #expect(full.note.text(in: .nl) == "write outbox/orders/erp/x.json: Geen ruimte meer op het apparaat")
        #expect(full.note.text(in: .en) == full.description)
        #expect(IOFailure("rename", "a", errno: EROFS).note.text(in: .de) == "rename a: Schreibgeschütztes Dateisystem")
        #expect(LedgerLocked().note.text(in: .fr).hasPrefix("le registre est resté verrouillé"))
    }
}
