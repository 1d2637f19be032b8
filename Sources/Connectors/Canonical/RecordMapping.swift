import Canonical
import Foundation
import Formats

/// Canonical record ↔ JSON-shaped record tree, driven by the record's field table
/// (`CanonicalRecord.canonicalFields`): one reader and one writer for every kind.
///
/// The tables are static, built once; per document this walks them with no lookups of its own.
enum RecordMapping {
    // MARK: Reading

    /// Reads a record; problems are collected in `reading.errors` and a placeholder value
    /// stands in for each bad field, so the result is only meaningful without errors.
    /// Required fields are read first, then the others in the table's order: the order in
    /// which a document's errors are reported. `kind` names the document kind for hints
    /// about a value that belongs to another coded field.
    // Prespecialized for every record type, as `CanonicalJSONWriter`'s record writer is.
    @_specialize(exported: false, where Record == Order)
    @_specialize(exported: false, where Record == OrderLine)
    @_specialize(exported: false, where Record == Party)
    @_specialize(exported: false, where Record == PartyIdentifier)
    @_specialize(exported: false, where Record == Address)
    @_specialize(exported: false, where Record == Payment)
    @_specialize(exported: false, where Record == Discount)
    @_specialize(exported: false, where Record == Article)
    @_specialize(exported: false, where Record == SupplierCode)
    @_specialize(exported: false, where Record == StockLevel)
    @_specialize(exported: false, where Record == Shipment)
    @_specialize(exported: false, where Record == SalesPrice)
    static func read<Record: CanonicalRecord>(
        _ type: Record.Type, from node: Node, kind: DocumentKind?, _ reading: inout NodeReading
    ) -> Record {
        var record = Record.blank
        // Through the table's buffer, each field borrowed where it lies: a `for field in`
        // loop copied every field (its names, its access) per record, and a generic copy
        // looks its type's metadata up each time.
        Record.canonicalFields.withUnsafeBufferPointer { fields in
            for index in fields.indices where fields[index].required { read(fields[index], into: &record, from: node, kind, &reading) }
            for index in fields.indices where !fields[index].required { read(fields[index], into: &record, from: node, kind, &reading) }
        }
        return record
    }

    private static func read<Record>(
        _ field: CanonicalField<Record>, into record: inout Record, from node: Node, _ kind: DocumentKind?,
        _ reading: inout NodeReading
    ) {
        let name = field.name
        switch field.access {
        case .text(let path):
            if let value = text(field, node, &reading) { record[keyPath: path] = value }
        case .fixedText(let path):
            if let value = text(field, node, &reading) { record[keyPath: path] = value }
        case .country(let path):
            if let value = reading.country(node, name) { record[keyPath: path] = value }
        case .currency(let path):
            if let value = reading.currency(node, name) { record[keyPath: path] = value }
        case .decimal(let path):
            if let value = decimal(field, node, &reading) { record[keyPath: path] = value }
        case .fixedDecimal(let path):
            if let value = decimal(field, node, &reading) { record[keyPath: path] = value }
        case .integer(let path):
            if let value = reading.integer(node, name) { record[keyPath: path] = value }
        case .instant(let path):
            if let value = reading.date(node, name) { record[keyPath: path] = value }
        case .businessDate(let path):
            if let value = reading.businessDate(node, name) { record[keyPath: path] = value }
        case .choice(let choice):
            if let value = reading.oneOf(node, name, allowed: choice.values, kind: kind) { choice.set(&record, value) }
        case .texts(let path):
            let values = reading.textList(node, name)
            if !values.isEmpty { record[keyPath: path] = values }
        case .dictionary(let path):
            let values = reading.dictionary(node, name)
            if !values.isEmpty { record[keyPath: path] = values }
        case .object(let access):
            readObject(access, name, into: &record, from: node, &reading)
        case .list(let access):
            readList(access, name, into: &record, from: node, &reading)
        }
    }

    private static func text<Record>(_ field: CanonicalField<Record>, _ node: Node, _ reading: inout NodeReading) -> String? {
        switch (field.key, field.required) {
        case (true, true): reading.requiredKeyText(node, field.name)
        case (true, false): reading.keyText(node, field.name)
        case (false, true): reading.requiredText(node, field.name)
        case (false, false): reading.text(node, field.name)
        }
    }

