import Foundation
import Glibc

/// Finishes what stopped Ferry processes left half done. Runs before each pass.
///
/// `includeOwn`: at the start of a pass this process has nothing in flight, so its own
/// leftovers (from a pass an environment error stopped) are finished like a dead one's.
struct Recovery {
    let context: EngineContext
    var includeOwn = false

    /// Ferry's copy of a payload waits beside its final place, under the outbox temporary
    /// file's name, until the intent commits.
    static func copyTemp(of export: ExportRecord, in layout: RootLayout) -> String {
        let folder = PathText.folder(of: layout.resolve(export.copyPath))
        return folder + "/" + PathText.name(of: export.tempPath)
    }

    func isStale(_ owner: String?) -> Bool {
        guard let owner else { return true }
        return (includeOwn && owner == context.owner.token) || context.owner.isDead(owner)
    }

    /// Completes every pending export whose owner is gone: its temporary file still there
    /// means the rename did not happen (do it now); gone means it did (or the partner
    /// already took the file). Either way the export is done exactly once.
    func completePendingExports() throws {
        let pending = try context.ledger.pendingExports()
        var handled = Set<String>()
        for export in pending where isStale(export.owner) && handled.insert(export.tempPath).inserted {
            // Take the intent over first, so of several live processes only one finishes it.
            guard try context.ledger.takeOverIntent(tempPath: export.tempPath, from: export.owner, to: context.owner.token) else {
                continue
            }
            // Steps 4 and 5 of the export protocol, as the exporter runs them.
            let item = ExportPlacing.Item(
                tempPath: export.tempPath, finalPath: context.layout.resolve(export.outputPath),
                copyTempPath: Recovery.copyTemp(of: export, in: context.layout), copyPath: context.layout.resolve(export.copyPath))
            let placements = try ExportPlacing.place([item], layout: context.layout, faults: nil, recovering: true)
            for placement in placements {
                try context.ledger.markDone(
                    [placement], documents: [], masterData: [], fileId: export.fileId, at: context.now(),
                    activity: [
                        ActivityEntry(
                            at: context.now(), flow: nil, fileId: export.fileId, action: "recovered", key: export.key,
                            detail: "completed export interrupted by a stopped process: \(placement.outputPath)")
                    ])
            }
        }
    }

    /// Removes hidden temporary files that stopped processes wrote but never recorded an
    /// intent for: in the outboxes and in today's and yesterday's payload-copy folders; and
    /// their unfinished status records (`.NAME.status.json.OWNER.tmp`) in those days' archive
    /// folders (the record is written again when the file is sealed).
    func removeOrphanTemporaries(outboxes: [String], flows: [String]) throws {
        let referenced = Set(try context.ledger.pendingExports().flatMap { export in
            [export.tempPath, Recovery.copyTemp(of: export, in: context.layout)]
        })
        var folders = outboxes
        for flow in flows {
            for day in [context.now(), context.now().addingTimeInterval(-86_400)] {
                let archive = context.layout.archiveDirectory(flow: flow, day: day)
                let payloads = archive + "/" + RootLayout.payloadCopiesFolder
                folders += FileIO.list(payloads).map { payloads + "/" + $0 }
                folders.append(archive)
            }
        }
        for folder in folders {
            for name in FileIO.list(folder) where name.hasPrefix(".") && name.hasSuffix(".tmp") {
                let parts = name.split(separator: ".")
                guard parts.count >= 3 else { continue }
                let owner = String(parts[parts.count - 2])
                let path = folder + "/" + name
                guard owner.hasPrefix("p"), isStale(owner), !referenced.contains(path) else {
                    continue
                }
                FileIO.remove(path)
            }
        }
    }
}
