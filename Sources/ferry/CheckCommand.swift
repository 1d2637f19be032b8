import ArgumentParser
import Configuration
import Foundation

extension Ferry {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate ferry.yml: every mistake with its line and a fix. Exit 0 valid, 2 invalid.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Check this file instead of <root>/ferry.yml.") var file: String?

        func run() throws {
            let path = file ?? (global.root as NSString).appendingPathComponent("ferry.yml")
            guard let data = FileManager.default.contents(atPath: path) else {
                if file != nil {
                    Output.error("cannot read \(path)")
                    throw ExitCode(Exit.configuration)
                }
                let config = ConfigLoader.builtIn()
                print("no ferry.yml in \(global.root): the built-in configuration applies (\(config.flows.map(\.name).joined(separator: ", ")))")
                return
            }
            let result = ConfigLoader.check(
                yaml: String(decoding: data, as: UTF8.self), fileName: (path as NSString).lastPathComponent,
                knownSystems: Setup.knownSystems)
            if result.issues.isEmpty, let config = result.config {
                print("\(path) is valid: \(config.flows.count) flow(s): \(config.flows.map(\.name).joined(separator: ", "))")
                return
            }
            Output.printIssues(result.issues, language: result.config?.language ?? .en)
            print("\(result.issues.count) problem(s) in \(path)")
            throw ExitCode(Exit.configuration)
        }
    }
}
