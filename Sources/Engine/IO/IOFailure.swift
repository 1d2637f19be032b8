import Diagnostics
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

    /// The same for people in any language: the reason from the catalog for the errors an
    /// operator meets (disk full, permissions, ...), else the system's own text.
    public var note: Note {
        let reason: Note
        switch errno {
        case ENOSPC: reason = Note(.ioNoSpace)
        case EDQUOT: reason = Note(.ioQuota)
        case EACCES: reason = Note(.ioPermission)
        case EPERM: reason = Note(.ioNotPermitted)
        case EROFS: reason = Note(.ioReadOnly)
        case EIO: reason = Note(.ioError)
        case ENOENT: reason = Note(.ioNotFound)
        default: reason = .verbatim(String(cString: strerror(errno)))
        }
        return Note(.ioFailure, ["operation": operation, "path": path], details: [reason])
    }
}
