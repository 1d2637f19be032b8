import Foundation
import GRDB
import Glibc

/// Finishes what dead Ferry processes left half done. Runs before each pass.
struct Recovery {
    let context: EngineContext

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

    /// Completes every pending export whose owner is gone: its temporary file still there
    /// means the rename did not happen (do it now); gone means it did (or the partner
    /// already took the file). Either way the export is done exactly once.
    func completePendingExports() throws {
        let pending = try context.ledger.read { db in
            try ExportRecord.filter(Column("state") == ExportRecord.State.pending.rawValue).fetchAll(db)
        }
        var handled = Set<String>()
        for export in pending where context.owner.isDead(export.owner) && handled.insert(export.tempPath).inserted {
            var finalPath = context.layout.resolve(export.outputPath)
            if FileIO.exists(export.tempPath) {
                try FileIO.makeDirectories((finalPath as NSString).deletingLastPathComponent)
                finalPath = try Recovery.place(tempPath: export.tempPath, finalPath: finalPath)
                try FileIO.syncDirectory((finalPath as NSString).deletingLastPathComponent)
            }
            try context.ledger.write { db in
                try db.execute(
                    // Every intent sharing this temporary file (a per-input-file delivery) at once.
                    sql: "UPDATE export SET state = 'done', exportedAt = ?, outputPath = ?, tempPath = '' WHERE tempPath = ? AND state = 'pending'",
                    arguments: [context.now(), context.layout.relative(finalPath), export.tempPath])
                try Activity.log(db, at: context.now(), flow: nil, fileId: export.fileId, action: "recovered", key: export.key,
                    detail: "completed export interrupted by a stopped process: \(context.layout.relative(finalPath))")
            }
        }
    }

    /// Removes hidden temporary payloads written by dead processes that never got an intent.
    func removeOrphanTemporaries(in folders: [String]) throws {
        let referenced = try context.ledger.read { db in
            Set(try String.fetchAll(db, sql: "SELECT tempPath FROM export WHERE state = 'pending'"))
        }
        for folder in folders {
            for name in FileIO.list(folder) where name.hasPrefix(".") && name.hasSuffix(".tmp") {
                let parts = name.split(separator: ".")
                guard parts.count >= 3 else { continue }
                let owner = String(parts[parts.count - 2])
                let path = folder + "/" + name
                if owner.hasPrefix("p"), context.owner.isDead(owner), !referenced.contains(path) {
                    FileIO.remove(path)
                }
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
