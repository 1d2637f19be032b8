/// The statements run once per file, per document or per payload: each compiled once per
/// connection (`Database.cachedStatement`) instead of once per call, and each answered through
/// an index or the primary key whatever the ledger's size (`LedgerQueryPlanTests`). Compiling a
/// statement (SQLite's parser and GRDB's authorizer) cost more than running it.
enum HotQuery {
    // Exports
    static let exportHistory =
        "SELECT * FROM export WHERE target = ? AND kind = ? AND key = ? AND event = ? ORDER BY generation DESC"
    static let isOutputRecorded = "SELECT EXISTS (SELECT 1 FROM export WHERE outputPath = ?)"
    static let markDone = "UPDATE export SET state = ?, exportedAt = ?, outputPath = ?, tempPath = '' WHERE tempPath = ? AND state = ?"

    // A batch at once: the keys or ids as one JSON array (`json_each`), so one statement, compiled
    // once, serves any number of them.
    /// Every export (any state, any target) of a batch's keys of one kind.
    static let exportsOfKeys = "SELECT * FROM export WHERE kind = ? AND key IN (SELECT value FROM json_each(?))"
    /// Intents placed under the name they were recorded with, by id.
    static let markDoneByIds =
        "UPDATE export SET state = ?, exportedAt = ?, tempPath = '' WHERE state = ? AND id IN (SELECT value FROM json_each(?))"
    /// Whether any timer waits at all (most ledgers: none), before asking per intent.
    static let anyWaitingTimer =
        "SELECT EXISTS (SELECT 1 FROM timer WHERE state = '\(TimerRecord.State.waiting.rawValue)' AND owner IS NULL)"

    // Lifecycles (one key; the uses loop over a batch's keys)
    static let doneExportsOfKey =
        "SELECT * FROM export WHERE kind = ? AND key = ? AND state = '\(ExportRecord.State.done.rawValue)' ORDER BY exportedAt, id"
    static let lifecycleStatesOfKey = "SELECT * FROM lifecycleState WHERE kind = ? AND key = ? ORDER BY recordedAt, id"
    static let lifecycleStatesOfKeys =
        "SELECT * FROM lifecycleState WHERE kind = ? AND key IN (SELECT value FROM json_each(?)) ORDER BY recordedAt, id"
    static let waitingTimers =
        "SELECT * FROM timer WHERE target = ? AND key = ? AND event = ? AND state = '\(TimerRecord.State.waiting.rawValue)' AND owner IS NULL"

    // Every write transaction
    static let raiseGeneration = "UPDATE ledgerMeta SET generation = generation + 1 WHERE id = 1"
    static let generation = "SELECT generation FROM ledgerMeta WHERE id = 1"

    // Files
    static let fileById = "SELECT * FROM file WHERE id = ?"
    static let fileByClaimToken = "SELECT * FROM file WHERE claimToken = ?"
    static let forgetSighting = "DELETE FROM sighting WHERE path = ?"
    static let sighting = "SELECT * FROM sighting WHERE path = ?"
    static let earlierCopy =
        "SELECT * FROM file WHERE flow = ? AND sha256 = ? AND id <> ? AND outcome IS NOT NULL AND outcome <> '\(FileOutcome.failed.rawValue)' ORDER BY id LIMIT 1"
    static let isArchivePathTaken = "SELECT EXISTS (SELECT 1 FROM file WHERE archivePath = ?)"
    static let fileOutcome = """
        UPDATE file SET outcome = ?, processedAt = ?, errorsJSON = ?, state = COALESCE(?, state),
          archivePath = CASE WHEN ? THEN NULL ELSE archivePath END, markerPath = CASE WHEN ? THEN NULL ELSE markerPath END
        WHERE id = ?
        """
    static let attemptOutcome =
        "UPDATE attempt SET finishedAt = ?, outcome = ?, reason = COALESCE(reason, ?) WHERE fileId = ? AND number = ?"
    static let reserveArchivePath = "UPDATE file SET archivePath = ?, markerPath = ? WHERE id = ?"

    // A file's history (its status record)
    static let attemptsOfFile = "SELECT * FROM attempt WHERE fileId = ? ORDER BY number"
    static let documentCounts = "SELECT outcome, COUNT(*) AS n FROM document WHERE fileId = ? AND attempt = ? GROUP BY outcome"
    static let documentsOfAttempt = "SELECT * FROM document WHERE fileId = ? AND attempt = ? ORDER BY ordinal"
    static let hasDocuments = "SELECT EXISTS (SELECT 1 FROM document WHERE fileId = ? AND attempt = ?)"
    static let lastResolution = "SELECT * FROM activity WHERE fileId = ? AND action = 'resolved' ORDER BY id DESC LIMIT 1"
    static let acknowledgements = "SELECT * FROM activity WHERE fileId = ? AND action = 'acknowledged' AND at >= ? ORDER BY id"

    // Master data (per order with a buyer or seller)
    /// The party of a role with a number, else the one with an e-mail, earliest first: one
    /// statement for `LedgerMasterData.findRow`'s two lookups (a plain `OR` would read the
    /// role's rows whole; each subquery reads its index only, and `COALESCE` asks the second
    /// only when the first found nothing).
    static let partyByNumberOrEmail = """
        SELECT * FROM party WHERE id = COALESCE(
            (SELECT id FROM party WHERE role = ? AND number = ? ORDER BY id LIMIT 1),
            (SELECT id FROM party WHERE role = ? AND emailKey = ? ORDER BY id LIMIT 1))
        """

    static let all = [
        exportHistory, isOutputRecorded, markDone, exportsOfKeys, markDoneByIds, anyWaitingTimer, raiseGeneration, generation,
        doneExportsOfKey, lifecycleStatesOfKey, lifecycleStatesOfKeys, waitingTimers, fileById, fileByClaimToken,
        forgetSighting, sighting, earlierCopy, isArchivePathTaken, fileOutcome, attemptOutcome, reserveArchivePath, attemptsOfFile, documentCounts,
        documentsOfAttempt, hasDocuments, lastResolution, acknowledgements, partyByNumberOrEmail,
    ]
}
