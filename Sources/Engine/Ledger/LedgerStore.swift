import Canonical
import Diagnostics
import Foundation
import GRDB
import Rules

/// The ledger as the pipeline and the commands see it: named operations on files, attempts,
/// documents, export intents, sightings, activity and runs, each one transaction.
///
/// Only value types cross this boundary (the record structs of `LedgerRecords.swift`, the
/// small entries below), never a database handle, so another implementation (a shared
/// server database for several machines on one drop) can stand behind it without the
/// pipeline changing. `Ledger` is the SQLite implementation. The one operation that needs
/// several reads and writes under a single lock, committing export intents, hands its
/// closure an `IntentTransaction`: a protocol as well, not a connection.
///
/// What each operation guarantees is part of the contract: a write operation is atomic
/// and durable when it returns (the export protocol rests on that for `commitIntents`);
/// a read never waits for a writer.
protocol LedgerStore: LifecycleLedger, TimerLedger {
    // MARK: Sightings (inbox files not yet taken)

    /// The sightings of these inbox paths (those that have one), read together.
    func sightings(at paths: [String]) throws -> [SightingRecord]
    /// The paths of sightings under `prefix` (one inbox folder) for which `present` says no:
    /// files that left the inbox without being taken. Read row by row, so an inbox of many
    /// files seen is not held in memory.
    func staleSightings(under prefix: String, present: (String) -> Bool) throws -> [String]
    /// Drops the sightings at `removing` and writes `saving` (new or changed), together.
    func updateSightings(removing: [String], saving: [SightingRecord]) throws
    func forgetSighting(path: String) throws

    // MARK: Runs

    func startRun(command: String, at: Date) throws -> Int64?
    func finishRun(id: Int64, at: Date, filesTaken: Int, exitCode: Int) throws
    func lastRun() throws -> RunRecord?

    // MARK: Files and attempts

    func file(id: Int64) throws -> FileRecord?
    func file(claimToken: String) throws -> FileRecord?
    func file(archivePath: String) throws -> FileRecord?
    func files(in state: FileRecord.State) throws -> [FileRecord]
    /// A claimed file taken over by `owner`, or (first claim) its row with attempt 1 and a
    /// `claimed` activity entry.
    func claimFile(_ claim: NewFile, owner: String) throws -> FileRecord
    /// `claimFile` for several freshly claimed small files, in one transaction (`Engine.admit`).
    func claimFiles(_ claims: [NewFile], owner: String) throws -> [FileRecord]
    /// The row of a file Ferry fails itself (the one already there, else a new one).
    func registerQuarantined(_ claim: NewFile, owner: String) throws -> FileRecord
    /// Deletes every trace of a file whose first attempt exported nothing and was not
    /// archived (the environment stopped it); false when something of it must stay.
    func releaseUntouched(claimToken: String) throws -> Bool
    /// The watchdog's mark: processing took longer than `file-timeout`.
    func markTimedOut(claimToken: String, at: Date) throws
    /// An earlier file of the same flow with the same bytes that did not fail.
    func earlierCopy(of file: FileRecord) throws -> FileRecord?
    /// The outcome of an attempt: on the file, its attempt row, and the activity log; false
    /// when `outcome.reserve` named an archive path another file holds (the outcome is
    /// recorded all the same, without a path).
    @discardableResult
    func recordOutcome(_ outcome: OutcomeEntry) throws -> Bool
    /// Reserves `archivePath` for the file; false when another file holds it.
    func reserveArchivePath(fileId: Int64, archivePath: String, markerPath: String?) throws -> Bool
    /// Whether a file's archived input (or an attempt's input) is at `path`.
    func isArchivePathTaken(_ path: String, includingAttemptInputs: Bool) throws -> Bool
    /// The last step of finishing a file: archived, owned by no process.
    func markArchived(fileId: Int64) throws
    /// `markArchived` for several files sealed together (a group of small files), in one
    /// transaction.
    func markArchived(fileIds: [Int64]) throws
    /// Step 5 of the export protocol and each file's outcome, for a group of small files
    /// exported together (`ExportGroup`): per file, its exports `done`, its documents and
    /// master data, and its outcome as `recordOutcome` records it, all in one transaction.
    /// Returns, per file, whether its archive path reservation held.
    func completeFiles(_ completions: [FileCompletion]) throws -> [Bool]
    /// The input the latest attempt read, relative to the root (nil: the archived input).
    func latestInput(fileId: Int64) throws -> String?
    /// Starts a new reprocess attempt, or resumes an interrupted one (see `ReprocessStart`).
    func beginReprocess(_ start: ReprocessStart) throws -> ReprocessTaken?
    /// Marks a failed or partial file handled by hand.
    func resolve(fileId: Int64, reason: String, at: Date, actor: String?) throws -> ResolveResult
    /// Archived failed or partial files not resolved, optionally of one flow and since a time.
    func unresolvedArchivedFailures(flow: String?, since: Date?) throws -> [FileRecord]

    // MARK: Documents

    func clearDocuments(fileId: Int64, attempt: Int) throws
    func documents(fileId: Int64, attempt: Int) throws -> [DocumentRecord]

