import Diagnostics
import OrderedCollections

/// Parses JSON values from a byte source into `Node` trees, strictly per RFC 8259.
///
/// Containers are tracked on an explicit stack, so nesting depth never grows the Swift
/// call stack; depth beyond the limit is `.inputTooDeep`.
final class JSONParser {
    let source: JSONByteSource
    let file: String
    let limits: ReaderLimits
    /// A repeated key takes the later value instead of failing (`JSONReaderOptions.laterKeyWins`).
    var laterKeyWins = false
    /// The record being read, for locations.
    var record = 1
    /// Reused for string and number bytes.
    var scratch: [UInt8] = []

    init(source: JSONByteSource, file: String, limits: ReaderLimits) {
        self.source = source
        self.file = file
        self.limits = limits
    }

    private struct Frame {
        var isObject: Bool
        var path: String
        var line: Int
        var members: OrderedDictionary<String, Node> = [:]
        var items: [Node] = []
        var key = ""
    }

    /// Parses one value starting at the next non-whitespace byte.
    ///
    /// - Parameter depth: containers already open around this value (the top-level array).
    func parseValue(path rootPath: String, depth: Int) throws -> Node {
        var stack: [Frame] = []
        var path = rootPath
        valueLoop: while true {
            try source.skipWhitespace()
            let line = source.line
            guard let byte = try source.peek() else { throw failure(.jsonTruncated, path: path) }
            var node: Node
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if depth + stack.count + 1 > limits.maxDepth {
                    throw failure(.inputTooDeep, path: path, ["limit": String(limits.maxDepth)])
                }
                source.advance()
                let isObject = byte == UInt8(ascii: "{")
                try source.skipWhitespace()
                guard let first = try source.peek() else { throw failure(.jsonTruncated, path: path) }
                if first == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    source.advance()
                    node = Node(isObject ? .object([:]) : .array([]), at: location(line: line, path: path))
                } else {
                    var frame = Frame(isObject: isObject, path: path, line: line)
                    if isObject {
                        frame.key = try parseKey(in: frame.members, parent: path, afterComma: false)
                        path = JSONPath.member(frame.path, frame.key)
                    } else {
                        path = JSONPath.element(frame.path, 0)
                    }
                    stack.append(frame)
                    continue valueLoop
                }
            case UInt8(ascii: "\""):
                source.advance()
                node = Node(.scalar(try parseString(path: path)), at: location(line: line, path: path))
            case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "0")...UInt8(ascii: "9"):
                node = Node(.number(try parseNumber(path: path)), at: location(line: line, path: path))
            case UInt8(ascii: "t"):
                try expectLiteral("true", path: path)
                node = Node(.bool(true), at: location(line: line, path: path))
            case UInt8(ascii: "f"):
                try expectLiteral("false", path: path)
                node = Node(.bool(false), at: location(line: line, path: path))
            case UInt8(ascii: "n"):
                try expectLiteral("null", path: path)
                node = Node(.null, at: location(line: line, path: path))
            default:
                throw try expectedValue(path: path)
            }

            // Attach the finished value to its container, closing containers as they end.
            while !stack.isEmpty {
                let top = stack.count - 1
                if stack[top].isObject {
                    stack[top].members[stack[top].key] = node
                } else {
                    stack[top].items.append(node)
                }
                try source.skipWhitespace()
                let containerPath = stack[top].path
                guard let separator = try source.peek() else { throw failure(.jsonTruncated, path: containerPath) }
                let closing = stack[top].isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if separator == UInt8(ascii: ",") {
                    source.advance()
                    if stack[top].isObject {
                        try source.skipWhitespace()
                        stack[top].key = try parseKey(in: stack[top].members, parent: containerPath, afterComma: true)
                        path = JSONPath.member(containerPath, stack[top].key)
                    } else {
                        try source.skipWhitespace()
                        if try source.peek() == UInt8(ascii: "]") { throw failure(.jsonTrailingComma, path: containerPath) }
                        path = JSONPath.element(containerPath, stack[top].items.count)
                    }
                    continue valueLoop
                }
                guard separator == closing else {
                    let expected = stack[top].isObject ? "',' '}'" : "',' ']'"
                    throw failure(.jsonUnexpectedCharacter, path: containerPath,
                                  ["found": try foundAtCursor(path: containerPath), "expected": expected])
                }
                source.advance()
                let frame = stack.removeLast()
                let value: Node.Value = frame.isObject ? .object(frame.members) : .array(frame.items)
                node = Node(value, at: location(line: frame.line, path: frame.path))
            }
            return node
        }
    }

    /// Reads `"key"` and the colon after it; a key already in `members` is `.jsonDuplicateKey`
    /// unless `laterKeyWins`.
    private func parseKey(in members: OrderedDictionary<String, Node>, parent: String, afterComma: Bool) throws -> String {
        guard let byte = try source.peek() else { throw failure(.jsonTruncated, path: parent) }
        guard byte == UInt8(ascii: "\"") else {
            if afterComma, byte == UInt8(ascii: "}") { throw failure(.jsonTrailingComma, path: parent) }
            throw failure(.jsonUnexpectedCharacter, path: parent, ["found": try foundAtCursor(path: parent), "expected": "'\"'"])
        }
        let line = source.line
        source.advance()
        let key = try parseString(path: parent)
        let path = JSONPath.member(parent, key)
        if members[key] != nil, !laterKeyWins {
            throw FerryError(.jsonDuplicateKey, at: location(line: line, path: path), ["key": key])
        }
        try source.skipWhitespace()
        guard let colon = try source.peek() else { throw failure(.jsonTruncated, path: path) }
        guard colon == UInt8(ascii: ":") else {
            throw failure(.jsonUnexpectedCharacter, path: path, ["found": try foundAtCursor(path: path), "expected": "':'"])
        }
        source.advance()
        return key
    }

    /// The error for a byte at the cursor that cannot start a value.
    func expectedValue(path: String) throws -> FerryError {
        failure(.jsonExpectedValue, path: path, ["found": try foundAtCursor(path: path)])
    }

    func location(line: Int, path: String?) -> Location {
        Location(file: file, line: line, record: record, path: path)
    }

    /// An error at the current line.
    func failure(_ code: ErrorCode, path: String?, _ arguments: [String: String] = [:]) -> FerryError {
        FerryError(code, at: location(line: source.line, path: path), arguments)
    }

    /// How a byte is shown in messages: `'x'`, `U+000A` for controls, `0xC3` beyond ASCII.
    func describe(_ byte: UInt8) -> String {
        if byte >= 0x21, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte < 0x80 { return "U+" + hex(UInt32(byte), width: 4) }
        return "0x" + hex(UInt32(byte), width: 2)
    }

    func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
