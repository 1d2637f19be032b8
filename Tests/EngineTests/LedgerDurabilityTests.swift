import Foundation
import GRDB
import Testing

@testable import Engine

/// The export protocol rests on every ledger commit being durable before a payload is renamed
/// into place (docs/ARCHITECTURE.md): the writer connection must run with `synchronous = FULL`.
@Suite struct LedgerDurabilityTests {
    func ledgerPath() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-ledger-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder + "/ledger.sqlite"
    }

    @Test func theWriterCommitsWithSynchronousFull() throws {
        let path = try ledgerPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let ledger = try Ledger(path: path)
        #expect(try ledger.writerSynchronousMode() == 2, "2 is FULL; GRDB's WAL set-up leaves NORMAL (1)")
        // Still FULL after transactions, and on a second process's pool over the same file.
        try ledger.write { db in try db.execute(sql: "SELECT 1") }
        #expect(try ledger.writerSynchronousMode() == 2)
        let second = try Ledger(path: path)
        #expect(try second.writerSynchronousMode() == 2)
        #expect(try ledger.pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
    }

    /// A batch's many-row statements journal their pages in memory: SQLite would spill them to
    /// temporary files in /var/tmp (on a disk) at every statement over 64 KiB.
    @Test func theWriterKeepsStatementJournalsInMemory() throws {
        let path = try ledgerPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let ledger = try Ledger(path: path)
        #expect(try ledger.write { try Int.fetchOne($0, sql: "PRAGMA temp_store") } == 2, "2 is MEMORY")
        #expect(try ledger.pool.read { try Int.fetchOne($0, sql: "PRAGMA temp_store") } == 0, "readers keep the default")
    }
}
