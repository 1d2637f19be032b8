// TEMPORARY, REPLACED AT MERGE: minimal, non-streaming stand-ins for the readers and writers
// other helpers are building, with their agreed signatures, so the canonical connector can be
// compiled and tested before the merge. The lead deletes this file at merge.
import Diagnostics
import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

public struct CSVReaderOptions: Sendable {
    public var delimiter: Character?
    public var encoding: TextEncoding?
    public var limits: ReaderLimits
    public init(delimiter: Character? = nil, encoding: TextEncoding? = nil, limits: ReaderLimits = .default) {
        self.delimiter = delimiter
        self.encoding = encoding
        self.limits = limits
    }
}

public struct CSVReader: RecordReader {
    private var rows: [(line: Int, fields: [String])] = []
    private var header: [String] = []
    private var position = 0
    private let displayName: String

    public init(path: String, displayName: String, options: CSVReaderOptions) throws {
        self.displayName = displayName
        let text = try _pendingText(path, displayName)
        let firstLine = text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
        let candidates: [Character] = [";", ",", "\t", "|"]
        let counted = candidates.max { a, b in firstLine.filter { $0 == a }.count < firstLine.filter { $0 == b }.count }
        let delimiter: Character = options.delimiter ?? counted ?? ";"
        var line = 1
        var rowLine = 1
        var field = ""
        var fields: [String] = []
        var quoted = false
        var iterator = Array(text.replacingOccurrences(of: "\r\n", with: "\n")).makeIterator()
        var pendingQuote = false
        func endRow() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append((rowLine, fields)) }
            fields = []
            field = ""
        }
        while let character = iterator.next() {
            if pendingQuote {
                pendingQuote = false
                if character == "\"" { field.append("\""); continue }
                quoted = false
            }
            if quoted {
                if character == "\"" { pendingQuote = true; continue }
                if character == "\n" { line += 1 }
                field.append(character)
                continue
            }
            switch character {
            case "\"" where field.isEmpty: quoted = true
            case delimiter: fields.append(field); field = ""
            case "\n":
                endRow()
                line += 1
                rowLine = line
            default: field.append(character)
            }
        }
        if quoted && !pendingQuote {
            throw FerryError(ErrorCode("CSV-002"), at: Location(file: displayName, line: rowLine))
        }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        guard !rows.isEmpty else { throw FerryError(.inputEmpty, at: Location(file: displayName)) }
        header = rows.removeFirst().fields
    }

    public mutating func next() throws -> Record? {
        guard position < rows.count else { return nil }
        let row = rows[position]
        position += 1
        var pairs: [(String, Node)] = []
        for (index, name) in header.enumerated() {
            let value = index < row.fields.count ? row.fields[index] : ""
            pairs.append((name, Node(.scalar(value), at: Location(file: displayName, line: row.line, field: name))))
        }
        let root = Node(.object(.init(pairs, uniquingKeysWith: { first, _ in first })),
                        at: Location(file: displayName, line: row.line))
        return Record(index: position, root: root)
    }
}

public struct JSONReaderOptions: Sendable {
    public var limits: ReaderLimits
    public init(limits: ReaderLimits = .default) { self.limits = limits }
}

public struct JSONRecordReader: RecordReader {
    private var records: [Node] = []
    private var position = 0

    public init(path: String, displayName: String, options: JSONReaderOptions) throws {
        var parser = _PendingJSONParser(bytes: Array(try _pendingText(path, displayName).utf8), file: displayName)
        var values: [Node] = []
        parser.skipSpace()
        while !parser.atEnd {
            parser.record = values.count + 1
            values.append(try parser.value(path: "$"))
            parser.skipSpace()
        }
        if values.count == 1, case .array(let items) = values[0].value {
            records = items.enumerated().map { index, item in
                var parser = _PendingJSONParser(bytes: [], file: displayName)
                parser.record = index + 1
                return parser.relocated(item, path: "$", record: index + 1)
            }
        } else {
            records = values
        }
    }

    public mutating func next() throws -> Record? {
        guard position < records.count else { return nil }
        position += 1
        return Record(index: position, root: records[position - 1])
    }
}

struct _PendingJSONParser {
    var bytes: [UInt8]
    var file: String
    var index = 0
    var line = 1
    var record = 1
    var atEnd: Bool { index >= bytes.count }

    func fail() -> FerryError { FerryError(ErrorCode("JSON-001"), at: Location(file: file, line: line, record: record)) }

    mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains(bytes[index]) {
            if bytes[index] == 0x0A { line += 1 }
            index += 1
        }
    }

    func relocated(_ node: Node, path: String, record: Int) -> Node {
        var location = node.location
        location.path = path
        location.record = record
        switch node.value {
        case .object(let children):
            let pairs = children.map { key, child in (key, relocated(child, path: path + "." + key, record: record)) }
            return Node(.object(.init(pairs, uniquingKeysWith: { first, _ in first })), at: location)
        case .array(let items):
            return Node(.array(items.enumerated().map { relocated($1, path: path + "[\($0)]", record: record) }), at: location)
        default:
            return Node(node.value, at: location)
        }
    }

    mutating func value(path: String) throws -> Node {
        skipSpace()
        guard index < bytes.count else { throw fail() }
        let location = Location(file: file, line: line, record: record, path: path)
        switch bytes[index] {
        case UInt8(ascii: "{"):
            index += 1
            var pairs: [(String, Node)] = []
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return Node(.object([:]), at: location) }
            while true {
                skipSpace()
                let key = try string()
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw fail() }
                index += 1
                pairs.append((key, try value(path: path + "." + key)))
                skipSpace()
                guard index < bytes.count else { throw fail() }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "}") { index += 1; break }
                throw fail()
            }
            return Node(.object(.init(pairs, uniquingKeysWith: { first, _ in first })), at: location)
        case UInt8(ascii: "["):
            index += 1
            var items: [Node] = []
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return Node(.array([]), at: location) }
            while true {
                items.append(try value(path: path + "[\(items.count)]"))
                skipSpace()
                guard index < bytes.count else { throw fail() }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "]") { index += 1; break }
                throw fail()
            }
            return Node(.array(items), at: location)
        case UInt8(ascii: "\""):
            return Node(.scalar(try string()), at: location)
        default:
            var word: [UInt8] = []
            while index < bytes.count, !",}] \n\r\t".utf8.contains(bytes[index]) {
                word.append(bytes[index])
                index += 1
            }
            let text = String(decoding: word, as: UTF8.self)
            switch text {
            case "true": return Node(.bool(true), at: location)
            case "false": return Node(.bool(false), at: location)
            case "null": return Node(.null, at: location)
            default:
                guard !text.isEmpty, Decimal(string: text) != nil else { throw fail() }
                return Node(.number(text), at: location)
            }
        }
    }

    mutating func string() throws -> String {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw fail() }
        index += 1
        var out: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
            if byte == UInt8(ascii: "\\"), index < bytes.count {
                let escaped = bytes[index]
                index += 1
                switch escaped {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    guard index + 4 <= bytes.count,
                        let code = UInt32(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16),
                        let scalar = Unicode.Scalar(code)
                    else { throw fail() }
                    index += 4
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default: out.append(escaped)
                }
                continue
            }
            out.append(byte)
        }
        throw fail()
    }
}

public enum XMLRecordSelector: Sendable, Hashable {
    case root
    case children
    case auto(documentNames: Set<String>)
}

public struct XMLReaderOptions: Sendable {
    public var records: XMLRecordSelector
    public var limits: ReaderLimits
    public init(records: XMLRecordSelector, limits: ReaderLimits = .default) {
        self.records = records
        self.limits = limits
    }
}

public struct XMLRecordReader: RecordReader {
    private var records: [Node] = []
    private var position = 0

    public init(path: String, displayName: String, options: XMLReaderOptions) throws {
        #if canImport(FoundationXML)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let builder = _PendingXMLTreeBuilder(file: displayName)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw FerryError(ErrorCode("XML-001"), at: Location(file: displayName, line: parser.lineNumber))
        }
        let rootName = CanonicalPathName.last(root.location.path)
        switch options.records {
        case .root: records = [root]
        case .children: records = root.children.values.flatMap(\.items)
        case .auto(let names):
            records = names.contains(rootName) ? [root] : root.children.values.flatMap(\.items)
        }
        #else
        throw FerryError(ErrorCode("XML-001"), at: Location(file: displayName))
        #endif
    }

    public mutating func next() throws -> Record? {
        guard position < records.count else { return nil }
        position += 1
        return Record(index: position, root: records[position - 1])
    }
}

enum CanonicalPathName {
    static func last(_ path: String?) -> String {
        let last = path?.split(separator: "/").last.map(String.init) ?? ""
        return last.split(separator: "[").first.map(String.init) ?? last
    }
}

