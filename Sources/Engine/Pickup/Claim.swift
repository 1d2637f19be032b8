import Configuration
import Foundation
import Glibc
import Synchronization

/// A file taken out of the inbox by an atomic rename into this process's work folder.
public struct Claim: Sendable {
    public var flow: FlowConfig
    /// `inbox/<flow>/.ferry-work/<owner>/<token>/`
    public var directory: String
    public var token: String
    /// The input's name; for a lone marker (its input already archived), the marker's name.
    public var name: String
    /// Marker file moved in with it, if any.
    public var markerName: String?
    /// Only a marker is left: a stopped process archived the input but not yet its marker.
    public var isLoneMarker = false

    public var path: String { directory + "/" + name }
    public var markerPath: String? { markerName.map { directory + "/" + $0 } }
    /// Where its marker goes when the input is archived at `archivePath` (the same suffix).
    func archivedMarker(at archivePath: String) -> String? { markerName.map { archivePath + $0.dropFirst(name.count) } }
}

/// Claims inbox files and takes over the claims of dead processes.
struct Claimer: Sendable {
    let layout: RootLayout
    let owner: OwnerLock
    /// This process's emptied claim folders, kept for its next claims.
    let spares = SpareClaimFolders()

    private func ownerDirectory(_ flow: FlowConfig) -> String {
        layout.workDirectory(flow) + "/" + owner.token
    }

    /// Moves `name` (and then its marker) from the inbox into a fresh claim folder (mode
    /// 0700: no other user can swap what is in it). Returns nil when another process took it
    /// first, or when what was moved is not what the scan saw: a file swapped for another
    /// (a different inode than `sighted`), for a symlink to outside the root, or for anything
    /// but a regular file goes back to the inbox, where the next scan sights (or refuses) it
    /// afresh. A symbolic link within the root is replaced by a copy of what it points to, so
    /// the archive keeps the bytes that were processed.
    func claim(_ name: String, marker: String?, in flow: FlowConfig, sighted: FileStat? = nil) throws -> Claim? {
        let token = UUID().uuidString.lowercased()
        let directory = ownerDirectory(flow) + "/" + token
        // An emptied claim folder renamed to the new token is an empty claim folder as a fresh
        // one is (mode 0700), at a rename's cost instead of a new inode's.
        let reused = spares.take(in: ownerDirectory(flow)).map { Glibc.rename($0, directory) == 0 } ?? false
        if !reused {
            try FileIO.makeDirectories(directory)
            chmod(directory, 0o700)
        }
        let source = layout.inbox(flow) + "/" + name
        if Glibc.rename(source, directory + "/" + name) != 0 {
            let failure = IOFailure("claim", source)
            rmdir(directory)
            if failure.errno == ENOENT { return nil }
            throw failure
        }
        var claim = Claim(flow: flow, directory: directory, token: token, name: name, markerName: nil)
        if let marker, Glibc.rename(layout.inbox(flow) + "/" + marker, directory + "/" + marker) == 0 {
            claim.markerName = marker
        }
        guard let info = FileStat(path: claim.path) else {
            release(claim)
            return nil
        }
        if info.isSymlink {
            guard (try? FileIO.replaceLinkWithContents(claim.path, within: layout.root, linkedFrom: layout.inbox(flow))) != nil else {
                release(claim)
                return nil
            }
        } else if !info.isRegular || (sighted.map { !$0.isSymlink && $0.inode != info.inode } ?? false) {
            release(claim)
            return nil
        }
        return claim
    }

    /// Claim folders left by dead processes (renamed into ours, so one adopter wins) and,
    /// with `includeOwn`, this process's own leftovers from an interrupted pass.
    func adoptOrphans(in flow: FlowConfig, includeOwn: Bool) throws -> [Claim] {
        let work = layout.workDirectory(flow)
        let mine = ownerDirectory(flow)
        var adopted: [Claim] = []
        if includeOwn {
            for token in FileIO.list(mine) where !spares.isKept(mine + "/" + token) {
                if let claim = describe(mine + "/" + token, token: token, flow: flow) { adopted.append(claim) }
            }
        }
        for other in FileIO.list(work) where other != owner.token && owner.isDead(other) {
            for token in FileIO.list(work + "/" + other) {
                try FileIO.makeDirectories(mine)
                guard Glibc.rename(work + "/" + other + "/" + token, mine + "/" + token) == 0 else { continue }
                if let claim = describe(mine + "/" + token, token: token, flow: flow) { adopted.append(claim) }
            }
            rmdir(work + "/" + other)
            owner.forget(other)
        }
        // In the order the scan took them (oldest first): a stopped group leaves many claims,
        // and a later version of a document must not overtake an earlier one.
        return adopted.map { ($0, FileStat(path: $0.path)?.modifiedNanos ?? 0) }
            .sorted { ($0.1, $0.0.name) < ($1.1, $1.0.name) }
            .map(\.0)
    }

