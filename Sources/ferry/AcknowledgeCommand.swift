import ArgumentParser
import Diagnostics
import Engine

extension Ferry {
    struct Acknowledge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take a document changed after export off the list awaiting attention (as the console's Acknowledge).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The ledger id of the file that changed it (from `ferry status`).") var id: Int64
        @Option(help: "The document's business key: the whole key or its last parts (SO-1001).") var key: String
        @Option(help: "Why, for the log.") var reason: String

        func run() throws {
            let (engine, config) = try Setup.engine(global)
            let language = config.language
            let whole: String
            do {
                whole = try engine.acknowledge(fileId: id, key: key, reason: reason)
            } catch let error as FerryError {
                Output.error(Output.text(error, in: language) + " " + error.hint(in: language), in: language)
                throw ExitCode(Exit.usage)
            }
            Output.say(.consoleAcknowledged, ["id": String(id), "key": whole], in: language)
        }
    }
}
