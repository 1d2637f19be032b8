import Foundation
import GRDB

/// Running totals the ledger keeps of itself, for `/metrics` (docs/console.md, "Metrics").
///
/// Counting a million files at each scrape takes seconds; these two small tables hold the
/// counts instead, and SQLite triggers keep them in step with every write, in the write's
/// own transaction: whichever code changes a file, document or export (a run, a reprocess,
/// a resolve, a prune, a rebuild, a script), the totals change with it or not at all.
///
/// - `ledgerCount(metric, flow, outcome, n)`: `file`, the files per current outcome;
///   `document`, the documents of each file's latest attempt per outcome; `unresolved`,
///   the failed and partial files not resolved.
/// - `exportDuration(flow, target, bucket, n, seconds)`: the finished exports per bucket of
///   `exportBuckets` (from the recorded intent, `createdAt`, to the payload in place,
///   `exportedAt`) and their summed seconds.
///
/// A row whose count went back to 0 stays (its series reads 0 rather than disappearing).
/// `LedgerCountTests` checks the totals against a count of the tables after a run,
/// reprocess, resolve and prune.
enum LedgerCounts {
    /// Upper bounds in seconds of the export-duration buckets; bucket `exportBuckets.count` is `+Inf`.
    static let exportBuckets: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    /// The bucket of a duration `seconds` (an SQL expression), as an SQL expression.
    static func bucket(_ seconds: String) -> String {
        "CASE " + exportBuckets.enumerated().map { "WHEN \(seconds) <= \($0.element) THEN \($0.offset)" }.joined(separator: " ")
            + " ELSE \(exportBuckets.count) END"
    }

    /// Adds `delta` to the count of (`metric`, `flow`, `outcome`) when `condition` holds.
    private static func add(_ metric: String, flow: String, outcome: String, _ delta: Int, when condition: String) -> String {
        """
        INSERT INTO ledgerCount (metric, flow, outcome, n) SELECT '\(metric)', \(flow), \(outcome), \(delta) WHERE \(condition)
          ON CONFLICT (metric, flow, outcome) DO UPDATE SET n = n + excluded.n;
        """
    }

    /// Adds `sign` times the documents of attempt `attempt` of file `id`, per outcome, under `flow`.
    private static func addDocuments(flow: String, id: String, attempt: String, _ sign: Int) -> String {
        """
        INSERT INTO ledgerCount (metric, flow, outcome, n)
          SELECT 'document', \(flow), outcome, \(sign) * COUNT(*) FROM document WHERE fileId = \(id) AND attempt = \(attempt) GROUP BY outcome
          ON CONFLICT (metric, flow, outcome) DO UPDATE SET n = n + excluded.n;
        """
    }

    /// Adds `sign` times the one document `row` (`NEW` or `OLD`) when it belongs to its file's latest attempt.
    private static func addDocument(_ row: String, _ sign: Int) -> String {
        """
        INSERT INTO ledgerCount (metric, flow, outcome, n)
          SELECT 'document', f.flow, \(row).outcome, \(sign) FROM file f WHERE f.id = \(row).fileId AND f.attempt = \(row).attempt
          ON CONFLICT (metric, flow, outcome) DO UPDATE SET n = n + excluded.n;
        """
    }

    /// Adds `sign` times the one export `row` (`NEW` or `OLD`) when it is finished.
    private static func addExport(_ row: String, _ sign: Int) -> String {
        """
        INSERT INTO exportDuration (flow, target, bucket, n, seconds)
          SELECT f.flow, \(row).target, \(bucket("d.s")), \(sign), \(sign) * d.s
          FROM (SELECT MAX(0.0, (julianday(\(row).exportedAt) - julianday(\(row).createdAt)) * 86400.0) AS s) d
          JOIN file f ON f.id = \(row).fileId WHERE \(row).exportedAt IS NOT NULL
          ON CONFLICT (flow, target, bucket) DO UPDATE SET n = n + excluded.n, seconds = seconds + excluded.seconds;
        """
    }

    private static let unresolved = "IN ('failed', 'partial')"

