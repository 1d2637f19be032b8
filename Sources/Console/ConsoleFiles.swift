import Configuration
import Engine
import Foundation

/// Reads inputs and payloads for viewing, named by ledger id only: the path comes from the
/// ledger, never from the request, and must resolve (links followed) inside the root's
/// archive or a configured outbox folder. Reads are capped.
struct ConsoleFiles: Sendable {
    let layout: RootLayout
    /// Real paths of the folders whose files may be shown.
    let allowed: [String]

    init(layout: RootLayout, config: FerryConfig) {
        self.layout = layout
        var folders = [layout.root + "/archive"]
        for flow in config.flows {
            for target in flow.targets { folders.append(layout.outbox(target)) }
        }
        allowed = folders.compactMap(Self.realPath)
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The real path of a ledger path when it lies inside an allowed folder and is a regular file.
    func confined(_ ledgerPath: String) -> String? {
        guard let real = Self.realPath(layout.resolve(ledgerPath)) else { return nil }
        guard allowed.contains(where: { real.hasPrefix($0 + "/") }) else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
        return real
    }

    struct Excerpt: Sendable {
        var path: String
        var text: String
        var size: Int64
        var capped: Bool
    }

    /// The first `cap` bytes of the file at `ledgerPath`, as text.
    func excerpt(_ ledgerPath: String, cap: Int = 64 * 1024) -> Excerpt? {
        guard let real = confined(ledgerPath), let handle = FileHandle(forReadingAtPath: real) else { return nil }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: cap + 1)) ?? Data()
        let size = ((try? FileManager.default.attributesOfItem(atPath: real))?[.size] as? NSNumber)?.int64Value ?? Int64(data.count)
        let capped = data.count > cap
        let shown = data.prefix(cap)
        // Shown as written (not re-formatted: a number must read exactly as the file has it).
        let text = String(decoding: shown, as: UTF8.self)
        return Excerpt(path: layout.relative(ledgerPath), text: text, size: size, capped: capped)
    }

    /// A payload: where it was written to the outbox, or Ferry's own copy once the partner took it.
    func payload(_ export: ConsoleExport, cap: Int = 1024 * 1024) -> Excerpt? {
        excerpt(export.outputPath, cap: cap) ?? excerpt(export.copyPath, cap: cap)
    }
}
