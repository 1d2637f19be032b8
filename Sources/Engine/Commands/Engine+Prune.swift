import Configuration
import Foundation
import Glibc

/// What `ferry prune` removed (or, with `--dry-run`, would remove).
public struct PruneReport: Sendable, Codable {
    public var dryRun: Bool
    /// Archived files whose input, status record, marker and corrected copies were removed.
    public var files = 0
    /// Ferry's payload copies removed.
    public var payloadCopies = 0
    /// Bytes freed (counted before each removal).
    public var bytes: Int64 = 0
    /// Prunes a stopped `ferry prune` had begun, finished by this one.
    public var resumed = 0
    /// Cut-offs applied (UTC): files processed, payloads exported before them. `nil`: not configured.
    public var archiveBefore: Date?
    public var payloadCopiesBefore: Date?
}

extension Engine {
    /// Rows per batch: one batch of paths is held in memory at a time.
    static let pruneBatch = 256

    /// Keyset paging (bounded memory): `fetch` gets the rows after a key, `body` takes each
    /// non-empty batch in turn, until a batch is empty.
    static func inBatches<Row>(
        _ fetch: (Int64) throws -> [Row], key: (Row) -> Int64, _ body: ([Row]) throws -> Void
    ) throws {
        var after: Int64 = 0
        while true {
            let batch = try fetch(after)
            guard let last = batch.last else { return }
            after = key(last)
            try body(batch)
        }
    }

    /// Removes what `retention:` no longer keeps: archived inputs with their status records,
    /// markers and corrected copies (files processed longer ago than `archive:`, except
    /// failures still awaiting an operator), and Ferry's payload copies (exported longer ago
    /// than `payload-copies:`). The ledger keeps every file row and every export (the
    /// exactly-once units) forever; a pruned file's document rows are compacted away.
    ///
    /// Crash-safe, in three steps per batch: (1) the ledger marks the files `pruning`, (2) their
    /// files are removed and the folders synced, (3) the ledger marks them `pruned` and drops
    /// their document rows. A prune stopped anywhere is finished by the next one (removing a
    /// file that is already gone is not an error). Payload copies are removed first and marked
    /// after: a stop in between removes the rest next time.
    public func prune(dryRun: Bool) throws -> PruneReport {
        var report = PruneReport(dryRun: dryRun)
        guard let ledger = context.ledger as? any PruneLedger else { return report }
        let retention = context.config.retention
        let now = context.now()
        if !dryRun {
            try Self.inBatches({ try ledger.interruptedPrunes(after: $0, limit: Self.pruneBatch) }, key: \.id) { batch in
                report.bytes += try removeFiles(batch)
                try ledger.finishPruning(batch.map(\.id))
                report.resumed += batch.count
            }
        }
        if let archive = retention.archive {
            let cutoff = now.addingTimeInterval(-archive)
            report.archiveBefore = cutoff
            try Self.inBatches({ try ledger.pruneCandidates(before: cutoff, after: $0, limit: Self.pruneBatch) }, key: \.id) { batch in
                report.files += batch.count
                if dryRun {
                    report.bytes += batch.flatMap(\.paths).reduce(0) { $0 + size(of: $1) }
                    return
                }
                let marked = Set(try ledger.markPruning(batch.map(\.id), at: now))
                let taken = batch.filter { marked.contains($0.id) }
                report.files -= batch.count - taken.count
                try context.faults.hit(.afterPruneMark)
                report.bytes += try removeFiles(taken)
                try context.faults.hit(.afterPruneRemove)
                try ledger.finishPruning(taken.map(\.id))
            }
        }
        if let copies = retention.payloadCopies {
            let cutoff = now.addingTimeInterval(-copies)
            report.payloadCopiesBefore = cutoff
            try Self.inBatches({ try ledger.copyCandidates(before: cutoff, after: $0, limit: Self.pruneBatch) }, key: \.exportId) { batch in
                report.payloadCopies += batch.count
                if dryRun {
                    report.bytes += batch.reduce(0) { $0 + size(of: $1.path) }
                    return
                }
                report.bytes += try remove(batch.map(\.path))
                try context.faults.hit(.afterPruneCopies)
                try ledger.markCopiesPruned(batch.map(\.exportId), at: now)
            }
        }
        if !dryRun, report.files + report.payloadCopies + report.resumed > 0 {
            try? context.ledger.logActivity(
                ActivityEntry(
                    at: now, flow: nil, fileId: nil, action: "pruned",
                    detail: "\(report.files) files, \(report.payloadCopies) payload copies, \(report.bytes) bytes"))
        }
        return report
    }

    private func removeFiles(_ batch: [PruneFile]) throws -> Int64 {
        try remove(batch.flatMap(\.paths))
    }

    /// Removes each path under the archive (never anything outside it), syncs the folders,
    /// and removes the folders left empty up to `archive/<flow>`. Returns the bytes removed.
    private func remove(_ paths: [String]) throws -> Int64 {
        let archive = context.layout.resolve("archive")
        var bytes: Int64 = 0
        var folders: Set<String> = []
        for path in paths {
            let full = context.layout.resolve(path)
            guard full.hasPrefix(archive + "/"), !full.contains("/../") else { continue }
            bytes += size(of: path)
            if unlink(full) != 0 && errno != ENOENT { throw IOFailure("remove", full) }
            folders.insert(PathText.folder(of: full))
        }
        for folder in folders where FileIO.exists(folder) { try FileIO.syncDirectory(folder) }
        // Empty day, month, year and payload folders go too (rmdir refuses a folder with anything in it).
        for folder in folders.sorted(by: >) {
            var current = folder
            while current.hasPrefix(archive + "/"), current.split(separator: "/").count > archive.split(separator: "/").count + 1 {
                guard rmdir(current) == 0 else { break }
                current = PathText.folder(of: current)
            }
        }
        return bytes
    }

    private func size(of path: String) -> Int64 {
        var info = stat()
        guard stat(context.layout.resolve(path), &info) == 0 else { return 0 }
        return Int64(info.st_size)
    }
}
