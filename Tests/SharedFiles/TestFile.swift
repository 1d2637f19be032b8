import Foundation
import Glibc

/// Writes the files tests drop into inboxes.
///
/// `Data.write` opens without `O_CLOEXEC`. The test process runs many tests at once and starts
/// `ferry` processes (a watch, a console) that live for seconds: one started while another test
/// has its input open would inherit that descriptor and keep the file open for writing, and
/// Ferry rightly leaves such a file in the inbox (`still open for writing`). Opened here with
/// `O_CLOEXEC`, a test's file is never held by a process it did not start.
public enum TestFile {
    /// A new, empty folder under the system's temporary folder, named `<prefix>-<UUID>`.
    public static func temporaryFolder(_ prefix: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(prefix + "-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes `data` at `path` (creating or replacing it). With `atomically`, under a hidden
    /// name first and then renamed into place, so a watch never sees half of it.
    public static func write(_ data: Data, to path: String, atomically: Bool = false) throws {
        let url = URL(fileURLWithPath: path)
        let target = atomically
            ? url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + "." + UUID().uuidString).path
            : path
        let fd = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var written = 0
        let failure: Int32? = data.withUnsafeBytes { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            while written < buffer.count {
                let count = Glibc.write(fd, base + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += count
            }
            return nil
        }
        close(fd)
        if let failure { throw POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO) }
        if atomically, rename(target, path) != 0 { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    /// Writes `text` as UTF-8 at `path`.
    public static func write(_ text: String, to path: String, atomically: Bool = false) throws {
        try write(Data(text.utf8), to: path, atomically: atomically)
    }
}
