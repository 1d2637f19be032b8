import Configuration
import Diagnostics
import Foundation
import Glibc

/// Why an inbox file is not being taken yet, or that it is ready.
public enum Readiness: Sendable, Hashable {
    case ready
    /// Still changing, or not yet unchanged for the settle time. Ready at the given date.
    case settling(readyAt: Date)
    case waitingForMarker
    /// A marker (`NAME.done`) whose data file `NAME` is not in the inbox.
    case orphanMarker
    case excludedByPattern
    case flowDisabled
    case symlinkOutsideRoot
    /// A symlink whose target does not exist.
    case brokenSymlink
    /// Not a regular file: a sub-folder, a FIFO, a socket, a device. Never taken.
    case notAFile(FileKind)
    case unreadableName
    /// Claimed, then put back: a sender (or a process that inherited its descriptor) still
    /// has it open for writing. Settles again once it is closed.
    case openForWriting

    /// The reason as a stable identifier (`--json`, scripts).
    public var reason: String {
        switch self {
        case .ready: "ready"
        case .settling: "settling"
        case .waitingForMarker: "waiting for marker"
        case .orphanMarker: "orphan marker (no data file)"
        case .excludedByPattern: "excluded by pattern"
        case .flowDisabled: "flow disabled"
        case .symlinkOutsideRoot: "symlink outside root"
        case .brokenSymlink: "symlink to nothing"
        case .notAFile(let kind): "ignored: " + kind.rawValue
        case .unreadableName: "file name is not valid UTF-8 (rename it)"
        case .openForWriting: "still open for writing"
        }
    }

    /// The reason for people, in any language.
    public var note: Note {
        switch self {
        case .ready: Note(.waitingReady)
        case .settling: Note(.waitingSettling)
        case .waitingForMarker: Note(.waitingForMarker)
        case .orphanMarker: Note(.waitingOrphanMarker)
        case .excludedByPattern: Note(.waitingExcluded)
        case .flowDisabled: Note(.waitingFlowDisabled)
        case .symlinkOutsideRoot: Note(.waitingSymlinkOutsideRoot)
        case .brokenSymlink: Note(.waitingBrokenSymlink)
        case .notAFile(let kind): Note(kind.note)
        case .unreadableName: Note(.waitingUnreadableName)
        case .openForWriting: Note(.waitingOpenForWriting)
        }
    }
}

/// What an inbox entry that is not a regular file is.
public enum FileKind: String, Sendable, Hashable {
    case folder, fifo, socket, device

    init?(mode: UInt32) {
        switch mode & UInt32(S_IFMT) {
        case UInt32(S_IFDIR): self = .folder
        case UInt32(S_IFIFO): self = .fifo
        case UInt32(S_IFSOCK): self = .socket
        case UInt32(S_IFCHR), UInt32(S_IFBLK): self = .device
        default: return nil
        }
    }

