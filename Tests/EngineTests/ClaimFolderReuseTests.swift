import Configuration
import Foundation
import SharedFiles
import Testing

@testable import Engine

/// A finished claim's emptied folder is kept and renamed to the next claim's token (a rename
/// instead of a new folder), never carrying anything into that claim; after a kill, a kept
/// folder is an empty claim folder, which adoption removes.
@Suite struct ClaimFolderReuseTests {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-reuse-" + UUID().uuidString).path
    let flow = FlowConfig(name: "orders", kind: "order")
    var root: String { base + "/root" }
    var inbox: String { root + "/inbox/orders" }

    func inode(_ path: String) -> UInt64? {
        var info = stat()
        return lstat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    @Test func aFinishedClaimsFolderIsTheNextClaimsFolder() throws {
        defer { try? FileManager.default.removeItem(atPath: base) }
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        let claimer = Claimer(layout: RootLayout(root: root), owner: try OwnerLock(stateDirectory: root + "/.ferry"))
        for name in ["a.json", "b.json", "c.json"] { try TestFile.write("{}", to: inbox + "/" + name) }

        let first = try #require(try claimer.claim("a.json", marker: nil, in: flow))
        let folder = try #require(inode(first.directory))
        try TestFile.write("left over", to: first.directory + "/.leftover")
        claimer.finish(first)
        // Kept, emptied, under its claim's name until the next claim takes it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: first.directory).isEmpty)

        let second = try #require(try claimer.claim("b.json", marker: nil, in: flow))
        #expect(second.token != first.token)
        #expect(inode(second.directory) == folder, "the emptied folder, renamed")
        #expect(!FileManager.default.fileExists(atPath: first.directory))
        #expect(try FileManager.default.contentsOfDirectory(atPath: second.directory) == ["b.json"], "nothing carried over")
        let mode = try FileManager.default.attributesOfItem(atPath: second.directory)[.posixPermissions] as? Int
        #expect(mode == 0o700)

        // A kept folder removed meanwhile: the next claim makes a folder of its own.
        claimer.finish(second)
        try FileManager.default.removeItem(atPath: second.directory)
        let third = try #require(try claimer.claim("c.json", marker: nil, in: flow))
        #expect(try FileManager.default.contentsOfDirectory(atPath: third.directory) == ["c.json"])
        claimer.finish(third)

        // On a clean exit the kept folders go, so the owner's folder can go too.
        claimer.removeSpares()
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/inbox/orders/.ferry-work/" + claimer.owner.token).isEmpty)
    }

    @Test func aKeptFolderOfAKilledProcessIsRemovedByWhoeverAdoptsItsClaims() throws {
        defer { try? FileManager.default.removeItem(atPath: base) }
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        try TestFile.write("{}", to: inbox + "/a.json")
        // The "killed" process: a lock released without a clean exit.
        var dead: OwnerLock? = try OwnerLock(stateDirectory: root + "/.ferry")
        let kept: String
        do {
            let claimer = Claimer(layout: RootLayout(root: root), owner: try #require(dead))
            let claim = try #require(try claimer.claim("a.json", marker: nil, in: flow))
            try FileManager.default.moveItem(atPath: claim.path, toPath: base + "/archived.json")
            claimer.finish(claim)
            kept = claim.directory
        }
        #expect(FileManager.default.fileExists(atPath: kept))
        dead = nil
        let heir = Claimer(layout: RootLayout(root: root), owner: try OwnerLock(stateDirectory: root + "/.ferry"))
        #expect(try heir.adoptOrphans(in: flow, includeOwn: true).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: inbox + "/.ferry-work").allSatisfy { $0 == heir.owner.token })
    }
}
