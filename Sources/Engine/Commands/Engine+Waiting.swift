import Foundation

/// A flow's inbox at a glance: how many files are not taken yet, and since when the oldest waits.
public struct InboxWaiting: Sendable {
    public var flow: String
    public var count: Int
    /// The oldest waiting file's modification time.
    public var oldest: Date?
}

extension Engine {
    /// Per flow, the files `status` lists as waiting (ready ones included), without the ledger's
    /// counts: an inbox listing and the sightings, cheap enough for every `/metrics` scrape.
    public func inboxWaiting() throws -> [InboxWaiting] {
        let scanner = InboxScanner(layout: context.layout, ledger: context.ledger)
        return try flows.map { flow in
            let entries = try scanner.scan(flow.config, now: context.now(), record: false)
            let oldest = entries.compactMap { $0.stat.map { Date(timeIntervalSince1970: Double($0.modifiedNanos) / 1_000_000_000) } }.min()
            return InboxWaiting(flow: flow.config.name, count: entries.count, oldest: oldest)
        }
    }
}
