/// The text for one error code: a message and a hint in each language.
public struct CatalogEntry: Sendable {
    public var message: [Language: String]
    public var hint: [Language: String]
    /// A more precise hint used instead of `hint` when the error carries `argument`
    /// (MAP-005 naming the field that does take the value).
    public var hintWith: (argument: String, hint: [Language: String])?

    /// Builds an entry; each dictionary must hold all four languages (a test checks this).
    public init(message: [Language: String], hint: [Language: String],
                hintWith: (argument: String, hint: [Language: String])? = nil) {
        self.message = message
        self.hint = hint
        self.hintWith = hintWith
    }
}

/// All error codes and their texts, gathered from the per-area files in `Catalog/`.
public enum Catalog {
    public enum Part: Sendable { case message, hint }

    /// Every known code. A code used anywhere in Ferry must appear here.
    public static let entries: [ErrorCode: CatalogEntry] = {
        var all: [ErrorCode: CatalogEntry] = [:]
        for area in [
            inputEntries, csvEntries, jsonEntries, xmlEntries, pathEntries, mappingEntries, transformEntries, layoutEntries,
            configEntries, engineEntries, rulesEntries, ruleConfigEntries, referenceEntries, runEntries, ledgerEntries,
            configNameEntries,
        ] {
            all.merge(area) { first, _ in first }
        }
        return all
    }()

    /// Renders a message or hint, substituting `{name}` placeholders from `arguments`.
    public static func render(_ code: ErrorCode, part: Part, language: Language, arguments: [String: String]) -> String {
        guard let entry = entries[code] else {
            return part == .message ? "error \(code.rawValue)" : ""
        }
        var table = part == .message ? entry.message : entry.hint
        if part == .hint, let special = entry.hintWith, arguments[special.argument]?.isEmpty == false {
            table = special.hint
        }
        let template = table[language] ?? table[.en] ?? ""
        return substitute(template, arguments)
    }

    static func substitute(_ template: String, _ arguments: [String: String]) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            result += arguments[name] ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }
}
