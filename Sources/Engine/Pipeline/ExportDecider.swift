import Canonical
import Connectors
import Diagnostics
import Foundation

/// What to do with one document for one target.
enum ExportDecision: Sendable {
    /// Export as this generation (0 the first time; later for new state versions and `--force`).
    case export(generation: Int)
    /// This very file and attempt exported it already (the run is resuming after a crash).
    case ours(ExportRecord)
    case alreadyExported(reason: Note)
    /// `previous`: the earlier export it differs from (`file #3 as outbox/…`, an `export.earlier` note).
    case amended(summary: [Note], previous: Note, reason: Note)
    case superseded(reason: Note)
    /// The target's connector decided to export nothing (`LifecycleDecision.skip`).
    case skipped(reason: Note)
    /// The target's connector waits (`LifecycleDecision.wait`): a timer holds the document.
    case waiting(reason: Note)
}

/// Decides exports against the ledger. Called once without the write lock (to avoid
/// writing payloads that will not be needed) and again inside the transaction that
/// records the intent, so two processes can never both export a unit.
enum ExportDecider {
    /// `history`: the unit's exports in the ledger, newest generation first
    /// (`LedgerStore.exportHistory`).
    static func decide(
        history: [ExportRecord], unit: ExportUnit, document: any CanonicalDocument, contentHash: String, fileId: Int64,
        attempt: Int, forced: Bool, planned: [ExportRecord] = []
    ) -> ExportDecision {
        // A dry run records nothing: the exports it would have made earlier in the same
        // request (`planned`) count as if they were in the ledger.
        let rows = history
            + planned.filter {
                $0.target == unit.target && $0.kind == unit.kind.rawValue && $0.key == unit.key && $0.event == unit.event.rawValue
            }
        let sorted = planned.isEmpty ? rows : rows.sorted { $0.generation > $1.generation }
        // This attempt exported this very content already: it is resuming after a crash
        // (or the file repeats the document unchanged).
        if let mine = sorted.first(where: { $0.fileId == fileId && $0.attempt == attempt && $0.contentHash == contentHash }) {
            return .ours(mine)
        }
        guard let last = sorted.first else { return .export(generation: 0) }
        if forced { return .export(generation: last.generation + 1) }
        let previous = ["file": String(last.fileId), "output": last.outputPath]
        switch type(of: document).semantics {
        case .event:
            if last.contentHash == contentHash || legacyHashes(of: document).contains(last.contentHash) {
                return .alreadyExported(reason: Note(.exportExportedBefore, previous))
            }
            let summary = changes(of: document, since: last.documentJSON)
            let earlier = Note(.exportEarlier, previous)
            return .amended(summary: summary, previous: earlier, reason: amendedReason(previous: [earlier], summary: summary))
        case .state:
            if last.contentHash == contentHash {
                return .alreadyExported(reason: Note(.exportUnchanged, previous))
            }
            if let asOf = document.asOf, let lastAsOf = last.asOf, asOf < lastAsOf {
                var arguments = previous
                arguments["asOf"] = ISO8601DateFormatter().string(from: asOf)
                return .superseded(reason: Note(.exportOlder, arguments))
            }
            return .export(generation: last.generation + 1)
        }
    }

    /// What "the same content" means for a document: its canonical JSON for events (orders,
    /// shipments), the payload without volatile fields for state (articles, stock).
    /// Returns the canonical JSON too, which the ledger keeps for change summaries.
    static func content(of document: any CanonicalDocument, payload: Payload) -> (json: String, hash: String) {
        let json = CanonicalJSON.encode(document)
        let hash = type(of: document).semantics == .event ? FileIO.sha256(Array(json.utf8)) : FileIO.sha256(payload.stableBytes)
        return (json, hash)
    }

    /// Why a document is `amended-after-export`: the earlier exports it differs from (one per
    /// target) and, once, what changed.
    static func amendedReason(previous: [Note], summary: [Note]) -> Note {
        Note(.exportAmended, lists: ["earlier": previous], details: summary)
    }

    /// The hashes a ledger written by an older Ferry holds for the same content, so an order
    /// read again after an upgrade is still `already-exported`, not amended:
    /// - before business dates kept their day, an order date `2026-11-21` was kept as
    ///   `2026-11-21T00:00:00Z`;
    /// - before orders carried their `payment`, a paid order had none.
    /// Every combination of the two; empty when the document has neither.
    static func legacyHashes(of document: any CanonicalDocument) -> [String] {
        guard let order = document as? Order else { return [] }
        var variants = [order]
        if case .day = order.orderDate, let start = order.orderDate?.start {
            variants += variants.map { variant in
                var older = variant
                older.orderDate = .instant(start)
                return older
            }
        }
        if order.payment != nil {
            variants += variants.map { variant in
                var older = variant
                older.payment = nil
                return older
            }
        }
        return variants.dropFirst().map { FileIO.sha256(Array(CanonicalJSON.encode($0).utf8)) }
    }

    static func changes(of document: any CanonicalDocument, since json: String) -> [Note] {
        summary(document, json)
    }

    private static func summary<D: CanonicalDocument>(_ document: D, _ json: String) -> [Note] {
        guard let old = try? CanonicalJSON.decoder.decode(D.self, from: Data(json.utf8)) else {
            return [Note(.changeContent)]
        }
        let changes = document.changes(since: old)
        return changes.isEmpty ? [Note(.changeContent)] : changes
    }
}

/// The canonical document encoding kept in the ledger: sorted keys, ISO 8601 dates.
enum CanonicalJSON {
    /// Reads what `encode` wrote (and what earlier versions wrote with `JSONEncoder`: the
    /// same bytes). Safe to share between threads once configured.
    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()

    /// The text, straight from the record's field table (`CanonicalJSONWriter`): the bytes
    /// `JSONEncoder` writes with sorted keys and ISO 8601 dates.
    static func encode(_ record: some CanonicalRecord) -> String {
        CanonicalJSONWriter.encode(record: record)
    }
}
