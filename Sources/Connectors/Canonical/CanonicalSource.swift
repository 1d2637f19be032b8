import Canonical
import Diagnostics
import Formats
import Mapping

/// Reads canonical documents from one file, a record (or, for CSV orders, a group of
/// consecutive rows) at a time.
struct CanonicalSource: DocumentSource {
    private var records: RecordRuns
    let format: FileFormat
    private let kind: DocumentKind
    private let numberFormat: NumberFormat
    /// Documents of a JSON record that is an array.
    private var queued: [Node] = []
    /// A flow's `fields:` overrides, applied to the canonical tree before it is read.
    private let overrides: LayoutEvaluator?

    init(reader: any RecordReader, format: FileFormat, kind: DocumentKind, numberFormat: NumberFormat,
         overrides: LayoutEvaluator? = nil) {
        self.overrides = overrides
        records = RecordRuns(reader)
        self.format = format
        self.kind = kind
        self.numberFormat = numberFormat
    }

    mutating func next() throws -> DecodeResult? {
        if format == .csv && kind == .order { return try nextCSVOrder() }
        return try nextRoot().map(decode)
    }

    /// Moves past the next document without mapping it (pass 1 of a file outside
    /// all-or-nothing): the reader's file-level errors are all it can meet.
    mutating func skip() throws -> Bool {
        if format == .csv && kind == .order { return try records.nextRun(by: CanonicalCSVLayout.orderKey(of:), remembering: false) != nil }
        return try nextRoot() != nil
    }

    /// The next document's record: a record, or the next item of a JSON record that is an array.
    private mutating func nextRoot() throws -> Node? {
        while queued.isEmpty {
            guard let record = try records.next() else { return nil }
            guard format == .json, case .array(let items) = record.root.value else { return record.root }
            queued = items.reversed()  // taken from the end: O(1) per document
        }
        return queued.popLast()
    }

    private func newReading() -> NodeReading {
        switch format {
        case .json: return NodeReading(naming: .camel)
        case .xml: return NodeReading(naming: .pascal)
        case .csv: return NodeReading(naming: .csvColumn, numberFormat: numberFormat)
        }
    }

    /// Maps one record root; all problems of the document become one failure.
    func decode(_ root: Node) -> DecodeResult {
        var reading = newReading()
        let tree: Node
        switch format {
        case .json: tree = root
        case .csv: tree = CanonicalCSVLayout.tree(row: root)
        case .xml:
            let expected = DocumentMapping.xmlNames(of: kind).element
            if let element = CanonicalXMLShape.elementName(of: root.location), element.lowercased() != expected.lowercased() {
                let found = DocumentMapping.kind(ofElement: element)?.rawValue ?? element
                let error = FerryError(.mapKindMismatch, at: root.location, ["expected": kind.rawValue, "found": found])
                return .failure(key: nil, errors: [error], location: root.location)
            }
            tree = CanonicalXMLShape.normalize(root, &reading)
        }
        return finish(tree, location: root.location, reading)
    }

    private func finish(_ original: Node, location: Location, _ reading: NodeReading) -> DecodeResult {
        var reading = reading
        var tree = original
        var overrideErrors: [FerryError] = []
        if let overrides {
            (tree, overrideErrors) = overrides.overlay(original)
        }
        guard case .object = tree.value else {
            let error = FerryError(.mapWrongStructure, at: location, ["field": kind.rawValue, "expected": "object"])
            return .failure(key: nil, errors: [error], location: location)
        }
        guard let mapped = DocumentMapping.document(from: tree, kind: kind, &reading) else {
            let error = FerryError(.mapUnsupportedKind, at: location, ["kind": kind.rawValue, "system": "canonical"])
            return .failure(key: nil, errors: [error], location: location)
        }
        let errors = overrideErrors + reading.errors
        if errors.isEmpty { return .document(mapped.document, location) }
        return .failure(key: mapped.key, errors: errors, location: location)
    }

    /// Reads the consecutive rows of one order and maps them as one document.
    private mutating func nextCSVOrder() throws -> DecodeResult? {
        guard let run = try records.nextRun(by: CanonicalCSVLayout.orderKey(of:)), let first = run.rows.first else { return nil }
        let key = run.key
        let location = first.root.location
        if let firstLine = run.earlierLine {
            let at = first.root["number"]?.location ?? location.field("number")
            let error = FerryError(.mapOrderReappears, at: at, ["number": key[3], "firstLine": String(firstLine)])
            let keyText = key[3].isEmpty ? nil : BusinessKey(key.filter { !$0.isEmpty }).rawValue
            return .failure(key: keyText, errors: [error], location: location)
        }
        var reading = newReading()
        let tree = CanonicalCSVLayout.orderTree(rows: run.rows.map(\.root), &reading)
        return finish(tree, location: location, reading)
    }
}
