import Foundation
import GRDB
import Glibc

/// Moves processed inputs into `archive/<flow>/yyyy/mm/dd/` with their status records.
struct Archiver {
    let context: EngineContext
    /// Longest archived name; longer names are shortened (the original stays in the record).
    static let maxNameBytes = 200

    /// A free archive path for `name` on `day`: `name`, then `name~2`, ...
    func destination(flow: String, name: String, day: Date) throws -> String {
        let folder = context.layout.archiveDirectory(flow: flow, day: day)
        try FileIO.makeDirectories(folder)
        var base = name
        if base.utf8.count > Self.maxNameBytes {
            let ext = (name as NSString).pathExtension
            let digest = FileIO.sha256(Array(name.utf8)).prefix(8)
            let keep = String(name.utf8.prefix(Self.maxNameBytes - 20)) ?? String(name.prefix(100))
            base = keep + "-" + digest + (ext.isEmpty || ext.utf8.count > 10 ? "" : "." + ext)
        }
        var candidate = base
        var attempt = 1
        let taken = { (path: String) -> Bool in
            FileIO.exists(path) || FileIO.exists(path + ".status.json")
        }
        while taken(folder + "/" + candidate) {
            attempt += 1
            candidate = OutputNaming.alternative(base, attempt: attempt)
        }
        return folder + "/" + candidate
    }

    /// Moves the claimed input (and marker) to `archivePath`, writes the status record,
    /// and marks the file archived.
    func archive(_ claim: Claim, fileId: Int64, archivePath: String) throws {
        if FileIO.exists(claim.path) {
            if !(try FileIO.renameNoReplace(claim.path, archivePath)) {
                throw IOFailure("archive", archivePath, errno: EEXIST)
            }
        }
        if let marker = claim.markerPath, let suffix = claim.markerName?.dropFirst(claim.name.count), FileIO.exists(marker) {
            _ = try FileIO.renameNoReplace(marker, archivePath + suffix)
        }
        try context.faults.hit(.afterArchiveMove)
        try StatusRecordWriter(context: context).write(fileId: fileId)
        try FileIO.syncDirectory((archivePath as NSString).deletingLastPathComponent)
        try context.faults.hit(.afterStatusRecord)
        try context.ledger.write { db in
            try db.execute(sql: "UPDATE file SET state = 'archived', owner = NULL WHERE id = ?", arguments: [fileId])
        }
    }
}
