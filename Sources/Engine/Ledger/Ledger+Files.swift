import Diagnostics
import Foundation
import GRDB

/// `LedgerStore` on SQLite: sightings, runs, files, attempts, activity.
extension Ledger: LedgerStore {
    // MARK: Sightings

    func sightings(at paths: [String]) throws -> [SightingRecord] {
        guard !paths.isEmpty else { return [] }
        return try read { db in
            let statement = try db.cachedStatement(sql: HotQuery.sighting)
            return try paths.compactMap { try SightingRecord.fetchOne(statement, arguments: [$0]) }
        }
    }

    func staleSightings(under prefix: String, present: (String) -> Bool) throws -> [String] {
        try read { db in
            var stale: [String] = []
            let paths = try String.fetchCursor(db, sql: "SELECT path FROM sighting WHERE substr(path, 1, length(?)) = ?", arguments: [prefix, prefix])
            while let path = try paths.next() {
                if !present(path) { stale.append(path) }
            }
            return stale
        }
    }

    func updateSightings(removing: [String], saving: [SightingRecord]) throws {
        try write { db in
            for path in removing { _ = try SightingRecord.deleteOne(db, key: path) }
            for sighting in saving { try sighting.save(db) }
        }
    }

    func forgetSighting(path: String) throws {
        try write { db in try db.cachedStatement(sql: HotQuery.forgetSighting).execute(arguments: [path]) }
    }

    // MARK: Runs

    func startRun(command: String, at date: Date) throws -> Int64? {
        try write { db in
            var run = RunRecord(id: nil, command: command, startedAt: date, finishedAt: nil, filesTaken: 0, exitCode: nil)
            try run.insert(db)
            return run.id
        }
    }

    func finishRun(id: Int64, at date: Date, filesTaken: Int, exitCode: Int) throws {
        try write { db in
            try RunRecord.filter(key: id).updateAll(
                db, Column("finishedAt").set(to: date), Column("filesTaken").set(to: filesTaken), Column("exitCode").set(to: exitCode))
        }
    }

    func lastRun() throws -> RunRecord? {
        try read { db in try RunRecord.order(Column("id").desc).fetchOne(db) }
    }

    // MARK: Files and attempts

    func file(id: Int64) throws -> FileRecord? {
        try readEach { db in try Self.file(db, id: id) }
    }

    static func file(_ db: Database, id: Int64) throws -> FileRecord? {
        try FileRecord.fetchOne(db.cachedStatement(sql: HotQuery.fileById), arguments: [id])
    }

    func file(claimToken: String) throws -> FileRecord? {
        try readEach { db in try Self.file(db, claimToken: claimToken) }
    }

    private static func file(_ db: Database, claimToken: String) throws -> FileRecord? {
        try FileRecord.fetchOne(db.cachedStatement(sql: HotQuery.fileByClaimToken), arguments: [claimToken])
    }

    func file(archivePath: String) throws -> FileRecord? {
        try read { db in try FileRecord.filter(Column("archivePath") == archivePath).fetchOne(db) }
    }

    func files(in state: FileRecord.State) throws -> [FileRecord] {
        try read { db in try FileRecord.filter(Column("state") == state.rawValue).fetchAll(db) }
    }

    func claimFile(_ claim: NewFile, owner: String) throws -> FileRecord {
        try write { db in try Self.claimFile(db, claim, owner: owner) }
    }

    func claimFiles(_ claims: [NewFile], owner: String) throws -> [FileRecord] {
        guard !claims.isEmpty else { return [] }
        return try write { db in try claims.map { try Self.claimFile(db, $0, owner: owner) } }
    }

    private static func claimFile(_ db: Database, _ claim: NewFile, owner: String) throws -> FileRecord {
        if let sighting = claim.sighting { try db.cachedStatement(sql: HotQuery.forgetSighting).execute(arguments: [sighting]) }
        if var existing = try file(db, claimToken: claim.claimToken) {
            existing.owner = owner
            try existing.update(db)
            return existing
        }
        let file = try insertFile(db, claim, owner: owner)
        try log(db, ActivityEntry(at: claim.at, flow: claim.flow, fileId: file.id, action: "claimed", detail: claim.name))
        return file
    }

    func registerQuarantined(_ claim: NewFile, owner: String) throws -> FileRecord {
        try write { db in
            if let existing = try Self.file(db, claimToken: claim.claimToken) { return existing }
            return try Self.insertFile(db, claim, owner: owner)
        }
    }

    /// The row of a freshly claimed file, with its first attempt.
    private static func insertFile(_ db: Database, _ claim: NewFile, owner: String) throws -> FileRecord {
        var file = FileRecord(
            id: nil, flow: claim.flow, originalName: claim.name, sha256: claim.sha256, size: claim.size, receivedAt: claim.at,
            processedAt: nil, attempt: 1, state: .processing, outcome: nil, claimToken: claim.claimToken,
            owner: owner, takenBy: owner, archivePath: nil, markerPath: nil, errorsJSON: nil,
            resolvedAt: nil, resolvedReason: nil)
        try file.insertRow(db)
        var attempt = AttemptRecord(
            id: nil, fileId: file.id ?? 0, number: 1, startedAt: claim.at, finishedAt: nil, outcome: nil, trigger: claim.trigger,
            reason: nil, forced: false)
        try attempt.insertRow(db)
        return file
    }

