import Canonical

/// Whether a filter's field path can occur in a document of a kind, read from the model's
/// own field table (`CanonicalSchema`), so `ferry check` refuses a filter on a field that
/// never exists.
public enum CanonicalFields {
    /// Whether `path` can occur in a document of `kind`. Selectors (`[*]`, `[n]`) are allowed
    /// on lists only.
    public static func contains(_ path: FieldPath, kind: DocumentKind) -> Bool {
        guard let schema = CanonicalSchema.of(kind) else { return false }
        var prefix = ""
        for step in path.steps {
            prefix = prefix.isEmpty ? step.name : prefix + "." + step.name
            if step.selector != nil, !schema.isList(prefix) {
                return false
            }
        }
        return schema.field(at: path.dotted) != nil || schema.isContainer(path.dotted)
    }

    /// Every field and list of `kind`, for suggestions.
    public static func paths(of kind: DocumentKind) -> [String] {
        CanonicalSchema.of(kind)?.allPaths ?? []
    }
}
