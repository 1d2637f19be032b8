#if canImport(Glibc)
import Glibc
#endif
import CFuzzDriver
import Diagnostics
import Formats

/// Hands one libFuzzer input to the readers, which take paths, through a per-process file.
public enum FuzzInput {
    /// Hands control to libFuzzer with `target` as the function under test; never returns.
    ///
    /// `target` gets each input's bytes and count and returns 0 (libFuzzer's contract).
    public static func runFuzzer(_ target: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Never {
        exit(ferry_fuzz_run(CommandLine.argc, CommandLine.unsafeArgv, target))
    }

    /// Writes `count` bytes at `data` to a fixed file named `name` and returns its path.
    ///
    /// The file lives in /dev/shm when it exists (no disk I/O per run) and is overwritten
    /// by every call; any I/O failure aborts, since it is the harness failing, not the reader.
    public static func write(_ data: UnsafePointer<UInt8>?, _ count: Int, name: String) -> String {
        let path = "\(directory)/\(name)"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { fatalError("fuzz harness: cannot open \(path)") }
        defer { close(descriptor) }
        var written = 0
        while let data, written < count {
            let got = Glibc.write(descriptor, data + written, count - written)
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { fatalError("fuzz harness: cannot write \(path)") }
            written += got
        }
        return path
    }

    /// Runs `open`, then `next()` until `nil`; a `FerryError` anywhere is an expected outcome.
    ///
    /// Any other error breaks the readers' contract (they throw only `FerryError`) and aborts,
    /// so libFuzzer records it as a crash.
    public static func drain<Reader: RecordReader>(_ open: () throws -> Reader) {
        do {
            var reader = try open()
            while try reader.next() != nil {}
        } catch is FerryError {
            return
        } catch {
            fatalError("reader threw a non-FerryError: \(error)")
        }
    }

    /// A private directory for this process's input files.
    private static let directory: String = {
        var base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
        if let chosen = getenv("FERRY_FUZZ_TMP") { base = String(cString: chosen) }
        let path = "\(base)/ferry-fuzz-\(getpid())"
        guard mkdir(path, 0o700) == 0 || errno == EEXIST else { fatalError("fuzz harness: cannot create \(path)") }
        atexit { removeOwnDirectory() }
        return path
    }()

    private static func removeOwnDirectory() {
        let path = "\(directory)"
        for name in ["input.csv", "input.json", "input.xml", "input"] { unlink("\(path)/\(name)") }
        rmdir(path)
    }
}
