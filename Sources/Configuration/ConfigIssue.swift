import Diagnostics

/// One mistake in `ferry.yml`: a CONFIG code, where it is, and how to fix it (the error's hint).
public struct ConfigIssue: Sendable, Hashable, Error, CustomStringConvertible {
    /// Code `CONFIG-xxx`; location `Location(file:, line:, field: "flows[1].targets[0].format")`.
    public var error: FerryError
    /// 1-based line in the file, 0 when not applicable.
    public var line: Int
    /// 1-based column (Unicode scalars), 0 when not applicable.
    public var column: Int

    public init(error: FerryError, line: Int, column: Int) {
        self.error = error
        self.line = line
        self.column = column
    }

    public init(
        _ code: ErrorCode, file: String, line: Int, column: Int, field: String?, _ arguments: [String: String] = [:]
    ) {
        let location = Location(file: file, line: line > 0 ? line : nil, field: field)
        self.init(error: FerryError(code, at: location, arguments), line: line, column: column)
    }

    public var code: ErrorCode { error.code }
    /// The dotted path of the offending key, such as `flows[0].pickup.settle`; `nil` for the whole file.
    public var field: String? { error.location?.field }
    public var description: String { error.description }
}

/// `ferry.yml` exists but is invalid; carries every issue found, in file order.
public struct ConfigLoadFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file that was read.
    public var path: String
    public var issues: [ConfigIssue]
    /// The file's `language:` when it can be read despite the issues, else English.
    public var language: Language

    public init(path: String, issues: [ConfigIssue], language: Language = .en) {
        self.path = path
        self.issues = issues
        self.language = language
    }

    public var description: String {
        let count = issues.count == 1 ? "1 issue" : "\(issues.count) issues"
        return "\(path) is invalid (\(count)):\n" + issues.map { "  \($0)" }.joined(separator: "\n")
    }
}
