import Foundation
import GRDB

/// A file Ferry has claimed: one row per input file, across all its attempts.
public struct FileRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "file"

    public enum State: String, Codable, Sendable {
        /// Claimed into a work folder, being processed.
        case processing
        /// Outcome decided, input being moved into the archive.
        case archiving
        /// In the archive with its status record.
        case archived
        /// In the archive, being run through again by `ferry reprocess` (resumed if that
        /// process dies).
        case reprocessing
    }

    public var id: Int64?
    public var flow: String
    public var originalName: String
    /// Of the latest attempt's input (each attempt keeps its own in `AttemptRecord`).
    public var sha256: String
    public var size: Int64
    public var receivedAt: Date
    public var processedAt: Date?
    public var attempt: Int
    public var state: State
    public var outcome: String?
    /// The claim folder name under `.ferry-work/<owner>/`.
    public var claimToken: String
    /// The process that holds the file now (`owner` lock token).
    public var owner: String?
    /// The process that claimed it from the inbox (kept, for contention checks and lineage).
    public var takenBy: String?
    /// Path of the input relative to the root once archived; the status record lives next
    /// to it. A reprocess `--with` a corrected file reads the attempt's `inputPath` instead.
    public var archivePath: String?
    /// Marker file archived with the input, relative to the root.
    public var markerPath: String?
    /// File-level errors of the latest attempt, JSON.
    public var errorsJSON: String?
    public var resolvedAt: Date?
    public var resolvedReason: String?
    /// Set by the watchdog when processing took longer than `file-timeout`.
    public var timedOutAt: Date?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One attempt at processing a file: the first run, then each reprocess.
public struct AttemptRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "attempt"
    public var id: Int64?
    public var fileId: Int64
    public var number: Int
    public var startedAt: Date
    public var finishedAt: Date?
    public var outcome: String?
    /// `run`, `watch`, `reprocess`.
    public var trigger: String
    public var reason: String?
    public var forced: Bool
    /// The input this attempt read, relative to the root; nil: the file's `archivePath`.
    public var inputPath: String? = nil
    /// Hash and size of the bytes this attempt read; nil on a first attempt not followed
    /// by a reprocess (the file row holds them).
    public var sha256: String? = nil
    public var size: Int64? = nil
    /// Who started a reprocess attempt (as `ActivityRecord.actor`); nil for `run` and `watch`.
    public var actor: String? = nil
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// The outcome of one document of one attempt.
public struct DocumentRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "document"
    public var id: Int64?
    public var fileId: Int64
    public var attempt: Int
    public var ordinal: Int
    public var kind: String
    public var key: String?
    public var outcome: String
    public var reason: String?
    /// Outbox paths relative to the root, JSON array.
    public var outputsJSON: String
    /// Errors, JSON array of FerryError.
    public var errorsJSON: String
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One export of a unit (target, kind, key, event): the exactly-once record.
///
/// `pending` is the intent, committed after the payload's temporary file is durable and
/// before it is renamed into place; `done` after the rename is durable.
public struct ExportRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "export"
    public enum State: String, Codable, Sendable { case pending, done }

    public var id: Int64?
    public var target: String
    public var kind: String
    public var key: String
    public var event: String
    /// 0 for the first export of a unit; state versions and forced re-exports count up.
    public var generation: Int
    public var state: State
    public var fileId: Int64
    public var attempt: Int
    public var owner: String
    /// Hash of the canonical document (event semantics) or stable payload (state semantics).
    public var contentHash: String
    /// The canonical document as JSON, for change summaries and `--dry-run --force` diffs.
    public var documentJSON: String
    /// Absolute path of the hidden temporary file while pending.
    public var tempPath: String
    /// Final outbox path relative to the root.
    public var outputPath: String
    /// Ferry's own copy of the payload, relative to the root.
    public var copyPath: String
    public var asOf: Date?
    public var forced: Bool
    public var createdAt: Date
    public var exportedAt: Date?
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// When Ferry first saw an inbox file, and what it looked like.
public struct SightingRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "sighting"
    public var path: String
    public var size: Int64
    public var modifiedNanos: Int64
    public var inode: Int64
    public var firstSeenAt: Date
    /// Last time size, mtime or inode was seen to differ.
    public var changedAt: Date
}

/// An entry of the activity log (`ferry log`).
public struct ActivityRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "activity"
    public var id: Int64?
    public var at: Date
    public var flow: String?
    public var fileId: Int64?
    public var action: String
    public var key: String?
    public var detail: String
    /// Who did it: the OS user of a command, `console:NAME` (or `console:token`,
    /// `console:local`) for the console; nil for Ferry's own entries and rows before v9.
    public var actor: String? = nil
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One `ferry run`, `watch` pass or `reprocess`, for `ferry status`'s "last run".
public struct RunRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "run"
    public var id: Int64?
    public var command: String
    public var startedAt: Date
    public var finishedAt: Date?
    public var filesTaken: Int
    public var exitCode: Int?
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
