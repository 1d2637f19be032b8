import Foundation

/// `samples/<flow>/expected/outcomes.txt`: one line per sample input with its file outcome
/// and, for each failed document, its error codes:
///
/// ```
/// orders-broken.csv: partial; WS-10031: CSV-004
/// orders.csv: exported
/// ```
///
/// Blank lines and lines starting with `#` are comments.
struct OutcomeList {
    static let fileName = "outcomes.txt"
    static let header = "# Each sample input: its outcome, then every failed document with its error codes (ferry test --update writes this)."

    /// Input name → the rest of its line (`partial; WS-10031: CSV-004`).
    var entries: [(name: String, outcome: String)]

    /// The file's text, inputs sorted by name.
    var text: String {
        ([Self.header] + entries.sorted { $0.name < $1.name }.map { "\($0.name): \($0.outcome)" }).joined(separator: "\n") + "\n"
    }

    /// `partial; WS-10031: CSV-004, MAP-002; #4: CSV-003`, `failed; file: XML-001`.
    static func describe(outcome: String, fileCodes: [String], documents: [(label: String, codes: [String])]) -> String {
        var parts = [outcome]
        if !fileCodes.isEmpty { parts.append("file: " + unique(fileCodes).joined(separator: ", ")) }
        parts += documents.map { "\($0.label): " + unique($0.codes).joined(separator: ", ") }
        return parts.joined(separator: "; ")
    }

    private static func unique(_ codes: [String]) -> [String] {
        var seen = Set<String>()
        return codes.filter { seen.insert($0).inserted }
    }

    /// Each line whose differences from `expected` (the text of an `outcomes.txt`) say what changed.
    func differences(from expected: String) -> [String] {
        let lines = expected.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        var unmatched = lines
        var details: [String] = []
        for entry in entries.sorted(by: { $0.name < $1.name }) {
            let prefix = entry.name + ": "
            guard let index = unmatched.firstIndex(where: { $0.hasPrefix(prefix) }) else {
                details.append("\(entry.name): not listed (got \(NodeDiff.quoted(entry.outcome)))")
                continue
            }
            let wanted = String(unmatched[index].dropFirst(prefix.count))
            unmatched.remove(at: index)
            if wanted != entry.outcome {
                details.append("\(entry.name): expected \(NodeDiff.quoted(wanted)), got \(NodeDiff.quoted(entry.outcome))")
            }
        }
        for line in unmatched {
            let name = line.components(separatedBy: ": ").first ?? line
            details.append("\(name): listed, but there is no such sample input")
        }
        return details
    }
}
