import Canonical
import Connectors
import Diagnostics
import Formats
import Foundation
import Logging

/// One file to run through a flow: a fresh claim, an adopted claim, or an archived file.
struct FileJob: Sendable {
    var flow: FlowRuntime
    /// Where the bytes are read from (work folder or archive).
    var path: String
    /// The name the operator knows (for locations and output records).
    var displayName: String
    var fileId: Int64
    var attempt: Int
    var forced: Bool
}

/// The result of converting and exporting one file's documents.
struct ProcessResult: Sendable {
    var fileErrors: [FerryError] = []
    var tally = OutcomeTally()
    /// The file held no documents and its flow allows that.
    var empty = false
    var outcome: FileOutcome { tally.fileOutcome(fileFailed: !fileErrors.isEmpty, empty: empty) }
    /// Documents that changed after they were exported (once each, whatever the number of targets).
    var amended: Int { tally.counts[.amendedAfterExport, default: 0] }

    /// A batch's recorded documents counted in.
    mutating func add(_ summaries: [DocumentSummary]) {
        for summary in summaries { tally.add(summary.outcome) }
    }

    /// A file-level error, unless it only says the file is empty and the flow allows that.
    mutating func fail(_ error: FerryError, flow: FlowRuntime) {
        if let error = flow.fileError(error) {
            fileErrors = [error]
        } else {
            empty = true
        }
    }
}

/// A file read whole ahead of its turn: its format and items, or what reading it threw.
struct DecodedInput: Sendable {
    var items: Result<(format: FileFormat, items: [DecodeResult]), any Error>
    /// Per item, its payloads as rendered on the decoding thread (`Rendered`); empty where
    /// the flow's documents are rendered in step 1.
    var rendered: [Rendered?] = []

    /// The items read, each with what was rendered of it (nil: rendered in step 1); none
    /// when reading threw.
    var itemsAsRendered: [(DecodeResult, Rendered?)] {
        guard case .success(let read) = items else { return [] }
        return read.items.indices.map { (read.items[$0], rendered.isEmpty ? nil : rendered[$0]) }
    }
}

/// A file's only batch after step 2 of the export protocol, waiting in its `ExportGroup`.
struct StagedFile {
    var exporter: Exporter
    var staged: Exporter.Staged
    /// What pass 1 found (file errors are none: the file got this far).
    var result: ProcessResult
}

/// Reads a file twice: once to validate it whole (a file that is broken halfway exports
/// nothing), then to export its documents in batches through `Exporter`.
///
/// A dry run (`plan` set) goes through exactly the same passes and decisions, and writes
/// nothing: what would be written is collected in the plan.
struct FileProcessor {
    let context: EngineContext
    var plan: DryRunPlan? = nil
    static let batchSize = 256
    /// Order lines (or documents) per batch: keeps memory flat for orders with many lines.
    static let batchWeight = 10_000

    static func weight(of document: any CanonicalDocument) -> Int {
        1 + ((document as? Order)?.lines.count ?? 0)
    }

    func process(_ job: FileJob) throws -> ProcessResult {
        switch try process(job, group: nil) {
        case .processed(let result): return result
        case .staged(let file):  // only with a group; alone, its steps 3 to 5 run at once
            var result = file.result
            result.add(try file.exporter.complete(file.staged))
            return result
        }
    }

    /// What became of a file processed with a group: exported and recorded, or, for a file
    /// whose documents form one batch, staged to be completed with the group's other files.
    enum Progress {
        case processed(ProcessResult)
        case staged(StagedFile)
    }

