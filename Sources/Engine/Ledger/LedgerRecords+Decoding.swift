import Foundation
import GRDB

// The rows Ferry reads back per file, per document or per payload (status records, step 1's
// export histories, group completion), each read column by column. GRDB's Codable path
// (a decoder and a keyed container per row) cost a big file's status record more than the
// reading itself. `LedgerRecordEncodingTests` checks that each reads exactly what its
// Codable decoding would, with every column set and with every optional one NULL.

extension FileRecord {
    public init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), flow: try row.decode(forColumn: "flow"),
            originalName: try row.decode(forColumn: "originalName"), sha256: try row.decode(forColumn: "sha256"),
            size: try row.decode(forColumn: "size"), receivedAt: try row.decode(forColumn: "receivedAt"),
            processedAt: try row.decode(forColumn: "processedAt"), attempt: try row.decode(forColumn: "attempt"),
            state: try Self.state(row), outcome: try row.decode(forColumn: "outcome"),
            claimToken: try row.decode(forColumn: "claimToken"), owner: try row.decode(forColumn: "owner"),
            takenBy: try row.decode(forColumn: "takenBy"), archivePath: try row.decode(forColumn: "archivePath"),
            markerPath: try row.decode(forColumn: "markerPath"), errorsJSON: try row.decode(forColumn: "errorsJSON"),
            resolvedAt: try row.decode(forColumn: "resolvedAt"), resolvedReason: try row.decode(forColumn: "resolvedReason"),
            timedOutAt: try row.decode(forColumn: "timedOutAt"))
    }

    private static func state(_ row: Row) throws -> State {
        let text: String = try row.decode(forColumn: "state")
        guard let state = State(rawValue: text) else { throw unknownState(text, in: databaseTableName) }
        return state
    }
}

extension AttemptRecord {
    public init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), fileId: try row.decode(forColumn: "fileId"), number: try row.decode(forColumn: "number"),
            startedAt: try row.decode(forColumn: "startedAt"), finishedAt: try row.decode(forColumn: "finishedAt"),
            outcome: try row.decode(forColumn: "outcome"), trigger: try row.decode(forColumn: "trigger"),
            reason: try row.decode(forColumn: "reason"), forced: try row.decode(forColumn: "forced"),
            inputPath: try row.decode(forColumn: "inputPath"), sha256: try row.decode(forColumn: "sha256"),
            size: try row.decode(forColumn: "size"), actor: try row.decode(forColumn: "actor"))
    }
}

extension DocumentRecord {
    public init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), fileId: try row.decode(forColumn: "fileId"), attempt: try row.decode(forColumn: "attempt"),
            ordinal: try row.decode(forColumn: "ordinal"), kind: try row.decode(forColumn: "kind"), key: try row.decode(forColumn: "key"),
            outcome: try row.decode(forColumn: "outcome"), reason: try row.decode(forColumn: "reason"),
            outputsJSON: try row.decode(forColumn: "outputsJSON"), errorsJSON: try row.decode(forColumn: "errorsJSON"))
    }
}

extension ExportRecord {
    public init(row: Row) throws {
        let state: String = try row.decode(forColumn: "state")
        guard let known = State(rawValue: state) else { throw unknownState(state, in: Self.databaseTableName) }
        self.init(
            id: try row.decode(forColumn: "id"), target: try row.decode(forColumn: "target"), kind: try row.decode(forColumn: "kind"),
            key: try row.decode(forColumn: "key"), event: try row.decode(forColumn: "event"),
            generation: try row.decode(forColumn: "generation"), state: known, fileId: try row.decode(forColumn: "fileId"),
            attempt: try row.decode(forColumn: "attempt"), owner: try row.decode(forColumn: "owner"),
            contentHash: try row.decode(forColumn: "contentHash"), documentJSON: try row.decode(forColumn: "documentJSON"),
            tempPath: try row.decode(forColumn: "tempPath"), outputPath: try row.decode(forColumn: "outputPath"),
            copyPath: try row.decode(forColumn: "copyPath"), asOf: try row.decode(forColumn: "asOf"),
            forced: try row.decode(forColumn: "forced"), createdAt: try row.decode(forColumn: "createdAt"),
            exportedAt: try row.decode(forColumn: "exportedAt"))
    }
}

extension ActivityRecord {
    public init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), at: try row.decode(forColumn: "at"), flow: try row.decode(forColumn: "flow"),
            fileId: try row.decode(forColumn: "fileId"), action: try row.decode(forColumn: "action"), key: try row.decode(forColumn: "key"),
            detail: try row.decode(forColumn: "detail"), actor: try row.decode(forColumn: "actor"))
    }
}

/// A state column holding a value this Ferry does not know, as the Codable path reports it.
private func unknownState(_ value: String, in table: String) -> DecodingError {
    DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "\(table).state: unknown value \(value)"))
}
