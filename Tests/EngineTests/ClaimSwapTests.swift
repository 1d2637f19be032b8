import Configuration
import Foundation
import SharedFiles
import Testing

@testable import Engine

/// A file sighted in the inbox and then swapped before the claim (for a symlink to outside the
/// root, or for another file) is not taken: what the claim moved goes back to the inbox.
@Suite struct ClaimSwapTests {
    struct Fixture {
        let root: String
        let outside: String
        let claimer: Claimer
        let flow = FlowConfig(name: "orders", kind: "order")
        var inbox: String { root + "/inbox/orders" }

        init() throws {
            let base = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-swap-" + UUID().uuidString).path
            root = base + "/root"
            outside = base + "/elsewhere"
            try FileManager.default.createDirectory(atPath: root + "/inbox/orders", withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
            try TestFile.write("secret", to: outside + "/secret.json")
            claimer = Claimer(layout: RootLayout(root: root), owner: try OwnerLock(stateDirectory: root + "/.ferry"))
        }

        func remove() { try? FileManager.default.removeItem(atPath: (root as NSString).deletingLastPathComponent) }
    }

    @Test func aFileSwappedForASymlinkToOutsideTheRootIsNotRead() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let path = fixture.inbox + "/x.json"
        try TestFile.write("{}", to: path)
        let sighted = FileStat(path: path)
        // The swap: `ln -s /elsewhere/secret.json .l && mv -T .l x.json`.
        try FileManager.default.createSymbolicLink(atPath: fixture.inbox + "/.l", withDestinationPath: fixture.outside + "/secret.json")
        #expect(rename(fixture.inbox + "/.l", path) == 0)

        #expect(try fixture.claimer.claim("x.json", marker: nil, in: fixture.flow, sighted: sighted) == nil)
        #expect(FileStat(path: path)?.isSymlink == true, "the link went back to the inbox, unread")
        let work = fixture.root + "/inbox/orders/.ferry-work"
        let copies = (FileManager.default.enumerator(atPath: work)?.allObjects as? [String] ?? []).filter { $0.hasSuffix("x.json") }
        #expect(copies.isEmpty, "no copy of the secret in the work folder: \(copies)")
    }

    @Test func aFileSwappedForAnotherFileIsNotTaken() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let path = fixture.inbox + "/x.json"
        try TestFile.write("{\"a\": 1}", to: path)
        let sighted = FileStat(path: path)
        try TestFile.write("{\"b\": 2}", to: fixture.inbox + "/.new")
        #expect(rename(fixture.inbox + "/.new", path) == 0)
        #expect(try fixture.claimer.claim("x.json", marker: nil, in: fixture.flow, sighted: sighted) == nil)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func aSymlinkWithinTheRootIsTakenAsACopy() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try FileManager.default.createDirectory(atPath: fixture.root + "/shared", withIntermediateDirectories: true)
        try TestFile.write("{}", to: fixture.root + "/shared/o.json")
        try FileManager.default.createSymbolicLink(atPath: fixture.inbox + "/o.json", withDestinationPath: fixture.root + "/shared/o.json")
        let sighted = FileStat(path: fixture.root + "/shared/o.json")
        let claim = try #require(try fixture.claimer.claim("o.json", marker: nil, in: fixture.flow, sighted: sighted))
        #expect(FileStat(path: claim.path)?.isRegular == true)
    }
}
