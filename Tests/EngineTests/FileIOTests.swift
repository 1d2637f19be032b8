import Foundation
import SharedFiles
import Testing

@testable import Engine

@Suite struct FileIOTests {
    func temporaryFolder() throws -> String { try TestFile.temporaryFolder("ferry-io") }

    @Test func renameNeverReplacesAnExistingFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileIO.writeNew(folder + "/a", Array("new".utf8))
        try FileIO.writeNew(folder + "/b", Array("partner's".utf8))
        #expect(try FileIO.renameNoReplace(folder + "/a", folder + "/b") == false)
        #expect(try String(contentsOfFile: folder + "/b", encoding: .utf8) == "partner's")
        #expect(try FileIO.renameNoReplace(folder + "/a", folder + "/c"))
        #expect(!FileIO.exists(folder + "/a"))
    }

    @Test(
        "A file's hash and size, read through a buffer sized to the file, whatever its size",
        arguments: [0, 1, 4_095, 4_096, 4_097, (1 << 20) - 1, 1 << 20, (1 << 20) + 1, 3 << 20])
    func aFilesHashIsItsBytesHash(size: Int) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) }
        try FileIO.writeNew(folder + "/f", bytes)
        let (hex, length) = try FileIO.sha256(ofFile: folder + "/f")
        #expect(hex == FileIO.sha256(bytes))
        #expect(length == Int64(size))
        // Copied through the same buffer: the same bytes.
        try FileIO.copyNew(folder + "/f", to: folder + "/g")
        #expect(try FileIO.sha256(ofFile: folder + "/g").hex == hex)
    }

    @Test func writeNewRefusesToOverwrite() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileIO.writeNew(folder + "/x", [1])
        #expect(throws: IOFailure.self) { try FileIO.writeNew(folder + "/x", [2]) }
    }

    @Test func newFilesAreNeverWorldWritable() {
        #expect(FileIO.effectiveMode(0o666) & 0o002 == 0)
        #expect(FileIO.effectiveMode(0o640) & 0o007 == 0)
    }

    @Test func ownerLockTellsLiveFromDead() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try OwnerLock(stateDirectory: folder)
        var second: OwnerLock? = try OwnerLock(stateDirectory: folder)
        let secondToken = try #require(second?.token)
        #expect(!first.isDead(secondToken))
        second = nil
        #expect(first.isDead(secondToken))
        #expect(!first.isDead(first.token))
    }

    @Test func ledgerIsCreatedPrivate() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let ledger = try Ledger(path: folder + "/state/ledger.sqlite")
        try ledger.write { db in try db.execute(sql: "INSERT INTO run (command, startedAt, filesTaken) VALUES ('test', 0, 0)") }
        // While open, SQLite keeps the -wal and -shm files beside the database.
        for suffix in ["", "-wal", "-shm"] {
            let mode = try FileManager.default.attributesOfItem(atPath: folder + "/state/ledger.sqlite" + suffix)[.posixPermissions] as? Int
            #expect(mode == 0o600, "ledger.sqlite\(suffix)")
        }
        _ = ledger
    }

    @Test func ignoredNamesAreThePartialTransferOnes() {
        for name in [".x.json", "a.tmp", "a.PART", "a.filepart", "a.crdownload", "a~"] {
            #expect(InboxScanner.isIgnored(name), "\(name)")
        }
        for name in ["orders.csv", "a.json", "tmp.xml"] {
            #expect(!InboxScanner.isIgnored(name), "\(name)")
        }
    }

    /// Small pieces are gathered, a big one goes through, and the file holds them all, in
    /// order, once closed.
    @Test func fileSinkWritesEveryPieceInOrder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var expected: [UInt8] = []
        let sink = try FileSink(path: folder + "/record")
        for index in 0..<5_000 {
            let piece = "entry \(index),\n"
            try sink.write(piece)
            expected += piece.utf8
        }
        let big = [UInt8](repeating: UInt8(ascii: "x"), count: 200_000)
        try sink.write(bytes: big[...])
        expected += big
        try sink.write("end")
        expected += "end".utf8
        try sink.close(sync: false)
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/record"))) == expected)
    }
}
