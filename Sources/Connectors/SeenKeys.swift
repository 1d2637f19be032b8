import Diagnostics
import Foundation
import GRDB

/// The group keys a file's reader has met, each with the line its first run began at, to
/// spot a key that comes back (`RecordRuns`). The first `inMemory` keys are kept in memory;
/// beyond them, all of them move to a private temporary SQLite database (on disk, removed
/// when closed, its page cache bounded), so a file of millions of orders is read in bounded
/// memory.
struct SeenKeys {
    static let defaultInMemory = 32_768

    private let inMemory: Int
    private var memory: [[String]: Int] = [:]
    private var scratch: Scratch?

    init(inMemory: Int = defaultInMemory) {
        self.inMemory = inMemory
    }

    /// Where `key` was first met, or nil (and `line` kept for it) the first time.
    /// - Throws: `FerryError` (`INPUT-009`) when the scratch database fails (a full disk).
    mutating func earlierLine(of key: [String], startingAt line: Int, location: Location) throws -> Int? {
        if let scratch {
            return try scratch.earlierLine(of: key, startingAt: line, location: location)
        }
        if let earlier = memory[key] { return earlier }
        guard memory.count >= inMemory else {
            memory[key] = line
            return nil
        }
        let moved = try Scratch(location: location)
        try moved.keep(memory, location: location)
        memory = [:]
        scratch = moved
        return try moved.earlierLine(of: key, startingAt: line, location: location)
    }

    /// Keys as one text: each part preceded by its length, so no two lists of parts meet.
    static func text(of key: [String]) -> String {
        key.map { "\($0.utf8.count):\($0)" }.joined()
    }

    /// The temporary database, closed (and removed) when the reader holding it is done.
    private final class Scratch {
        let queue: DatabaseQueue

        init(location: Location) throws {
            var configuration = Configuration()
            configuration.label = "ferry-seen-keys"
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -2048")
            }
            do {
                // An empty path: SQLite's private temporary database, removed when closed.
                queue = try DatabaseQueue(path: "", configuration: configuration)
                try queue.inDatabase { db in
                    try db.execute(sql: "CREATE TABLE seen (key TEXT PRIMARY KEY NOT NULL, line INTEGER NOT NULL) WITHOUT ROWID")
                }
            } catch {
                throw Self.failure(error, at: location)
            }
        }

        func keep(_ keys: [[String]: Int], location: Location) throws {
            do {
                try queue.inTransaction { db in
                    let insert = try db.cachedStatement(sql: "INSERT INTO seen (key, line) VALUES (?, ?)")
                    for (key, line) in keys { try insert.execute(arguments: [SeenKeys.text(of: key), line]) }
                    return .commit
                }
            } catch {
                throw Self.failure(error, at: location)
            }
        }

        func earlierLine(of key: [String], startingAt line: Int, location: Location) throws -> Int? {
            let text = SeenKeys.text(of: key)
            do {
                return try queue.inDatabase { db in
                    let insert = try db.cachedStatement(sql: "INSERT INTO seen (key, line) VALUES (?, ?) ON CONFLICT (key) DO NOTHING")
                    try insert.execute(arguments: [text, line])
                    if db.changesCount == 1 { return nil }
                    return try Int.fetchOne(db.cachedStatement(sql: "SELECT line FROM seen WHERE key = ?"), arguments: [text])
                }
            } catch {
                throw Self.failure(error, at: location)
            }
        }

        static func failure(_ error: any Error, at location: Location) -> FerryError {
            let folder = ProcessInfo.processInfo.environment["SQLITE_TMPDIR"] ?? ProcessInfo.processInfo.environment["TMPDIR"] ?? "/var/tmp"
            let reason = (error as? DatabaseError)?.message ?? String(describing: error)
            return FerryError(.inputScratchFailed, at: location, ["folder": folder, "reason": reason])
        }
    }
}
