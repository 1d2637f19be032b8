import Diagnostics

/// Turns JSONPath text into the segments of a `JSONPathExpression`.
struct JSONPathParser {
    typealias Segment = JSONPathExpression.Segment
    typealias Selector = JSONPathExpression.Selector
    typealias Filter = JSONPathExpression.Filter
    typealias Operand = JSONPathExpression.Operand
    typealias Query = JSONPathExpression.Query

    private var scanner: PathScanner

    init(_ text: String, location: Location) {
        scanner = PathScanner(text, location: location)
    }

    mutating func parse() throws -> [Segment] {
        scanner.skipSpaces()
        if scanner.atEnd { throw scanner.error(.pathEmpty) }
        guard scanner.consume("$") else { throw scanner.error(.pathMissingRoot) }
        var segments: [Segment] = []
        while true {
            scanner.skipSpaces()
            if scanner.atEnd { return segments }
            if scanner.consume("..") {
                segments.append(Segment(descendant: true, selector: try dottedOrBracketed()))
            } else if scanner.consume(".") {
                guard scanner.peek() != "[" else { throw scanner.unexpected() }
                segments.append(Segment(descendant: false, selector: try dottedOrBracketed()))
            } else if scanner.peek() == "[" {
                segments.append(Segment(descendant: false, selector: try bracketed()))
            } else {
                throw scanner.unexpected()
            }
        }
    }

    /// After `.` or `..`: `*`, a key, or (after `..` only, checked by the caller) `[...]`.
    private mutating func dottedOrBracketed() throws -> Selector {
        if scanner.peek() == "[" { return try bracketed() }
        if scanner.consume("*") { return .wildcard }
        return .name(try key())
    }

    /// A bare key; a function call `name()` is PATH-008.
    private mutating func key() throws -> String {
        guard let name = scanner.name(first: \.isPathNameStart, rest: \.isPathNamePart) else {
            throw scanner.unexpected()
        }
        if scanner.peek() == "(" { throw scanner.unsupported(name + "()") }
        return name
    }

    /// `[...]`: a quoted key, an index, `*` or a filter.
    private mutating func bracketed() throws -> Selector {
        try scanner.expect("[")
        scanner.skipSpaces()
        let selector: Selector
        if scanner.peek() == "'" || scanner.peek() == "\"" {
            selector = .name(try scanner.quoted(escapes: true))
        } else if scanner.consume("*") {
            selector = .wildcard
        } else if scanner.consume("?") {
            scanner.skipSpaces()
            selector = .filter(try disjunction())
        } else if let index = try scanner.integer() {
            selector = .index(index)
        } else if scanner.peek() == ":" {
            throw scanner.unsupported("[start:end]")
        } else {
            throw scanner.unexpected()
        }
        scanner.skipSpaces()
        if scanner.peek() == "," { throw scanner.unsupported("[a,b]") }
        if scanner.peek() == ":" { throw scanner.unsupported("[start:end]") }
        try scanner.expect("]")
        return selector
    }

    private mutating func disjunction() throws -> Filter {
        var parts = [try conjunction()]
        while true {
            scanner.skipSpaces()
            guard scanner.consume("||") else { break }
            parts.append(try conjunction())
        }
        return parts.count == 1 ? parts[0] : .or(parts)
    }

    private mutating func conjunction() throws -> Filter {
        var parts = [try unary()]
        while true {
            scanner.skipSpaces()
            guard scanner.consume("&&") else { break }
            parts.append(try unary())
        }
        return parts.count == 1 ? parts[0] : .and(parts)
    }

    /// `!x`, `(x)`, a comparison, or an existence test.
    private mutating func unary() throws -> Filter {
        scanner.skipSpaces()
        if scanner.consume("!") { return .not(try unary()) }
        if scanner.consume("(") {
            let inner = try disjunction()
            scanner.skipSpaces()
            try scanner.expect(")")
            return inner
        }
        let left = try operand()
        scanner.skipSpaces()
        guard let op = try comparisonOperator() else {
            if case .query(let query) = left { return .exists(query) }
            throw scanner.unexpected()
        }
        return .compare(left, op, try operand())
    }

    private mutating func comparisonOperator() throws -> PathValue.Operator? {
        if scanner.looksAt("=~") { throw scanner.unsupported("=~") }
        for op in [PathValue.Operator.equal, .notEqual, .lessOrEqual, .greaterOrEqual, .less, .greater]
        where scanner.consume(op.rawValue) {
            return op
        }
        return nil
    }

    private mutating func operand() throws -> Operand {
        scanner.skipSpaces()
        if scanner.consume("@") { return .query(Query(fromRoot: false, steps: try querySteps())) }
        if scanner.consume("$") { return .query(Query(fromRoot: true, steps: try querySteps())) }
        if scanner.peek() == "'" || scanner.peek() == "\"" { return .literal(.text(try scanner.quoted(escapes: true))) }
        if let number = scanner.numberText() {
            return .literal(PathValue.decimal(number).map(PathValue.number) ?? .text(number))
        }
        let start = scanner.offset
        if let word = scanner.name(first: \.isPathNameStart, rest: \.isPathNamePart) {
            switch word {
            case "true": return .literal(.bool(true))
            case "false": return .literal(.bool(false))
            case "null": return .literal(.null)
            default:
                if scanner.peek() == "(" { throw scanner.unsupported(word + "()") }
                scanner.offset = start
            }
        }
        throw scanner.unexpected()
    }

    /// The keys and indexes after `@` or `$` in a filter; wildcards and descent are PATH-009.
    private mutating func querySteps() throws -> [Selector] {
        var steps: [Selector] = []
        while true {
            if scanner.looksAt("..") { throw scanner.unsupportedInFilter("..") }
            if scanner.consume(".") {
                if scanner.peek() == "*" { throw scanner.unsupportedInFilter("*") }
                steps.append(.name(try key()))
            } else if scanner.consume("[") {
                scanner.skipSpaces()
                if scanner.peek() == "'" || scanner.peek() == "\"" {
                    steps.append(.name(try scanner.quoted(escapes: true)))
                } else if let index = try scanner.integer() {
                    steps.append(.index(index))
                } else if scanner.peek() == "*" || scanner.peek() == "?" {
                    throw scanner.unsupportedInFilter("[" + String(scanner.peek() ?? "*") + "]")
                } else {
                    throw scanner.unexpected()
                }
                scanner.skipSpaces()
                try scanner.expect("]")
            } else {
                return steps
            }
        }
    }
}
