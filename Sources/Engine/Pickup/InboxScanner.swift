import Configuration
import Foundation
import GRDB
import Glibc

/// Why an inbox file is not being taken yet, or that it is ready.
public enum Readiness: Sendable, Hashable {
    case ready
    /// Still changing, or not yet unchanged for the settle time. Ready at the given date.
    case settling(readyAt: Date)
    case waitingForMarker
    case excludedByPattern
    case flowDisabled
    case symlinkOutsideRoot
    case unreadableName

    public var reason: String {
        switch self {
        case .ready: "ready"
        case .settling: "settling"
        case .waitingForMarker: "waiting for marker"
        case .excludedByPattern: "excluded by pattern"
        case .flowDisabled: "flow disabled"
        case .symlinkOutsideRoot: "symlink outside root"
        case .unreadableName: "file name is not valid UTF-8 (rename it)"
        }
    }
}

/// One file seen in an inbox.
public struct InboxEntry: Sendable, Hashable {
    public var name: String
    public var readiness: Readiness
    public var marker: String?
    var stat: FileStat?
}

/// Lists inbox files and decides which are complete, using first sightings kept in the ledger.
struct InboxScanner {
    let layout: RootLayout
    let ledger: Ledger

    /// Names that are never inputs: hidden and partial-transfer names.
    static func isIgnored(_ name: String) -> Bool {
        if name.hasPrefix(".") || name.hasSuffix("~") { return true }
        let lowered = name.lowercased()
        return [".tmp", ".part", ".filepart", ".crdownload"].contains { lowered.hasSuffix($0) }
    }

    static func matches(_ name: String, _ patterns: [String]) -> Bool {
        patterns.contains { fnmatch($0, name, 0) == 0 }
    }

    /// Scans one flow's inbox. With `record`, first sightings and changes are written to
    /// the ledger; without, it only reads (for `ferry status`).
    func scan(_ flow: FlowConfig, now: Date, record: Bool) throws -> [InboxEntry] {
        let inbox = layout.inbox(flow)
        let listing = FileIO.listRaw(inbox)
        let names = listing.compactMap(\.name).filter { !Self.isIgnored($0) }.sorted()
        if record { try pruneSightings(under: inbox, keeping: Set(names)) }
        let markerSuffixes = flow.pickup.markerSuffixes
        let present = Set(names)
        var entries: [InboxEntry] = []
        for name in names {
            if markerSuffixes.contains(where: { name.hasSuffix($0) && present.contains(String(name.dropLast($0.count))) }) {
                continue  // a marker belongs to its file
            }
            let path = inbox + "/" + name
            guard var info = FileStat(path: path) else { continue }
            if info.isSymlink {
                let real = (path as NSString).resolvingSymlinksInPath
                guard real.hasPrefix(layout.root + "/"), let target = FileStat(path: real) else {
                    entries.append(InboxEntry(name: name, readiness: .symlinkOutsideRoot, stat: info))
                    continue
                }
                info = target
            }
            guard info.isRegular else { continue }
            guard flow.enabled else {
                entries.append(InboxEntry(name: name, readiness: .flowDisabled, stat: info))
                continue
            }
            if !Self.matches(name, flow.pickup.include) || Self.matches(name, flow.pickup.exclude) {
                entries.append(InboxEntry(name: name, readiness: .excludedByPattern, stat: info))
                continue
            }
            if flow.pickup.markerMode {
                let marker = markerSuffixes.map { name + $0 }.first { present.contains($0) }
                entries.append(InboxEntry(name: name, readiness: marker == nil ? .waitingForMarker : .ready, marker: marker, stat: info))
                continue
            }
            let readyAt = try settle(path: path, info: info, now: now, settle: flow.pickup.settleSeconds, record: record)
            entries.append(InboxEntry(name: name, readiness: readyAt <= now ? .ready : .settling(readyAt: readyAt), stat: info))
        }
        // A name Ferry cannot even spell is never silently ignored.
        for entry in listing where entry.name == nil && !entry.display.hasPrefix(".") {
            entries.append(InboxEntry(name: entry.display, readiness: .unreadableName, stat: nil))
        }
        return entries.sorted { ($0.stat?.modifiedNanos ?? 0, $0.name) < ($1.stat?.modifiedNanos ?? 0, $1.name) }
    }

    /// When the file at `path` counts as complete: settle time after it was first seen
    /// or last seen changing.
    private func settle(path: String, info: FileStat, now: Date, settle: Double, record: Bool) throws -> Date {
        let existing = try ledger.read { db in try SightingRecord.fetchOne(db, key: path) }
        if let existing, existing.size == info.size, existing.modifiedNanos == info.modifiedNanos,
            existing.inode == Int64(bitPattern: info.inode)
        {
            return existing.changedAt.addingTimeInterval(settle)
        }
        guard record else { return now.addingTimeInterval(settle) }
        let sighting = SightingRecord(
            path: path, size: info.size, modifiedNanos: info.modifiedNanos, inode: Int64(bitPattern: info.inode),
            firstSeenAt: existing?.firstSeenAt ?? now, changedAt: now)
        try ledger.write { db in try sighting.save(db) }
        return now.addingTimeInterval(settle)
    }

    /// Drops first sightings of files that have left this inbox.
    private func pruneSightings(under inbox: String, keeping names: Set<String>) throws {
        let prefix = inbox + "/"
        let stale = try ledger.read { db in
            try String.fetchAll(db, sql: "SELECT path FROM sighting WHERE substr(path, 1, length(?)) = ?", arguments: [prefix, prefix])
        }.filter { path in
            let name = String(path.dropFirst(prefix.count))
            return !names.contains(name)
        }
        guard !stale.isEmpty else { return }
        try ledger.write { db in
            for path in stale { _ = try SightingRecord.deleteOne(db, key: path) }
        }
    }

    func forget(path: String) throws {
        try ledger.write { db in _ = try SightingRecord.deleteOne(db, key: path) }
    }
}
