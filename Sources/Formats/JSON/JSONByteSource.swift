#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Diagnostics

/// A file read through one fixed buffer, byte by byte, counting lines and byte offsets.
///
/// Not `Sendable`: it owns a file descriptor and a buffer, both released in `deinit`.
final class JSONByteSource {
    static let defaultCapacity = 64 * 1024

    private let descriptor: Int32
    private let buffer: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private let displayName: String
    private var position = 0
    private var count = 0
    /// Bytes of the file before `buffer[0]`.
    private var consumedBefore = 0
    private var reachedEnd = false
    /// The 1-based line of the next byte.
    private(set) var line = 1

    /// Opens `path` (`open(2)`); failure is `.inputUnreadable`.
    init(path: String, displayName: String, capacity: Int = JSONByteSource.defaultCapacity) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw FerryError(.inputUnreadable, at: Location(file: displayName), ["reason": Self.systemMessage(errno)])
        }
        descriptor = fd
        self.capacity = max(capacity, 4)
        self.displayName = displayName
        buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit {
        close(descriptor)
        buffer.deallocate()
    }

    /// The 0-based file offset of the next byte.
    var offset: Int { consumedBefore + position }

    /// The next byte without consuming it; `nil` at the end of the file.
    @inline(__always)
    func peek() throws -> UInt8? {
        if position < count { return buffer[position] }
        return try refill() ? buffer[position] : nil
    }

    /// Consumes the byte `peek()` just returned.
    @inline(__always)
    func advance() {
        if buffer[position] == 0x0A { line += 1 }
        position += 1
    }

    /// Consumes and returns the next byte; `nil` at the end of the file.
    @inline(__always)
    func next() throws -> UInt8? {
        guard let byte = try peek() else { return nil }
        position += 1
        if byte == 0x0A { line += 1 }
        return byte
    }

    /// Skips a UTF-8 byte order mark at the very start of the file.
    func skipByteOrderMark() throws {
        guard offset == 0, try peek() != nil else { return }
        while count < 3, try readMore() {}
        if count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { position = 3 }
    }

    /// Skips JSON whitespace; tells whether a line break was among it.
    @discardableResult
    func skipWhitespace() throws -> Bool {
        var sawNewline = false
        while let byte = try peek() {
            switch byte {
            case 0x0A:
                sawNewline = true
                line += 1
            case 0x20, 0x09, 0x0D:
                break
            default:
                return sawNewline
            }
            position += 1
        }
        return sawNewline
    }

    /// Appends plain ASCII string bytes (no quote, backslash or control character) from the
    /// current buffer, at most `limit` of them; returns how many.
    func appendPlainASCII(to bytes: inout [UInt8], limit: Int) -> Int {
        let stop = min(count, position + max(limit, 0))
        var end = position
        while end < stop {
            let byte = buffer[end]
            if byte < 0x20 || byte >= 0x80 || byte == 0x22 || byte == 0x5C { break }
            end += 1
        }
        let taken = end - position
        if taken > 0 {
            bytes.append(contentsOf: UnsafeBufferPointer(start: buffer + position, count: taken))
            position = end
        }
        return taken
    }

    /// Starts a new buffer when the current one is used up; `false` at the end of the file.
    private func refill() throws -> Bool {
        consumedBefore += count
        position = 0
        count = 0
        return try readMore()
    }

    /// Reads into the free tail of the buffer (`read(2)`); `false` at the end of the file.
    private func readMore() throws -> Bool {
        guard !reachedEnd, count < capacity else { return false }
        while true {
            let got = read(descriptor, buffer + count, capacity - count)
            if got > 0 {
                count += got
                return true
            }
            if got == 0 {
                reachedEnd = true
                return false
            }
            if errno == EINTR { continue }
            throw FerryError(.inputUnreadable, at: Location(file: displayName, line: line), ["reason": Self.systemMessage(errno)])
        }
    }

    private static func systemMessage(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}
