import Foundation
import Glibc
import Testing

/// The `on-failure` command never holds up processing (issue 8, "Nothing stuck").
@Suite struct HookTests {
    static func config(hook: String, timeout: String? = nil, settle: Double = 0) -> String {
        """
        on-failure: \(hook)
        \(timeout.map { "on-failure-timeout: \($0)\n" } ?? "")flows:
          - name: orders
            kind: order
            pickup: { settle: \(settle) }
            targets:
              - { name: erp, format: json }
        """
    }

    /// Writes an executable script into the root.
    static func script(_ root: FerryRoot, _ name: String, _ body: String) throws {
        try root.write(name, "#!/bin/sh\n" + body + "\n")
        chmod(root.path + "/" + name, 0o755)
    }

    /// A group of small files whose completion fails with an error of Ferry's own: each
    /// file fails alone, and `on-failure` is told once per file, not again when the pass goes
    /// on to the next group.
    @Test func aFailedGroupTellsOnFailureOncePerFile() throws {
        let root = try FerryRoot(config: Self.config(hook: "./count-alert"))
        defer { root.remove() }
        try Self.script(root, "count-alert", "echo \"$1\" >> hook-calls")
        let names = ["a.json", "b.json", "c.json"]
        for (index, name) in names.enumerated() {
            try root.drop(name, into: "orders", Workload.orderJSON(index + 1, quantity: 1))
        }
        // Not an environment's error (EINVAL): the group's members fail alone.
        let run = try root.ferry(
            ["run", "--no-wait"], environment: ["FERRY_FAULT": "afterIntentCommit", "FERRY_FAULT_ACTION": "errno:EINVAL"])
        #expect(run.status != 0, "\(run.stdout)\(run.stderr)")
        #expect(try root.statusRecords().count == names.count)
        #expect(try root.statusRecords().allSatisfy { $0.outcome == "failed" })
        let calls = (try? String(contentsOfFile: root.path + "/hook-calls", encoding: .utf8)) ?? ""
        let lines = calls.split(separator: "\n")
        #expect(lines.count == names.count, "\(calls)")
        #expect(Set(lines).count == names.count, "\(calls)")
    }

