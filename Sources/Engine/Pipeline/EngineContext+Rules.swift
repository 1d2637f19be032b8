import Foundation
import GRDB
import Rules

extension EngineContext {
    /// What a flow's rules consult now: the ledger's catalog and registry (or a dry run's
    /// private copy of them, `masterData`), the reference tables of the configuration, and
    /// the engine's clock.
    func ruleEnvironment(masterData: (any DatabaseReader)? = nil) -> RuleEnvironment {
        RuleEnvironment(
            masterData: masterData.map { LedgerMasterData(reader: $0) } ?? ledger.masterData, reference: config.reference, now: now())
    }
}

extension RuleEnvironment {
    /// For `ferry preview`: the ledger's master data opened read-only (empty when there is no
    /// ledger yet), so nothing under the root is created or written.
    /// - Throws: `DatabaseError` when a ledger exists but cannot be opened.
    static func readOnly(layout: RootLayout, reference: ReferenceData, now: Date) throws -> RuleEnvironment {
        RuleEnvironment(masterData: try LedgerMasterData.open(ledgerPath: layout.ledgerPath), reference: reference, now: now)
    }
}
