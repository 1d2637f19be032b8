import Foundation
import Rules

extension EngineContext {
    /// What a flow's rules consult now: the ledger's catalog and registry, the reference
    /// tables of the configuration, and the engine's clock.
    func ruleEnvironment() -> RuleEnvironment {
        RuleEnvironment(masterData: LedgerMasterData(reader: ledger.pool), reference: config.reference, now: now())
    }
}