    func releaseUntouched(claimToken: String) throws -> Bool {
        try write { db -> Bool in
            guard let file = try FileRecord.filter(Column("claimToken") == claimToken).fetchOne(db), let id = file.id else {
                return true
            }
            let exports = try ExportRecord.filter(Column("fileId") == id).fetchCount(db)
            guard exports == 0, file.attempt == 1, file.state == .processing else { return false }
            try DocumentRecord.filter(Column("fileId") == id).deleteAll(db)
            try AttemptRecord.filter(Column("fileId") == id).deleteAll(db)
            try ActivityRecord.filter(Column("fileId") == id).deleteAll(db)
            try FileRecord.deleteOne(db, key: id)
            return true
        }
    }

    func markTimedOut(claimToken: String, at date: Date) throws {
        try write { db in
            try FileRecord.filter(Column("claimToken") == claimToken).updateAll(db, Column("timedOutAt").set(to: date))
        }
    }

    func earlierCopy(of file: FileRecord) throws -> FileRecord? {
        try readEach { db in
            try FileRecord.fetchOne(db.cachedStatement(sql: HotQuery.earlierCopy), arguments: [file.flow, file.sha256, file.id ?? 0])
        }
    }

    @discardableResult
    func recordOutcome(_ entry: OutcomeEntry) throws -> Bool {
        try write { db -> Bool in try Self.recordOutcome(db, entry) }
    }

    func completeFiles(_ completions: [FileCompletion]) throws -> [Bool] {
        try write { db -> [Bool] in
            try completions.map { completion in
                try Self.markDone(
                    db, completion.placed, documents: completion.documents, masterData: completion.masterData,
                    fileId: completion.outcome.fileId, at: completion.outcome.at, activity: completion.activity,
                    lifecycleStates: completion.lifecycleStates)
                return try Self.recordOutcome(db, completion.outcome)
            }
        }
    }

    private static func recordOutcome(_ db: Database, _ entry: OutcomeEntry) throws -> Bool {
        try db.cachedStatement(sql: HotQuery.fileOutcome).execute(arguments: [
            entry.outcome, entry.at.ledgerText, entry.errors.isEmpty ? "[]" : JSONText.encode(entry.errors), entry.state?.rawValue, entry.forgetArchivePath,
            entry.forgetArchivePath, entry.fileId,
        ])
        try db.cachedStatement(sql: HotQuery.attemptOutcome).execute(arguments: [
            entry.at.ledgerText, entry.outcome, entry.note.flatMap { StoredNotes.encode([$0]) }, entry.fileId, entry.attempt,
        ])
        try Self.log(db, ActivityEntry(at: entry.at, flow: entry.flow, fileId: entry.fileId, action: "processed", detail: entry.detail))
        guard entry.forgetArchivePath, let reserve = entry.reserve else { return true }
        // A statement that breaks the unique archive path is undone alone (SQLite rolls back
        // the statement, not the transaction): the outcome above stays.
        do {
            try db.cachedStatement(sql: HotQuery.reserveArchivePath).execute(arguments: [
                reserve.archivePath, reserve.markerPath, entry.fileId,
            ])
            return true
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            return false
        }
    }

    func reserveArchivePath(fileId: Int64, archivePath: String, markerPath: String?) throws -> Bool {
        do {
            try write { db in
                try FileRecord.filter(key: fileId).updateAll(
                    db, Column("archivePath").set(to: archivePath), Column("markerPath").set(to: markerPath))
            }
            return true
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            return false  // reserved by another file meanwhile
        }
    }

    func isArchivePathTaken(_ path: String, includingAttemptInputs: Bool) throws -> Bool {
        try readEach { db in
            if try Bool.fetchOne(db.cachedStatement(sql: HotQuery.isArchivePathTaken), arguments: [path]) == true { return true }
            guard includingAttemptInputs else { return false }
            return try AttemptRecord.filter(Column("inputPath") == path).fetchCount(db) > 0
        }
    }

    func markArchived(fileId: Int64) throws {
        try markArchived(fileIds: [fileId])
    }

    func markArchived(fileIds: [Int64]) throws {
        try write { db in
            try FileRecord.filter(keys: fileIds).updateAll(
                db, Column("state").set(to: FileRecord.State.archived.rawValue), Column("owner").set(to: nil))
        }
    }

    func latestInput(fileId: Int64) throws -> String? {
        try read { db in try Self.latestInput(db, fileId: fileId) }
    }

    private static func latestInput(_ db: Database, fileId: Int64) throws -> String? {
        let latest = try AttemptRecord.filter(Column("fileId") == fileId && Column("inputPath") != nil)
            .order(Column("number").desc).fetchOne(db)?.inputPath
        return try latest ?? FileRecord.fetchOne(db, key: fileId)?.archivePath
    }

