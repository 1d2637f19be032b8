import Canonical
import Foundation
import Testing

@testable import Engine

/// The ledger's operations (`LedgerStore`) on the SQLite implementation, each on its own.
@Suite struct LedgerStoreTests {
    let folder: String
    let ledger: Ledger
    let day = Date(timeIntervalSince1970: 1_795_000_000)

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-store-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        ledger = try Ledger(path: folder + "/ledger.sqlite")
    }

    func newFile(_ token: String, sha: String = "abc") -> NewFile {
        NewFile(flow: "orders", name: "o-\(token).json", claimToken: token, sha256: sha, size: 10, at: day, trigger: "run")
    }

    func unit(_ key: String) -> ExportUnit {
        ExportUnit(target: "erp", kind: DocumentKind(rawValue: "order"), key: key, event: EventName(rawValue: "created"))
    }

    func intent(_ unit: ExportUnit, fileId: Int64, temp: String, output: String, owner: String = "p1") -> ExportRecord {
        ExportRecord(
            id: nil, target: unit.target, kind: unit.kind.rawValue, key: unit.key, event: unit.event.rawValue, generation: 0,
            state: .pending, fileId: fileId, attempt: 1, owner: owner, contentHash: "h", documentJSON: "{}", tempPath: temp,
            outputPath: output, copyPath: "archive/copy", asOf: nil, forced: false, createdAt: day, exportedAt: nil)
    }

    @Test func aFileIsClaimedOnceFinishedAndArchived() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try ledger.claimFile(newFile("t1"), owner: "p1")
        let id = try #require(first.id)
        // A second claim of the same token is a take-over, not a second row.
        let again = try ledger.claimFile(newFile("t1"), owner: "p2")
        #expect(again.id == id && again.owner == "p2")
        #expect(try ledger.file(claimToken: "t1")?.state == .processing)

        try ledger.recordOutcome(
            OutcomeEntry(
                fileId: id, attempt: 1, flow: "orders", outcome: "exported", errors: [], note: nil, at: day, detail: "o.json: exported",
                state: .archiving))
        #expect(try ledger.files(in: .archiving).map(\.id) == [id])
        #expect(try ledger.reserveArchivePath(fileId: id, archivePath: "archive/orders/o.json", markerPath: nil))
        #expect(try ledger.isArchivePathTaken("archive/orders/o.json", includingAttemptInputs: false))
        // Another file cannot reserve the same path.
        let other = try #require(try ledger.claimFile(newFile("t2"), owner: "p1").id)
        #expect(try !ledger.reserveArchivePath(fileId: other, archivePath: "archive/orders/o.json", markerPath: nil))
        try ledger.markArchived(fileId: id)
        let archived = try #require(try ledger.file(id: id))
        #expect(archived.state == .archived && archived.owner == nil && archived.outcome == "exported")
        #expect(try ledger.latestInput(fileId: id) == "archive/orders/o.json")
        let log = try ledger.activityLog(flow: "orders", key: nil, limit: 10).entries.map(\.action)
        #expect(log == ["claimed", "processed", "claimed"])
    }

    @Test func onlyAnUntouchedFileIsReleased() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let id = try #require(try ledger.claimFile(newFile("t1"), owner: "p1").id)
        #expect(try ledger.releaseUntouched(claimToken: "t1"))
        #expect(try ledger.file(id: id) == nil)
        #expect(try ledger.activityLog(flow: nil, key: nil, limit: 10).entries.isEmpty)

        let kept = try #require(try ledger.claimFile(newFile("t2"), owner: "p1").id)
        try ledger.commitIntents { try $0.insertIntent(intent(unit("SO-1"), fileId: kept, temp: "/t/.a.tmp", output: "outbox/a.json")) }
        #expect(try !ledger.releaseUntouched(claimToken: "t2"))
        #expect(try ledger.file(id: kept) != nil)
    }

    @Test func intentsAreDecidedInTheirTransactionAndDoneOnce() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let id = try #require(try ledger.claimFile(newFile("t1"), owner: "p1").id)
        let recorded = try ledger.commitIntents { transaction -> Bool in
            #expect(try transaction.exportHistory(of: unit("SO-1")).isEmpty)
            try transaction.insertIntent(intent(unit("SO-1"), fileId: id, temp: "/t/.a.tmp", output: "outbox/a.json"))
            try transaction.insertIntent(intent(unit("SO-2"), fileId: id, temp: "/t/.a.tmp", output: "outbox/a.json"))
            // Intents recorded just before count, inside the same transaction.
            return try transaction.isOutputRecorded("outbox/a.json")
        }
        #expect(recorded)
        #expect(try ledger.pendingExports().count == 2)
        // One take-over wins; the second finds the intent no longer under the old owner.
        #expect(try ledger.takeOverIntent(tempPath: "/t/.a.tmp", from: "p1", to: "p2"))
        #expect(try !ledger.takeOverIntent(tempPath: "/t/.a.tmp", from: "p1", to: "p3"))
        let document = DocumentRecord(
            id: nil, fileId: id, attempt: 1, ordinal: 1, kind: "order", key: "SO-1", outcome: "exported", reason: nil,
            outputsJSON: "[\"outbox/a~2.json\"]", errorsJSON: "[]")
        try ledger.markDone(
            [Placement(tempPath: "/t/.a.tmp", outputPath: "outbox/a~2.json")], documents: [document], masterData: [], fileId: id,
            at: day, activity: [])
        #expect(try ledger.pendingExports().isEmpty)
        let history = try ledger.exportHistory(of: unit("SO-2"))
        #expect(history.map(\.state) == [.done] && history.first?.outputPath == "outbox/a~2.json" && history.first?.tempPath == "")
        #expect(try ledger.documents(fileId: id, attempt: 1).map(\.key) == ["SO-1"])
        #expect(try ledger.contents().duplicates.isEmpty)
    }

    @Test func aReprocessStartsANewAttemptOrResumesAnInterruptedOne() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let id = try #require(try ledger.claimFile(newFile("t1"), owner: "p1").id)
        #expect(try ledger.reserveArchivePath(fileId: id, archivePath: "archive/o.json", markerPath: nil))
        try ledger.recordOutcome(
            OutcomeEntry(
                fileId: id, attempt: 1, flow: "orders", outcome: "failed", errors: [], note: nil, at: day, detail: "failed",
                state: .archiving))
        try ledger.markArchived(fileId: id)
        func start(_ request: ReprocessRequest?, owner: String, dead: Bool) -> ReprocessStart {
            ReprocessStart(
                fileId: id, owner: owner, at: day, request: request, stagedInput: nil, isDead: { _ in dead },
                digest: { _ in (hex: "def", size: 11) })
        }
        let taken = try #require(try ledger.beginReprocess(start(ReprocessRequest(reason: "fixed"), owner: "p2", dead: false)))
        #expect(taken.file.attempt == 2 && taken.file.state == .reprocessing && taken.file.sha256 == "def")
        #expect(taken.input == "archive/o.json")
        // A live owner keeps it; a dead one's attempt is resumed, not repeated.
        #expect(try ledger.beginReprocess(start(nil, owner: "p3", dead: false)) == nil)
        let resumed = try #require(try ledger.beginReprocess(start(nil, owner: "p3", dead: true)))
        #expect(resumed.file.attempt == 2 && resumed.file.owner == "p3")
        // The first attempt keeps what it read.
        var history: (attempts: [AttemptRecord], counts: [Int: [String: Int]])?
        try ledger.withFileHistories(fileIds: [id]) { _, found in history = (found.attempts, found.earlierCounts) }
        #expect(history?.attempts.map(\.sha256) == ["abc", "def"])
        #expect(history?.counts[1] == [:])
        #expect(try ledger.unresolvedArchivedFailures(flow: "orders", since: nil).isEmpty, "it is being reprocessed")
    }

    @Test func aResolvedFailureLeavesTheList() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let id = try #require(try ledger.claimFile(newFile("t1"), owner: "p1").id)
        guard case .notFailed = try ledger.resolve(fileId: id, reason: "by hand", at: day, actor: nil) else {
            Issue.record("a file without an outcome is not a failure")
            return
        }
        try ledger.recordOutcome(
            OutcomeEntry(fileId: id, attempt: 1, flow: "orders", outcome: "failed", errors: [], note: nil, at: day, detail: "", state: .archiving))
        try ledger.markArchived(fileId: id)
        #expect(try ledger.unresolvedArchivedFailures(flow: nil, since: nil).map(\.id) == [id])
        guard case .resolved = try ledger.resolve(fileId: id, reason: "by hand", at: day, actor: nil) else {
            Issue.record("a failed file is resolved")
            return
        }
        #expect(try ledger.unresolvedArchivedFailures(flow: nil, since: nil).isEmpty)
        guard case .unknownFile = try ledger.resolve(fileId: 99, reason: "", at: day, actor: nil) else {
            Issue.record("no file 99")
            return
        }
    }

    @Test func sightingsAreKeptPerInbox() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func sighting(_ path: String) -> SightingRecord {
            SightingRecord(path: path, size: 1, modifiedNanos: 2, inode: 3, firstSeenAt: day, changedAt: day)
        }
        try ledger.updateSightings(removing: [], saving: [sighting("/r/inbox/a/x"), sighting("/r/inbox/a/y"), sighting("/r/inbox/ab/z")])
        #expect(try ledger.sightings(at: ["/r/inbox/a/y", "/r/inbox/a/w", "/r/inbox/a/x"]).map(\.path) == ["/r/inbox/a/y", "/r/inbox/a/x"])
        // Only under the prefix, only those not present.
        #expect(try ledger.staleSightings(under: "/r/inbox/a/") { $0.hasSuffix("/x") } == ["/r/inbox/a/y"])
        #expect(try ledger.staleSightings(under: "/r/inbox/ab/") { _ in true }.isEmpty)
        try ledger.updateSightings(removing: ["/r/inbox/a/x"], saving: [])
        try ledger.forgetSighting(path: "/r/inbox/a/y")
        #expect(try ledger.sightings(at: ["/r/inbox/a/x", "/r/inbox/a/y"]).isEmpty)
        #expect(try ledger.sightings(at: ["/r/inbox/ab/z"]).count == 1)
    }
}