    /// Whether `pid` runs (a zombie waiting for its reaper has ended).
    static func isAlive(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")")
        else { return false }
        let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
        return state != "Z" && state != "X"
    }

    /// The processing times of the archived files, from their status records.
    static func processedAt(_ root: FerryRoot, _ name: String) throws -> Date {
        let text = try #require(try root.statusRecord(for: name)["processedAt"] as? String)
        return try #require(ISO8601DateFormatter().date(from: text))
    }

    /// A hook that sleeps 30 s: the next file is not delayed, the hook is killed (its whole
    /// process group) at `on-failure-timeout`, and `run` exits soon after with the files' code.
    @Test func aSleepingHookDelaysNothingAndIsKilledAtItsTimeout() throws {
        let root = try FerryRoot(config: Self.config(hook: "./slow-alert", timeout: "2s"))
        defer { root.remove() }
        // The hook's shell starts a child (`sleep`) in its process group and says which pids.
        try Self.script(root, "slow-alert", "sleep 30 &\necho \"$$ $!\" >> hook-pids\nwait\necho done >> hook-finished")
        try root.drop("a-broken.xml", into: "orders", Samples.brokenXML)
        try root.drop("b-broken.xml", into: "orders", Samples.brokenXML.replacingOccurrences(of: "SO-400", with: "SO-410"))
        try root.drop("c-good.json", into: "orders", Samples.orderJSON(number: "SO-9201", lines: [("A", "1", "1")]))
        let started = Date()
        let run = try root.ferry(["run"])
        let took = Date().timeIntervalSince(started)
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        #expect(took < 12, "run waited \(took) s: hooks are bounded by on-failure-timeout (2 s)")

        let first = try Self.processedAt(root, "a-broken.xml")
        let last = try Self.processedAt(root, "c-good.json")
        #expect(last.timeIntervalSince(first) < 1.5, "the next files waited for the hook")
        #expect(try root.statusRecord(for: "c-good.json").outcome == "exported")
        #expect(try root.statusRecord(for: "a-broken.xml").outcome == "failed")

        let pids = try root.read("hook-pids").split(whereSeparator: \.isWhitespace).compactMap { Int32($0) }
        #expect(pids.count == 4, "one hook (shell and sleep) per failed file: \(pids)")
        for pid in pids {
            #expect(!Self.isAlive(pid), "\(pid) outlived on-failure-timeout")
        }
        #expect(!FileManager.default.fileExists(atPath: root.path + "/hook-finished"))
        let log = try root.ferry(["log"]).stdout
        #expect(log.components(separatedBy: "on-failure: killed after on-failure-timeout").count == 3, "\(log)")
    }

    /// A hook that fails changes neither the outcome nor the exit code; its status is logged.
    @Test func aFailingHookChangesNothing() throws {
        let root = try FerryRoot(config: Self.config(hook: "./failing-alert"))
        defer { root.remove() }
        try Self.script(root, "failing-alert", "echo \"$1\" > hook-argument\nexit 3")
        try root.drop("broken.xml", into: "orders", Samples.brokenXML)
        try root.drop("good.json", into: "orders", Samples.orderJSON(number: "SO-9301", lines: [("A", "1", "1")]))
        let run = try root.ferry(["run"])
        #expect(run.status == 1)
        #expect(try root.statusRecord(for: "broken.xml").outcome == "failed")
        #expect(try root.statusRecord(for: "good.json").outcome == "exported")
        // Run in the root with the status record's path; `run` waited for it to finish.
        let argument = try root.read("hook-argument").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(argument.hasPrefix(root.path + "/archive/orders/") && argument.hasSuffix("broken.xml.status.json"))
        #expect(try root.ferry(["log"]).stdout.contains("on-failure: exit 3 after"))

        // A hook that succeeds leaves the failed file's exit code alone too.
        try Self.script(root, "failing-alert", "exit 0")
        try root.drop("broken-2.xml", into: "orders", Samples.brokenXML)
        #expect(try root.ferry(["run"]).status == 1)
        #expect(try root.ferry(["log"]).stdout.contains("on-failure: exit 0 after"))
    }

    /// A hook that does not exist: `check` warns (and still passes), the run goes on as without it.
    @Test func aMissingHookIsAWarningInCheckAndHarmlessInRun() throws {
        let root = try FerryRoot(config: Self.config(hook: "/nonexistent/ferry-alert --urgent"))
        defer { root.remove() }
        let check = try root.ferry(["check"])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("ferry.yml:1: warning: [CONFIG-032]"), "\(check.stdout)")
        #expect(check.stdout.contains("/nonexistent/ferry-alert"))
        #expect(check.stdout.contains("is valid"))

        try root.drop("broken.xml", into: "orders", Samples.brokenXML)
        let run = try root.ferry(["run"])
        #expect(run.status == 1)
        #expect(try root.statusRecord(for: "broken.xml").outcome == "failed")
        #expect(try root.ferry(["log"]).stdout.contains("on-failure: exit 127 after"))
    }

    @Test func checkWarnsAboutAHookThatIsNotExecutableOrNotOnPath() throws {
        let root = try FerryRoot(config: Self.config(hook: "scripts/alert"))
        defer { root.remove() }
        try root.write("scripts/alert", "#!/bin/sh\n")
        chmod(root.path + "/scripts/alert", 0o644)
        let check = try root.ferry(["check"])
        #expect(check.status == 0)
        #expect(check.stdout.contains("[CONFIG-033]"), "\(check.stdout)")
        #expect(check.stdout.contains("chmod +x scripts/alert"))
        chmod(root.path + "/scripts/alert", 0o755)
        #expect(!(try root.ferry(["check"]).stdout.contains("warning")))

        try root.write("ferry.yml", Self.config(hook: "ferry-alert-that-is-not-installed \"$HOSTNAME\""))
        #expect(try root.ferry(["check"]).stdout.contains("[CONFIG-032]"))
        try root.write("ferry.yml", Self.config(hook: "MAILTO=ops sh -c 'exit 0'"))
        #expect(!(try root.ferry(["check"]).stdout.contains("warning")))
    }

    /// A `watch` stops at SIGTERM without waiting for a hook that sleeps.
    @Test func aSleepingHookDoesNotHoldUpAWatchStop() throws {
        let root = try FerryRoot(config: Self.config(hook: "./slow-alert"))
        defer { root.remove() }
        try Self.script(root, "slow-alert", "sleep 30 &\necho \"$$ $!\" >> hook-pids\nwait")
        let watcher = try root.start(["watch"], captureOutput: false)
        defer { if watcher.isRunning { watcher.terminate() } }
        try root.drop("broken.xml", into: "orders", Samples.brokenXML)
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, !FileManager.default.fileExists(atPath: root.path + "/hook-pids") {
            Thread.sleep(forTimeInterval: 0.05)
        }
        try root.drop("good.json", into: "orders", Samples.orderJSON(number: "SO-9401", lines: [("A", "1", "1")]))
        while Date() < deadline, !root.files(under: "archive").contains(where: { $0.hasSuffix("good.json.status.json") }) {
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(try root.statusRecord(for: "good.json").outcome == "exported", "the hook held up the next file")
        let stopping = Date()
        watcher.terminate()
        watcher.waitUntilExit()
        #expect(Date().timeIntervalSince(stopping) < 3, "SIGTERM waited for the hook")
        #expect(watcher.terminationStatus == 0)
        let pids = try root.read("hook-pids").split(whereSeparator: \.isWhitespace).compactMap { Int32($0) }
        #expect(pids.count == 2)
        Thread.sleep(forTimeInterval: 0.5)
        for pid in pids { #expect(!Self.isAlive(pid), "the hook outlived the watch") }
    }
}

/// `file-timeout`: a documented exit code and the summary of what was done.
@Suite struct WatchdogStopTests {
    @Test func aWatchdogStopExitsSixWithTheSummary() throws {
        let root = try FerryRoot(config: WatchdogTests.config())
        defer { root.remove() }
        try root.drop("a-small.json", into: "orders", Samples.orderJSON(number: "SO-W-a", lines: [("A", "1", "1")]))
        // Large enough that a debug build needs well over 300 ms for it.
        let orders = (0..<400).map { number in
            Samples.orderJSON(number: "SO-W\(number)", lines: (0..<40).map { ("SKU-\($0)", "1", "2.50") })
        }
        try root.write("inbox/orders/b-big.json", "[" + orders.joined(separator: ",") + "]")
        // Taken after the small file (oldest first).
        let later = Date().addingTimeInterval(5)
        try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: root.path + "/inbox/orders/b-big.json")
        let first = try root.ferry(["run"])
        #expect(first.status == 6, "the watchdog's exit code: \(first.status) \(first.stderr)")
        #expect(first.stdout.contains("✓ orders/a-small.json: exported"), "the summary of what was done: \(first.stdout)")
        #expect(first.stderr.contains("stopped: b-big.json was still being processed after `file-timeout` (0.3 s)"), "\(first.stderr)")

        let second = try root.ferry(["run"])
        #expect(second.status == 1)
        #expect(try root.statusRecord(for: "b-big.json").outcome == "failed")
    }
}

