import Glibc

/// What pickup compares to decide a file is complete: size, modification time and inode.
struct FileStat: Hashable, Sendable {
    var size: Int64
    var modifiedNanos: Int64
    var inode: UInt64
    var isRegular: Bool
    var isSymlink: Bool
    /// Permission bits.
    var mode: UInt32
    /// The file type bits (`st_mode & S_IFMT`).
    var fileType: UInt32

    init?(path: String, followLinks: Bool = false) {
        var info = stat()
        let result = followLinks ? stat(path, &info) : lstat(path, &info)
        guard result == 0 else { return nil }
        self.init(info)
    }

    /// The status of the file open on `fd`.
    init?(descriptor fd: Int32) {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        self.init(info)
    }

    private init(_ info: stat) {
        size = Int64(info.st_size)
        modifiedNanos = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        inode = UInt64(info.st_ino)
        isRegular = (info.st_mode & S_IFMT) == S_IFREG
        isSymlink = (info.st_mode & S_IFMT) == S_IFLNK
        mode = UInt32(info.st_mode & 0o7777)
        fileType = UInt32(info.st_mode & S_IFMT)
    }
}