    var note: ErrorCode {
        switch self {
        case .folder: .waitingFolder
        case .fifo: .waitingFIFO
        case .socket: .waitingSocket
        case .device: .waitingDevice
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
    let ledger: any LedgerStore

    /// Names that are never inputs: hidden and partial-transfer names.
    static func isIgnored(_ name: String) -> Bool {
        if name.hasPrefix(".") || name.hasSuffix("~") { return true }
        let lowered = name.lowercased()
        return [".tmp", ".part", ".filepart", ".crdownload"].contains { lowered.hasSuffix($0) }
    }

    static func matches(_ name: String, _ patterns: [String]) -> Bool {
        patterns.contains { fnmatch($0, name, 0) == 0 }
    }

    /// Files looked at together: their sightings read and written in one transaction each.
    static let sliceSize = 1024

    /// Scans one flow's whole inbox (for `ferry status` and the console; a pass goes a slice
    /// at a time). With `record`, first sightings and changes are written to the ledger;
    /// without, it only reads.
    func scan(_ flow: FlowConfig, now: Date, record: Bool) throws -> [InboxEntry] {
        let listing = InboxListing(folder: layout.inbox(flow))
        if record { try forgetStaleSightings(flow, listing: listing) }
        return try scan(flow, listing: listing, range: 0..<listing.count, now: now, record: record)
    }

    /// Drops the sightings of files that have left `flow`'s inbox (taken files' go when they
    /// are claimed): those not in `listing`.
    func forgetStaleSightings(_ flow: FlowConfig, listing: InboxListing) throws {
        let prefix = layout.inbox(flow) + "/"
        let stale = try ledger.staleSightings(under: prefix) { path in listing.contains(String(path.dropFirst(prefix.count))) }
        if !stale.isEmpty { try ledger.updateSightings(removing: stale, saving: []) }
    }

    /// Looks at the files of `listing` in `range`: what each is and whether it is complete,
    /// in the listing's order (oldest first). With `record`, their new and changed sightings
    /// are written in one transaction. The first slice also lists the names that are not
    /// UTF-8 (never taken, never silently ignored).
    func scan(_ flow: FlowConfig, listing: InboxListing, range: Range<Int>, now: Date, record: Bool) throws -> [InboxEntry] {
        let inbox = layout.inbox(flow)
        var entries: [InboxEntry] = []
        if range.lowerBound == 0 {
            entries = listing.unreadable.map { InboxEntry(name: $0, readiness: .unreadableName, stat: nil) }
        }
        let markerSuffixes = flow.pickup.markerSuffixes
        let names = range.map(listing.name(at:)).filter { name in
            // A marker belongs to its file.
            !markerSuffixes.contains { name.hasSuffix($0) && listing.contains(String(name.dropLast($0.count))) }
        }
        // With `settle: 0` a file is ready when it is seen: nothing to remember of it.
        let settling = flow.enabled && !flow.pickup.markerMode && flow.pickup.settleSeconds > 0
        let known = settling ? try ledger.sightings(at: names.map { inbox + "/" + $0 }) : []
        var sightings = Dictionary(known.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var changed: [SightingRecord] = []
        for name in names {
            let path = inbox + "/" + name
            guard var info = FileStat(path: path) else { continue }
            if info.isSymlink {
                // realpath(3) resolves relative links (`../shared/o.json`) from the link's folder.
                guard let real = Self.realPath(path) else {
                    entries.append(InboxEntry(name: name, readiness: .brokenSymlink, stat: info))
                    continue
                }
                let realRoot = Self.realPath(layout.root) ?? layout.root
                guard real.hasPrefix(layout.root + "/") || real.hasPrefix(realRoot + "/"), let target = FileStat(path: real) else {
                    entries.append(InboxEntry(name: name, readiness: .symlinkOutsideRoot, stat: info))
                    continue
                }
                info = target
            }
            guard info.isRegular else {
                // Listed with why, never silently invisible; never taken.
                if let kind = FileKind(mode: info.fileType) {
                    entries.append(InboxEntry(name: name, readiness: .notAFile(kind), stat: info))
                }
                continue
            }
            guard flow.enabled else {
                entries.append(InboxEntry(name: name, readiness: .flowDisabled, stat: info))
                continue
            }
            if !Self.matches(name, flow.pickup.include) || Self.matches(name, flow.pickup.exclude) {
                entries.append(InboxEntry(name: name, readiness: .excludedByPattern, stat: info))
                continue
            }
            if flow.pickup.markerMode {
                if markerSuffixes.contains(where: { name.hasSuffix($0) && name.count > $0.count }) {
                    // Its data file is not here (a marker with one is skipped above).
                    entries.append(InboxEntry(name: name, readiness: .orphanMarker, stat: info))
                    continue
                }
                let marker = markerSuffixes.map { name + $0 }.first { listing.contains($0) }
                entries.append(InboxEntry(name: name, readiness: marker == nil ? .waitingForMarker : .ready, marker: marker, stat: info))
                continue
            }
            guard settling else {
                entries.append(InboxEntry(name: name, readiness: .ready, stat: info))
                continue
            }
            let readyAt = settle(path: path, info: info, now: now, settle: flow.pickup.settleSeconds, known: &sightings, changed: &changed)
            entries.append(InboxEntry(name: name, readiness: readyAt <= now ? .ready : .settling(readyAt: readyAt), stat: info))
        }
        if record && !changed.isEmpty {
            try ledger.updateSightings(removing: [], saving: changed)
        }
        return entries
    }

    /// When the file at `path` counts as complete: settle time after it was first seen
    /// or last seen changing. A new or changed sighting is added to `changed`.
    private func settle(
        path: String, info: FileStat, now: Date, settle: Double, known: inout [String: SightingRecord],
        changed: inout [SightingRecord]
    ) -> Date {
        let existing = known[path]
        if let existing, existing.size == info.size, existing.modifiedNanos == info.modifiedNanos,
            existing.inode == Int64(bitPattern: info.inode)
        {
            return existing.changedAt.addingTimeInterval(settle)
        }
        let sighting = SightingRecord(
            path: path, size: info.size, modifiedNanos: info.modifiedNanos, inode: Int64(bitPattern: info.inode),
            firstSeenAt: existing?.firstSeenAt ?? now, changedAt: now)
        known[path] = sighting
        changed.append(sighting)
        return now.addingTimeInterval(settle)
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