    /// `process`, where a file that is a single batch stops after step 2 of the export protocol
    /// and joins `group` (see `ExportGroup`); a larger file completes the group first and is
    /// exported alone. Its documents' keys are checked against the group's before step 1.
    ///
    /// With `decoded` (the file read whole ahead of its turn, `Prefetch`), both passes go
    /// over those items instead of reading the file.
    func process(_ job: FileJob, group: ExportGroup?, decoded: DecodedInput? = nil) throws -> Progress {
        var result = ProcessResult()
        if plan == nil { try clearDocuments(of: job) }  // a resumed attempt records its documents afresh
        // Pass 2's reading starts at once on a second thread, beside pass 1 and then ahead of
        // the exports (unless the file was read whole ahead of its turn).
        let ahead = decoded == nil ? ReadAhead(open: { try Self.open(job) }, render: Rendered.maker(for: job.flow)) : nil
        // Pass 1: file-level errors, in bounded memory. In an all-or-nothing flow document
        // errors and rule failures count too, so a file with any exports nothing.
        var failures = 0
        var items = 0
        let environment = job.flow.config.allOrNothing && !job.flow.rules.isEmpty ? context.ruleEnvironment(masterData: plan?.masterData) : nil
        do {
            // In an all-or-nothing flow, an item that fails (or fails the rules) counts.
            func count(_ item: DecodeResult) throws {
                items += 1
                switch item {
                case .failure:
                    failures += 1
                case .document(let document, let location):
                    guard let environment else { return }
                    if case .failed = try job.flow.prepare(document, at: location, in: environment) { failures += 1 }
                }
            }
            let format: FileFormat
            if let decoded {
                let read = try decoded.items.get()
                format = read.format
                if job.flow.config.allOrNothing {
                    for item in read.items { try count(item) }
                } else {
                    items = read.items.count
                }
            } else {
                var source = try Self.open(job)
                // Outside all-or-nothing, document errors are found (and recorded) in pass 2:
                // this pass only looks for file-level errors, without mapping the documents.
                if !job.flow.config.allOrNothing {
                    while try source.skip() { items += 1 }
                } else {
                    while let item = try source.next() { try count(item) }
                }
                format = source.format
            }
            if items == 0 {
                if let error = job.flow.noDocuments(in: job.displayName, format: format) {
                    result.fileErrors = [error]
                } else {
                    result.empty = true
                }
                return .processed(result)
            }
        } catch let error as FerryError {
            result.fail(error.located(Location(file: job.displayName)), flow: job.flow)
            return .processed(result)
        }
        let allOrNothingBlocked = job.flow.config.allOrNothing && failures > 0

        // Pass 2: export, a batch at a time.
        var exporter = Exporter(context: context, job: job, plan: plan)
        var prefetched = (decoded?.itemsAsRendered ?? []).makeIterator()
        var batch: [(ordinal: Int, item: DecodeResult)] = []
        var batchKeys = Set<String>()
        var batchWeight = 0
        var ordinal = 0
        // Joins the group only as long as the whole file is one batch.
        var joining = group
        func flush() throws {
            if let group = joining {
                try group.finish()  // more than one batch: the group first (sealed, reported), then this file alone
                joining = nil
            }
            let summaries = try exporter.export(batch, blocked: allOrNothingBlocked)
            exporter.batchNumber += 1
            result.add(summaries)
            batch.removeAll(keepingCapacity: true)
            exporter.rendered.removeAll(keepingCapacity: true)
            batchKeys.removeAll(keepingCapacity: true)
            batchWeight = 0
        }
        while let (item, rendered) = try ahead?.next() ?? prefetched.next() {
            ordinal += 1
            if case .document(let document, _) = item {
                // A document repeated within a file is decided after its earlier copy is recorded.
                let key = document.kind.rawValue + "/" + document.key.rawValue
                if !batchKeys.insert(key).inserted {
                    try flush()
                    batchKeys.insert(key)
                }
                batchWeight += Self.weight(of: document)
            }
            batch.append((ordinal, item))
            if let rendered { exporter.rendered[ordinal] = rendered }
            if batch.count >= Self.batchSize || batchWeight >= Self.batchWeight { try flush() }
        }
        if let group = joining, !batch.isEmpty {
            let progress = try exporter.advance(batch, blocked: allOrNothingBlocked) { keys in
                // A key already in the group is decided after the group's exports are recorded.
                guard group.overlaps(keys) else { return false }
                try group.complete()
                return true
            }
            switch progress {
            case .recorded(let summaries):
                result.add(summaries)
            case .staged(let staged):
                return .staged(StagedFile(exporter: exporter, staged: staged, result: result))
            }
        } else if !batch.isEmpty {
            try flush()
        }
        return .processed(result)
    }

    /// Reads a (small) file whole, as both passes would: its items, or what the first pass
    /// would have thrown. Touches nothing but the file: `Prefetch` runs it on another thread.
    /// With `render` (`Rendered.maker`), each document's payloads are rendered there too.
    static func decodeWhole(
        flow: FlowRuntime, path: String, displayName: String, render: (@Sendable (any CanonicalDocument) -> Rendered?)? = nil
    ) -> DecodedInput {
        var input = DecodedInput(
            items: Result {
                var source = try flow.source.openSource(path: path, displayName: displayName, settings: flow.sourceSettings)
                var items: [DecodeResult] = []
                while let item = try source.next() { items.append(item) }
                return (source.format, items)
            })
        if let render, case .success(let read) = input.items {
            input.rendered = read.items.map { item in
                guard case .document(let document, _) = item else { return nil }
                return render(document)
            }
        }
        return input
    }

    private static func open(_ job: FileJob) throws -> any DocumentSource {
        try job.flow.source.openSource(path: job.path, displayName: job.displayName, settings: job.flow.sourceSettings)
    }

    private func clearDocuments(of job: FileJob) throws {
        try context.ledger.clearDocuments(fileId: job.fileId, attempt: job.attempt)
    }
}
