import Foundation

extension Engine {
    /// The ledger's part of `/metrics` (running totals and index lookups, Ledger+Counts) and
    /// the silence alerts firing per flow (as `ferry status` shows them). Reads only.
    public func ledgerMetrics() throws -> (ledger: LedgerMetrics, missing: [String: Int]) {
        let metrics = try ledger.metrics(flows: flows.map(\.config.name))
        var missing: [String: Int] = [:]
        for flow in flows { missing[flow.config.name] = try missingWindows(flow).count }
        return (metrics, missing)
    }

    /// Exports this process finished after export `after` (an export id), each with its flow,
    /// target and seconds from intent to payload in place; and the highest export id seen.
    /// A `watch --http` records them in its live `/metrics` after each pass.
    /// `after: nil` starts from the exports there are now.
    public func ownExportsFinished(after: Int64?) throws -> (exports: [FinishedExport], last: Int64) {
        guard let after else { return ([], try ledger.lastExportId()) }
        return try ledger.exportsFinished(after: after, owner: context.owner.token)
    }

    /// The documents of file `fileId`'s latest attempt, per outcome.
    public func documentOutcomes(fileId: Int64) throws -> [String: Int] {
        try ledger.documentOutcomes(fileId: fileId)
    }
}
