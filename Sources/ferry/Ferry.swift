import ArgumentParser
import Engine

/// `ferry`: the command line. Each subcommand parses, calls the engine, picks the exit code.
@main
struct Ferry: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ferry",
        abstract: "Convert order and article files dropped into inboxes, exactly once.",
        discussion: """
            Exit codes: 0 success; 1 a file failed or was partial; 2 configuration error; \
            3 ledger locked by another process for more than 30 s; 4 stopped by the environment \
            (disk full, unwritable outbox or archive); 5 needs attention (a document changed after \
            export); 6 stopped by the watchdog (file-timeout); 7 the ledger is missing or damaged \
            (`ferry ledger rebuild`); 64 command-line usage error (also an unknown flow, target or \
            file id).
            """,
        subcommands: [
            Run.self, Watch.self, Status.self, Log.self, Reprocess.self, Resolve.self, Check.self, Mapping.self,
            Preview.self, Test.self, Demo.self, Ledger.self, Serve.self, Acknowledge.self,
            Prune.self,
        ])

    static func main() {
        // Before any thread starts: SIGINT/SIGTERM must reach Ferry whatever mask it inherited.
        StopSignal.unblockTerminationSignals()
        Self.main(nil)
    }
}

/// Options every command shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The root folder holding ferry.yml, inbox/, outbox/, archive/.")
    var root: String = "."

    @Flag(name: .shortAndLong, help: "Log more (info level; twice for debug).")
    var verbose: Int
}
