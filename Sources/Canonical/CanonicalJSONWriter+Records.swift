import Foundation
import Synchronization

extension CanonicalJSONWriter {
    /// A canonical record (a document, or a party, address or line in one) as `JSONEncoder`
    /// writes it, straight from its field table: no `Encoder` and no intermediate tree. Every
    /// stored property has a field, under its coding key (`CanonicalField.codingKey`;
    /// `CanonicalJSONWriterTests` checks both for every record type), so the table describes
    /// the synthesized `Codable` exactly: absent optionals left out, lists and dictionaries
    /// always written.
    ///
    /// With `escapingSlashes` false, `/` is written as itself, as `JSONEncoder` writes it with
    /// `.withoutEscapingSlashes` (for people to read; the ledger keeps the escaped form).
    public static func encode<Record: CanonicalRecord>(record: Record, escapingSlashes: Bool = true) -> String {
        var out = RecordOutput(escapingSlashes: escapingSlashes)
        out.bytes.reserveCapacity(1024)
        write(record, into: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    // Prespecialized for every record type (the generic body dispatches to them by type):
    // unspecialized, each key path read looked its types' metadata up at run time, which cost
    // more than the writing itself.
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
    private static func write<Record: CanonicalRecord>(_ record: Record, into out: inout RecordOutput) {
        var first = true
        func name(_ text: String) { writeName(text, first: &first, into: &out) }
        // Each field borrowed from the table's buffer, not copied (a copy of a generic field
        // looked its type's metadata up, and retained its names and access, each time).
        Record.canonicalFields.withUnsafeBufferPointer { fields in
            for index in FieldOrder.sorted(Record.self) {
                switch fields[index].access {
                case .text(let path), .country(let path), .currency(let path):
                    if let text = record[keyPath: path] { name(fields[index].codingKey); out.string(text) }
                case .fixedText(let path):
                    name(fields[index].codingKey)
                    out.string(record[keyPath: path])
                case .decimal(let path):
                    if let number = record[keyPath: path] { name(fields[index].codingKey); out.bytes += number.description.utf8 }
                case .fixedDecimal(let path):
                    name(fields[index].codingKey)
                    out.bytes += record[keyPath: path].description.utf8
                case .integer(let path):
                    if let number = record[keyPath: path] { name(fields[index].codingKey); out.bytes += String(number).utf8 }
                case .instant(let path):
                    if let date = record[keyPath: path] { name(fields[index].codingKey); out.string(UTCText.text(date, .seconds)) }
                case .businessDate(let path):
                    if let date = record[keyPath: path] { name(fields[index].codingKey); out.string(date.text) }
                case .choice(let choice):
                    if let value = choice.get(record) { name(fields[index].codingKey); out.string(value) }
                case .texts(let path):
                    name(fields[index].codingKey)
                    out.bytes.append(UInt8(ascii: "["))
                    for (position, text) in record[keyPath: path].enumerated() {
                        if position > 0 { out.bytes.append(UInt8(ascii: ",")) }
                        out.string(text)
                    }
                    out.bytes.append(UInt8(ascii: "]"))
                case .dictionary(let path):
                    name(fields[index].codingKey)
                    writeDictionary(record[keyPath: path], into: &out)
                case .object(let access):
                    writeObject(access, of: record, named: fields[index].codingKey, first: &first, into: &out)
                case .list(let access):
                    name(fields[index].codingKey)
                    writeList(access, of: record, into: &out)
                }
            }
        }
        // A record with every field absent is an empty object, as with JSONEncoder.
        if first { out.bytes.append(UInt8(ascii: "{")) }
        out.bytes.append(UInt8(ascii: "}"))
    }

    /// `"name":` after a `{` (the record's first field) or a `,`.
    private static func writeName(_ text: String, first: inout Bool, into out: inout RecordOutput) {
        out.bytes.append(first ? UInt8(ascii: "{") : UInt8(ascii: ","))
        first = false
        out.string(text)
        out.bytes.append(UInt8(ascii: ":"))
    }

    private static func writeObject<Access: CanonicalObjectAccess>(
        _ access: Access, of record: Access.Model, named fieldName: String, first: inout Bool, into out: inout RecordOutput
    ) {
        guard let nested = record[keyPath: access.path] else { return }
        writeName(fieldName, first: &first, into: &out)
        write(nested, into: &out)
    }

    private static func writeList<Access: CanonicalListAccess>(_ access: Access, of record: Access.Model, into out: inout RecordOutput) {
        out.bytes.append(UInt8(ascii: "["))
        for (position, item) in record[keyPath: access.path].enumerated() {
            if position > 0 { out.bytes.append(UInt8(ascii: ",")) }
            write(item, into: &out)
        }
        out.bytes.append(UInt8(ascii: "]"))
    }

    private static func writeDictionary(_ dictionary: [String: String], into out: inout RecordOutput) {
        out.bytes.append(UInt8(ascii: "{"))
        for (position, entry) in dictionary.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }).enumerated() {
            if position > 0 { out.bytes.append(UInt8(ascii: ",")) }
            out.string(entry.key)
            out.bytes.append(UInt8(ascii: ":"))
            out.string(entry.value)
        }
        out.bytes.append(UInt8(ascii: "}"))
    }
}

/// The text being written, and how slashes are written in it.
private struct RecordOutput {
    var bytes: [UInt8] = []
    let escapingSlashes: Bool

    mutating func string(_ text: String) {
        CanonicalJSONWriter.writeString(text, into: &bytes, escapingSlashes: escapingSlashes)
    }
}

/// Each record type's field indexes in the order `JSONEncoder`'s `.sortedKeys` writes them
/// (by the coding keys' UTF-8 bytes), worked out once per type.
private enum FieldOrder {
    private static let known = Mutex<[ObjectIdentifier: [Int]]>([:])

    static func sorted<Record: CanonicalRecord>(_ type: Record.Type) -> [Int] {
        let id = ObjectIdentifier(type)
        if let order = known.withLock({ $0[id] }) { return order }
        let fields = Record.canonicalFields
        let order = fields.indices.sorted { fields[$0].codingKey.utf8.lexicographicallyPrecedes(fields[$1].codingKey.utf8) }
        known.withLock { $0[id] = order }
        return order
    }
}
