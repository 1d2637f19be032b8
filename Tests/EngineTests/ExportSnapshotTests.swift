import Canonical
import Foundation
import Testing

@testable import Engine

/// A batch's exports read at once (`ExportSnapshot`) answer exactly what the per-unit and
/// per-key statements they replace answer; the batch statements of step 5 (intents done by
/// id, documents in one insert) leave the rows the one-by-one statements left.
@Suite struct ExportSnapshotTests {
    let folder: String
    let ledger: Ledger
    let day = Date(timeIntervalSince1970: 1_795_000_000)
    let order = DocumentKind(rawValue: "order")

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-snapshot-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        ledger = try Ledger(path: folder + "/ledger.sqlite")
    }

    func record(
        _ key: String, target: String = "erp", kind: String = "order", event: String = "created", generation: Int = 0,
        state: ExportRecord.State, fileId: Int64, at offset: TimeInterval = 0, temp: String = ""
    ) -> ExportRecord {
        ExportRecord(
            id: nil, target: target, kind: kind, key: key, event: event, generation: generation, state: state, fileId: fileId,
            attempt: 1, owner: "p1", contentHash: "h\(generation)", documentJSON: "{}", tempPath: temp,
            outputPath: "outbox/\(target)/\(key)-\(event)-\(generation).json", copyPath: "archive/copy", asOf: nil, forced: false,
            createdAt: day, exportedAt: state == .done ? day.addingTimeInterval(offset) : nil)
    }

    /// What tells two lists of export rows apart.
    func brief(_ records: [ExportRecord]?) -> [String]? {
        records?.map { "\($0.id ?? -1) \($0.target) \($0.event) \($0.generation) \($0.state.rawValue) \($0.outputPath)" }
    }

    /// Exports of several keys, targets, events, generations and states, a key with a NUL,
    /// and the same key under another kind.
    func fill() throws -> Int64 {
        let fileId = try #require(
            try ledger.claimFile(
                NewFile(flow: "orders", name: "o.json", claimToken: "t", sha256: "s", size: 1, at: day, trigger: "run"), owner: "p1"
            ).id)
        let rows = [
            record("SO-1", generation: 0, state: .done, fileId: fileId, at: 5),
            record("SO-1", generation: 2, state: .done, fileId: fileId, at: 1),
            record("SO-1", generation: 1, state: .done, fileId: fileId, at: 1),
            record("SO-1", target: "shipping", event: "shipped", state: .done, fileId: fileId, at: 3),
            record("SO-1", target: "shipping", event: "created", generation: 3, state: .pending, fileId: fileId, temp: "/t/.x.tmp"),
            record("SO-2", state: .pending, fileId: fileId, temp: "/t/.y.tmp"),
            record("A\u{0}B", state: .done, fileId: fileId),
            record("SO-1", kind: "article", state: .done, fileId: fileId),
            record("SO-9", state: .done, fileId: fileId),
        ]
        try ledger.commitIntents { transaction in
            for row in rows { try transaction.insertIntent(row) }
        }
        return fileId
    }

    @Test func aSnapshotAnswersAsTheLedgerDoes() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try fill()
        let keys = ["SO-1", "SO-2", "SO-3", "A\u{0}B"]
        let snapshot = try ledger.exports(of: [order: Set(keys)])
        for key in keys {
            for (target, event) in [("erp", "created"), ("shipping", "shipped"), ("shipping", "created"), ("erp", "shipped")] {
                let unit = ExportUnit(target: target, kind: order, key: key, event: EventName(rawValue: event))
                if key.contains("\u{0}") {
                    #expect(snapshot.history(of: unit) == nil, "a key with a NUL is read one by one")
                } else {
                    #expect(brief(snapshot.history(of: unit)) == brief(try ledger.exportHistory(of: unit)), "\(unit)")
                }
            }
        }
        // A key not asked for is not answered (not "no exports").
        #expect(snapshot.history(of: ExportUnit(target: "erp", kind: order, key: "SO-9", event: EventName(rawValue: "created"))) == nil)
        // The done exports of a key, oldest first, as the per-key statement orders them.
        let lifecycles = try ledger.lifecycles(kind: order, keys: keys)
        #expect(
            snapshot.doneExports(kind: order, key: "SO-1").map(LifecycleEvent.init)
                == (try ledger.lifecycle(kind: order, key: "SO-1", target: nil)))
        #expect(lifecycles["SO-1"] == (try ledger.lifecycle(kind: order, key: "SO-1", target: nil)))
        #expect(lifecycles["A\u{0}B"] == (try ledger.lifecycle(kind: order, key: "A\u{0}B", target: nil)))
        #expect(lifecycles["A\u{0}B"]?.count == 1)
        #expect(lifecycles["SO-2"] == nil && lifecycles["SO-3"] == nil)
        // Same `exportedAt`: the older row (smaller id) first.
        #expect(lifecycles["SO-1"]?.map(\.generation) == [2, 1, 0, 0])
    }

    @Test func anIntentRecordedInTheTransactionIsSeenByTheSnapshot() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fileId = try fill()
        let unit = ExportUnit(target: "erp", kind: order, key: "SO-1", event: EventName(rawValue: "created"))
        try ledger.commitIntents { transaction in
            var snapshot = try transaction.exports(of: [order: ["SO-1"]])
            var intent = record("SO-1", generation: 3, state: .pending, fileId: fileId, temp: "/t/.z.tmp")
            intent.id = try transaction.insertIntent(intent)
            snapshot.insert(intent)
            #expect(brief(snapshot.history(of: unit)) == brief(try transaction.exportHistory(of: unit)))
            #expect(snapshot.history(of: unit)?.map(\.generation) == [3, 2, 1, 0])
        }
    }

    @Test func intentsDoneByIdEndAsTheyDoByTemporaryFile() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fileId = try fill()
        var ids: [String: Int64] = [:]
        try ledger.commitIntents { transaction in
            for (key, temp) in [("N-1", "/t/.1.tmp"), ("N-2", "/t/.2.tmp"), ("N-3", "/t/.3.tmp"), ("N-4", "/t/.3.tmp")] {
                ids[key] = try transaction.insertIntent(record(key, state: .pending, fileId: fileId, temp: temp))
            }
        }
        let placed = [
            // Placed under its name, known by id.
            Placement(tempPath: "/t/.1.tmp", outputPath: "outbox/erp/N-1-created-0.json", intentIds: [try #require(ids["N-1"])]),
            // Renamed aside: marked by its temporary file, with the name it ended up under.
            Placement(
                tempPath: "/t/.2.tmp", outputPath: "outbox/erp/N-2-created-0~2.json", intentIds: [try #require(ids["N-2"])],
                renamedAside: true),
            // Recovery's: no ids; both intents sharing the file.
            Placement(tempPath: "/t/.3.tmp", outputPath: "outbox/erp/shared.json"),
        ]
        try ledger.markDone(placed, documents: [], masterData: [], fileId: fileId, at: day, activity: [])
        func done(_ key: String) throws -> ExportRecord? {
            try ledger.exportHistory(of: ExportUnit(target: "erp", kind: order, key: key, event: EventName(rawValue: "created"))).first
        }
        #expect(try done("N-1")?.state == .done && done("N-1")?.outputPath == "outbox/erp/N-1-created-0.json")
        #expect(try done("N-2")?.outputPath == "outbox/erp/N-2-created-0~2.json" && done("N-2")?.tempPath == "")
        #expect(try done("N-3")?.outputPath == "outbox/erp/shared.json" && done("N-4")?.state == .done)
        // The intents of other files are untouched.
        #expect(try ledger.pendingExports().map(\.key).sorted() == ["SO-1", "SO-2"])
        #expect(try done("N-1")?.exportedAt == day)
    }

    @Test func aBatchOfDocumentsIsInsertedAsOneByOne() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fileId = try fill()
        let documents = (1...150).map { ordinal in
            DocumentRecord(
                id: nil, fileId: fileId, attempt: 1, ordinal: ordinal, kind: "order", key: ordinal == 7 ? nil : "SO-\(ordinal)",
                outcome: "exported", reason: nil, outputsJSON: "[]", errorsJSON: "[]")
        }
        try ledger.markDone([], documents: documents, masterData: [], fileId: fileId, at: day, activity: [])
        let stored = try ledger.documents(fileId: fileId, attempt: 1)
        #expect(stored.map(\.ordinal) == Array(1...150))
        #expect(stored.map(\.key) == documents.map(\.key))
        // Recorded again (a resumed attempt): replaced, not doubled.
        try ledger.markDone([], documents: Array(documents.prefix(70)), masterData: [], fileId: fileId, at: day, activity: [])
        #expect(try ledger.documents(fileId: fileId, attempt: 1).count == 150)
    }
}
