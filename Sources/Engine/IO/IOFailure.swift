import Glibc

/// A failed system call on a path, with its errno.
///
/// Errors that mean "the environment stopped us" (disk full, no permission, read-only
/// file system) end the run with exit 4 and leave inputs where they were.
public struct IOFailure: Error, Sendable, CustomStringConvertible {
    public var operation: String
    public var path: String
    public var errno: Int32

    public init(_ operation: String, _ path: String, errno: Int32 = Glibc.errno) {
        self.operation = operation
        self.path = path
        self.errno = errno
    }

    /// Disk full, quota, permission, read-only: nothing Ferry can fix by retrying the file.
    public var isEnvironmental: Bool {
        [ENOSPC, EDQUOT, EACCES, EPERM, EROFS, EIO].contains(errno)
    }

    /// Disk full or over quota: the whole run stops (other flows would fail the same way).
    public var isOutOfSpace: Bool { errno == ENOSPC || errno == EDQUOT }

    public var description: String {
        "\(operation) \(path): \(String(cString: strerror(errno)))"
    }
}
