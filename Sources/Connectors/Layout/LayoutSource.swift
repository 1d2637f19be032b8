import Canonical
import Diagnostics
import Formats
import Mapping

/// Reads canonical documents through a source layout: one per record, or per run of CSV
/// rows sharing the layout's `group-by` key.
struct LayoutSource: DocumentSource {
    private var reader: any RecordReader
    private let layout: Layout
    private let evaluator: LayoutEvaluator
    private let numberFormat: NumberFormat
    private var queued: [Node] = []
    private var lookahead: Record?
    private var readerDone = false
    /// Grouped documents already yielded, with the line of their first row.
    private var seenGroups: [[String]: Int] = [:]
    /// Records read and documents yielded: a file whose records all miss the layout's
    /// `record:`/`records:` is an error, not an empty file.
    private var recordsRead = 0
    private var documentsYielded = 0
    private var displayName = ""

    init(reader: any RecordReader, layout: Layout, numberFormat: NumberFormat, displayName: String) {
        self.displayName = displayName
        self.reader = reader
        self.layout = layout
        evaluator = LayoutEvaluator(layout)
        self.numberFormat = numberFormat
    }

    mutating func next() throws -> DecodeResult? {
        let result = try nextResult()
        if result != nil {
            documentsYielded += 1
        } else if recordsRead > 0 && documentsYielded == 0 && (layout.recordElement != nil || layout.recordPath != nil) {
            let selector = layout.recordPath.map { "records: \($0)" } ?? "record: \(layout.recordElement ?? "")"
            throw FerryError(.mapNoRecordMatched, at: Location(file: displayName), ["layout": layout.name, "selector": selector])
        }
        return result
    }

    private mutating func nextResult() throws -> DecodeResult? {
        if !layout.groupBy.isEmpty { return try nextGroup() }
        if !queued.isEmpty {
            let item = queued.removeFirst()
            return decode(item, rows: [item])
        }
        var found: Record?
        while found == nil {
            guard let record = try nextRecord() else { return nil }
            // A sibling of the records (a header, a trailer) is not a document.
            if layout.format == .xml, let wanted = layout.recordElement,
               let name = CanonicalXMLShape.elementName(of: record.root.location), name != wanted {
                continue
            }
            found = record
        }
        guard let record = found else { return nil }
        var items = [record.root]
        if case .array(let elements) = record.root.value { items = elements }
        if let path = layout.recordPath {
            items = items.flatMap { path.select(item: $0, record: $0) }
        }
        guard !items.isEmpty else { return try nextResult() }
        queued = Array(items.dropFirst())
        return decode(items[0], rows: [items[0]])
    }

    private mutating func nextRecord() throws -> Record? {
        guard !readerDone else { return nil }
        if let record = try reader.next() {
            recordsRead += 1
            return record
        }
        readerDone = true
        return nil
    }

    private func key(of row: Node) -> [String] {
        layout.groupBy.map { path in
            path.select(item: row, record: row).first?.text?.trimmingCharacters(in: .whitespaces) ?? ""
        }
    }

    private mutating func nextGroup() throws -> DecodeResult? {
        let taken = lookahead
        lookahead = nil
        guard let first = try taken ?? nextRecord() else { return nil }
        let key = key(of: first.root)
        var rows = [first.root]
        while let record = try nextRecord() {
            guard self.key(of: record.root) == key else {
                lookahead = record
                break
            }
            rows.append(record.root)
        }
        let location = first.root.location
        if let firstLine = seenGroups[key] {
            let error = FerryError(.mapOrderReappears, at: location,
                                   ["number": key.joined(separator: " "), "firstLine": String(firstLine)])
            return .failure(key: nil, errors: [error], location: location)
        }
        seenGroups[key] = location.line ?? first.index
        return decode(first.root, rows: rows)
    }

    private func decode(_ record: Node, rows: [Node]) -> DecodeResult {
        let built = evaluator.build(record: record, rows: rows)
        var reading = NodeReading(naming: .csvColumn, numberFormat: numberFormat)
        guard let mapped = DocumentMapping.document(from: built.tree, kind: layout.kind, &reading) else {
            let error = FerryError(.mapUnsupportedKind, at: record.location, ["kind": layout.kind.rawValue, "system": layout.name])
            return .failure(key: nil, errors: [error], location: record.location)
        }
        let errors = built.errors + reading.errors
        if errors.isEmpty { return .document(mapped.document, record.location) }
        return .failure(key: mapped.key, errors: errors, location: record.location)
    }
}