    // MARK: Exports

    /// Every export of a unit, newest generation first.
    func exportHistory(of unit: ExportUnit) throws -> [ExportRecord]
    /// Every export (any state, any target) of `keys` (per kind), in one read: step 1's
    /// histories of a batch.
    func exports(of keys: [DocumentKind: Set<String>]) throws -> ExportSnapshot
    /// Whether an export is recorded at the outbox path `path` (relative to the root).
    func isOutputRecorded(_ path: String) throws -> Bool
    /// Step 3 of the export protocol: `body` decides again and records intents under the
    /// write lock; committed (durably) when this returns.
    @discardableResult
    func commitIntents<T>(_ body: (any IntentTransaction) throws -> T) throws -> T
    /// Step 5: the placed deliveries' exports `done` (every intent sharing a temporary
    /// file at once), and the batch's documents, master data and activity entries
    /// recorded, in one transaction. A batch that exported nothing records its documents
    /// through here too; recovery completes a stopped process's intent with it.
    /// `lifecycleStates`: events of keys recorded without an export (`LifecycleDecision.record`),
    /// each inserted unless its (target, kind, key, event) is recorded already.
    func markDone(
        _ placed: [Placement], documents: [DocumentRecord], masterData: [MasterDataRecorder.Entry], fileId: Int64, at: Date,
        activity: [ActivityEntry], lifecycleStates: [LifecycleStateRecord]
    ) throws
    func pendingExports() throws -> [ExportRecord]
    /// Takes a stopped process's intent over (every intent sharing its temporary file);
    /// false when another process was first.
    func takeOverIntent(tempPath: String, from previous: String, to owner: String) throws -> Bool

    // MARK: Activity

    func logActivity(_ entry: ActivityEntry) throws
    /// Takes the amended document of `fileId` that `key` names off the attention list (an
    /// `acknowledged` activity entry with `reason`); returns its whole key, or `nil` when the
    /// file has no such document awaiting attention.
    func acknowledgeAmendment(fileId: Int64, key: String, reason: String, at: Date, actor: String?) throws -> String?

    // MARK: Reads for the commands

    /// Whether any file of `flow` is in the ledger (a flow removed from the configuration).
    func hasFiles(flow: String) throws -> Bool
    /// What `ferry status` shows of one flow, read in one snapshot.
    func flowSummary(flow: String, filteredLimit: Int) throws -> FlowLedgerSummary
    /// `ferry log`: activity entries (newest last) and, for a key, the documents' lineage.
    func activityLog(flow: String?, key: KeyFilter?, limit: Int) throws -> (entries: [ActivityRecord], lineage: [Lineage])
    /// Every file, attempt and export, and duplicate done exports (`ferry check --ledger`).
    func contents() throws -> LedgerContents
    /// Streams what the status records of `fileIds` hold, one file after another, in one read
    /// snapshot (a group's records are written together).
    func withFileHistories(fileIds: [Int64], _ body: (Int64, FileHistory) throws -> Void) throws

    // MARK: Master data (the catalog and party registry; recorded by `markDone`)

    /// What rules consult.
    var masterData: any MasterData { get }
    /// A private in-memory SQLite copy of the catalog and registry for a dry run, whose
    /// rules may record master data without touching the ledger.
    func masterDataCopy() throws -> DatabaseQueue
}

/// A file as it is claimed from the inbox.
struct NewFile: Sendable {
    var flow: String
    var name: String
    var claimToken: String
    var sha256: String
    var size: Int64
    var at: Date
    var trigger: String
    /// The inbox path whose sighting the claim ends (forgotten in the same transaction).
    var sighting: String? = nil
}

/// An activity log entry.
struct ActivityEntry: Sendable {
    var at: Date
    var flow: String?
    var fileId: Int64?
    var action: String
    var key: String?
    var detail: String
    /// Who did it (`ActivityRecord.actor`).
    var actor: String?

    init(at: Date, flow: String?, fileId: Int64?, action: String, key: String? = nil, detail: String, actor: String? = nil) {
        self.at = at
        self.flow = flow
        self.fileId = fileId
        self.action = action
        self.key = key
        self.detail = detail
        self.actor = actor
    }
}

/// The outcome of one attempt at a file.
struct OutcomeEntry: Sendable {
    var fileId: Int64
    var attempt: Int
    var flow: String
    var outcome: String
    var errors: [FerryError]
    /// Why, kept on the attempt unless it has a reason already (a duplicate's original).
    var note: Note?
    var at: Date
    /// The `processed` activity entry's text.
    var detail: String
    /// The file's state from now on: `archiving` for a claimed input about to move into
    /// the archive; nil keeps it (a reprocess stays `reprocessing` until archived again).
    var state: FileRecord.State?
    /// Drops a reserved archive path (a quarantined file gets a fresh one).
    var forgetArchivePath = false
    /// With `forgetArchivePath`: the archive path (and marker path) to reserve instead, in the
    /// same transaction; `recordOutcome` says whether it was still free.
    var reserve: (archivePath: String, markerPath: String?)? = nil
}

