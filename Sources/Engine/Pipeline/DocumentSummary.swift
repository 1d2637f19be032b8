import Diagnostics

/// The result of one document in one attempt, as the status record and ledger show it.
struct DocumentSummary: Sendable, Codable {
    var ordinal: Int
    var kind: String
    var key: String?
    var outcome: DocumentOutcome
    /// Why it ended so (filter, export decision); empty when there is nothing to say.
    var reasons: [Note]
    /// Outbox paths relative to the root.
    var outputs: [String]
    var errors: [FerryError]
}

/// Counts kept while a file is processed (memory does not grow with the document count).
struct OutcomeTally: Sendable {
    var counts: [DocumentOutcome: Int] = [:]
    var total: Int { counts.values.reduce(0, +) }

    mutating func add(_ outcome: DocumentOutcome) { counts[outcome, default: 0] += 1 }

    func fileOutcome(fileFailed: Bool, empty: Bool = false) -> FileOutcome {
        if fileFailed { return .failed }
        if empty { return .empty }
        let failed = counts[.failed, default: 0]
        if failed > 0 { return failed == total ? .failed : .partial }
        if total > 0 && counts[.filtered, default: 0] == total { return .filtered }
        if counts[.exported, default: 0] > 0 { return .exported }
        return .unchanged
    }
}
