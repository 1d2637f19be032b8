import Diagnostics

/// Turns XPath text into the steps of an `XPathExpression`.
struct XPathParser {
    typealias Step = XPathExpression.Step
    typealias NameTest = XPathExpression.NameTest
    typealias Predicate = XPathExpression.Predicate

    private var scanner: PathScanner
    private let namespaces: [String: String]

    init(_ text: String, namespaces: [String: String], location: Location) {
        scanner = PathScanner(text, location: location)
        self.namespaces = namespaces
    }

    mutating func parse() throws -> (absolute: Bool, steps: [Step]) {
        scanner.skipSpaces()
        if scanner.atEnd { throw scanner.error(.pathEmpty) }
        var absolute = false
        var descendant = false
        if scanner.consume("//") {
            absolute = true
            descendant = true
        } else if scanner.consume("/") {
            absolute = true
            scanner.skipSpaces()
            if scanner.atEnd { throw scanner.unsupported("/") }
        }
        var steps = [try step(descendant: descendant)]
        steps += try followingSteps()
        scanner.skipSpaces()
        if scanner.peek() == "|" { throw scanner.unsupported("|") }
        guard scanner.atEnd else { throw scanner.unexpected() }
        return (absolute, steps)
    }

    /// `/step` and `//step` repeated.
    private mutating func followingSteps() throws -> [Step] {
        var steps: [Step] = []
        while true {
            scanner.skipSpaces()
            if scanner.consume("//") {
                steps.append(try step(descendant: true))
            } else if scanner.consume("/") {
                steps.append(try step(descendant: false))
            } else {
                return steps
            }
        }
    }

    private mutating func step(descendant: Bool) throws -> Step {
        scanner.skipSpaces()
        let kind: XPathExpression.StepKind
        if scanner.consume("@") {
            kind = .attribute(try nameTest())
        } else if scanner.looksAt("..") {
            throw scanner.unsupported("..")
        } else if scanner.consume(".") {
            kind = .current
        } else if scanner.consume("text()") {
            kind = .text
        } else {
            kind = .element(try nameTest())
        }
        var predicates: [Predicate] = []
        while true {
            scanner.skipSpaces()
            guard scanner.consume("[") else { break }
            predicates.append(try predicate())
        }
        return Step(descendant: descendant, kind: kind, predicates: predicates)
    }

    /// `*`, `name`, `prefix:name` or `prefix:*`; the prefix must be declared.
    private mutating func nameTest() throws -> NameTest {
        if scanner.consume("*") { return .any }
        guard let name = xmlName() else { throw scanner.unexpected() }
        if scanner.looksAt("::") { throw scanner.unsupported(name + "::") }
        if scanner.peek() == "(" { throw scanner.unsupported(name + "()") }
        guard scanner.consume(":") else { return .name(local: name, qualified: nil) }
        guard namespaces[name] != nil else {
            throw scanner.error(.pathUndeclaredPrefix, ["prefix": name])
        }
        if scanner.consume("*") { return .any }
        guard let local = xmlName() else { throw scanner.unexpected() }
        if scanner.peek() == "(" { throw scanner.unsupported(name + ":" + local + "()") }
        return .name(local: local, qualified: name + ":" + local)
    }

    /// After `[`: a position, `last()`, or a relative path, compared or tested for existence.
    private mutating func predicate() throws -> Predicate {
        scanner.skipSpaces()
        let start = scanner.offset
        let result: Predicate
        if let position = try scanner.integer() {
            guard position >= 1 else {
                throw scanner.error(.pathInvalidIndex, ["value": String(position), "position": String(start + 1)])
            }
            result = .position(position)
        } else if scanner.consume("last()") {
            scanner.skipSpaces()
            if scanner.peek() == "-" || scanner.peek() == "+" { throw scanner.unsupported("last()-n") }
            result = .last
        } else {
            var path = [try step(descendant: false)]
            path += try followingSteps()
            scanner.skipSpaces()
            if let op = comparisonOperator() {
                scanner.skipSpaces()
                result = .compare(path, op, try literal())
            } else {
                result = .exists(path)
            }
        }
        scanner.skipSpaces()
        for word in ["and", "or"] where scanner.looksAt(word) { throw scanner.unsupported(word) }
        try scanner.expect("]")
        return result
    }

    private mutating func comparisonOperator() -> PathValue.Operator? {
        if scanner.consume("!=") { return .notEqual }
        if scanner.consume("<=") { return .lessOrEqual }
        if scanner.consume(">=") { return .greaterOrEqual }
        if scanner.consume("=") { return .equal }
        if scanner.consume("<") { return .less }
        if scanner.consume(">") { return .greater }
        return nil
    }

    /// `'text'`, `"text"` (no escapes, as in XPath 1.0) or a number.
    private mutating func literal() throws -> PathValue {
        if scanner.peek() == "'" || scanner.peek() == "\"" { return .text(try scanner.quoted(escapes: false)) }
        if let number = scanner.numberText() {
            return PathValue.decimal(number).map(PathValue.number) ?? .text(number)
        }
        throw scanner.unexpected()
    }

    /// An XML name without prefix: a letter or `_`, then letters, digits, `_`, `-`, `.`.
    private mutating func xmlName() -> String? {
        scanner.name(first: \.isPathNameStart) { $0.isPathNamePart || $0 == "." }
    }
}
