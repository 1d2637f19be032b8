import CFerrySystem
import Crypto
import Foundation
import Glibc

/// Small, durable file operations on POSIX paths.
enum FileIO {
    /// Creates `path` exclusively with `mode` (before the umask), writes `bytes`, fsyncs (unless
    /// `sync` is false: the caller fsyncs it later with others, `syncFiles`), closes.
    /// - Throws: `IOFailure` (`EEXIST` when the path is taken).
    static func writeNew(_ path: String, _ bytes: [UInt8], mode: mode_t = 0o666, sync: Bool = true) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw IOFailure("create", path) }
        var closed = false
        defer { if !closed { close(fd) } }
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                guard let base = buffer.baseAddress else { break }
                let written = write(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw IOFailure("write", path)
                }
                offset += written
            }
        }
        if sync { guard fsync(fd) == 0 else { throw IOFailure("fsync", path) } }
        closed = true
        guard close(fd) == 0 else { throw IOFailure("close", path) }
    }

    /// Makes files written with `writeNew(sync: false)` durable, together. A few are fsynced
    /// one after another. Many (`fileSystemSyncThreshold` or more) on a local journaling file
    /// system are made durable by one `syncfs(2)` per file system instead: each fsync ends in a
    /// flush of the disk's write cache, syncfs in one for all of them. The price: syncfs also
    /// writes back whatever else is waiting on that file system, other programs' data
    /// included (docs/performance.md, "Durability").
    static func syncFiles(_ paths: [String]) throws {
        if paths.count >= fileSystemSyncThreshold, let groups = fileSystems(of: paths) {
            for path in groups {
                let fd = open(path, O_RDONLY | O_CLOEXEC)
                guard fd >= 0 else { throw IOFailure("open", path) }
                defer { close(fd) }
                guard ferry_syncfs(fd) == 0 else { throw IOFailure("syncfs", path) }
            }
            return
        }
        for path in paths {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw IOFailure("open", path) }
            defer { close(fd) }
            guard fsync(fd) == 0 else { throw IOFailure("fsync", path) }
        }
    }

    /// From how many files in a row `syncFiles` syncs their file systems instead.
    static let fileSystemSyncThreshold = 8

    /// File systems whose `syncfs` is known to make every file's data and metadata durable:
    /// ext4 (and ext2/3), XFS, Btrfs, tmpfs.
    private static let syncfsFileSystems: Set<Int> = [0xEF53, 0x5846_5342, 0x9123_683E, 0x0102_1994]

    /// One path per file system among `paths`; `nil` when one of them is on a file system not
    /// known to sync whole (a network file system, FUSE, ...): then each file is fsynced.
    private static func fileSystems(of paths: [String]) -> [String]? {
        var first: [UInt64: String] = [:]
        var order: [UInt64] = []
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            let device = UInt64(info.st_dev)
            guard first[device] == nil else { continue }
            guard syncfsFileSystems.contains(ferry_filesystem_type(path)) else { return nil }
            first[device] = path
            order.append(device)
        }
        return order.compactMap { first[$0] }
    }

    /// Copies `source` to the new file `path` (created exclusively with `mode`) in 1 MiB
    /// chunks, fsyncs it, closes it.
    /// - Throws: `IOFailure` (`EEXIST` when the path is taken).
    static func copyNew(_ source: String, to path: String, mode: mode_t = 0o666) throws {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw IOFailure("open", source) }
        defer { close(input) }
        let sink = try FileSink(path: path, mode: mode)
        try copy(input, named: source, into: sink)
        try sink.close()
    }

    /// Reads the open file `source` to its end into `sink`, 1 MiB at a time.
    private static func copy(_ source: Int32, named name: String, into sink: FileSink) throws {
        var buffer = readBuffer(for: source)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(source, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw IOFailure("read", name)
            }
            if count == 0 { return }
            try sink.write(bytes: buffer[0..<count])
        }
    }

    /// A buffer to read the open file `fd` through: its size and one byte more (to meet the end
    /// in the same read), at least 4 KiB, at most 1 MiB. A small file no longer pays for
    /// clearing a megabyte (2% of a run of small files, by perf).
    private static func readBuffer(for fd: Int32) -> [UInt8] {
        var info = stat()
        return readBuffer(size: fstat(fd, &info) == 0 ? Int(info.st_size) : nil)
    }

    /// The same for a file of `size` bytes (1 MiB when not known).
    private static func readBuffer(size: Int?) -> [UInt8] {
        [UInt8](repeating: 0, count: min(max((size ?? 1 << 20) + 1, 4096), 1 << 20))
    }

    /// Makes the directory entries in `path` durable (created, renamed, removed files).
    static func syncDirectory(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw IOFailure("open directory", path) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw IOFailure("fsync directory", path) }
    }

    /// `syncDirectory` for each folder, in a stable order.
    static func syncDirectories(_ paths: Set<String>) throws {
        for path in paths.sorted() { try syncDirectory(path) }
    }

    /// Renames unless `to` exists. Returns false when `to` exists.
    static func renameNoReplace(_ from: String, _ to: String) throws -> Bool {
        if ferry_rename_noreplace(from, to) == 0 { return true }
        if errno == EEXIST { return false }
        throw IOFailure("rename", from)
    }

    /// Moves `from` to `to` without ever replacing a file at `to`, also from one file system to
    /// another. Returns false when `to` holds a different file.
    ///
    /// Across file systems (rename gives EXDEV): copy to a hidden name beside `to` (`tag` keeps
    /// two processes apart), fsync it, rename it to `to` without replacing, fsync `to`'s folder,
    /// then remove `from` and fsync its folder. A kill at any point leaves `from` in place, and
    /// the move is simply done again: a stale hidden copy is replaced, and a `to` that already
    /// holds the same bytes (killed after the rename, before the removal) counts as moved.
    static func moveNoReplace(_ from: String, _ to: String, tag: String) throws -> Bool {
        if ferry_rename_noreplace(from, to) == 0 { return true }
        switch errno {
        case EEXIST:
            return try sameBytes(from, to) ? removeMoved(from) : false
        case EXDEV:
            let folder = PathText.folder(of: to)
            let name = PathText.name(of: to)
            let temp = folder + "/." + name + "." + tag + ".moving"
            // Copies of this very move left by a process killed while copying (`to` is this
            // file's own reserved name, so any copy for it is a stale one of this file).
            for entry in list(folder) where entry.hasPrefix("." + name + ".") && entry.hasSuffix(".moving") {
                remove(folder + "/" + entry)
            }
            let mode = FileStat(path: from).map { mode_t($0.mode & 0o777) } ?? 0o600
            try copyNew(from, to: temp, mode: mode)
            chmod(temp, mode)
            if ferry_rename_noreplace(temp, to) != 0 {
                let failure = IOFailure("rename", temp)
                remove(temp)
                guard failure.errno == EEXIST else { throw failure }
                return try sameBytes(from, to) ? removeMoved(from) : false
            }
            try syncDirectory(folder)
            return try removeMoved(from)
        default:
            throw IOFailure("rename", from)
        }
    }

    private static func sameBytes(_ one: String, _ other: String) throws -> Bool {
        try sha256(ofFile: one) == sha256(ofFile: other)
    }

    private static func removeMoved(_ path: String) throws -> Bool {
        guard unlink(path) == 0 || errno == ENOENT else { throw IOFailure("remove", path) }
        try syncDirectory(PathText.folder(of: path))
        return true
    }

    /// Renames, replacing `to` (only for Ferry's own files: status records, claims).
    static func rename(_ from: String, _ to: String) throws {
        guard Glibc.rename(from, to) == 0 else { throw IOFailure("rename", from) }
    }

    /// Creates a directory and its parents (mode 0777 before the umask).
    static func makeDirectories(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return }
        let parent = PathText.folder(of: path)
        if !parent.isEmpty && parent != path { try makeDirectories(parent) }
        if mkdir(path, 0o777) != 0 && errno != EEXIST { throw IOFailure("mkdir", path) }
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func remove(_ path: String) {
        unlink(path)
    }

    /// The path the kernel has for an open descriptor (readlink of /proc/self/fd/N).
    static func descriptorPath(_ fd: Int32) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/fd/\(fd)", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// SHA-256 (hex) and size of a file, read in 1 MiB chunks. A symbolic link is not
    /// followed (O_NOFOLLOW): inputs are regular files by the time they are hashed.
    static func sha256(ofFile path: String) throws -> (hex: String, size: Int64) {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw IOFailure("open", path) }
        defer { close(fd) }
        return try sha256(of: fd, path: path)
    }

    /// What a claimed input is, read through one open: `nil` when `askingWriters` and another
    /// process still has it open for writing (a read lease says so; nothing is read then),
    /// else its status and SHA-256. Never follows a symbolic link.
    static func readClaimed(_ path: String, askingWriters: Bool) throws -> (stat: FileStat?, sha: String, size: Int64)? {
        // O_NONBLOCK: an open that would break another process's lease (a Samba oplock) fails
        // at once instead of waiting; the kernel cannot answer the question then, and the
        // file is read through a plain open, which waits for the lease to be given up.
        var fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        var asking = askingWriters
        if fd < 0 && errno == EWOULDBLOCK {
            fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
            asking = false
        }
        guard fd >= 0 else { throw IOFailure("open", path) }
        defer { close(fd) }
        if asking && ferry_open_for_writing_elsewhere(fd) == 1 { return nil }
        let status = FileStat(descriptor: fd)
        let (sha, size) = try sha256(of: fd, path: path, buffer: readBuffer(size: status.map { Int($0.size) }))
        return (status, sha, size)
    }

    private static func sha256(of fd: Int32, path: String, buffer: [UInt8]? = nil) throws -> (hex: String, size: Int64) {
        var hasher = SHA256()
        var size: Int64 = 0
        var buffer = buffer ?? readBuffer(for: fd)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw IOFailure("read", path)
            }
            if count == 0 { break }
            hasher.update(data: buffer[0..<count])
            size += Int64(count)
        }
        return (hex(hasher.finalize()), size)
    }

    static func sha256(_ bytes: [UInt8]) -> String { hex(SHA256.hash(data: bytes)) }

    private static func hex(_ digest: some Sequence<UInt8>) -> String {
        // `String(format:)` per byte went through Foundation's formatter: 5% of a big export.
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        for byte in digest {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Directory entries (names only), or empty when the directory does not exist.
    static func list(_ path: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    }

    /// Replaces a symbolic link by a copy of the file it points to (read in 1 MiB chunks,
    /// written under a hidden name, fsynced, renamed over the link). What was opened must be
    /// a regular file under `root`, judged by the opened descriptor itself (its path in
    /// /proc/self/fd), so no swap of the link or of a folder on its way changes what is read.
    /// - Throws: `IOFailure` (`EXDEV` when the file is outside `root`, `EINVAL` when it is not
    ///   a regular file).
    ///
    /// A relative link is resolved from `folder`, the folder it was made in (the claim moved
    /// it away from there).
    static func replaceLinkWithContents(_ path: String, within root: String, linkedFrom folder: String) throws {
        var link = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink(path, &link, link.count - 1)
        guard length > 0 else { throw IOFailure("readlink", path) }
        let destination = String(decoding: link.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let target = destination.hasPrefix("/") ? destination : folder + "/" + destination
        let source = open(target, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard source >= 0 else { throw IOFailure("open", path) }
        defer { close(source) }
        var info = stat()
        guard fstat(source, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { throw IOFailure("open", path, errno: EINVAL) }
        // The root as the kernel names it too (it may be reached through a symlinked path).
        let realRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        guard let opened = descriptorPath(source), opened.hasPrefix(root + "/") || opened.hasPrefix(realRoot + "/") else {
            throw IOFailure("open", path, errno: EXDEV)
        }
        let folder = PathText.folder(of: path)
        let temp = folder + "/." + PathText.name(of: path) + ".copy.tmp"
        remove(temp)
        let sink = try FileSink(path: temp)
        try copy(source, named: path, into: sink)
        try sink.close()
        try rename(temp, path)
    }

    static func readAll(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { throw IOFailure("read", path, errno: ENOENT) }
        return [UInt8](data)
    }

    /// The mode for new files: `mode & ~umask`, never world-writable.
    static func effectiveMode(_ mode: UInt16) -> mode_t {
        mode_t(mode) & ~processUmask & ~mode_t(0o002)
    }

    /// The umask Ferry was started with, read once: reading it means setting it for a moment
    /// (umask(2) has no read-only form), which costs two system calls per new file and, while
    /// set, would give another thread's new file the wrong mode. Ferry never changes it.
    private static let processUmask = mode_t(ferry_current_umask())
}
