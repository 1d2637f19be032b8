import Configuration
import Foundation
import Glibc

/// A file taken out of the inbox by an atomic rename into this process's work folder.
public struct Claim: Sendable {
    public var flow: FlowConfig
    /// `inbox/<flow>/.ferry-work/<owner>/<token>/`
    public var directory: String
    public var token: String
    public var name: String
    /// Marker file moved in with it, if any.
    public var markerName: String?

    public var path: String { directory + "/" + name }
    public var markerPath: String? { markerName.map { directory + "/" + $0 } }
}

/// Claims inbox files and takes over the claims of dead processes.
struct Claimer {
    let layout: RootLayout
    let owner: OwnerLock

    private func ownerDirectory(_ flow: FlowConfig) -> String {
        layout.workDirectory(flow) + "/" + owner.token
    }

    /// Moves `name` (and its marker) from the inbox into a fresh claim folder.
    /// Returns nil when another process took it first.
    func claim(_ name: String, marker: String?, in flow: FlowConfig) throws -> Claim? {
        let token = UUID().uuidString.lowercased()
        let directory = ownerDirectory(flow) + "/" + token
        try FileIO.makeDirectories(directory)
        let source = layout.inbox(flow) + "/" + name
        if Glibc.rename(source, directory + "/" + name) != 0 {
            let failure = IOFailure("claim", source)
            rmdir(directory)
            if failure.errno == ENOENT { return nil }
            throw failure
        }
        var markerName: String?
        if let marker, Glibc.rename(layout.inbox(flow) + "/" + marker, directory + "/" + marker) == 0 {
            markerName = marker
        }
        return Claim(flow: flow, directory: directory, token: token, name: name, markerName: markerName)
    }

    /// Takes over claim folders whose owner process is gone, by renaming them into ours.
    func adoptOrphans(in flow: FlowConfig) throws -> [Claim] {
        let work = layout.workDirectory(flow)
        var adopted: [Claim] = []
        for other in FileIO.list(work) where other != owner.token && owner.isDead(other) {
            for token in FileIO.list(work + "/" + other) {
                let mine = ownerDirectory(flow)
                try FileIO.makeDirectories(mine)
                guard Glibc.rename(work + "/" + other + "/" + token, mine + "/" + token) == 0 else { continue }
                let entries = FileIO.list(mine + "/" + token)
                let markers = Set(flow.pickup.markerSuffixes)
                let inputs = entries.filter { entry in !markers.contains { entry.hasSuffix($0) && entries.contains(String(entry.dropLast($0.count))) } }
                guard let name = inputs.first else {
                    rmdir(mine + "/" + token)
                    continue
                }
                let marker = entries.first { $0 != name }
                adopted.append(Claim(flow: flow, directory: mine + "/" + token, token: token, name: name, markerName: marker))
            }
            rmdir(work + "/" + other)
            owner.forget(other)
        }
        return adopted
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

    /// Removes an emptied claim folder.
    func finish(_ claim: Claim) {
        for entry in FileIO.list(claim.directory) { unlink(claim.directory + "/" + entry) }
        rmdir(claim.directory)
    }
}
