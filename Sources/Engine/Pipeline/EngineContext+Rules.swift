import Foundation
import Rules

extension EngineContext {
    /// What a flow's rules consult now: the ledger's catalog and registry, the reference
    /// tables of the configuration, and the engine's clock.
    func ruleEnvironment() -> RuleEnvironment {
        RuleEnvironment(masterData: LedgerMasterData(reader: ledger.pool), reference: config.reference, now: now())
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
