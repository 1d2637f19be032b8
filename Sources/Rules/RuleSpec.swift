/// A rule as `ferry.yml` names it: `- article-exists` or `- supplier-code-from-catalog: { supplier: ACME }`.
public struct RuleSpec: Sendable, Hashable {
    /// A setting's value: one text or a list of texts.
    public enum Value: Sendable, Hashable {
        case text(String)
        case list([String])

        /// The texts, one or many.
        public var texts: [String] {
            switch self {
            case .text(let text): [text]
            case .list(let items): items
            }
        }
    }

    public var name: String
    public var parameters: [String: Value]
    /// Line in ferry.yml, 0 when built in code.
    public var line: Int

    public init(name: String, parameters: [String: Value] = [:], line: Int = 0) {
        self.name = name
        self.parameters = parameters
        self.line = line
    }

    public func text(_ parameter: String) -> String? {
        if case .text(let text) = parameters[parameter] { return text }
        return nil
    }

    public func texts(_ parameter: String) -> [String]? { parameters[parameter]?.texts }

    /// `true`/`yes`/`on` and their opposites; `nil` when absent or neither.
    public func flag(_ parameter: String) -> Bool? {
        text(parameter).flatMap(Truthiness.strict)
    }
}
