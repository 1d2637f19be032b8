import CFerrySystem
import Configuration
import Diagnostics
import Dispatch
import Foundation
import Glibc
import Logging
import Synchronization

/// The `on-failure` commands of one process, run detached from file processing.
///
/// Each command starts as the leader of its own process group (`/bin/sh -c`, in the root
/// folder, with the status record's path as `$1`) and is never waited for by the pass: the
/// next file is taken at once, and a hook can change neither a file's outcome nor the run's
/// exit code. A reaper thread per hook records its exit status in the log (and the activity
/// log); after `on-failure-timeout` the whole process group is killed. `ferry run` waits for
/// hooks still running before it exits, at most until their deadlines; a stopping `watch`
/// and a watchdog stop end them (SIGTERM to the group) instead of waiting.
final class FailureHooks: Sendable {
    private struct Running {
        var file: String
        var deadline: Date
        /// Set (under the lock) once the leader has exited and before it is reaped: from then
        /// on its pid may be reused, so it is never signalled again.
        var exited = false
        var timedOut = false
    }

    private let running = Mutex<[Int32: Running]>([:])
    private let logger: Logger
    private let ledger: any LedgerStore
    private let directory: String

    init(logger: Logger, ledger: any LedgerStore, directory: String) {
        self.logger = logger
        self.ledger = ledger
        self.directory = directory
    }

    /// Starts `command` for a failed file and returns at once.
    func launch(_ command: String, record: String, timeout: Double, file: String, flow: String, fileId: Int64?) {
        var leader: Int32 = 0
        let result = ferry_spawn_hook(directory, command + " \"$1\"", record, &leader)
        guard result == 0 else {
            let reason = String(cString: strerror(result))
            logger.error("on-failure command could not start", metadata: ["drop.file": "\(file)", "error": "\(reason)"])
            note(flow: flow, fileId: fileId, "could not start: \(reason)")
            return
        }
        let pid = leader
        let deadline = Date().addingTimeInterval(timeout)
        running.withLock { $0[pid] = Running(file: file, deadline: deadline) }
        logger.info("on-failure command started", metadata: ["drop.file": "\(file)", "pid": "\(pid)"])
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [self] in
            let killed = running.withLock { hooks -> Bool in
                guard var hook = hooks[pid], !hook.exited else { return false }
                hook.timedOut = true
                hooks[pid] = hook
                kill(-pid, SIGKILL)
                return true
            }
            if killed {
                logger.warning(
                    "on-failure command exceeded on-failure-timeout; its process group was killed",
                    metadata: ["drop.file": "\(file)", "seconds": "\(timeout)"])
            }
        }
        let started = Date()
        Thread.detachNewThread { [self] in
            _ = ferry_wait_unreaped(pid)
            let timedOut = running.withLock { hooks -> Bool in
                hooks[pid]?.exited = true
                return hooks[pid]?.timedOut ?? false
            }
            var code: Int32 = 0
            var signal: Int32 = 0
            let reaped = ferry_reap(pid, &code, &signal) == 0
            let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
            let detail: String
            if !reaped {
                detail = "exit status unknown: \(String(cString: strerror(errno)))"
            } else if timedOut {
                detail = "killed after on-failure-timeout (\(seconds) s)"
            } else if signal != 0 {
                detail = "ended by signal \(signal) after \(seconds) s"
            } else {
                detail = "exit \(code) after \(seconds) s"
            }
            note(flow: flow, fileId: fileId, detail)
            let level: Logger.Level = reaped && code == 0 && signal == 0 && !timedOut ? .info : .warning
            logger.log(level: level, "on-failure command finished", metadata: ["drop.file": "\(file)", "result": "\(detail)"])
            _ = running.withLock { $0.removeValue(forKey: pid) }
        }
    }

    /// Waits until every hook has finished or been killed at its deadline (plus a moment
    /// for the reaper to record it).
    func waitForAll() {
        while let latest = running.withLock({ $0.values.map(\.deadline).max() }) {
            if Date() > latest.addingTimeInterval(5) { return }
            usleep(20_000)
        }
    }

    /// Ends every hook still running (SIGTERM to its process group) without waiting.
    func terminateAll() {
        running.withLock { hooks in
            for (pid, hook) in hooks where !hook.exited {
                kill(-pid, SIGTERM)
                logger.warning("on-failure command stopped with Ferry", metadata: ["drop.file": "\(hook.file)"])
            }
        }
    }

    /// The hook's result in the activity log (`ferry log`).
    private func note(flow: String, fileId: Int64?, _ detail: String) {
        try? ledger.logActivity(ActivityEntry(at: Date(), flow: flow, fileId: fileId, action: "on-failure", detail: detail))
    }
}

extension Engine {
    /// Warnings for `ferry check`: the `on-failure` command's program does not exist or is
    /// not executable (it runs in the root folder through `/bin/sh`). Shell syntax Ferry
    /// cannot follow (a builtin, a compound command) is not judged.
    public static func hookWarnings(in config: FerryConfig, root: String) -> [ConfigIssue] {
        guard let command = config.onFailure, let program = HookCommand.program(of: command) else { return [] }
        let file = PathText.name(of: config.origin)
        func issue(_ code: ErrorCode) -> [ConfigIssue] {
            [ConfigIssue(code, file: file, line: config.onFailureLine, column: 0, field: "on-failure",
                         ["command": command, "program": program])]
        }
        guard let path = HookCommand.resolve(program, root: root) else { return issue(.configHookNotFound) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return issue(.configHookNotFound) }
        if isDirectory.boolValue || access(path, X_OK) != 0 { return issue(.configHookNotExecutable) }
        return []
    }
}

/// The program an `on-failure` command line starts, as far as a check can tell.
enum HookCommand {
    /// Words the shell handles itself: nothing to look up.
    private static let shellWords: Set<String> = [
        ":", ".", "[", "!", "{", "(", "true", "false", "echo", "printf", "test", "exit", "cd", "set", "exec", "command",
        "eval", "if", "for", "while", "until", "case", "read", "trap", "wait", "kill", "export", "source",
    ]

    /// The first word, unquoted, after any `NAME=value` assignments; `nil` for shell words.
    static func program(of command: String) -> String? {
        var rest = Substring(command)
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" }
            guard let first = rest.first else { return nil }
            var word = ""
            if first == "'" || first == "\"" {
                rest = rest.dropFirst()
                word = String(rest.prefix { $0 != first })
                rest = rest.drop { $0 != first }.dropFirst()
            } else {
                word = String(rest.prefix { !" \t;|&<>()".contains($0) })
                rest = rest.dropFirst(word.count)
            }
            if word.isEmpty { return nil }
            if word.contains("="), !word.hasPrefix("/"), !word.hasPrefix(".") { continue }  // NAME=value
            if word.contains("$") || word.contains("`") || shellWords.contains(word) { return nil }
            return word
        }
    }

    /// The file `program` names: relative to the root (where hooks run) when it has a `/`,
    /// otherwise the first match on `PATH`; `nil` when nothing on `PATH` has that name.
    static func resolve(_ program: String, root: String) -> String? {
        var name = program
        if name.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
            name = home + name.dropFirst()
        }
        if name.contains("/") {
            return name.hasPrefix("/") ? name : (root as NSString).appendingPathComponent(name)
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = String(folder) + "/" + name
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        return nil
    }
}
