import Canonical
import Formats

/// A document as its canonical JSON tree (the names of docs/formats.md), for filters and
/// rules that read fields by path.
public enum CanonicalTree {
    /// The tree of `document`, absent values left out; `nil` for a kind the canonical
    /// connector does not know.
    public static func tree(of document: any CanonicalDocument) -> Node? {
        DocumentMapping.tree(for: document, stable: false)
    }
}
