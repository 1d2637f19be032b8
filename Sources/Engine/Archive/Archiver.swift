import Foundation
import Glibc

/// Moves processed inputs into `archive/<flow>/yyyy/mm/dd/` with their status records.
struct Archiver {
    let context: EngineContext
    /// Longest archived name in bytes; longer names are shortened (the original stays in
    /// the record), leaving room for `~N` and `.status.json`.
    static let maxNameBytes = 200

    /// The archive path for `name` was taken by another file between choosing and moving.
    struct Collision: Error {}

    /// A free archive path for `name` on `day` — not on disk, not reserved in the ledger,
    /// not in `excluding`, not a name the archive gives its own files (the day's payload-copies
    /// folder, a status record): `name`, then `name~2`, ...
    func destination(flow: String, name: String, day: Date, excluding: Set<String> = []) throws -> String {
        let folder = context.layout.archiveDirectory(flow: flow, day: day)
        try FileIO.makeDirectories(folder)
        let base = Archiver.shortened(name)
        var candidate = base
        var attempt = 1
        while true {
            let path = folder + "/" + candidate
            let reserved = try context.ledger.isArchivePathTaken(context.layout.relative(path), includingAttemptInputs: false)
            let ownName = candidate == RootLayout.payloadCopiesFolder || candidate.hasSuffix(".status.json")
            if !ownName && !reserved && !excluding.contains(path) && !FileIO.exists(path) && !FileIO.exists(path + ".status.json") {
                return path
            }
            attempt += 1
            candidate = OutputNaming.alternative(base, attempt: attempt)
        }
    }

    /// `name` cut to `maxNameBytes` on a character boundary, with a hash of the whole name
    /// so that shortened names stay distinct, keeping a short extension.
    static func shortened(_ name: String) -> String {
        guard name.utf8.count > maxNameBytes else { return name }
        let ext = (name as NSString).pathExtension
        let keepExtension = !ext.isEmpty && ext.utf8.count <= 10
        let digest = String(FileIO.sha256(Array(name.utf8)).prefix(8))
        let budget = maxNameBytes - 9 - (keepExtension ? ext.utf8.count + 1 : 0)
        var stem = ""
        var bytes = 0
        for character in name {
            let size = String(character).utf8.count
            guard bytes + size <= budget else { break }
            stem.append(character)
            bytes += size
        }
        return stem + "-" + digest + (keepExtension ? "." + ext : "")
    }

    /// Reserves an archive path in the ledger (unique), moves the input there, and seals it
    /// (status record, folder sync, archived); another name is chosen if the path turns out
    /// to be taken. `preferred`: the path reserved before a stop. `seal: false` leaves the
    /// seal to the caller (`ExportGroup` seals a group of files at once).
    func archive(_ claim: Claim, _ file: inout FileRecord, preferred: String?, seal: Bool = true) throws {
        var tried = Set<String>()
        var candidate = preferred
        for _ in 0..<20 {
            let path = try candidate ?? destination(flow: file.flow, name: claim.name, day: context.now(), excluding: tried)
            candidate = nil
            tried.insert(path)
            let relative = context.layout.relative(path)
            guard let id = file.id else { return }
            if file.archivePath != relative {
                let marker = claim.archivedMarker(at: relative)
                guard try context.ledger.reserveArchivePath(fileId: id, archivePath: relative, markerPath: marker) else {
                    continue  // reserved by another file meanwhile
                }
                file.archivePath = relative
                file.markerPath = marker
            }
            do {
                try archive(claim, fileId: id, archivePath: path, seal: seal)
                context.claimer.finish(claim)
                return
            } catch is Collision {
                continue
            }
        }
        throw IOFailure("archive", claim.name, errno: EEXIST)
    }

    /// Moves the claimed input (and marker) to `archivePath` and seals it (unless `seal` is
    /// false: then the caller does).
    /// - Throws: `Collision` when another file already sits at `archivePath`.
    func archive(_ claim: Claim, fileId: Int64, archivePath: String, seal sealing: Bool = true) throws {
        if !claim.isLoneMarker, FileIO.exists(claim.path) {
            // The inbox and the archive may be on different file systems (a mounted share).
            if !(try FileIO.moveNoReplace(claim.path, archivePath, tag: context.owner.token)) { throw Collision() }
            // The sender's mode comes along with the move; the archive is never world-writable.
            if let info = FileStat(path: archivePath), info.mode & 0o002 != 0 {
                chmod(archivePath, mode_t(info.mode & ~0o002))
            }
        }
        if let marker = claim.isLoneMarker ? claim.path : claim.markerPath, FileIO.exists(marker) {
            let suffix = claim.flow.pickup.markerSuffixes.first { marker.hasSuffix($0) } ?? ".done"
            _ = try FileIO.moveNoReplace(marker, archivePath + suffix, tag: context.owner.token)
        }
        try context.faults.hit(.afterArchiveMove)
        if sealing { try seal(fileId: fileId, archivePath: archivePath) }
    }

    /// The end of every file's attempt, whichever command ran it (`run`, `watch`,
    /// `reprocess`, recovery) and once its input is in the archive: writes the status
    /// record, makes the archive folder's entries (input, marker, record) durable, and marks
    /// the file archived.
    func seal(fileId: Int64, archivePath: String) throws {
        try seal([(fileId, archivePath)])
    }

    /// `seal` for several files at once: every status record written under its hidden name,
    /// then all fsynced in a row and renamed into place, each archive folder fsynced once,
    /// then all marked archived in one transaction. Stopped before the last step, each file is
    /// `archiving` with its input archived: recovery seals it again
    /// (`Engine.finishInterruptedArchiving`).
    func seal(_ files: [(fileId: Int64, archivePath: String)]) throws {
        guard !files.isEmpty else { return }
        let writer = StatusRecordWriter(context: context)
        let written = try writer.writeUnsynced(fileIds: files.map(\.fileId))
        try FileIO.syncFiles(written.map(\.temp))
        for record in written { try FileIO.rename(record.temp, record.record) }
        try FileIO.syncDirectories(Set(files.map { PathText.folder(of: $0.archivePath) }))
        try context.faults.hit(.afterStatusRecord)
        try context.ledger.markArchived(fileIds: files.map(\.fileId))
    }
}