    /// Creates the tables and their triggers, and counts what the ledger already holds (ledger migration v9).
    static func create(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE ledgerCount (
                  metric TEXT NOT NULL, flow TEXT NOT NULL, outcome TEXT NOT NULL, n INTEGER NOT NULL,
                  PRIMARY KEY (metric, flow, outcome)) WITHOUT ROWID;
                CREATE TABLE exportDuration (
                  flow TEXT NOT NULL, target TEXT NOT NULL, bucket INTEGER NOT NULL, n INTEGER NOT NULL, seconds REAL NOT NULL,
                  PRIMARY KEY (flow, target, bucket)) WITHOUT ROWID;

                CREATE TRIGGER ledgerCount_file_insert AFTER INSERT ON file BEGIN
                \(add("file", flow: "NEW.flow", outcome: "NEW.outcome", 1, when: "NEW.outcome IS NOT NULL"))
                \(add("unresolved", flow: "NEW.flow", outcome: "NEW.outcome", 1, when: "NEW.outcome \(unresolved) AND NEW.resolvedAt IS NULL"))
                END;
                CREATE TRIGGER ledgerCount_file_delete AFTER DELETE ON file BEGIN
                \(add("file", flow: "OLD.flow", outcome: "OLD.outcome", -1, when: "OLD.outcome IS NOT NULL"))
                \(add("unresolved", flow: "OLD.flow", outcome: "OLD.outcome", -1, when: "OLD.outcome \(unresolved) AND OLD.resolvedAt IS NULL"))
                \(addDocuments(flow: "OLD.flow", id: "OLD.id", attempt: "OLD.attempt", -1))
                END;
                CREATE TRIGGER ledgerCount_file_outcome AFTER UPDATE OF flow, outcome, resolvedAt ON file
                  WHEN OLD.flow IS NOT NEW.flow OR OLD.outcome IS NOT NEW.outcome OR (OLD.resolvedAt IS NULL) <> (NEW.resolvedAt IS NULL)
                BEGIN
                \(add("file", flow: "OLD.flow", outcome: "OLD.outcome", -1, when: "OLD.outcome IS NOT NULL"))
                \(add("unresolved", flow: "OLD.flow", outcome: "OLD.outcome", -1, when: "OLD.outcome \(unresolved) AND OLD.resolvedAt IS NULL"))
                \(add("file", flow: "NEW.flow", outcome: "NEW.outcome", 1, when: "NEW.outcome IS NOT NULL"))
                \(add("unresolved", flow: "NEW.flow", outcome: "NEW.outcome", 1, when: "NEW.outcome \(unresolved) AND NEW.resolvedAt IS NULL"))
                END;
                CREATE TRIGGER ledgerCount_file_attempt AFTER UPDATE OF flow, attempt ON file
                  WHEN OLD.flow IS NOT NEW.flow OR OLD.attempt IS NOT NEW.attempt
                BEGIN
                \(addDocuments(flow: "OLD.flow", id: "OLD.id", attempt: "OLD.attempt", -1))
                \(addDocuments(flow: "NEW.flow", id: "NEW.id", attempt: "NEW.attempt", 1))
                END;

                -- An INSERT OR REPLACE deletes the row it replaces without firing delete triggers
                -- (recursive_triggers is off): the replaced document is taken off here.
                CREATE TRIGGER ledgerCount_document_replace BEFORE INSERT ON document BEGIN
                  INSERT INTO ledgerCount (metric, flow, outcome, n)
                    SELECT 'document', f.flow, d.outcome, -1 FROM document d JOIN file f ON f.id = d.fileId AND f.attempt = d.attempt
                    WHERE d.fileId = NEW.fileId AND d.attempt = NEW.attempt AND d.ordinal = NEW.ordinal
                    ON CONFLICT (metric, flow, outcome) DO UPDATE SET n = n + excluded.n;
                END;
                CREATE TRIGGER ledgerCount_document_insert AFTER INSERT ON document BEGIN
                \(addDocument("NEW", 1))
                END;
                CREATE TRIGGER ledgerCount_document_delete AFTER DELETE ON document BEGIN
                \(addDocument("OLD", -1))
                END;
                CREATE TRIGGER ledgerCount_document_update AFTER UPDATE OF fileId, attempt, outcome ON document
                  WHEN OLD.fileId IS NOT NEW.fileId OR OLD.attempt IS NOT NEW.attempt OR OLD.outcome IS NOT NEW.outcome
                BEGIN
                \(addDocument("OLD", -1))
                \(addDocument("NEW", 1))
                END;

                CREATE TRIGGER exportDuration_insert AFTER INSERT ON export WHEN NEW.exportedAt IS NOT NULL BEGIN
                \(addExport("NEW", 1))
                END;
                CREATE TRIGGER exportDuration_delete AFTER DELETE ON export WHEN OLD.exportedAt IS NOT NULL BEGIN
                \(addExport("OLD", -1))
                END;
                CREATE TRIGGER exportDuration_update AFTER UPDATE OF exportedAt, createdAt, target, fileId ON export
                  WHEN OLD.exportedAt IS NOT NEW.exportedAt OR OLD.createdAt IS NOT NEW.createdAt OR OLD.target IS NOT NEW.target
                    OR OLD.fileId IS NOT NEW.fileId
                BEGIN
                \(addExport("OLD", -1))
                \(addExport("NEW", 1))
                END;

                INSERT INTO ledgerCount (metric, flow, outcome, n)
                  SELECT 'file', flow, outcome, COUNT(*) FROM file WHERE outcome IS NOT NULL GROUP BY flow, outcome;
                INSERT INTO ledgerCount (metric, flow, outcome, n)
                  SELECT 'unresolved', flow, outcome, COUNT(*) FROM file WHERE outcome \(unresolved) AND resolvedAt IS NULL
                  GROUP BY flow, outcome;
                INSERT INTO ledgerCount (metric, flow, outcome, n)
                  SELECT 'document', f.flow, d.outcome, COUNT(*) FROM document d JOIN file f ON f.id = d.fileId AND f.attempt = d.attempt
                  GROUP BY f.flow, d.outcome;
                INSERT INTO exportDuration (flow, target, bucket, n, seconds)
                  SELECT f.flow, e.target, \(bucket("e.s")) AS b, COUNT(*), SUM(e.s)
                  FROM (SELECT fileId, target, MAX(0.0, (julianday(exportedAt) - julianday(createdAt)) * 86400.0) AS s
                        FROM export WHERE exportedAt IS NOT NULL) e
                  JOIN file f ON f.id = e.fileId GROUP BY f.flow, e.target, b;
                """)
    }
}

/// What `/metrics` derives from the ledger (`ferry serve`, and the ledger's part in `watch --http`).
public struct LedgerMetrics: Sendable {
    public struct Count: Sendable, Equatable {
        public var flow: String
        public var outcome: String
        public var count: Int
    }

    /// One flow's and target's export durations: the count per bucket (not cumulative; the
    /// last is `+Inf`) and the summed seconds.
    public struct Durations: Sendable, Equatable {
        public var flow: String
        public var target: String
        public var counts: [Int]
        public var seconds: Double
    }

    /// Files per flow and current outcome.
    public var files: [Count] = []
    /// Documents of each file's latest attempt, per flow and outcome.
    public var documents: [Count] = []
    /// Failed and partial files not resolved, per flow.
    public var unresolved: [String: Int] = [:]
    /// Files claimed and being processed (or reprocessed), per flow.
    public var inProgress: [String: Int] = [:]
    /// Documents changed after export, not resolved or acknowledged, per flow.
    public var amended: [String: Int] = [:]
    /// When each flow last processed a file that did not fail.
    public var lastSuccess: [String: Date] = [:]
    public var exportDurations: [Durations] = []
    /// Upper bounds of the buckets of `exportDurations`, in seconds (then `+Inf`).
    public static var exportBuckets: [Double] { LedgerCounts.exportBuckets }
}

extension Ledger {
    /// The statements of `metrics(flows:)`, each reading a small table or an index range
    /// (`LedgerQueryPlanTests` checks the plans).
    public static let metricsSQL = (
        counts: "SELECT metric, flow, outcome, n FROM ledgerCount ORDER BY metric, flow, outcome",
        inProgress: "SELECT flow, COUNT(*) AS n FROM file INDEXED BY file_state WHERE state IN ('processing','archiving','reprocessing') GROUP BY flow",
        amended: """
            SELECT f.flow, COUNT(*) AS n FROM document d INDEXED BY document_outcome JOIN file f ON f.id = d.fileId
            WHERE d.outcome = 'amended-after-export' AND d.attempt = f.attempt AND f.resolvedAt IS NULL
              AND NOT \(Ledger.acknowledgedCondition(document: "d"))
            GROUP BY f.flow
            """,
        lastSuccess: """
            SELECT processedAt FROM file INDEXED BY file_flow_processedAt
            WHERE flow = ? AND processedAt IS NOT NULL AND outcome IS NOT NULL AND outcome NOT IN ('failed', 'partial')
            ORDER BY processedAt DESC LIMIT 1
            """,
        durations: "SELECT flow, target, bucket, n, seconds FROM exportDuration ORDER BY flow, target, bucket"
    )

    /// The ledger's part of `/metrics`, in one read: the running totals, and index lookups
    /// for the few files in progress and amendments awaiting attention.
    public func metrics(flows: [String]) throws -> LedgerMetrics {
        try read { db in
            var metrics = LedgerMetrics()
            for row in try Row.fetchAll(db, sql: Self.metricsSQL.counts) {
                let count = LedgerMetrics.Count(flow: row["flow"], outcome: row["outcome"], count: row["n"])
                switch row["metric"] as String {
                case "file": metrics.files.append(count)
                case "document": metrics.documents.append(count)
                case "unresolved": metrics.unresolved[count.flow, default: 0] += count.count
                default: break
                }
            }
            for row in try Row.fetchAll(db, sql: Self.metricsSQL.inProgress) { metrics.inProgress[row["flow"] as String] = row["n"] as Int }
            for row in try Row.fetchAll(db, sql: Self.metricsSQL.amended) { metrics.amended[row["flow"] as String] = row["n"] as Int }
            for flow in flows {
                if let at = try Date.fetchOne(db, sql: Self.metricsSQL.lastSuccess, arguments: [flow]) { metrics.lastSuccess[flow] = at }
            }
            var durations: [String: LedgerMetrics.Durations] = [:]
            var order: [String] = []
            for row in try Row.fetchAll(db, sql: Self.metricsSQL.durations) {
                let (flow, target, bucket): (String, String, Int) = (row["flow"], row["target"], row["bucket"])
                let key = flow + "\u{0}" + target
                if durations[key] == nil {
                    order.append(key)
                    durations[key] = LedgerMetrics.Durations(
                        flow: flow, target: target, counts: Array(repeating: 0, count: LedgerCounts.exportBuckets.count + 1), seconds: 0)
                }
                guard bucket >= 0, bucket <= LedgerCounts.exportBuckets.count else { continue }
                durations[key]?.counts[bucket] += row["n"] as Int
                durations[key]?.seconds += row["seconds"] as Double
            }
            metrics.exportDurations = order.compactMap { durations[$0] }
            return metrics
        }
    }
}

/// One export finished, for the live export-duration histogram of a `watch --http`.
public struct FinishedExport: Sendable, Equatable {
    public var flow: String
    public var target: String
    /// From its recorded intent to its payload in place.
    public var seconds: Double
}

extension Ledger {
    /// Exports of `owner` after export id `after`, finished (the primary key's range: only
    /// the rows written since the last call). Returns them and the id to pass next time:
    /// the last one read, stopping before the first of `owner`'s still unfinished.
    func exportsFinished(after: Int64, owner: String) throws -> (exports: [FinishedExport], last: Int64) {
        try read { db in
            var exports: [FinishedExport] = []
            var last = after
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT e.id, e.owner, e.exportedAt IS NOT NULL AS done, f.flow, e.target,
                           MAX(0.0, (julianday(e.exportedAt) - julianday(e.createdAt)) * 86400.0) AS seconds
                    FROM export e JOIN file f ON f.id = e.fileId WHERE e.id > ? ORDER BY e.id
                    """,
                arguments: [after])
            while let row = try rows.next() {
                let mine = (row["owner"] as String?) == owner
                // One of its own still being written: it and what follows are read next time.
                if mine && !(row["done"] as Bool) { break }
                last = row["id"]
                if mine { exports.append(FinishedExport(flow: row["flow"], target: row["target"], seconds: (row["seconds"] as Double?) ?? 0)) }
            }
            return (exports, last)
        }
    }
}

extension Ledger {
    /// The highest export id so far (0 for none): where a `watch --http` starts reading its own exports.
    func lastExportId() throws -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM export") ?? 0 }
    }

    /// The documents of file `fileId`'s latest attempt, per outcome.
    func documentOutcomes(fileId: Int64) throws -> [String: Int] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT d.outcome, COUNT(*) AS n FROM document d JOIN file f ON f.id = d.fileId AND f.attempt = d.attempt
                    WHERE f.id = ? GROUP BY d.outcome
                    """,
                arguments: [fileId])
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["outcome"] as String, $0["n"] as Int) })
        }
    }
}
