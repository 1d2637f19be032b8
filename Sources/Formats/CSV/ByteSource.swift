#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Diagnostics

/// A file read front to back in fixed-size chunks with POSIX `read(2)`.
///
/// The descriptor is closed when the source is released.
final class ByteSource {
    private let descriptor: Int32
    private let displayName: String

    /// Opens `path` for reading; throws `.inputUnreadable` with the system's reason.
    init(path: String, displayName: String) throws {
        self.displayName = displayName
        let opened = open(path, O_RDONLY | O_CLOEXEC)
        guard opened >= 0 else {
            throw FerryError(.inputUnreadable, at: Location(file: displayName), ["reason": Self.reason(errno)])
        }
        descriptor = opened
    }

    deinit { close(descriptor) }

    /// Fills `buffer` from its start as far as the file allows; returns the byte count, 0 at the end.
    ///
    /// Short reads are retried, so only the last chunk of a file is ever partial.
    func readChunk(into buffer: inout [UInt8]) throws -> Int {
        var filled = 0
        let capacity = buffer.count
        while filled < capacity {
            let got = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return read(descriptor, base + filled, capacity - filled)
            }
            if got == 0 { break }
            if got < 0 {
                let code = errno
                if code == EINTR { continue }
                throw FerryError(.inputUnreadable, at: Location(file: displayName), ["reason": Self.reason(code)])
            }
            filled += got
        }
        return filled
    }

    /// Goes back to the first byte of the file.
    func rewind() throws {
        guard lseek(descriptor, 0, SEEK_SET) == 0 else {
            throw FerryError(.inputUnreadable, at: Location(file: displayName), ["reason": Self.reason(errno)])
        }
    }

    private static func reason(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}