    private static func decimal<Record>(_ field: CanonicalField<Record>, _ node: Node, _ reading: inout NodeReading) -> Decimal? {
        field.required ? reading.requiredDecimal(node, field.name) : reading.decimal(node, field.name)
    }

    private static func readObject<Access: CanonicalObjectAccess>(
        _ access: Access, _ name: String, into record: inout Access.Model, from node: Node, _ reading: inout NodeReading
    ) {
        guard let child = reading.object(node, name) else { return }
        record[keyPath: access.path] = read(Access.Item.self, from: child, kind: nil, &reading)
    }

    private static func readList<Access: CanonicalListAccess>(
        _ access: Access, _ name: String, into record: inout Access.Model, from node: Node, _ reading: inout NodeReading
    ) {
        let nodes = reading.list(node, name)
        guard !nodes.isEmpty else { return }
        var items: [Access.Item] = []
        items.reserveCapacity(nodes.count)
        for item in nodes where isObject(item, name, in: node, &reading) {
            items.append(read(Access.Item.self, from: item, kind: nil, &reading))
        }
        record[keyPath: access.path] = items
    }

    /// `true` for an object list item; a wrong-structure error otherwise.
    static func isObject(_ item: Node, _ listName: String, in parent: Node, _ reading: inout NodeReading) -> Bool {
        if case .object = item.value { return true }
        reading.report(.mapWrongStructure, at: item.location,
                       ["field": reading.displayName(listName, in: parent), "expected": "object"])
        return false
    }

    // MARK: Writing

    /// The record as a tree in its table's order, absent values, empty lists and empty
    /// dictionaries left out; `stable` leaves out volatile timestamps.
    // Prespecialized for every record type, as `read` is.
    @_specialize(exported: false, where Record == Order)
    @_specialize(exported: false, where Record == OrderLine)
    @_specialize(exported: false, where Record == Party)
    @_specialize(exported: false, where Record == PartyIdentifier)
    @_specialize(exported: false, where Record == Address)
    @_specialize(exported: false, where Record == Payment)
    @_specialize(exported: false, where Record == Discount)
    @_specialize(exported: false, where Record == Article)
    @_specialize(exported: false, where Record == SupplierCode)
    @_specialize(exported: false, where Record == StockLevel)
    @_specialize(exported: false, where Record == Shipment)
    @_specialize(exported: false, where Record == SalesPrice)
    static func tree<Record: CanonicalRecord>(of record: Record, stable: Bool) -> Node {
        var out = NodeBuilding()
        // Each field borrowed from the table's buffer, not copied (see `read`).
        Record.canonicalFields.withUnsafeBufferPointer { fields in
            for index in fields.indices {
                if stable && fields[index].volatile { continue }
                let name = fields[index].name
                switch fields[index].access {
                case .text(let path), .country(let path), .currency(let path): out.set(name, record[keyPath: path])
                case .fixedText(let path): out.set(name, record[keyPath: path] as String?)
                case .decimal(let path): out.set(name, record[keyPath: path])
                case .fixedDecimal(let path): out.set(name, record[keyPath: path] as Decimal?)
                case .integer(let path): out.set(name, record[keyPath: path])
                case .instant(let path): out.set(name, record[keyPath: path])
                case .businessDate(let path): out.set(name, record[keyPath: path])
                case .choice(let choice): out.set(name, choice.get(record))
                case .texts(let path): out.set(name, texts: record[keyPath: path])
                case .dictionary(let path): out.set(name, dictionary: record[keyPath: path])
                case .object(let access): out.set(name, objectTree(access, of: record, stable: stable))
                case .list(let access): out.set(name, listTrees(access, of: record, stable: stable))
                }
            }
        }
        return out.node
    }

    private static func objectTree<Access: CanonicalObjectAccess>(
        _ access: Access, of record: Access.Model, stable: Bool
    ) -> Node? {
        record[keyPath: access.path].map { tree(of: $0, stable: stable) }
    }

    private static func listTrees<Access: CanonicalListAccess>(
        _ access: Access, of record: Access.Model, stable: Bool
    ) -> [Node] {
        record[keyPath: access.path].map { tree(of: $0, stable: stable) }
    }
}
