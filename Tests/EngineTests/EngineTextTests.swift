import Diagnostics
import Engine
import Foundation
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

    /// Each waiting reason's note says in English what its stable `reason` says, and is translated.
    @Test(arguments: [
        Readiness.ready, .settling(readyAt: .now), .waitingForMarker, .orphanMarker, .excludedByPattern, .flowDisabled,
        .symlinkOutsideRoot, .unreadableName, .openForWriting,
    ])
    func everyWaitingReasonHasANote(_ readiness: Readiness) {
        #expect(readiness.note.text(in: .en) == readiness.reason)
        #expect(readiness.note.text(in: .nl) != readiness.reason)
    }

    @Test func environmentFailuresReadInTheOperatorsLanguage() {
        let full = IOFailure("write", "outbox/orders/erp/x.json", errno: ENOSPC)
        #expect(full.note.text(in: .nl) == "write outbox/orders/erp/x.json: Geen ruimte meer op het apparaat")
        #expect(full.note.text(in: .en) == full.description)
        #expect(IOFailure("rename", "a", errno: EROFS).note.text(in: .de) == "rename a: Schreibgeschütztes Dateisystem")
        #expect(LedgerLocked().note.text(in: .fr).hasPrefix("le registre est resté verrouillé"))
    }
}
