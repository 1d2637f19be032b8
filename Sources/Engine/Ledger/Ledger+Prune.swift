import Foundation
import GRDB

/// An archived file `ferry prune` removes: its input, status record, marker and corrected copies.
struct PruneFile: Sendable {
    var id: Int64
    var flow: String
    /// Relative to the root: the archived input, its marker and every corrected copy an attempt read.
    var paths: [String]
}

/// A payload copy `ferry prune` removes.
struct PruneCopy: Sendable {
    var exportId: Int64
    var path: String
}

/// The retention operations of the ledger (`Engine.prune`). Each batch is bounded, chosen by
/// keyset (`after` an id), so a prune of millions of rows holds one batch in memory.
protocol PruneLedger: Sendable {
    /// Archived files processed before `cutoff`, not yet pruned, not failures awaiting an
    /// operator, with ids above `after`, in id order.
    func pruneCandidates(before cutoff: Date, after: Int64, limit: Int) throws -> [PruneFile]
    /// Files whose prune was decided but not finished (a prune was stopped), with ids above `after`.
    func interruptedPrunes(after: Int64, limit: Int) throws -> [PruneFile]
    /// Step 1: the files are being pruned (the console and `check --ledger` treat them as pruned from now on).
    /// Returns the ids marked: a file a reprocess took meanwhile (no longer `archived`) is left alone.
    func markPruning(_ ids: [Int64], at date: Date) throws -> [Int64]
    /// Step 3: the files are pruned; their documents' rows are compacted away (the exports,
    /// the exactly-once units, stay).
    func finishPruning(_ ids: [Int64]) throws
    /// Done exports whose payload copy was written before `cutoff` and is not yet removed.
    func copyCandidates(before cutoff: Date, after: Int64, limit: Int) throws -> [PruneCopy]
    func markCopiesPruned(_ exportIds: [Int64], at date: Date) throws
    /// Whether `ferry prune` removed (or is removing) the file's archived input.
    func isPruned(fileId: Int64) throws -> Bool
    /// Ids of files pruned or being pruned, and of exports whose copy was pruned (for `check --ledger`).
    func prunedIds() throws -> (files: Set<Int64>, copies: Set<Int64>)
}

extension Ledger: PruneLedger {
    func pruneCandidates(before cutoff: Date, after: Int64, limit: Int) throws -> [PruneFile] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, flow, archivePath, markerPath FROM file NOT INDEXED
                    WHERE id > ? AND state = 'archived' AND pruned IS NULL AND processedAt < ? AND archivePath IS NOT NULL
                      AND NOT (outcome IN ('failed', 'partial') AND resolvedAt IS NULL)
                    ORDER BY id LIMIT ?
                    """,
                arguments: [after, cutoff, limit])
            return try rows.map { try Self.pruneFile($0, db) }
        }
    }

    func interruptedPrunes(after: Int64, limit: Int) throws -> [PruneFile] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT id, flow, archivePath, markerPath FROM file WHERE pruned = 'pruning' AND id > ? ORDER BY id LIMIT ?",
                arguments: [after, limit])
            return try rows.map { try Self.pruneFile($0, db) }
        }
    }

    private static func pruneFile(_ row: Row, _ db: Database) throws -> PruneFile {
        let id: Int64 = row["id"]
        var paths: [String] = []
        if let archive = row["archivePath"] as String? { paths += [archive, archive + ".status.json"] }
        if let marker = row["markerPath"] as String? { paths.append(marker) }
        paths += try String.fetchAll(
            db, sql: "SELECT DISTINCT inputPath FROM attempt WHERE fileId = ? AND inputPath IS NOT NULL", arguments: [id])
        var seen: Set<String> = []
        return PruneFile(id: id, flow: row["flow"], paths: paths.filter { seen.insert($0).inserted })
    }

    func markPruning(_ ids: [Int64], at date: Date) throws -> [Int64] {
        guard !ids.isEmpty else { return [] }
        return try write { db in
            let condition = "pruned IS NULL AND state = 'archived' AND id IN (\(Self.list(ids)))"
            let marked = try Int64.fetchAll(db, sql: "SELECT id FROM file WHERE \(condition)")
            try db.execute(sql: "UPDATE file SET pruned = 'pruning', prunedAt = ? WHERE \(condition)", arguments: [date])
            return marked
        }
    }

    func finishPruning(_ ids: [Int64]) throws {
        guard !ids.isEmpty else { return }
        try write { db in
            try db.execute(sql: "DELETE FROM document WHERE fileId IN (\(Self.list(ids)))")
            try db.execute(sql: "UPDATE file SET pruned = 'pruned' WHERE id IN (\(Self.list(ids)))")
        }
    }

    func copyCandidates(before cutoff: Date, after: Int64, limit: Int) throws -> [PruneCopy] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, copyPath FROM export NOT INDEXED
                    WHERE id > ? AND state = 'done' AND copyPrunedAt IS NULL AND exportedAt < ? AND copyPath != ''
                    ORDER BY id LIMIT ?
                    """,
                arguments: [after, cutoff, limit]
            ).map { PruneCopy(exportId: $0["id"], path: $0["copyPath"]) }
        }
    }

    func markCopiesPruned(_ exportIds: [Int64], at date: Date) throws {
        guard !exportIds.isEmpty else { return }
        try write { db in
            try db.execute(sql: "UPDATE export SET copyPrunedAt = ? WHERE id IN (\(Self.list(exportIds)))", arguments: [date])
        }
    }

    func isPruned(fileId: Int64) throws -> Bool {
        try read { db in try String.fetchOne(db, sql: "SELECT pruned FROM file WHERE id = ?", arguments: [fileId]) != nil }
    }

    func prunedIds() throws -> (files: Set<Int64>, copies: Set<Int64>) {
        try read { db in
            (
                Set(try Int64.fetchAll(db, sql: "SELECT id FROM file WHERE pruned IS NOT NULL")),
                Set(try Int64.fetchAll(db, sql: "SELECT id FROM export WHERE copyPrunedAt IS NOT NULL"))
            )
        }
    }

    /// Ids as SQL text: integers only, never user text.
    private static func list(_ ids: [Int64]) -> String { ids.map(String.init).joined(separator: ",") }
}
