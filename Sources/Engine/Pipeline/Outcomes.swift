/// What happened to one document.
public enum DocumentOutcome: String, Sendable, Codable, CaseIterable {
    case exported
    case alreadyExported = "already-exported"
    case amendedAfterExport = "amended-after-export"
    /// An older version of state arriving after a newer one was exported.
    case superseded
    case filtered
    case failed
    /// Held by a durable timer: waits for an event (or for the timer to fire).
    case pending
}

/// What happened to one file, derived from its documents.
public enum FileOutcome: String, Sendable, Codable, CaseIterable {
    /// A file-level error, or every document failed.
    case failed
    /// Some documents failed, some did not.
    case partial
    /// Byte-identical to an earlier file of the same flow that did not fail.
    case duplicate
    /// Every document was filtered.
    case filtered
    /// At least one document exported, none failed.
    case exported
    /// None failed, none exported.
    case unchanged
    /// The file held no documents, and its flow allows that (`allow-empty: true`).
    case empty

    /// `run` exits 0 when every file ended in one of these.
    public var isSuccess: Bool { self != .failed && self != .partial }
}
