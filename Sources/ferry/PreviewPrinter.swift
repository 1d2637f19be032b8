import Diagnostics
import Engine
import Foundation

/// Prints `ferry preview` output as it arrives: for people, or as one JSON object whose
/// arrays are written element by element (one per line), so a large file is never held.
///
/// JSON shape: `{"file", "flow", "documents": [...], "filePayloads": [...], "fileErrors": [...],
/// "warnings": [...], "summary": {...}}`.
struct PreviewPrinter {
    let json: Bool
    let language: Language
    private var openArray: String?
    private var opened: Set<String> = []
    private var firstElement = true
    private var fileErrors: [FerryError] = []
    private var warnings: [FerryError] = []

    init(json: Bool, language: Language, file: String, flow: String) {
        self.json = json
        self.language = language
        if json {
            Swift.print("{\"file\": \(Self.encode(file)), \"flow\": \(Self.encode(flow)),")
        } else {
            Swift.print(Note(.previewHeader, ["file": file, "flow": flow]).text(in: language))
        }
    }

    mutating func print(_ event: PreviewEvent) {
        switch event {
        case .document(let document):
            if json { element(LocalizedPreviewDocument(document, language: language), in: "documents") } else { text(document) }
        case .filePayload(let payload):
            if json { element(payload, in: "filePayloads") } else { text(payload, shared: true) }
        case .fileError(let error):
            fileErrors.append(error)
            if !json {
                Swift.print("\n" + Note(.previewFileFails).text(in: language))
                text(error, indent: "  ")
            }
        case .warning(let warning):
            warnings.append(warning)
            if !json {
                if warnings.count == 1 { Swift.print("") }
                let place = warning.location.map { "\($0): " } ?? ""
                Swift.print(Note(.previewWarning, ["code": warning.code.rawValue, "place": place, "message": warning.message(in: language)])
                    .text(in: language))
                Swift.print("    " + Note(.outputFix, ["hint": warning.hint(in: language)]).text(in: language))
            }
        }
    }

    mutating func finish(_ summary: PreviewSummary) {
        if json {
            for name in ["documents", "filePayloads"] where !opened.contains(name) { open(name) }
            close()
            let errors = fileErrors.map { LocalizedFerryError($0, language: language) }
            Swift.print("\"fileErrors\": \(Self.encode(errors)),")
            Swift.print("\"warnings\": \(Self.encode(warnings.map { LocalizedFerryError($0, language: language) })),")
            Swift.print("\"summary\": \(Self.encode(summary))}")
            return
        }
        let counts = ["converted": String(summary.converted), "filtered": String(summary.filtered), "failed": String(summary.failed)]
        var line = "\n" + Note.counted(.previewSummary, summary.documents, counts).text(in: language)
        if summary.fileFailed { line += Note(.previewSummaryFileFails).text(in: language) }
        if summary.warnings > 0 { line += Note.counted(.previewSummaryWarnings, summary.warnings).text(in: language) }
        Swift.print(line)
        if summary.blocked { Swift.print(Note(.previewBlocked).text(in: language)) }
    }

    // MARK: People

    private func text(_ document: PreviewDocument) {
        let key = document.key.map { " \($0)" } ?? ""
        let heading = Note(.previewDocument, [
            "ordinal": String(document.ordinal), "kind": document.kind, "key": key, "location": "\(document.location)",
            "outcome": Output.outcome(document.outcome.rawValue, in: language),
        ])
        Swift.print("\n" + heading.text(in: language))
        if let reason = document.reason {
            Swift.print("  \(Output.outcome("filtered", in: language)): \(reason.text(in: language))")
        }
        for error in document.errors { text(error, indent: "  ") }
        if let canonical = document.canonicalJSON {
            Swift.print(Note(.previewCanonical).text(in: language))
            Swift.print(Self.indented(canonical))
        }
        for payload in document.payloads { text(payload, shared: false) }
    }

    private func text(_ payload: PreviewPayload, shared: Bool) {
        let carries = shared ? Note(.previewSharedPayload, ["keys": payload.keys.joined(separator: ", ")]).text(in: language) : ""
        if shared { Swift.print("") }
        Swift.print("-- \(payload.target) → \(payload.path)\(carries)")
        Swift.print(Self.indented(payload.text))
    }

    private func text(_ error: FerryError, indent: String) {
        let place = error.location.map { "\($0): " } ?? ""
        Swift.print("\(indent)[\(error.code)] \(place)\(error.message(in: language))")
        let hint = error.hint(in: language)
        if !hint.isEmpty { Swift.print("\(indent)    " + Note(.outputFix, ["hint": hint]).text(in: language)) }
    }

    private static func indented(_ text: String) -> String {
        // `\r\n` is one Character: split on any line break.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { "    " + $0 }.joined(separator: "\n")
    }

    // MARK: JSON

    private mutating func element(_ value: some Encodable, in array: String) {
        open(array)
        Swift.print((firstElement ? "" : ",\n") + Self.encode(value), terminator: "")
        firstElement = false
    }

    /// Opens `name` (closing the array before it) unless it is open already.
    private mutating func open(_ name: String) {
        guard openArray != name else { return }
        close()
        Swift.print("\"\(name)\": [")
        openArray = name
        opened.insert(name)
        firstElement = true
    }

    private mutating func close() {
        guard openArray != nil else { return }
        Swift.print(firstElement ? "]," : "\n],")
        openArray = nil
    }

    private static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }
}