/// `ferry run` says on a terminal that it waits for new files to settle.
@Suite struct ObservingNoticeTests {
    static let script = "/usr/bin/script"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: script), "needs util-linux `script` for a terminal"))
    func runSaysItObservesNewFilesOnATerminal() throws {
        let root = try FerryRoot(config: HookTests.config(hook: "/bin/true", settle: 1))
        defer { root.remove() }
        try root.drop("o.json", into: "orders", Samples.orderJSON(number: "SO-9501", lines: [("A", "1", "1")]))
        // On a terminal: `script` runs ferry with stdout and stderr on a pseudo-terminal.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.script)
        process.arguments = ["-qefc", "\(try FerryRoot.binary) run --root \(root.path)", "/dev/null"]
        let output = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = input
        try process.run()
        let terminal = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        #expect(process.terminationStatus == 0, "\(terminal)")
        #expect(terminal.contains("observing 1 new file(s) for 1 s"), "on the terminal: \(terminal)")
        #expect(try root.statusRecord(for: "o.json").outcome == "exported")

        // Not on a terminal: nothing (cron mails stay as they were).
        try root.drop("p.json", into: "orders", Samples.orderJSON(number: "SO-9502", lines: [("A", "1", "1")]))
        let piped = try root.ferry(["run"])
        #expect(!piped.stdout.contains("observing") && !piped.stderr.contains("observing"))
        #expect(try root.statusRecord(for: "p.json").outcome == "exported")
    }
}
