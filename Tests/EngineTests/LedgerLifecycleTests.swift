import Canonical
import Diagnostics
import Foundation
import GRDB
import Testing

@testable import Engine

/// The lifecycle of a business key per target: a read API over the `export` table.
@Suite struct LedgerLifecycleTests {
    let folder: String
    let ledger: Ledger
    let day = Date(timeIntervalSince1970: 1_795_000_000)

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-lifecycle-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        ledger = try Ledger(path: folder + "/ledger.sqlite")
    }

    /// Records an export of (order, key, event) to `target` as the pipeline does: intent, then done.
    func export(_ event: String, key: String, to target: String, done: Bool = true, at offset: TimeInterval = 0) throws {
        let file = try ledger.claimFile(
            NewFile(flow: "orders", name: "\(key).json", claimToken: UUID().uuidString, sha256: "s", size: 1, at: day, trigger: "run"),
            owner: "p1")
        let temp = "/outbox/.\(UUID().uuidString).p1.tmp"
        try ledger.commitIntents { transaction in
            try transaction.insertIntent(
                ExportRecord(
                    id: nil, target: target, kind: "order", key: key, event: event, generation: 0, state: .pending,
                    fileId: file.id ?? 0, attempt: 1, owner: "p1", contentHash: "h", documentJSON: "{}", tempPath: temp,
                    outputPath: "outbox/\(target)/\(key)-\(event).json", copyPath: "c", asOf: nil, forced: false, createdAt: day,
                    exportedAt: nil))
        }
        if done {
            try ledger.markDone(
                [Placement(tempPath: temp, outputPath: "outbox/\(target)/\(key)-\(event).json")], documents: [], masterData: [],
                fileId: file.id ?? 0, at: day.addingTimeInterval(offset), activity: [])
        }
    }

    @Test func anEventCountsOnceItIsDoneForThatTargetOnly() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let order = DocumentKind("order")
        try export("created", key: "SO-1", to: "erp")
        try export("shipped", key: "SO-1", to: "erp", done: false)
        #expect(try ledger.wasExported(EventName("created"), kind: order, key: "SO-1", to: "erp"))
        #expect(try !ledger.wasExported(EventName("created"), kind: order, key: "SO-1", to: "shop"), "another target")
        #expect(try !ledger.wasExported(EventName("created"), kind: order, key: "SO-2", to: "erp"), "another key")
        #expect(try !ledger.wasExported(EventName("shipped"), kind: order, key: "SO-1", to: "erp"), "an intent is not an export")
        #expect(try !ledger.wasExported(EventName("created"), kind: DocumentKind("shipment"), key: "SO-1", to: "erp"))
    }

    @Test func theEventsOfAKeyComeOldestFirstPerTargetOrAll() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let order = DocumentKind("order")
        try export("shipped", key: "SO-1", to: "erp", at: 60)
        try export("created", key: "SO-1", to: "erp", at: 0)
        try export("created", key: "SO-1", to: "shop", at: 30)
        try export("created", key: "SO-10", to: "erp", at: 10)
        let erp = try ledger.lifecycle(kind: order, key: "SO-1", target: "erp")
        #expect(erp.map(\.event.rawValue) == ["created", "shipped"])
        #expect(erp.first?.outputPath == "outbox/erp/SO-1-created.json")
        let all = try ledger.lifecycle(kind: order, key: "SO-1", target: nil)
        #expect(all.map { "\($0.target):\($0.event.rawValue)" } == ["erp:created", "shop:created", "erp:shipped"])
        #expect(try ledger.lifecycle(kind: order, key: "SO-2", target: nil).isEmpty)
    }

    /// At millions of exports these lookups must stay index lookups.
    @Test func theLookupsUseAnIndex() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for target in ["erp", nil] as [String?] {
            let request = Ledger.lifecycleRequest(kind: DocumentKind("order"), key: "SO-1", target: target)
            let plan = try ledger.read { db -> String in
                let statement = try request.makePreparedRequest(db).statement
                return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + statement.sql, arguments: statement.arguments)
                    .map { $0["detail"] as String? ?? "" }.joined(separator: "; ")
            }
            #expect(plan.contains("USING INDEX") || plan.contains("USING COVERING INDEX"), "\(plan)")
            #expect(!plan.contains("SCAN export"), "\(plan)")
        }
    }

    /// An event recorded without an export (`LifecycleDecision.record`) is kept once per (target,
    /// kind, key, event), with the reason of the first record, and read back per key.
    @Test func anEventRecordedWithoutAnExportIsKeptOnceWithItsReason() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = try ledger.claimFile(
            NewFile(flow: "orders", name: "cx.json", claimToken: UUID().uuidString, sha256: "s", size: 1, at: day, trigger: "run"),
            owner: "p1")
        func state(_ target: String, _ key: String, reason: Note) -> LifecycleStateRecord {
            LifecycleStateRecord(
                id: nil, target: target, kind: "order", key: key, event: "cancelled", fileId: file.id ?? 0, attempt: 1,
                reason: StoredNotes.encode([reason]) ?? "", recordedAt: day)
        }
        let first = Note(.robawsSkipNothingToReverse)
        try ledger.markDone([], documents: [], masterData: [], fileId: file.id ?? 0, at: day, activity: [],
                            lifecycleStates: [state("robaws", "pf-1", reason: first), state("erp", "pf-1", reason: first)])
        try ledger.markDone([], documents: [], masterData: [], fileId: file.id ?? 0, at: day, activity: [],
                            lifecycleStates: [state("robaws", "pf-1", reason: Note(.robawsSkipNoStatus))])
        let states = try ledger.recordedStates(kind: DocumentKind("order"), keys: ["pf-1", "pf-2"])
        #expect(states["pf-2"] == nil)
        #expect(states["pf-1"]?.map(\.target) == ["robaws", "erp"])
        #expect(states["pf-1"]?.first?.recorded.reason == first, "the first record stands")
        #expect(states["pf-1"]?.first?.recorded.event == EventName("cancelled"))
        #expect(try ledger.recordedStates(kind: DocumentKind("shipment"), keys: ["pf-1"]).isEmpty)
        let plan = try ledger.read { db -> String in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT * FROM lifecycleState WHERE kind = 'order' AND key IN ('pf-1')")
                .map { $0["detail"] as String? ?? "" }.joined(separator: "; ")
        }
        #expect(plan.contains("USING INDEX"), "\(plan)")
    }
}
