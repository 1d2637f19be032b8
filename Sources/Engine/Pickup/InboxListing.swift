import Glibc

/// One inbox folder's names, oldest first (by modification time, then name), kept compact:
/// the names in one buffer of bytes and two arrays of integers, about 40 bytes a file. The
/// scanner looks at the files a slice at a time (`InboxScanner.scan(_:listing:range:now:record:)`),
/// so a pass over an inbox of 100,000 files holds a few megabytes, not an entry with its
/// stat, sighting and strings for every file.
struct InboxListing: Sendable {
    private struct Item: Sendable {
        var offset: UInt32
        var length: UInt32
        /// Modification time in nanoseconds (of a symlink's target, as the scan takes it).
        var modified: Int64
    }

    private var bytes: [UInt8] = []
    private var items: [Item] = []
    /// Indexes into `items`, in the names' byte order (for `contains`).
    private var byName: [UInt32] = []
    /// Names that are not valid UTF-8, with `\xNN` for their bytes: never taken, always listed.
    private(set) var unreadable: [String] = []

    /// Lists `folder`, leaving out `.` and `..`, names that are never inputs
    /// (`InboxScanner.isIgnored`) and names that vanish before they can be looked at.
    init(folder: String) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        while let entry = readdir(directory) {
            let raw: [UInt8] = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if raw == [0x2E] || raw == [0x2E, 0x2E] { continue }
            guard let name = String(validating: raw, as: UTF8.self) else {
                if raw.first != 0x2E { unreadable.append(Self.display(raw)) }
                continue
            }
            if InboxScanner.isIgnored(name) { continue }
            var info = stat()
            guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFLNK {
                var target = stat()
                if fstatat(descriptor, name, &target, 0) == 0 { info = target }
            }
            let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            items.append(Item(offset: UInt32(bytes.count), length: UInt32(raw.count), modified: modified))
            bytes += raw
        }
        unreadable.sort()
        let names = bytes
        items.sort { left, right in
            left.modified != right.modified ? left.modified < right.modified : Self.precedes(left, right, in: names)
        }
        let sorted = items
        byName = (0..<UInt32(sorted.count)).sorted { Self.precedes(sorted[Int($0)], sorted[Int($1)], in: names) }
    }

    var count: Int { items.count }

    /// The name at `index` (oldest first).
    func name(at index: Int) -> String {
        let item = items[index]
        return String(decoding: bytes[Int(item.offset)..<Int(item.offset + item.length)], as: UTF8.self)
    }

    /// Whether `name` was in the folder when it was listed.
    func contains(_ name: String) -> Bool {
        let wanted = Array(name.utf8)
        var low = 0
        var high = byName.count
        while low < high {
            let middle = (low + high) / 2
            let item = items[Int(byName[middle])]
            let here = bytes[Int(item.offset)..<Int(item.offset + item.length)]
            if here.elementsEqual(wanted) { return true }
            if here.lexicographicallyPrecedes(wanted) { low = middle + 1 } else { high = middle }
        }
        return false
    }

    /// The listing in consecutive ranges of at most `size` names; at least one (empty when
    /// the folder is), so that the first slice lists the names that are not UTF-8.
    func slices(of size: Int) -> [Range<Int>] {
        count == 0 ? [0..<0] : stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }

    private static func precedes(_ left: Item, _ right: Item, in names: [UInt8]) -> Bool {
        names[Int(left.offset)..<Int(left.offset + left.length)]
            .lexicographicallyPrecedes(names[Int(right.offset)..<Int(right.offset + right.length)])
    }

    /// A name that is not UTF-8, printable: ASCII as it is, other bytes as `\xNN`.
    static func display(_ raw: [UInt8]) -> String {
        raw.map { $0 < 0x80 && $0 >= 0x20 ? String(UnicodeScalar($0)) : "\\x" + hex($0) }.joined()
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }
}
