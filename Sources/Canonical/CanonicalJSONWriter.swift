import Foundation

/// Canonical documents as compact JSON text, byte for byte what Foundation's `JSONEncoder`
/// writes with `.sortedKeys` and `.iso8601` dates, at a fraction of its cost (the ledger keeps
/// this text for every document and hashes it to tell versions apart, so the bytes must not
/// change). Keys are sorted by their UTF-8 bytes, strings escaped as `JSONEncoder` escapes
/// them (`/` included), decimals written as `Decimal.description`, dates as whole UTC seconds.
/// A value of a type it does not write exactly as `JSONEncoder` would (floating point, `Data`,
/// `URL`, a super-encoder) makes it throw `Unsupported`: callers then use `JSONEncoder`.
/// `CanonicalJSONWriterTests` compares both on every field of every canonical kind.
public enum CanonicalJSONWriter {
    public struct Unsupported: Error {}

    public static func encode(_ value: some Encodable) throws -> String {
        let encoder = TreeEncoder()
        try encode(value, with: encoder)
        guard !encoder.sink.unsupported else { throw Unsupported() }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1024)
        write(encoder.result ?? .object(ObjectBox()), into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The types `node` writes itself (or leaves to `JSONEncoder`); every other value is
    /// encoded through its own `encode(to:)` without trying each of them as a cast first.
    /// (A generic `T: Encodable` is a concrete type: an optional of one of these unwraps to it
    /// through its own `encode(to:)`, as the cast would.)
    private static let leafTypes: Set<ObjectIdentifier> = Set([
        String.self, Bool.self, Int.self, Int64.self, Int32.self, UInt.self, UInt64.self, Int8.self, Int16.self,
        UInt8.self, UInt16.self, UInt32.self, Decimal.self, Date.self, Double.self, Float.self, Data.self, URL.self,
    ].map { ObjectIdentifier($0 as any Any.Type) })

    fileprivate static func isLeaf<T>(_ type: T.Type) -> Bool { leafTypes.contains(ObjectIdentifier(type)) }

    /// A value as the tree node `JSONEncoder` would make of it.
    fileprivate static func node<T: Encodable>(_ value: T, sink: Sink) throws -> Value {
        guard isLeaf(T.self) else {
            let encoder = TreeEncoder(sink: sink)
            try value.encode(to: encoder)
            // A value that encodes nothing is an empty object, as with JSONEncoder.
            return encoder.result ?? .object(ObjectBox())
        }
        switch value {
        case let text as String: return .string(text)
        case let flag as Bool: return .bool(flag)
        case let number as Int: return .number(String(number))
        case let number as Int64: return .number(String(number))
        case let number as Int32: return .number(String(number))
        case let number as UInt: return .number(String(number))
        case let number as UInt64: return .number(String(number))
        case let number as Int8: return .number(String(number))
        case let number as Int16: return .number(String(number))
        case let number as UInt8: return .number(String(number))
        case let number as UInt16: return .number(String(number))
        case let number as UInt32: return .number(String(number))
        case let decimal as Decimal: return .number(decimal.description)
        case let date as Date: return .string(UTCText.text(date, .seconds))
        case is Double, is Float, is Data, is URL:
            sink.unsupported = true
            return .null
        default:
            let encoder = TreeEncoder(sink: sink)
            try encode(value, with: encoder)
            // A value that encodes nothing is an empty object, as with JSONEncoder.
            return encoder.result ?? .object(ObjectBox())
        }
    }

    private static func encode<T: Encodable>(_ value: T, with encoder: TreeEncoder) throws {
        guard isLeaf(T.self) else { return try value.encode(to: encoder) }
        switch value {
        case is String, is Bool, is Int, is Int64, is Int32, is UInt, is UInt64, is Int8, is Int16, is UInt8, is UInt16, is UInt32,
            is Decimal, is Date, is Double, is Float, is Data, is URL:
            encoder.result = try node(value, sink: encoder.sink)
        default:
            try value.encode(to: encoder)
        }
    }

    // MARK: Writing

    private static func write(_ value: Value, into bytes: inout [UInt8]) {
        switch value {
        case .string(let text): writeString(text, into: &bytes)
        case .number(let text): bytes += text.utf8
        case .bool(let flag): bytes += flag ? Array("true".utf8) : Array("false".utf8)
        case .null: bytes += "null".utf8
        case .array(let box):
            bytes.append(UInt8(ascii: "["))
            for (index, item) in box.items.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                write(item, into: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let box):
            bytes.append(UInt8(ascii: "{"))
            let sorted = box.entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (index, entry) in sorted.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                writeString(entry.key, into: &bytes)
                bytes.append(UInt8(ascii: ":"))
                write(entry.value, into: &bytes)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// `text` as a JSON string escaped as `JSONEncoder` escapes it (`/` only when
    /// `escapingSlashes`, as without `.withoutEscapingSlashes`).
    public static func quote(_ text: String, escapingSlashes: Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        writeString(text, into: &bytes, escapingSlashes: escapingSlashes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func writeString(_ text: String, into bytes: inout [UInt8], escapingSlashes: Bool = true) {
        bytes.append(UInt8(ascii: "\""))
        // Most texts need no escape: copied whole.
        let plain = text.utf8.withContiguousStorageIfAvailable { stored in
            stored.allSatisfy { byte in
                byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && (!escapingSlashes || byte != UInt8(ascii: "/"))
            }
        }
        if plain == true {
            bytes += text.utf8
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case UInt8(ascii: "/") where escapingSlashes:
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case 0x08: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x00..<0x20:
                bytes += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

// MARK: The tree

fileprivate indirect enum Value {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case array(ArrayBox)
    case object(ObjectBox)
}

fileprivate final class ObjectBox {
    var entries: [(key: String, value: Value)] = []
    /// A key set again replaces its value, as in `JSONEncoder`'s dictionary.
    func set(_ key: String, _ value: Value) {
        if let index = entries.firstIndex(where: { $0.key == key }) { entries[index].value = value } else { entries.append((key, value)) }
    }
}

fileprivate final class ArrayBox {
    var items: [Value] = []
}

/// What every encoder of one `encode` call shares: whether something was met that only
/// `JSONEncoder` writes right.
fileprivate final class Sink {
    var unsupported = false
}

fileprivate final class TreeEncoder: Encoder {
    let sink: Sink
    var result: Value?
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(sink: Sink = Sink()) { self.sink = sink }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object(let box) = result { return KeyedEncodingContainer(KeyedContainer(box: box, sink: sink)) }
        let box = ObjectBox()
        result = .object(box)
        return KeyedEncodingContainer(KeyedContainer(box: box, sink: sink))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array(let box) = result { return UnkeyedContainer(box: box, sink: sink) }
        let box = ArrayBox()
        result = .array(box)
        return UnkeyedContainer(box: box, sink: sink)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(encoder: self) }
}

fileprivate struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: ObjectBox
    let sink: Sink
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { box.set(key.stringValue, .null) }

    // Texts, flags and integers straight to their node (what `node` makes of them), without
    // the dynamic casts of the generic path: most of a document's values are texts.
    mutating func encode(_ value: String, forKey key: Key) throws { box.set(key.stringValue, .string(value)) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { box.set(key.stringValue, .bool(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { box.set(key.stringValue, .number(String(value))) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        box.set(key.stringValue, try CanonicalJSONWriter.node(value, sink: sink))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = ObjectBox()
        box.set(key.stringValue, .object(nested))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested, sink: sink))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = ArrayBox()
        box.set(key.stringValue, .array(nested))
        return UnkeyedContainer(box: nested, sink: sink)
    }

    mutating func superEncoder() -> any Encoder { unsupportedEncoder() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { unsupportedEncoder() }

    private func unsupportedEncoder() -> any Encoder {
        sink.unsupported = true
        return TreeEncoder(sink: sink)
    }
}

fileprivate struct UnkeyedContainer: UnkeyedEncodingContainer {
    let box: ArrayBox
    let sink: Sink
    var codingPath: [any CodingKey] { [] }
    var count: Int { box.items.count }

    mutating func encodeNil() throws { box.items.append(.null) }

    mutating func encode(_ value: String) throws { box.items.append(.string(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws { box.items.append(try CanonicalJSONWriter.node(value, sink: sink)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = ObjectBox()
        box.items.append(.object(nested))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested, sink: sink))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = ArrayBox()
        box.items.append(.array(nested))
        return UnkeyedContainer(box: nested, sink: sink)
    }

    mutating func superEncoder() -> any Encoder {
        sink.unsupported = true
        return TreeEncoder(sink: sink)
    }
}

fileprivate struct SingleContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { encoder.result = .null }

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.result = try CanonicalJSONWriter.node(value, sink: encoder.sink)
    }
}
