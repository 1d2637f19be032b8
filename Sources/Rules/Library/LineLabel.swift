import Canonical
import Diagnostics

/// How rule errors name an order line: `2 (A-1)` — its number (or position from 1) and
/// what identifies it. Language-neutral, so every translation can embed it.
enum LineLabel {
    static func of(_ line: OrderLine, at index: Int) -> String {
        let number = line.lineNumber.map(String.init) ?? String(index + 1)
        guard let identity = line.sku ?? line.gtin ?? line.supplierArticleCode ?? line.description else { return number }
        return "\(number) (\(identity))"
    }

    /// `lines[2].vatCode`: the canonical field of line `index` (from 0).
    static func field(_ index: Int, _ name: String) -> String { "lines[\(index)].\(name)" }

    /// Texts joined for a message, each once, in first-seen order.
    static func list(_ items: [String]) -> String {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }.joined(separator: ", ")
    }
}

extension Rule.Input {
    /// The document's location narrowed to a canonical field (`orders.json record 2 field
    /// lines[1].sku`); a JSON document's bare root path `$` is left out.
    func at(_ field: String) -> Location {
        var narrowed = location.field(field)
        if narrowed.path == "$" { narrowed.path = nil }
        return narrowed
    }
}
