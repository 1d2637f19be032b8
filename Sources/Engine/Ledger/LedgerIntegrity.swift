import Diagnostics
import Foundation
import GRDB
import Glibc

/// The ledger is missing, has lost commits, or is malformed. Ferry refuses to work on such a
/// root (exit 7): processing on would export again what was already exported.
public struct LedgerDamaged: Error, Sendable, CustomStringConvertible {
    public let error: FerryError

    init(_ code: ErrorCode, ledger: String, _ arguments: [String: String] = [:]) {
        var arguments = arguments
        arguments["ledger"] = ledger
        error = FerryError(code, at: Location(file: ledger), arguments)
    }

    public var description: String { error.description }
}

/// A counter of the ledger's write transactions, mirrored outside it.
///
/// Every write transaction adds one to `ledgerMeta.generation`; once the commit is durable
/// (`synchronous=FULL`), the process writes the new value into `.ferry/ledger.generation`.
/// The mirror is never fsynced and several processes write it, so it may lag the ledger, but
/// it can never be ahead of a durable commit. A ledger whose generation is below the mirror
/// has therefore lost commits (a damaged WAL that SQLite silently truncated, a ledger file
/// replaced by an older copy): Ferry stops instead of exporting again.
final class GenerationMirror: Sendable {
    let path: String
    private let descriptor: Int32

    init(path: String) throws {
        self.path = path
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw IOFailure("open", path) }
    }

    deinit { close(descriptor) }

    /// The generation mirrored in the file at `path`, or nil when there is none.
    static func value(at path: String) -> Int64? {
        guard FileIO.exists(path), let mirror = try? GenerationMirror(path: path) else { return nil }
        return mirror.read()
    }

    /// The mirrored generation, or nil when the file is empty or unreadable.
    func read() -> Int64? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 32, 0) }
        guard count > 0 else { return nil }
        let text = String(decoding: buffer.prefix(count), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return Int64(text)
    }

    /// Records `generation` (fixed width, one write; not fsynced, see the type's comment).
    func record(_ generation: Int64) {
        let text = Array(String(format: "%020lld\n", generation).utf8)
        _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, text.count, 0) }
    }
}

extension Ledger {
    /// The mirror of `ledgerPath`: `.ferry/ledger.generation` beside `.ferry/ledger.sqlite`.
    static func generationPath(ledgerPath: String) -> String {
        (ledgerPath as NSString).deletingPathExtension + ".generation"
    }

    /// Adds one to the ledger's generation inside the current write transaction.
    static func nextGeneration(_ db: Database) throws -> Int64 {
        try db.cachedStatement(sql: HotQuery.raiseGeneration).execute()
        return try Int64.fetchOne(db.cachedStatement(sql: HotQuery.generation)) ?? 0
    }

    /// A consistent copy of the ledger in a new file (`VACUUM INTO`), taken while other
    /// processes go on writing; mode 0600 like the ledger.
    public func backup(to destination: String) throws {
        try pool.writeWithoutTransaction { try $0.execute(sql: "VACUUM INTO ?", arguments: [destination]) }
        chmod(destination, 0o600)
    }

    /// The generation of the last durable commit.
    public func generation() throws -> Int64 {
        try read { try Int64.fetchOne($0, sql: "SELECT generation FROM ledgerMeta WHERE id = 1") ?? 0 }
    }

    /// Refuses a ledger that has lost commits (its generation below the mirror's), and one
    /// that SQLite finds malformed after a process died mid-run (`PRAGMA quick_check`).
    func verify(mirror: GenerationMirror) throws {
        // The mirror first: a commit that lands between the two reads only raises the ledger.
        let mirrored = mirror.read()
        let current = try generation()
        if let mirrored, mirrored > current {
            throw LedgerDamaged(.ledgerLostCommits, ledger: path, ["recorded": String(mirrored), "found": String(current)])
        }
        let unfinished = try read { db in
            try Bool.fetchOne(db, sql: "SELECT finishedAt IS NULL FROM run ORDER BY id DESC LIMIT 1") ?? false
        }
        // Only when no Ferry process is alive on the root: then the unfinished run crashed (a
        // live `watch` also leaves its run open), and no command pays for the check while it runs.
        if unfinished && Self.liveOwner(stateDirectory: PathText.folder(of: path)) == nil {
            let result = try read { try String.fetchAll($0, sql: "PRAGMA quick_check") }
            if result != ["ok"] {
                throw LedgerDamaged(.ledgerMalformed, ledger: path, ["detail": result.prefix(3).joined(separator: "; ")])
            }
        }
    }

    /// The token of a Ferry process that holds its owner lock under `stateDirectory`, if any.
    static func liveOwner(stateDirectory: String) -> String? {
        let probe = OwnerLock(observerIn: stateDirectory)
        return FileIO.list(stateDirectory + "/owners").filter { $0.hasSuffix(".lock") }
            .map { String($0.dropLast(".lock".count)) }
            .first { !probe.isDead($0) }
    }

    /// Whether `archive/` shows that this root processed files: a status record, or a copy of
    /// a payload already in place (a file in flight when the ledger was lost has no status
    /// record yet, but its exports left copies). A root whose ledger is missing or empty then
    /// lost it, and must not start over. Stops at the first sign found.
    static func archiveShowsProcessing(_ archive: String) -> Bool {
        guard let walker = FileManager.default.enumerator(atPath: archive) else { return false }
        let copies = "/" + RootLayout.payloadCopiesFolder + "/"
        while let next = walker.nextObject() as? String {
            let name = PathText.name(of: next)
            guard !name.hasPrefix(".") else { continue }
            if next.hasSuffix(".status.json") { return true }
            if next.contains(copies), let attributes = walker.fileAttributes, attributes[.type] as? FileAttributeType == .typeRegular {
                return true
            }
        }
        return false
    }

    /// The ledger file is absent or empty (never created, deleted or truncated).
    static func isAbsentOrEmpty(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) != 0 || info.st_size == 0
    }
}
