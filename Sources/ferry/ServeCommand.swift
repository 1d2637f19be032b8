import ArgumentParser
import Configuration
import Console
import Diagnostics
import Engine
import Foundation
import Logging

extension Ferry {
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The operator console: a web dashboard and a JSON API (/api/v1/) over the root (docs/console.md).")
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(
            "Address and port to listen on. Other than loopback only with `serve: { users-file | token-file }` in ferry.yml.",
            valueName: "host:port"))
        var listen = "127.0.0.1:8080"
        @Option(help: ArgumentHelp("Print a users-file line for NAME with the password read from standard input, and exit.", valueName: "name"))
        var hashPassword: String?

        func run() throws {
            if let name = hashPassword {
                guard let password = readLine(strippingNewline: true), !password.isEmpty, !name.contains(":") else {
                    throw ValidationError("give a name without ':' and the password on standard input")
                }
                print(ConsoleServer.usersFileLine(name: name, password: password))
                return
            }
            let config = try Setup.config(root: global.root)
            let address = try ConsoleLauncher.address(listen, config: config)
            // Opened as every command opens it: configuration and ledger errors exit as they do there.
            let (reader, _) = try Setup.engine(global, level: .info, readOnly: true)
            let stopped = try ConsoleLauncher.start(reader: reader, config: config, address: address)
            stopped.wait()
            try ConsoleLauncher.exitIfFailed(stopped, language: config.language)
        }
    }
}

/// Starting the console, for `ferry serve` and `ferry watch --http`.
enum ConsoleLauncher {
    /// `--listen`/`--http` parsed; exit 64 when it is no address, 2 when it is not loopback
    /// and no sign-in is configured.
    static func address(_ text: String, config: FerryConfig) throws -> ListenAddress {
        let language = config.language
        let address: ListenAddress
        do {
            address = try ListenAddress(parsing: text)
        } catch let error as FerryError {
            Output.error(Output.text(error, in: language) + "\n    " + error.hint(in: language), in: language)
            throw ExitCode(Exit.usage)
        }
        if !address.isLoopback && !config.serve.hasAuthentication {
            let error = FerryError(.consoleNeedsAuthentication, ["address": address.description])
            Output.error(Output.text(error, in: language) + "\n    " + error.hint(in: language), in: language)
            throw ExitCode(Exit.configuration)
        }
        return address
    }

    /// Starts the console and returns once it listens (printing where); the returned
    /// outcome is signalled when it stops. Exit 2 for unusable credentials, 4 when it
    /// cannot listen.
    static func start(reader: Engine, config: FerryConfig, address: ListenAddress, live: LiveMetrics? = nil) throws -> ServeOutcome {
        let language = config.language
        let console: ConsoleServer
        do {
            console = try ConsoleServer(reader: reader, config: config, listen: address, logger: Logger(label: "ferry"), live: live)
        } catch let error as FerryError {
            Output.error(Output.text(error, in: language) + "\n    " + error.hint(in: language), in: language)
            throw ExitCode(Exit.configuration)
        }
        let outcome = ServeOutcome()
        let listening = DispatchSemaphore(value: 0)
        Task {
            do {
                try await console.run { address in
                    Output.say(.consoleListening, ["address": address], in: language)
                    fflush(nil)  // a supervisor or test reads the line at once
                    listening.signal()
                }
            } catch {
                outcome.set(error)
            }
            outcome.finish()
            listening.signal()
        }
        listening.wait()
        if outcome.isFinished { try exitIfFailed(outcome, language: language) }
        return outcome
    }

    static func exitIfFailed(_ outcome: ServeOutcome, language: Language) throws {
        if let error = outcome.error as? FerryError {
            Output.error(Output.text(error, in: language) + "\n    " + error.hint(in: language), in: language)
            throw ExitCode(Exit.environment)
        } else if let error = outcome.error {
            Output.error("\(error)", in: language)
            throw ExitCode(Exit.environment)
        }
    }
}

/// How the console's task ended, handed to the command: the error it stopped with.
final class ServeOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?
    private var finished = false
    private let done = DispatchSemaphore(value: 0)
    func set(_ error: any Error) { lock.withLock { stored = error } }
    func finish() {
        lock.withLock { finished = true }
        done.signal()
    }
    var error: (any Error)? { lock.withLock { stored } }
    var isFinished: Bool { lock.withLock { finished } }
    /// Until the console stops.
    func wait() { done.wait() }
}
