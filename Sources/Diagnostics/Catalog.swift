/// The text for one catalog key: a message and a hint in each language.
///
/// Two kinds of key share the catalog: error codes (`CSV-003`, upper case, a number), whose
/// entries have a message and a hint; and operator texts (`waiting.settling`, lower case,
/// dotted: reasons, summary lines, labels), whose entries have a message only.
public struct CatalogEntry: Sendable {
    public var message: [Language: String]
    public var hint: [Language: String]
    /// A more precise hint used instead of `hint` when the error carries `argument`
    /// (MAP-005 naming the field that does take the value).
    public var hintWith: (argument: String, hint: [Language: String])?

    /// An error's entry; each dictionary must hold all four languages (a test checks this).
    public init(message: [Language: String], hint: [Language: String],
                hintWith: (argument: String, hint: [Language: String])? = nil) {
        self.message = message
        self.hint = hint
        self.hintWith = hintWith
    }

    /// An operator text's entry: a message in all four languages, no hint.
    public init(text: [Language: String]) {
        self.message = text
        self.hint = [:]
        self.hintWith = nil
    }

    /// Whether `key` names an operator text (`waiting.settling`) rather than an error (`CSV-003`).
    public static func isText(_ key: ErrorCode) -> Bool {
        key.rawValue.first?.isLowercase == true
    }
}

/// All error codes and their texts, gathered from the per-area files in `Catalog/`.
public enum Catalog {
    public enum Part: Sendable { case message, hint }

    /// The per-area tables in `Catalog/`; a key belongs to exactly one (a test checks this).
    public static let areas: [[ErrorCode: CatalogEntry]] = [
        inputEntries, csvEntries, jsonEntries, xmlEntries, pathEntries, mappingEntries, transformEntries, layoutEntries,
        configEntries, engineEntries, rulesEntries, ruleConfigEntries, referenceEntries,
        runEntries, ledgerEntries, configNameEntries, configSystemEntries, connectorEntries,
        pickupTexts, filterTexts, exportTexts, changeTexts, ledgerTexts, outcomeTexts, commandTexts, logTextEntries,
        marketplaceEntries, consoleEntries,
        timerTexts,
        robawsEntries,
        ublEntries,
        vismaNetEntries,
        priceEntries,
        alertEntries,
    ]

    /// Every known key. A code or text key used anywhere in Ferry must appear here.
    public static let entries: [ErrorCode: CatalogEntry] = {
        var all: [ErrorCode: CatalogEntry] = [:]
        for area in areas {
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
