import Canonical
import Foundation
import Formats

/// Canonical article ↔ JSON-shaped record tree; the fields are those of
/// `Article.canonicalFields`, read and written by `RecordMapping`.
enum ArticleMapping {
    /// Reads an article; see `OrderMapping.order(from:_:)` for how errors are collected.
    static func article(from root: Node, _ reading: inout NodeReading) -> Article {
        RecordMapping.read(Article.self, from: root, kind: .article, &reading)
    }

    static func keyText(of root: Node) -> String? {
        var reading = NodeReading(naming: .camel)
        return reading.keyText(root, "sku")
    }
}
