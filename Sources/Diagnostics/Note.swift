/// An operator-facing text that is not an error: a waiting or filter reason, an export
/// decision, a line of a summary. Like `FerryError` it carries no rendered text, only a
/// catalog key and the values its message refers to as `{name}`, so it reads correctly in
/// every language and can be stored (the ledger keeps notes as JSON) and rendered later.
///
/// `details` are notes that belong to this one (the changes of an amended order): they are
/// rendered after it, `text: detail; detail`. `lists` are placeholders whose value is itself
/// a list of notes (the earlier exports an amended order differs from), rendered `a, b` in
/// the same language.
public struct Note: Hashable, Sendable, Codable, CustomStringConvertible {
    public var key: ErrorCode
    public var arguments: [String: String]
    public var lists: [String: [Note]]
    public var details: [Note]

    public init(_ key: ErrorCode, _ arguments: [String: String] = [:], lists: [String: [Note]] = [:], details: [Note] = []) {
        self.key = key
        self.arguments = arguments
        self.lists = lists
        self.details = details
    }

    /// A text Ferry only passes on (an operator's `--reason`, a reason stored by an older Ferry).
    public static func verbatim(_ text: String) -> Note { Note(.textVerbatim, ["text": text]) }

    /// A note with a count: the key's `.one` variant when `count` is 1 and the catalog has one.
    public static func counted(_ key: ErrorCode, _ count: Int, _ arguments: [String: String] = [:]) -> Note {
        var all = arguments
        all["count"] = String(count)
        let one = ErrorCode(key.rawValue + ".one")
        return Note(count == 1 && Catalog.entries[one] != nil ? one : key, all)
    }

    public func text(in language: Language = .en) -> String {
        var all = arguments
        for (name, notes) in lists { all[name] = notes.map { $0.text(in: language) }.joined(separator: ", ") }
        let head = Catalog.render(key, part: .message, language: language, arguments: all)
        guard !details.isEmpty else { return head }
        return head + ": " + details.map { $0.text(in: language) }.joined(separator: "; ")
    }

    /// Several notes as one line.
    public static func text(_ notes: [Note], in language: Language = .en) -> String {
        notes.map { $0.text(in: language) }.joined(separator: "; ")
    }

    /// The English text.
    public var description: String { text(in: .en) }

    enum CodingKeys: String, CodingKey { case key, arguments, lists, details }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        key = try container.decode(ErrorCode.self, forKey: .key)
        arguments = try container.decodeIfPresent([String: String].self, forKey: .arguments) ?? [:]
        lists = try container.decodeIfPresent([String: [Note]].self, forKey: .lists) ?? [:]
        details = try container.decodeIfPresent([Note].self, forKey: .details) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        if !arguments.isEmpty { try container.encode(arguments, forKey: .arguments) }
        if !lists.isEmpty { try container.encode(lists, forKey: .lists) }
        if !details.isEmpty { try container.encode(details, forKey: .details) }
    }
}