    func beginReprocess(_ start: ReprocessStart) throws -> ReprocessTaken? {
        let id = start.fileId
        return try write { db -> ReprocessTaken? in
            guard var current = try FileRecord.fetchOne(db, key: id) else { return nil }
            let interrupted = current.state == .reprocessing && (current.owner.map(start.isDead) ?? true)
            guard current.state == .archived || interrupted else { return nil }
            current.owner = start.owner
            if interrupted {
                let row = try AttemptRecord.filter(Column("fileId") == id && Column("number") == current.attempt).fetchOne(db)
                try current.update(db)
                try Self.log(
                    db, ActivityEntry(at: start.at, flow: current.flow, fileId: id, action: "reprocess", detail: "attempt \(current.attempt) resumed"))
                return ReprocessTaken(file: current, forced: row?.forced ?? false, input: row?.inputPath ?? current.archivePath ?? "")
            }
            guard let request = start.request, let previousInput = try Self.latestInput(db, fileId: id) else { return nil }
            let input = start.stagedInput ?? previousInput
            // The previous attempt keeps what it read (a first attempt's row has it only on the file row).
            try AttemptRecord.filter(Column("fileId") == id && Column("number") == current.attempt).updateAll(
                db, Column("inputPath").set(to: Column("inputPath") ?? previousInput),
                Column("sha256").set(to: Column("sha256") ?? current.sha256), Column("size").set(to: Column("size") ?? current.size))
            let read = start.digest(input)
            if let read {
                current.sha256 = read.hex
                current.size = read.size
            }
            current.state = .reprocessing
            current.attempt += 1
            try current.update(db)
            var row = AttemptRecord(
                id: nil, fileId: id, number: current.attempt, startedAt: start.at, finishedAt: nil, outcome: nil,
                trigger: "reprocess", reason: request.reason, forced: request.force, inputPath: input,
                sha256: read?.hex, size: read?.size, actor: request.actor)
            try row.insertRow(db)
            try Self.log(
                db,
                ActivityEntry(
                    at: start.at, flow: current.flow, fileId: id, action: "reprocess",
                    detail: "attempt \(current.attempt)" + (request.force ? " (forced)" : "")
                        + (start.stagedInput.map { " with \($0)" } ?? "") + (request.reason.map { ": \($0)" } ?? ""),
                    actor: request.actor))
            return ReprocessTaken(file: current, forced: request.force, input: input)
        }
    }

    func resolve(fileId: Int64, reason: String, at date: Date, actor: String?) throws -> ResolveResult {
        try write { db -> ResolveResult in
            guard var file = try FileRecord.fetchOne(db, key: fileId) else { return .unknownFile }
            guard let outcome = file.outcome.flatMap(FileOutcome.init(rawValue:)), !outcome.isSuccess else {
                return .notFailed(file.outcome ?? file.state.rawValue)
            }
            file.resolvedAt = date
            file.resolvedReason = reason
            try file.update(db)
            try Self.log(db, ActivityEntry(at: date, flow: file.flow, fileId: fileId, action: "resolved", detail: reason, actor: actor))
            return .resolved
        }
    }

    func unresolvedArchivedFailures(flow: String?, since: Date?) throws -> [FileRecord] {
        try read { db in
            var request = FileRecord.filter(
                [FileOutcome.failed.rawValue, FileOutcome.partial.rawValue].contains(Column("outcome")) && Column("resolvedAt") == nil
                    && Column("state") == FileRecord.State.archived.rawValue)
            if let flow { request = request.filter(Column("flow") == flow) }
            if let since { request = request.filter(Column("receivedAt") >= since) }
            return try request.order(Column("id")).fetchAll(db)
        }
    }

    // MARK: Documents

    func clearDocuments(fileId: Int64, attempt: Int) throws {
        // Only a resumed attempt has documents to clear: a fresh one costs no write (and no sync).
        let any = try readEach { db in
            try Bool.fetchOne(db.cachedStatement(sql: HotQuery.hasDocuments), arguments: [fileId, attempt]) ?? false
        }
        guard any else { return }
        try write { db in
            _ = try DocumentRecord.filter(Column("fileId") == fileId && Column("attempt") == attempt).deleteAll(db)
        }
    }

    func documents(fileId: Int64, attempt: Int) throws -> [DocumentRecord] {
        try read { db in
            try DocumentRecord.filter(Column("fileId") == fileId && Column("attempt") == attempt).order(Column("ordinal")).fetchAll(db)
        }
    }

    static func insert(_ db: Database, _ documents: [DocumentRecord]) throws {
        try DocumentRecord.insertRows(documents, db, replacing: true)
    }

    // MARK: Activity

    func logActivity(_ entry: ActivityEntry) throws {
        try write { db in try Self.log(db, entry) }
    }

    static func log(_ db: Database, _ entry: ActivityEntry) throws {
        var record = ActivityRecord(
            id: nil, at: entry.at, flow: entry.flow, fileId: entry.fileId, action: entry.action, key: entry.key, detail: entry.detail,
            actor: entry.actor)
        try record.insertRow(db)
    }
}
