import Configuration
import Foundation
import Logging

/// What every part of a run shares: the root, its ledger, this process's identity.
struct EngineContext: Sendable {
    let layout: RootLayout
    let config: FerryConfig
    /// The ledger as the pipeline and the commands see it: its operations, not its storage.
    let ledger: any LedgerStore
    let owner: OwnerLock
    let faults: FaultInjector
    let logger: Logger
    let clock: @Sendable () -> Date
    /// This process's running `on-failure` commands.
    let hooks: FailureHooks
    /// What the current run has done so far, for a watchdog stop's summary.
    let progress: RunProgress
    /// Takes inbox files into this process's claim folders (and keeps emptied ones).
    let claimer: Claimer

    func now() -> Date { clock() }
}