    /// What a claim folder holds: an input (with its marker), a lone marker, or nothing.
    private func describe(_ directory: String, token: String, flow: FlowConfig) -> Claim? {
        let entries = FileIO.list(directory).filter { !$0.hasPrefix(".") }.sorted()
        let suffixes = flow.pickup.markerMode ? flow.pickup.markerSuffixes : []
        func base(of entry: String) -> String? {
            suffixes.first { entry.hasSuffix($0) && entry.count > $0.count }.map { String(entry.dropLast($0.count)) }
        }
        let markers = entries.filter { entry in base(of: entry).map(entries.contains) ?? false }
        guard let only = entries.first(where: { !markers.contains($0) }) else {
            rmdir(directory)
            return nil
        }
        if base(of: only) != nil && markers.isEmpty && entries.count == 1 {
            return Claim(flow: flow, directory: directory, token: token, name: only, markerName: nil, isLoneMarker: true)
        }
        var claim = Claim(flow: flow, directory: directory, token: token, name: only, markerName: markers.first)
        // A stop between claiming the input and its marker leaves the marker in the inbox.
        if claim.markerName == nil,
            let marker = suffixes.map({ only + $0 }).first(where: { FileIO.exists(layout.inbox(flow) + "/" + $0) }),
            Glibc.rename(layout.inbox(flow) + "/" + marker, directory + "/" + marker) == 0
        {
            claim.markerName = marker
        }
        return claim
    }

    /// Puts a claimed file back into the inbox (the run was stopped by its environment).
    func release(_ claim: Claim) {
        let inbox = layout.inbox(claim.flow)
        _ = try? FileIO.renameNoReplace(claim.path, inbox + "/" + claim.name)
        if let marker = claim.markerName {
            _ = try? FileIO.renameNoReplace(claim.directory + "/" + marker, inbox + "/" + marker)
        }
        rmdir(claim.directory)
    }

    /// Empties a finished claim's folder and keeps it for a next claim (or removes it).
    func finish(_ claim: Claim) {
        // Nobody else writes into a claim folder (mode 0700, this process's own): every entry
        // listed and unlinked leaves it empty.
        let emptied = FileIO.list(claim.directory).reduce(true) { emptied, entry in
            unlink(claim.directory + "/" + entry) == 0 && emptied
        }
        if !emptied || !spares.keep(claim.directory) { rmdir(claim.directory) }
    }

    /// Removes the kept folders (on a clean exit, before the owner's folders go).
    func removeSpares() {
        for folder in spares.takeAll() { rmdir(folder) }
    }
}

/// Emptied claim folders of this process, at most 64, each under the name of the claim it
/// held. Such a folder is what a claim folder is between its `mkdir` and the rename of the
/// input into it: empty. After a kill, whoever adopts the owner's claims finds it empty and
/// removes it (`Claimer.describe`), exactly as after a kill at that point; a folder removed
/// meanwhile makes the next claim make one again.
final class SpareClaimFolders: Sendable {
    private let folders = Mutex<[String]>([])

    init() {}

    /// A kept folder under `parent` (an owner's folder of one flow), no longer kept.
    func take(in parent: String) -> String? {
        folders.withLock { list in
            guard let index = list.lastIndex(where: { PathText.folder(of: $0) == parent }) else { return nil }
            return list.remove(at: index)
        }
    }

    /// Keeps `folder`; false when 64 are kept already.
    func keep(_ folder: String) -> Bool {
        folders.withLock { list in
            guard list.count < 64 else { return false }
            list.append(folder)
            return true
        }
    }

    func isKept(_ folder: String) -> Bool {
        folders.withLock { $0.contains(folder) }
    }

    func takeAll() -> [String] {
        folders.withLock { list in
            defer { list.removeAll() }
            return list
        }
    }
}
