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

    /// Done exports of (kind, key), of one target or all. Uses the unit's unique index with a
    /// target, `export_kind_key` without (migration v5).
    static func lifecycleRequest(kind: DocumentKind, key: String, target: String?) -> QueryInterfaceRequest<ExportRecord> {
        var request = ExportRecord.filter(
            Column("kind") == kind.rawValue && Column("key") == key && Column("state") == ExportRecord.State.done.rawValue)
        if let target { request = request.filter(Column("target") == target) }
        return request
    }
}
