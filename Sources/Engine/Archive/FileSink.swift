import Glibc

/// An exclusive new file written in pieces, fsynced on close (unless the caller syncs it later
/// with others: `close(sync: false)`, then `FileIO.syncFiles`).
final class FileSink {
    private var fd: Int32
    let path: String
    /// Small writes (a status record's entries) gathered into one `write(2)` per 64 KiB.
    private var pending: [UInt8] = []
    private static let bufferSize = 64 * 1024

    init(path: String, mode: mode_t = 0o666) throws {
        self.path = path
        fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, FileIO.effectiveMode(UInt16(mode)))
        guard fd >= 0 else { throw IOFailure("create", path) }
    }

    deinit { if fd >= 0 { Glibc.close(fd) } }

    func write(_ text: String) throws {
        try write(bytes: Array(text.utf8)[...])
    }

    /// Buffered: the bytes reach the file by the next 64 KiB or by `close`.
    func write(bytes: ArraySlice<UInt8>) throws {
        if pending.count + bytes.count > Self.bufferSize { try flush() }
        if bytes.count >= Self.bufferSize { return try writeThrough(bytes) }
        if pending.capacity < Self.bufferSize { pending.reserveCapacity(Self.bufferSize) }
        pending += bytes
    }

    private func flush() throws {
        guard !pending.isEmpty else { return }
        try writeThrough(pending[...])
        pending.removeAll(keepingCapacity: true)
    }

    private func writeThrough(_ bytes: ArraySlice<UInt8>) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                guard let base = buffer.baseAddress else { return }
                let written = Glibc.write(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw IOFailure("write", path)
                }
                offset += written
            }
        }
    }

    /// Writes what is buffered, fsyncs (unless `sync` is false), closes.
    func close(sync: Bool = true) throws {
        try flush()
        defer { fd = -1 }
        if sync { guard fsync(fd) == 0 else { throw IOFailure("fsync", path) } }
        guard Glibc.close(fd) == 0 else { throw IOFailure("close", path) }
    }
}