#if canImport(FoundationXML)
final class _PendingXMLTreeBuilder: NSObject, XMLParserDelegate {
    struct Open {
        var name: String
        var path: String
        var line: Int
        var attributes: [(String, Node)]
        var children: [(String, Node)] = []
        var counts: [String: Int] = [:]
        var text = ""
    }
    let file: String
    var stack: [Open] = []
    var root: Node?
    init(file: String) { self.file = file }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let local = name.split(separator: ":").last.map(String.init) ?? name
        var path = "/" + local
        if let parentIndex = stack.indices.last {
            let count = (stack[parentIndex].counts[local] ?? 0) + 1
            stack[parentIndex].counts[local] = count
            path = stack[parentIndex].path + "/" + local + "[\(count)]"
        }
        let location = Location(file: file, line: parser.lineNumber, path: path)
        let attrs = attributes.keys.sorted().filter { !$0.hasPrefix("xmlns") }.map { key in
            ("@" + key, Node(.scalar(attributes[key] ?? ""), at: location))
        }
        stack.append(Open(name: local, path: path, line: parser.lineNumber, attributes: attrs))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if !stack.isEmpty { stack[stack.count - 1].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard let open = stack.popLast() else { return }
        let location = Location(file: file, line: open.line, path: open.path)
        let node: Node
        if open.attributes.isEmpty && open.children.isEmpty {
            node = Node(.scalar(open.text), at: location)
        } else {
            var grouped: [(String, [Node])] = []
            for (key, child) in open.children {
                if let index = grouped.firstIndex(where: { $0.0 == key }) { grouped[index].1.append(child) } else {
                    grouped.append((key, [child]))
                }
            }
            var pairs = open.attributes
            for (key, items) in grouped {
                pairs.append((key, items.count == 1 ? items[0] : Node(.array(items), at: items[0].location)))
            }
            let text = open.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { pairs.append(("#text", Node(.scalar(text), at: location))) }
            node = Node(.object(.init(pairs, uniquingKeysWith: { first, _ in first })), at: location)
        }
        if stack.isEmpty { root = node } else { stack[stack.count - 1].children.append((open.name, node)) }
    }
}
#endif

func _pendingText(_ path: String, _ displayName: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw FerryError(.inputUnreadable, at: Location(file: displayName), ["reason": "cannot open"])
    }
    guard var text = String(data: data, encoding: .utf8) else {
        throw FerryError(.inputUndecodable, at: Location(file: displayName), ["encoding": "utf-8", "offset": "0"])
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    return text
}

public struct JSONWriter: Sendable {
    public var pretty: Bool
    public init(pretty: Bool = true) { self.pretty = pretty }

    public func write(_ node: Node) -> [UInt8] {
        var out = ""
        write(node, indent: 0, into: &out)
        return Array((out + "\n").utf8)
    }

    private func write(_ node: Node, indent: Int, into out: inout String) {
        let pad = pretty ? String(repeating: "  ", count: indent + 1) : ""
        let close = pretty ? String(repeating: "  ", count: indent) : ""
        let newline = pretty ? "\n" : ""
        switch node.value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let text): out += text
        case .scalar(let text): out += quoted(text)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[" + newline
            for (index, item) in items.enumerated() {
                out += pad
                write(item, indent: indent + 1, into: &out)
                out += (index < items.count - 1 ? "," : "") + newline
            }
            out += close + "]"
        case .object(let children):
            if children.isEmpty { out += "{}"; return }
            out += "{" + newline
            for (index, (key, child)) in children.enumerated() {
                out += pad + quoted(key) + (pretty ? ": " : ":")
                write(child, indent: indent + 1, into: &out)
                out += (index < children.count - 1 ? "," : "") + newline
            }
            out += close + "}"
        }
    }

    private func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}

public struct XMLWriter: Sendable {
    public var indent: Bool
    public init(indent: Bool = true) { self.indent = indent }

    public func write(_ node: Node, rootName: String, namespace: String? = nil) -> [UInt8] {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        element(rootName, node, depth: 0, namespace: namespace, into: &out)
        return Array(out.utf8)
    }

    private func element(_ name: String, _ node: Node, depth: Int, namespace: String?, into out: inout String) {
        if case .array(let items) = node.value {
            for item in items { element(name, item, depth: depth, namespace: nil, into: &out) }
            return
        }
        let pad = indent ? String(repeating: "  ", count: depth) : ""
        let newline = indent ? "\n" : ""
        var open = "<" + name + (namespace.map { " xmlns=\"\(escape($0))\"" } ?? "")
        switch node.value {
        case .object(let children):
            var text: String?
            var elements: [(String, Node)] = []
            for (key, child) in children {
                if key.hasPrefix("@") {
                    open += " \(key.dropFirst())=\"\(escape(child.text ?? ""))\""
                } else if key == "#text" {
                    text = child.text
                } else {
                    elements.append((key, child))
                }
            }
            if elements.isEmpty {
                out += pad + open + (text.map { ">" + escape($0) + "</\(name)>" } ?? "/>") + newline
            } else {
                out += pad + open + ">" + newline
                for (key, child) in elements { element(key, child, depth: depth + 1, namespace: nil, into: &out) }
                out += pad + "</\(name)>" + newline
            }
        case .null: out += pad + open + "/>" + newline
        default: out += pad + open + ">" + escape(node.text ?? "") + "</\(name)>" + newline
        }
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

public struct CSVWriter: Sendable {
    public var delimiter: Character
    public init(delimiter: Character = ";") { self.delimiter = delimiter }

    public func write(header: [String], rows: [[String]]) -> [UInt8] {
        var out = ""
        for row in [header] + rows {
            out += row.map(field).joined(separator: String(delimiter)) + "\r\n"
        }
        return Array(out.utf8)
    }

    private func field(_ text: String) -> String {
        guard text.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
