import Foundation
import GRDB
import Rules

/// `LedgerStore` on SQLite: the reads of `status`, `log`, `check --ledger` and status records.
extension Ledger {
    func hasFiles(flow: String) throws -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM file WHERE flow = ?)", arguments: [flow]) ?? false }
    }

    func flowSummary(flow: String, filteredLimit: Int) throws -> FlowLedgerSummary {
        try read { db in
            let counts = try Row.fetchAll(db, sql: Self.flowSummarySQL.counts, arguments: [flow])
            let failed = try FileRecord.fetchAll(db, sql: Self.flowSummarySQL.failed, arguments: [flow])
            let amended = try Row.fetchAll(db, sql: Self.flowSummarySQL.amended, arguments: [flow])
            let inProgress = try FileRecord.fetchAll(db, sql: Self.flowSummarySQL.inProgress, arguments: [flow])
            let filtered = try Row.fetchAll(db, sql: Self.flowSummarySQL.filtered, arguments: [flow, filteredLimit])
            return FlowLedgerSummary(
                outcomeCounts: Dictionary(uniqueKeysWithValues: counts.map { ($0["outcome"] as String? ?? "?", $0["n"] as Int? ?? 0) }),
                failed: try failed.map { file in
                    let documents = try DocumentRecord.filter(
                        Column("fileId") == file.id && Column("attempt") == file.attempt
                            && Column("outcome") == DocumentOutcome.failed.rawValue
                    ).order(Column("ordinal")).fetchAll(db)
                    return (file, documents)
                },
                amended: amended.map(Self.flowDocument), inProgress: inProgress, filtered: filtered.map(Self.flowDocument))
        }
    }

    /// The statements of `flowSummary`, each an index lookup (`LedgerQueryPlanTests` checks the
    /// plans): a unary `+` keeps SQLite from choosing the plain `file(flow)` index, which would
    /// read every file of the flow. The counts per outcome are the ledger's running totals
    /// (Ledger+Counts, v9), not a count of the flow's files.
    static let flowSummarySQL = (
        counts: "SELECT outcome, n FROM ledgerCount WHERE metric = 'file' AND flow = ? AND n <> 0",
        failed: """
            SELECT * FROM file INDEXED BY file_flow_outcome
            WHERE flow = ? AND outcome IN ('failed','partial') AND resolvedAt IS NULL ORDER BY id
            """,
        amended: """
            SELECT d.fileId, f.originalName, d.key, d.reason FROM document d INDEXED BY document_outcome JOIN file f ON f.id = d.fileId
            WHERE +f.flow = ? AND d.attempt = f.attempt AND d.outcome = 'amended-after-export' AND f.resolvedAt IS NULL
              AND NOT \(Ledger.acknowledgedCondition(document: "d"))
            ORDER BY d.id
            """,
        inProgress: """
            SELECT * FROM file INDEXED BY file_state
            WHERE state IN ('processing','archiving','reprocessing') AND +flow = ? ORDER BY id
            """,
        filtered: """
            SELECT d.fileId, f.originalName, d.key, d.reason FROM document d INDEXED BY document_outcome JOIN file f ON f.id = d.fileId
            WHERE +f.flow = ? AND d.attempt = f.attempt AND d.outcome = 'filtered'
            ORDER BY d.id DESC LIMIT ?
            """
    )

    private static func flowDocument(_ row: Row) -> FlowDocument {
        FlowDocument(fileId: row["fileId"], file: row["originalName"], key: row["key"], reason: row["reason"])
    }

    func activityLog(flow: String?, key: KeyFilter?, limit: Int) throws -> (entries: [ActivityRecord], lineage: [Lineage]) {
        try read { db in
            var sql = "SELECT * FROM activity WHERE 1 = 1"
            var arguments: StatementArguments = []
            if let flow {
                sql += " AND flow = ?"
                arguments += [flow]
            }
            if let key {
                sql += " AND (\(key.sql("key")) OR fileId IN (SELECT fileId FROM document WHERE \(key.sql("key"))))"
                arguments += key.arguments + key.arguments
            }
            sql += " ORDER BY id DESC LIMIT \(limit)"
            let entries = try ActivityRecord.fetchAll(db, sql: sql, arguments: arguments).reversed()
            var lineage: [Lineage] = []
            if let key {
                var lineageSQL = """
                    SELECT d.key, d.fileId, f.originalName, f.flow, d.attempt, a.trigger, a.reason, f.receivedAt, d.outcome,
                           d.reason AS detail, d.outputsJSON
                    FROM document d JOIN file f ON f.id = d.fileId
                    LEFT JOIN attempt a ON a.fileId = d.fileId AND a.number = d.attempt
                    WHERE \(key.sql("d.key"))
                    """
                var lineageArguments = key.arguments
                if let flow {
                    lineageSQL += " AND f.flow = ?"
                    lineageArguments += [flow]
                }
                lineage = try Row.fetchAll(db, sql: lineageSQL + " ORDER BY d.id", arguments: lineageArguments).map {
                    Lineage(
                        key: $0["key"] ?? "", fileId: $0["fileId"], file: $0["originalName"], flow: $0["flow"],
                        attempt: $0["attempt"], trigger: $0["trigger"], reason: Engine.storedText($0["reason"]), receivedAt: $0["receivedAt"],
                        outcome: $0["outcome"], detail: Engine.storedText($0["detail"]),
                        outputs: JSONText.decode([String].self, $0["outputsJSON"]) ?? [], notes: StoredNotes.decode($0["detail"]))
                }
            }
            return (Array(entries), lineage)
        }
    }

    func contents() throws -> LedgerContents {
        try read { db in
            let duplicates = try Row.fetchAll(
                db,
                sql: """
                    SELECT target, kind, key, event, generation, COUNT(*) AS n FROM export WHERE state = 'done'
                    GROUP BY target, kind, key, event, generation HAVING COUNT(*) > 1
                    """)
            return LedgerContents(
                files: try FileRecord.order(Column("id")).fetchAll(db),
                attempts: try AttemptRecord.order(Column("fileId"), Column("number")).fetchAll(db),
                exports: try ExportRecord.order(Column("id")).fetchAll(db),
                duplicates: duplicates.map {
                    DuplicateExport(
                        target: $0["target"] ?? "?", kind: $0["kind"] ?? "?", key: $0["key"] ?? "?", event: $0["event"] ?? "?",
                        generation: $0["generation"] ?? 0, count: $0["n"] ?? 0)
                })
        }
    }

    func withFileHistories(fileIds: [Int64], _ body: (Int64, FileHistory) throws -> Void) throws {
        try read { db in
            for fileId in fileIds { try body(fileId, Self.history(db, fileId: fileId)) }
        }
    }

    /// What the status record of `fileId` holds, its documents read as they are asked for.
    private static func history(_ db: Database, fileId: Int64) throws -> FileHistory {
        let file = try Self.file(db, id: fileId)
        let attempts = try AttemptRecord.fetchAll(db.cachedStatement(sql: HotQuery.attemptsOfFile), arguments: [fileId])
        var counts: [Int: [String: Int]] = [:]
        for attempt in attempts.dropLast() {
            let rows = try Row.fetchAll(db.cachedStatement(sql: HotQuery.documentCounts), arguments: [fileId, attempt.number])
            counts[attempt.number] = Dictionary(uniqueKeysWithValues: rows.map { ($0["outcome"] as String? ?? "?", $0["n"] as Int? ?? 0) })
        }
        let cursor = try DocumentRecord.fetchCursor(
            db.cachedStatement(sql: HotQuery.documentsOfAttempt), arguments: [fileId, file?.attempt ?? 0])
        let resolution = try ActivityRecord.fetchOne(db.cachedStatement(sql: HotQuery.lastResolution), arguments: [fileId])
        let acknowledgements = try ActivityRecord.fetchAll(
            db.cachedStatement(sql: HotQuery.acknowledgements), arguments: [fileId, (attempts.last?.startedAt ?? .distantPast).ledgerText])
        return FileHistory(
            file: file, attempts: attempts, earlierCounts: counts, nextDocument: { try cursor.next() }, resolution: resolution,
            acknowledgements: acknowledgements)
    }

    var masterData: any MasterData { LedgerMasterData(reader: pool) }

    /// The catalog and party registry copied into memory, for a dry run's rules (which may
    /// record master data without touching the ledger).
    func masterDataCopy() throws -> DatabaseQueue {
        let copy = try DatabaseQueue()
        try copy.write { db in try MasterDataSchema.create(db) }
        try read { source in
            for table in ["catalogArticle", "party", "partyIdentifier", "partyTarget"] {
                let rows = try Row.fetchCursor(source, sql: "SELECT * FROM \(table)")
                try copy.write { db in
                    while let row = try rows.next() {
                        let columns = Array(row.columnNames)
                        try db.execute(
                            sql: "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))",
                            arguments: StatementArguments(Array(row.databaseValues)))
                    }
                }
            }
        }
        return copy
    }
}

extension KeyFilter {
    /// The last part of a key (after its last `/`; the whole key without one), as an SQL
    /// expression. The ledger indexes `document` and `activity` by this expression of
    /// `key` (migration v9), so the last parts of a key are found without a scan.
    static func tail(_ value: String) -> String {
        "substr(\(value), length(rtrim(\(value), replace(\(value), '/', ''))) + 1)"
    }

    /// The condition on `column`, with `?` for `arguments`. An exact key is a lookup of the
    /// key index or of the last-part index (LedgerQueryPlanTests).
    func sql(_ column: String) -> String {
        switch self {
        case .exact:
            "(\(column) = ? OR (\(Self.tail(column)) = \(Self.tail("?")) AND substr(\(column), -length(?) - 1) = '/' || ?))"
        case .pattern: "(\(column) GLOB ? OR \(column) GLOB '*/' || ?)"
        }
    }

    var arguments: StatementArguments {
        switch self {
        case .exact(let key): [key, key, key, key, key, key]
        case .pattern(let pattern): [pattern, pattern]
        }
    }
}
