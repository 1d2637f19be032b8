import Foundation
import Glibc

/// Step 4 of the export protocol, shared by the exporter and recovery: each payload's
/// temporary file renamed to its final name (never replacing: the next free `~N` name when
/// the name is taken), Ferry's copy renamed beside its final place, then the folders of
/// both made durable.
enum ExportPlacing {
    struct Item {
        /// Absolute paths.
        var tempPath: String
        var finalPath: String
        var copyTempPath: String
        var copyPath: String
        /// The ids of its intents, when known (not in recovery): step 5 marks them by id.
        var intentIds: [Int64] = []
    }

    /// Places `items` and returns where each ended up, in order.
    ///
    /// `recovering`: the items are intents of a stopped process, which may have renamed some
    /// already: a temporary file (or copy) that is gone was placed, and is left as it is.
    /// The fault points are the exporter's (recovery passes none).
    static func place(_ items: [Item], layout: RootLayout, faults: FaultInjector?, recovering: Bool = false) throws -> [Placement] {
        var placements: [Placement] = []
        var folders: [String] = []
        for item in items {
            var finalPath = item.finalPath
            if !recovering || FileIO.exists(item.tempPath) {
                let folder = PathText.folder(of: finalPath)
                if recovering { try FileIO.makeDirectories(folder) }
                do {
                    finalPath = try renameNoReplace(tempPath: item.tempPath, finalPath: finalPath)
                } catch let failure as IOFailure where recovering && failure.errno == ENOENT {
                    // Renamed in the meantime: the rename happened.
                }
                if !folders.contains(folder) { folders.append(folder) }
                try faults?.hit(.afterRename)
            }
            if !recovering || FileIO.exists(item.copyTempPath) {
                try FileIO.rename(item.copyTempPath, item.copyPath)
                let folder = PathText.folder(of: item.copyPath)
                if !folders.contains(folder) { folders.append(folder) }
            }
            placements.append(
                Placement(
                    tempPath: item.tempPath, outputPath: layout.relative(finalPath), intentIds: item.intentIds,
                    renamedAside: finalPath != item.finalPath))
        }
        for folder in folders {
            try FileIO.syncDirectory(folder)
        }
        try faults?.hit(.afterDirectorySync)
        return placements
    }

    /// Renames a payload's temporary file to its final name without replacing anything;
    /// when the name is taken, uses the next free `~N` name. Returns the final path.
    static func renameNoReplace(tempPath: String, finalPath: String) throws -> String {
        var candidate = finalPath
        var attempt = 1
        while true {
            if try FileIO.renameNoReplace(tempPath, candidate) { return candidate }
            attempt += 1
            let folder = PathText.folder(of: finalPath)
            candidate = folder + "/" + OutputNaming.alternative(PathText.name(of: finalPath), attempt: attempt)
        }
    }
}