/// One file of a group completed together (`completeFiles`).
struct FileCompletion {
    var placed: [Placement]
    var documents: [DocumentRecord]
    var masterData: [MasterDataRecorder.Entry]
    /// Events of keys recorded without an export, and their activity entries (as `markDone`).
    var lifecycleStates: [LifecycleStateRecord]
    var activity: [ActivityEntry]
    var outcome: OutcomeEntry
}

/// What `beginReprocess` needs: the request's parts and how to judge owners and inputs.
struct ReprocessStart {
    var fileId: Int64
    var owner: String
    var at: Date
    /// Nil: only resume an interrupted attempt.
    var request: ReprocessRequest?
    /// A corrected input staged for this attempt, relative to the root.
    var stagedInput: String?
    /// Whether the process holding a file is gone.
    var isDead: (String) -> Bool
    /// Hash and size of an input (relative to the root), read before the lock when possible.
    var digest: (String) -> (hex: String, size: Int64)?
}

/// A file taken for reprocessing: its row (already moved on to the attempt), and the input.
struct ReprocessTaken: Sendable {
    var file: FileRecord
    var forced: Bool
    var input: String
}

enum ResolveResult: Sendable {
    case resolved
    case unknownFile
    /// The file did not fail: its outcome (or state).
    case notFailed(String)
}

/// One delivery placed in the outbox: its temporary name and where it ended up.
struct Placement: Sendable {
    var tempPath: String
    /// Relative to the root.
    var outputPath: String
    /// The ids of the intents placed (the exporter knows them; recovery does not).
    var intentIds: [Int64] = []
    /// Placed under another name than the intents were recorded with (`~N`: the name was taken).
    var renamedAside = false
}

/// A document with the file it came from, as `status` lists them.
struct FlowDocument: Sendable {
    var fileId: Int64
    var file: String
    var key: String?
    /// The stored reason (`StoredNotes`).
    var reason: String?
}

/// What `ferry status` reads of one flow.
struct FlowLedgerSummary: Sendable {
    var outcomeCounts: [String: Int]
    /// Unresolved failed or partial files with the failed documents of their latest attempt.
    var failed: [(file: FileRecord, failedDocuments: [DocumentRecord])]
    var amended: [FlowDocument]
    var inProgress: [FileRecord]
    /// Newest first.
    var filtered: [FlowDocument]
}

/// A unit exported (done) more than once in the same generation: never allowed.
struct DuplicateExport: Sendable {
    var target: String
    var kind: String
    var key: String
    var event: String
    var generation: Int
    var count: Int
}

/// The whole ledger as `check --ledger` compares it with the folders.
struct LedgerContents: Sendable {
    var files: [FileRecord]
    var attempts: [AttemptRecord]
    var exports: [ExportRecord]
    var duplicates: [DuplicateExport]
}

/// A file's history for its status record: the row, its attempts, the document counts of
/// earlier attempts, and the latest attempt's documents as a stream (a million documents
/// need not be in memory).
struct FileHistory {
    var file: FileRecord?
    /// By attempt number.
    var attempts: [AttemptRecord]
    /// Per earlier attempt: documents per outcome.
    var earlierCounts: [Int: [String: Int]]
    /// The next document of the latest attempt (in ordinal order), nil after the last.
    var nextDocument: () throws -> DocumentRecord?
    /// The latest `resolved` entry of the file, and the `acknowledged` entries of its latest attempt.
    var resolution: ActivityRecord? = nil
    var acknowledgements: [ActivityRecord] = []
}

/// The unit of exactly-once: one event of one document for one target.
struct ExportUnit: Hashable, Sendable {
    var target: String
    var kind: DocumentKind
    var key: String
    var event: EventName
}

/// Reads and writes inside the transaction that commits export intents (step 3).
protocol IntentTransaction {
    func exportHistory(of unit: ExportUnit) throws -> [ExportRecord]
    /// Every export of `keys` (per kind), in one read: step 3's histories of a batch.
    func exports(of keys: [DocumentKind: Set<String>]) throws -> ExportSnapshot
    func isOutputRecorded(_ path: String) throws -> Bool
    /// Records the intent; returns its id.
    @discardableResult
    func insertIntent(_ intent: ExportRecord) throws -> Int64
    /// Whether any timer waits (if none, no intent has timers to cancel).
    func hasWaitingTimers() throws -> Bool
    /// The export of `event` for (target, key) makes the timers awaiting it unnecessary.
    func cancelTimers(awaiting event: String, target: String, key: String, at: Date) throws
    /// The events of (kind, key) committed for any target, oldest first: done exports and the
    /// intents still pending (recovery completes each one), for step 3's second look at a
    /// lifecycle decision.
    func lifecycle(kind: DocumentKind, key: String) throws -> [LifecycleEvent]
}

extension LedgerStore {
    /// Step 5 without lifecycle states (recovery, a fired timer).
    func markDone(
        _ placed: [Placement], documents: [DocumentRecord], masterData: [MasterDataRecorder.Entry], fileId: Int64, at: Date,
        activity: [ActivityEntry]
    ) throws {
        try markDone(placed, documents: documents, masterData: masterData, fileId: fileId, at: at, activity: activity, lifecycleStates: [])
    }
}
