import Foundation
import GRDB
import Glibc

/// Finishes what stopped Ferry processes left half done. Runs before each pass.
///
/// `includeOwn`: at the start of a pass this process has nothing in flight, so its own
/// leftovers (from a pass an environment error stopped) are finished like a dead one's.
struct Recovery {
    let context: EngineContext
    var includeOwn = false

    /// Renames a payload's temporary file to its final name without replacing anything;
    /// when the name is taken, uses the next free `~N` name. Returns the final path.
    static func place(tempPath: String, finalPath: String) throws -> String {
        var candidate = finalPath
        var attempt = 1
        while true {
            if try FileIO.renameNoReplace(tempPath, candidate) { return candidate }
            attempt += 1
            let folder = (finalPath as NSString).deletingLastPathComponent
            candidate = folder + "/" + OutputNaming.alternative((finalPath as NSString).lastPathComponent, attempt: attempt)
        }
    }

    /// Ferry's copy of a payload waits beside its final place, under the outbox temporary
    /// file's name, until the intent commits.
    static func copyTemp(of export: ExportRecord, in layout: RootLayout) -> String {
        let folder = (layout.resolve(export.copyPath) as NSString).deletingLastPathComponent
        return folder + "/" + (export.tempPath as NSString).lastPathComponent
    }

    func isStale(_ owner: String?) -> Bool {
        guard let owner else { return true }
        return (includeOwn && owner == context.owner.token) || context.owner.isDead(owner)
    }

    /// Completes every pending export whose owner is gone: its temporary file still there
    /// means the rename did not happen (do it now); gone means it did (or the partner
    /// already took the file). Either way the export is done exactly once.
    func completePendingExports() throws {
        let pending = try context.ledger.read { db in
            try ExportRecord.filter(Column("state") == ExportRecord.State.pending.rawValue).fetchAll(db)
        }
        var handled = Set<String>()
        for export in pending where isStale(export.owner) && handled.insert(export.tempPath).inserted {
            // Take the intent over first, so of several live processes only one finishes it.
            let taken = try context.ledger.write { db -> Bool in
                try db.execute(
                    sql: "UPDATE export SET owner = ? WHERE tempPath = ? AND state = 'pending' AND owner = ?",
                    arguments: [context.owner.token, export.tempPath, export.owner])
                return db.changesCount > 0
            }
            guard taken else { continue }
            var finalPath = context.layout.resolve(export.outputPath)
            let folder = (finalPath as NSString).deletingLastPathComponent
            if FileIO.exists(export.tempPath) {
                try FileIO.makeDirectories(folder)
                do {
                    finalPath = try Recovery.place(tempPath: export.tempPath, finalPath: finalPath)
                } catch let failure as IOFailure where failure.errno == ENOENT {
                    // Renamed in the meantime: the rename happened.
                }
                try FileIO.syncDirectory(folder)
            }
            let copy = context.layout.resolve(export.copyPath)
            let copyTemp = Recovery.copyTemp(of: export, in: context.layout)
            if FileIO.exists(copyTemp) {
                try FileIO.rename(copyTemp, copy)
                try FileIO.syncDirectory((copy as NSString).deletingLastPathComponent)
            }
            try context.ledger.write { db in
                // Every intent sharing this temporary file (a per-input-file delivery) at once.
                try db.execute(
                    sql: "UPDATE export SET state = 'done', exportedAt = ?, outputPath = ?, tempPath = '' WHERE tempPath = ? AND state = 'pending'",
                    arguments: [context.now(), context.layout.relative(finalPath), export.tempPath])
                try Activity.log(
                    db, at: context.now(), flow: nil, fileId: export.fileId, action: "recovered", key: export.key,
                    detail: "completed export interrupted by a stopped process: \(context.layout.relative(finalPath))")
            }
        }
    }

    /// Removes hidden temporary files that stopped processes wrote but never recorded an
    /// intent for: in the outboxes and in today's and yesterday's payload-copy folders.
    func removeOrphanTemporaries(outboxes: [String], flows: [String]) throws {
        let referenced = try context.ledger.read { db in
            let pending = try ExportRecord.filter(Column("state") == ExportRecord.State.pending.rawValue).fetchAll(db)
            return Set(pending.flatMap { export in
                [export.tempPath, Recovery.copyTemp(of: export, in: context.layout)]
            })
        }
        var folders = outboxes
        for flow in flows {
            for day in [context.now(), context.now().addingTimeInterval(-86_400)] {
                let payloads = context.layout.archiveDirectory(flow: flow, day: day) + "/" + RootLayout.payloadCopiesFolder
                folders += FileIO.list(payloads).map { payloads + "/" + $0 }
            }
        }
        for folder in folders {
            for name in FileIO.list(folder) where name.hasPrefix(".") && name.hasSuffix(".tmp") {
                let parts = name.split(separator: ".")
                guard parts.count >= 3 else { continue }
                let owner = String(parts[parts.count - 2])
                let path = folder + "/" + name
                guard owner.hasPrefix("p"), isStale(owner), !referenced.contains(path) else {
                    continue
                }
                FileIO.remove(path)
            }
        }
    }
}

/// Writes activity log entries.
enum Activity {
    static func log(
        _ db: Database, at: Date, flow: String?, fileId: Int64?, action: String, key: String? = nil, detail: String
    ) throws {
        var entry = ActivityRecord(id: nil, at: at, flow: flow, fileId: fileId, action: action, key: key, detail: detail)
        try entry.insert(db)
    }
}
