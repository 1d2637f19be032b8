import Canonical
import Foundation
import GRDB

/// The export rows of a batch's keys, read in one statement (`LedgerStore.exports(of:)`,
/// `IntentTransaction.exports(of:)`), answering the questions the export steps ask per
/// document, target and event (`exportHistory(of:)`, a key's lifecycle) without a statement each.
///
/// It answers only for the keys it was read for (`history(of:)` is nil for any other: ask the
/// ledger). Inside step 3's transaction, each intent recorded is added (`insert`), so a later
/// document of the same unit in the batch sees it exactly as a read of the ledger would.
struct ExportSnapshot {
    /// Per unit, newest generation first (as `HotQuery.exportHistory` orders them).
    private var byUnit: [ExportUnit: [ExportRecord]] = [:]
    /// Per key (`kind`, NUL, `key`), every unit of it seen, in the order read.
    private var byKey: [String: [ExportRecord]] = [:]
    private var covered: Set<String> = []

    init() {}

    /// Keys a JSON array handed to SQLite cannot carry exactly (a NUL ends SQLite's text): read
    /// one by one instead (`history(of:)` is nil for them).
    static func isBatchable(_ key: String) -> Bool { !key.utf8.contains(0) }

    /// The batchable `keys` as JSON arrays for `json_each`, at most 500 keys each (one statement
    /// each); the others are for the caller to read one by one.
    static func jsonArrays(_ keys: some Sequence<String>) -> [(keys: ArraySlice<String>, json: String)] {
        let batchable = Array(Set(keys.filter(isBatchable)))
        return stride(from: 0, to: batchable.count, by: 500).map { start in
            let chunk = batchable[start..<min(start + 500, batchable.count)]
            return (chunk, "[" + chunk.map(JSONText.quote).joined(separator: ",") + "]")
        }
    }

    /// Adds the rows read for `keys` (all of `kind`).
    mutating func add(_ records: [ExportRecord], kind: DocumentKind, keys: some Sequence<String>) {
        for key in keys { covered.insert(Self.slot(kind.rawValue, key)) }
        for record in records { insert(record) }
    }

    /// Whether the snapshot was read for (kind, key).
    func isCovering(kind: DocumentKind, key: String) -> Bool { covered.contains(Self.slot(kind.rawValue, key)) }

    /// Every export of `unit`, newest generation first; nil when the snapshot was not read
    /// for its key.
    func history(of unit: ExportUnit) -> [ExportRecord]? {
        guard isCovering(kind: unit.kind, key: unit.key) else { return nil }
        return byUnit[unit] ?? []
    }

    /// The done exports of (kind, key), to any target, oldest first (`exportedAt`, then id).
    func doneExports(kind: DocumentKind, key: String) -> [ExportRecord] {
        (byKey[Self.slot(kind.rawValue, key)] ?? [])
            .filter { $0.state == .done }
            .sorted { ($0.exportedAt ?? .distantPast, $0.id ?? 0) < ($1.exportedAt ?? .distantPast, $1.id ?? 0) }
    }

    /// A row written after the read (an intent of step 3), seen from now on.
    mutating func insert(_ record: ExportRecord) {
        let unit = ExportUnit(target: record.target, kind: DocumentKind(record.kind), key: record.key, event: EventName(record.event))
        var history = byUnit[unit] ?? []
        let position = history.firstIndex { $0.generation < record.generation } ?? history.endIndex
        history.insert(record, at: position)
        byUnit[unit] = history
        byKey[Self.slot(record.kind, record.key), default: []].append(record)
    }

    private static func slot(_ kind: String, _ key: String) -> String { kind + "\u{0}" + key }

    /// Reads every export of `keys` (per kind) on `db`: one statement per kind and 500 keys;
    /// keys that cannot be batched stay uncovered.
    static func read(_ db: Database, keys: [DocumentKind: Set<String>]) throws -> ExportSnapshot {
        var snapshot = ExportSnapshot()
        let statement = try db.cachedStatement(sql: HotQuery.exportsOfKeys)
        for (kind, kindKeys) in keys {
            for (chunk, json) in jsonArrays(kindKeys) {
                snapshot.add(try ExportRecord.fetchAll(statement, arguments: [kind.rawValue, json]), kind: kind, keys: chunk)
            }
        }
        return snapshot
    }
}
