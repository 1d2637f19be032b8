import Canonical
import Diagnostics
import Foundation
import Formats
import Mapping
import OrderedCollections
import Rules

/// Brings Robaws article files and ProductFlow order files into one shape each before the
/// bundled layouts read them (docs/connectors/robaws-productflow.md, "What it reads").
enum RobawsRecords {
    /// The articles of one JSON value: a page (`{"items": […], "totalItems": …}`), a list, or
    /// one article (`GET /api/v2/articles/{id}`). `nil`: none of these.
    static func articles(inJSON root: Node) -> [Node]? {
        if let items = root["items"] {
            guard case .array(let elements) = items.value else { return nil }
            return elements
        }
        if case .array(let elements) = root.value { return elements }
        if case .object = root.value, root["articleNumber"] != nil || root["id"] != nil { return [root] }
        return nil
    }

    /// The orders of one ProductFlow JSON value: `{"data": […]}` (the connector shape's orders
    /// response), a list, or one order. `nil`: none of these.
    static func orders(inJSON root: Node) -> [Node]? {
        if let data = root["data"] {
            if case .array(let elements) = data.value { return elements }
            if case .object = data.value, data["lines"] != nil { return [data] }
            return nil
        }
        if case .array(let elements) = root.value { return elements }
        if case .object = root.value, root["lines"] != nil || root["id"] != nil { return [root] }
        return nil
    }

    /// CSV export column → the API's field name. Headers are matched ignoring case and spaces;
    /// Robaws' Dutch export headers and the API's own names are both read.
    static let csvColumns: [String: String] = [
        "id": "id", "articleid": "id",
        "articlenumber": "articleNumber", "artikelnummer": "articleNumber", "artikelnr": "articleNumber",
        "name": "name", "naam": "name", "omschrijving": "description", "description": "description",
        "barcode": "barcode", "ean": "barcode", "brand": "brand", "merk": "brand", "unit": "unit", "eenheid": "unit",
        "availablestock": "availableStock", "voorraad": "availableStock", "beschikbarevoorraad": "availableStock",
        "costprice": "costPrice", "aankoopprijs": "costPrice", "kostprijs": "costPrice",
        "saleprice": "salePrice", "verkoopprijs": "salePrice",
        "vattariff": "vatTariff", "btwtarief": "vatTariff", "updatedat": "updatedAt", "gewijzigdop": "updatedAt",
    ]

    /// One row of a Robaws article CSV export in the API's article shape; the `ProductFlow`
    /// column becomes `extraFields.ProductFlow.booleanValue`.
    static func article(fromCSVRow row: Node) -> Node {
        var fields = OrderedDictionary<String, Node>()
        for (header, cell) in row.children {
            let name = String(header.lowercased().filter { !$0.isWhitespace && $0 != "_" && $0 != "-" })
            guard let text = cell.text, !text.allSatisfy(\.isWhitespace) else { continue }
            if name == "productflow" {
                let flag = Node(.object(["booleanValue": Node(.scalar(text), at: cell.location)]), at: cell.location)
                fields["extraFields"] = Node(.object(["ProductFlow": flag]), at: cell.location)
            } else if let field = csvColumns[name] {
                fields[field] = cell
            } else {
                fields[header] = cell
            }
        }
        return Node(.object(fields), at: row.location)
    }

    /// The article number of an article in the API's shape, as compared for uniqueness
    /// (trimmed, ignoring case).
    static func numberKey(_ article: Node) -> String? {
        guard let text = article["articleNumber"]?.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        return text.lowercased()
    }
}

/// One pass over a Robaws or ProductFlow file: each record's entities (articles, orders) read
/// through the system's bundled layout (with the flow's `fields:` over it), one at a time.
struct RobawsEntitySource: DocumentSource {
    typealias Entities = @Sendable (Record, FileFormat) -> [Node]?

