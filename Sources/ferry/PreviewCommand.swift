import ArgumentParser
import Configuration
import Diagnostics
import Engine
import Foundation

extension Ferry {
    struct Preview: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert one file through a flow and print its canonical documents and payloads, writing nothing.",
            discussion: """
                The file is read where it is (any path), exactly as a run would read it: the flow's \
                format settings, filters and rules, and every target. Nothing is written or moved: no \
                ledger, no outbox or archive file. Outbox names are those of a first export. \
                Exit 0 every document converts (or is filtered); 1 a document or the file fails; \
                2 configuration error; 64 unknown flow or target, or no such file.
                """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The file to convert (it is only read).") var file: String
        @Option(help: "The flow to convert it with.") var flow: String
        @Option(help: "Show only this target's payloads.") var target: String?
        @Option(help: "Language of messages: en, nl, de or fr (default: `language` in ferry.yml).") var lang: String?
        @Flag(help: "Print as JSON.") var json = false

        func validate() throws {
            if let lang, Language(rawValue: lang) == nil { throw ValidationError("--lang takes en, nl, de or fr") }
        }

        func run() throws {
            let config = try Setup.config(root: global.root)
            let language = lang.flatMap(Language.init(rawValue:)) ?? config.language
            guard let flowConfig = config.flow(named: flow) else {
                let flows = config.flows.map(\.name).joined(separator: ", ")
                Output.error(Note(.usageNoFlow, ["flow": flow, "origin": config.origin, "flows": flows]).text(in: language), in: language)
                throw ExitCode.validationFailure
            }
            if let target, !flowConfig.targets.contains(where: { $0.name == target }) {
                let targets = flowConfig.targets.map(\.name).joined(separator: ", ")
                Output.error(Note(.usageNoTarget, ["flow": flow, "target": target, "targets": targets]).text(in: language), in: language)
                throw ExitCode.validationFailure
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), !isDirectory.boolValue else {
                Output.error(Note(.usageNoFile, ["file": file]).text(in: language), in: language)
                throw ExitCode.validationFailure
            }
            var printer = PreviewPrinter(json: json, language: language, file: file, flow: flow)
            let summary: PreviewSummary
            do {
                summary = try Engine.preview(
                    file: file, flow: flowConfig, root: global.root, target: target, reference: config.reference
                ) { event in
                    printer.print(event)
                }
            } catch let error as FerryError {
                Output.error(Output.text(error, in: language), in: language)
                throw ExitCode(Exit.configuration)
            }
            printer.finish(summary)
            throw ExitCode(summary.succeeded ? Exit.ok : Exit.failedFiles)
        }
    }
}
