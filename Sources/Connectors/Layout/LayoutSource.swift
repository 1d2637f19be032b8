import Canonical
import Diagnostics
import Formats
import Mapping

/// Reads canonical documents through a source layout: one per record, or per run of CSV
/// rows sharing the layout's `group-by` key.
struct LayoutSource: DocumentSource {
    private var records: RecordRuns
    private let layout: Layout
    private let evaluator: LayoutEvaluator
    private let numberFormat: NumberFormat
    /// Items of the current record still to decode, last first (`popLast` is O(1); a record
    /// whose `records:` path selects thousands of orders must not be shifted per order).
    private var queued: [Node] = []
    /// Documents yielded: a file whose records all miss the layout's `record:`/`records:` is
    /// an error, not an empty file.
    private var documentsYielded = 0
    private let displayName: String
    var format: FileFormat { layout.format }
    /// The layout's paths that selected something so far (`warnings()`), when asked for.
    private var usage: PathUsage?

    /// `evaluator`: the layout's, built once for the flow (its plan is the same for every file).
    init(reader: any RecordReader, evaluator: LayoutEvaluator, numberFormat: NumberFormat, displayName: String, notesPathUsage: Bool = false) {
        self.displayName = displayName
        usage = notesPathUsage ? PathUsage() : nil
        records = RecordRuns(reader)
        layout = evaluator.layout
        self.evaluator = evaluator
        self.numberFormat = numberFormat
    }

    mutating func next() throws -> DecodeResult? {
        guard let found = try nextFound() else { return nil }
        switch found {
        case .item(let record, let rows): return decode(record, rows: rows)
        case .failure(let result): return result
        }
    }

    /// Reads and groups the next document's records without mapping them.
    /// A group's key is not remembered: a reappearing order is a document's failure, which
    /// the pass that skips does not look at.
    mutating func skip() throws -> Bool { try nextFound(remembering: false) != nil }

    /// What the next document is made of, before mapping: its record (and grouped rows), or
    /// a failure found while grouping.
    private enum Found {
        case item(Node, rows: [Node])
        case failure(DecodeResult)
    }

    private mutating func nextFound(remembering: Bool = true) throws -> Found? {
        let found = try layout.groupBy.isEmpty ? nextItem() : nextGroup(remembering: remembering)
        if found != nil {
            documentsYielded += 1
        } else if records.count > 0 && documentsYielded == 0 && (layout.recordElement != nil || layout.recordPath != nil) {
            let selector = layout.recordPath.map { "records: \($0)" } ?? "record: \(layout.recordElement ?? "")"
            throw FerryError(.mapNoRecordMatched, at: Location(file: displayName), ["layout": layout.name, "selector": selector])
        }
        return found
    }

    private mutating func nextItem() throws -> Found? {
        while queued.isEmpty {
            guard let record = try nextRecord() else { return nil }
            var items = [record.root]
            if case .array(let elements) = record.root.value { items = elements }
            if let path = layout.recordPath {
                items = items.flatMap { path.select(item: $0, record: $0) }
            }
            queued = items.reversed()
        }
        guard let item = queued.popLast() else { return nil }
        return .item(item, rows: [item])
    }

    /// The next record, skipping siblings of XML records (a header, a trailer): not documents.
    private mutating func nextRecord() throws -> Record? {
        while let record = try records.next() {
            if layout.format == .xml, let wanted = layout.recordElement,
               let name = CanonicalXMLShape.elementName(of: record.root.location), name != wanted {
                continue
            }
            return record
        }
        return nil
    }

    private static func key(of row: Node, groupBy: [SourcePath]) -> [String] {
        groupBy.map { path in
            path.select(item: row, record: row).first?.text?.trimmedWhitespace ?? ""
        }
    }

    private mutating func nextGroup(remembering: Bool) throws -> Found? {
        // The key function must not capture `self`: a copy of this source would share the
        // run reader's table of keys seen, and every insert into it would copy the whole table
        // (quadratic in the number of orders of a file).
        let groupBy = layout.groupBy
        guard let run = try records.nextRun(by: { Self.key(of: $0, groupBy: groupBy) }, remembering: remembering), let first = run.rows.first
        else { return nil }
        let location = first.root.location
        if let firstLine = run.earlierLine {
            let error = FerryError(.mapOrderReappears, at: location,
                                   ["number": run.key.joined(separator: " "), "firstLine": String(firstLine)])
            return .failure(.failure(key: nil, errors: [error], location: location))
        }
        return .item(first.root, rows: run.rows.map(\.root))
    }

    /// MAP-121 for each path of the layout that selected nothing in any record read.
    func warnings() -> [FerryError] {
        guard documentsYielded > 0, let usage else { return [] }
        return usage.unmatched(in: layout).map { unmatched in
            FerryError(.mapPathSelectedNothing, at: Location(file: displayName),
                       ["field": unmatched.field, "path": unmatched.path])
        }
    }

    private mutating func decode(_ record: Node, rows: [Node]) -> DecodeResult {
        let built: (tree: Node, errors: [FerryError])
        if var tracked = usage {
            built = evaluator.build(record: record, rows: rows, usage: &tracked)
            usage = tracked
        } else {
            built = evaluator.build(record: record, rows: rows)
        }
        var reading = NodeReading(naming: .csvColumn, numberFormat: numberFormat)
        guard let mapped = DocumentMapping.document(from: built.tree, kind: layout.kind, &reading) else {
            let error = FerryError(.mapUnsupportedKind, at: record.location, ["kind": layout.kind.rawValue, "system": layout.name])
            return .failure(key: nil, errors: [error], location: record.location)
        }
        // One bad cell read by two fields (a quantity that is also a `divide:` operand) is one error.
        var seen = Set<FerryError>()
        let errors = (built.errors + reading.errors).filter { seen.insert($0).inserted }
        if errors.isEmpty { return .document(mapped.document, record.location) }
        return .failure(key: mapped.key, errors: errors, location: record.location)
    }
}