    private var reader: any RecordReader
    let format: FileFormat
    private let layout: Layout
    private let evaluator: LayoutEvaluator
    private let numberFormat: NumberFormat
    private let entities: Entities
    private let shape: (system: String, expected: String)
    /// Article numbers that more than one Robaws article has in this file (ROBAWS-005), found by
    /// reading the file once more before the first document; `nil` for orders.
    private var duplicates: Set<String>?
    private let findDuplicates: (() throws -> Set<String>)?
    private var queued: [Node] = []

    init(reader: any RecordReader, format: FileFormat, layout: Layout, numberFormat: NumberFormat,
         entities: @escaping Entities, shape: (system: String, expected: String),
         findDuplicates: (() throws -> Set<String>)? = nil) {
        self.reader = reader
        self.format = format
        self.layout = layout
        evaluator = LayoutEvaluator(layout)
        self.numberFormat = numberFormat
        self.entities = entities
        self.shape = shape
        self.findDuplicates = findDuplicates
    }

    mutating func next() throws -> DecodeResult? {
        if duplicates == nil, let findDuplicates { duplicates = try findDuplicates() }
        guard let entity = try nextEntity() else { return nil }
        if case .failure(let result) = entity { return result }
        guard case .entity(let node) = entity else { return nil }
        if let number = RobawsRecords.numberKey(node), duplicates?.contains(number) == true {
            let text = node["articleNumber"]?.text?.trimmingCharacters(in: .whitespaces) ?? number
            let error = FerryError(.robawsArticleNotUnique, at: node.location.field("articleNumber"), ["articles": text])
            return .failure(key: text, errors: [error], location: node.location)
        }
        return decode(node)
    }

    /// Moves past the next document without mapping it (pass 1 looks for file-level errors only).
    mutating func skip() throws -> Bool { try nextEntity() != nil }

    private enum Entity {
        case entity(Node)
        case failure(DecodeResult)
    }

    private mutating func nextEntity() throws -> Entity? {
        while queued.isEmpty {
            guard let record = try reader.next() else { return nil }
            guard let found = entities(record, format) else {
                let error = FerryError(.robawsFileShape, at: record.root.location, ["system": shape.system, "expected": shape.expected])
                return .failure(.failure(key: nil, errors: [error], location: record.root.location))
            }
            queued = found.reversed()
        }
        return queued.popLast().map(Entity.entity)
    }

    private func decode(_ entity: Node) -> DecodeResult {
        let built = evaluator.build(record: entity)
        var reading = NodeReading(naming: .csvColumn, numberFormat: numberFormat)
        guard let mapped = DocumentMapping.document(from: built.tree, kind: layout.kind, &reading) else {
            let error = FerryError(.mapUnsupportedKind, at: entity.location, ["kind": layout.kind.rawValue, "system": layout.name])
            return .failure(key: nil, errors: [error], location: entity.location)
        }
        let errors = built.errors + reading.errors
        if errors.isEmpty { return .document(mapped.document, entity.location) }
        return .failure(key: mapped.key, errors: errors, location: entity.location)
    }
}

extension RobawsEntitySource {
    /// The article numbers more than one Robaws article carries in the file behind `reader`: two
    /// entries with different `id`s, or two rows without one. The same article repeated (one id,
    /// as a paged export may give it twice) is not a clash. Holds one entry per number.
    static func duplicateNumbers(reader: any RecordReader, format: FileFormat, entities: Entities) throws -> Set<String> {
        var reader = reader
        var seen: [String: String] = [:]
        var duplicates = Set<String>()
        var position = 0
        while let record = try reader.next() {
            for article in entities(record, format) ?? [] {
                position += 1
                guard let number = RobawsRecords.numberKey(article) else { continue }
                let identity = article["id"]?.text.map { "id:" + $0.trimmingCharacters(in: .whitespaces) } ?? "entry:\(position)"
                if let earlier = seen[number] {
                    if earlier != identity { duplicates.insert(number) }
                } else {
                    seen[number] = identity
                }
            }
        }
        return duplicates
    }
}
