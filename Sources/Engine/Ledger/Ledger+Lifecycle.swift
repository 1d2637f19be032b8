import Canonical
import Foundation
import GRDB

/// One event of a business key exported to a target: a `done` row of the `export` table.
struct LifecycleEvent: Sendable, Equatable {
    var target: String
    var kind: DocumentKind
    var key: String
    var event: EventName
    var generation: Int
    var fileId: Int64
    /// Relative to the root.
    var outputPath: String
    var exportedAt: Date?
}

/// The lifecycle of a business key per target system: which of its events went out where.
///
/// The `export` table already holds each exported (target, kind, key, event), so this is a
/// read API over it: an intent still `pending` (its payload not yet in place) does not
/// count as exported.
protocol LifecycleLedger: Sendable {
    /// Whether `event` of (kind, key) was exported to `target` (any generation).
    func wasExported(_ event: EventName, kind: DocumentKind, key: String, to target: String) throws -> Bool
    /// The events of (kind, key) exported, to `target` or (nil) to any target, oldest first.
    func lifecycle(kind: DocumentKind, key: String, target: String?) throws -> [LifecycleEvent]
    /// The events exported of each of `keys` (all of one kind), to any target, oldest first,
    /// in one read: what the exporter's step 1 gives a batch's target connectors. Keys
    /// without exports are absent.
    func lifecycles(kind: DocumentKind, keys: [String]) throws -> [String: [LifecycleEvent]]
}

extension Ledger: LifecycleLedger {
    func wasExported(_ event: EventName, kind: DocumentKind, key: String, to target: String) throws -> Bool {
        try read { db in
            try Self.lifecycleRequest(kind: kind, key: key, target: target)
                .filter(Column("event") == event.rawValue).fetchCount(db) > 0
        }
    }

    func lifecycle(kind: DocumentKind, key: String, target: String?) throws -> [LifecycleEvent] {
        try read { db in
            try Self.lifecycleRequest(kind: kind, key: key, target: target)
                .order(Column("exportedAt"), Column("id")).fetchAll(db)
                .map { export in
                    LifecycleEvent(
                        target: export.target, kind: DocumentKind(export.kind), key: export.key, event: EventName(export.event),
                        generation: export.generation, fileId: export.fileId, outputPath: export.outputPath,
                        exportedAt: export.exportedAt)
                }
        }
    }

    func lifecycles(kind: DocumentKind, keys: [String]) throws -> [String: [LifecycleEvent]] {
        guard !keys.isEmpty else { return [:] }
        return try read { db in
            var result: [String: [LifecycleEvent]] = [:]
            // Chunks well under SQLite's limit of bound variables.
            let unique = Array(Set(keys))
            for start in stride(from: 0, to: unique.count, by: 500) {
                let chunk = Array(unique[start..<min(start + 500, unique.count)])
                let rows = try ExportRecord.filter(
                    Column("kind") == kind.rawValue && chunk.contains(Column("key"))
                        && Column("state") == ExportRecord.State.done.rawValue
                ).order(Column("exportedAt"), Column("id")).fetchAll(db)
                for export in rows {
                    result[export.key, default: []].append(
                        LifecycleEvent(
                            target: export.target, kind: DocumentKind(export.kind), key: export.key, event: EventName(export.event),
                            generation: export.generation, fileId: export.fileId, outputPath: export.outputPath,
                            exportedAt: export.exportedAt))
                }
            }
            return result
        }
    }

    /// Done exports of (kind, key), of one target or all. Uses the unit's unique index with a
    /// target, `export_kind_key` without (migration v5).
    static func lifecycleRequest(kind: DocumentKind, key: String, target: String?) -> QueryInterfaceRequest<ExportRecord> {
        var request = ExportRecord.filter(
            Column("kind") == kind.rawValue && Column("key") == key && Column("state") == ExportRecord.State.done.rawValue)
        if let target { request = request.filter(Column("target") == target) }
        return request
    }
}
