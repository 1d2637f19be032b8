import ArgumentParser
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
        @Option(help: "Address and port to listen on. Other than loopback only with `serve: { users-file | token-file }` in ferry.yml.")
        var listen = "127.0.0.1:8080"
        @Option(help: "Print a users-file line for NAME with the password read from standard input, and exit.")
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
            let language = config.language
            let address: ListenAddress
            do {
                address = try ListenAddress(parsing: listen)
            } catch let error as FerryError {
                Output.error(Output.text(error, in: language) + "\n    " + error.hint(in: language), in: language)
                throw ExitCode(Exit.usage)
            }
            if !address.isLoopback && !config.serve.hasAuthentication {
                let error = FerryError(.consoleNeedsAuthentication, ["address": address.description])
                Output.error(Output.text(error, in: language) + "\n    " + error.hint(in: language), in: language)
                throw ExitCode(Exit.configuration)
            }
            // Opened as every command opens it: configuration and ledger errors exit as they do there.
            let (reader, _) = try Setup.engine(global, level: .info, readOnly: true)
            let console: ConsoleServer
            do {
                console = try ConsoleServer(reader: reader, config: config, listen: address, logger: Logger(label: "ferry"))
            } catch let error as FerryError {
                Output.error(Output.text(error, in: language) + "\n    " + error.hint(in: language), in: language)
                throw ExitCode(Exit.configuration)
            }
            let outcome = ServeOutcome()
            let done = DispatchSemaphore(value: 0)
            Task {
                do {
                    try await console.run { address in
                        Output.say(.consoleListening, ["address": address], in: language)
                        fflush(nil)  // a supervisor or test reads the line at once
                    }
                } catch {
                    outcome.set(error)
                }
                done.signal()
            }
            done.wait()
            if let error = outcome.error as? FerryError {
                Output.error(Output.text(error, in: language) + "\n    " + error.hint(in: language), in: language)
                throw ExitCode(Exit.environment)
            } else if let error = outcome.error {
                Output.error("\(error)", in: language)
                throw ExitCode(Exit.environment)
            }
        }
    }
}

/// The error the server stopped with, handed from its task to the command.
final class ServeOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?
    func set(_ error: any Error) { lock.withLock { stored = error } }
    var error: (any Error)? { lock.withLock { stored } }
}
