/// The keys allowed in each section of `ferry.yml`, in documentation order.
enum ConfigKeys {
    static let top = [
        "language", "on-failure", "on-failure-timeout", "allow-symlinked-folders", "poll-interval", "file-timeout", "connections", "reference", "maps", "layouts", "flows",
        "serve",
        "retention",
    ]
    static let serve = ["users-file", "token-file"]
    static let expect = ["every", "by", "time-zone", "within"]
    static let retention = ["archive", "payload-copies"]
    static let flow = [
        "name", "enabled", "kind", "source", "layout", "fields", "options", "format", "inbox", "all-or-nothing", "allow-empty", "csv", "numbers", "pickup",
        "filters", "rules",
        "targets",
        "expect",
    ]
    static let csv = ["delimiter", "encoding"]
    static let numbers = ["decimal", "thousands"]
    static let pickup = ["include", "exclude", "settle", "marker"]
    static let target = ["name", "system", "layout", "fields", "options", "format", "outbox", "mode", "per-input-file", "delimiter", "schema"]
    static let reference = ["vat-rates", "warehouses", "price-categories", "default-debtor", "partners"]
    static let referenceFile = ["file", "delimiter", "encoding"]
    static let valueMap = ["values", "unmapped", "default"]
    static let layout = [
        "kind", "format", "direction", "group-by", "record", "records", "namespaces", "root", "namespace", "collection",
        "groups", "fields",
    ]
    static let fieldRule = [
        "path", "column", "value", "concat", "separator", "entries", "all", "trim", "replace", "upper", "lower", "split", "join",
        "default", "map", "unmapped", "street", "date", "zone", "decimal", "multiply", "divide", "unit", "vat", "round",
        "truncate", "prefix", "suffix", "key-value", "required", "max-length", "one-of",
    ]
    static let keyValue = ["pairs", "key"]

    /// Names other tools (and older docs) use for a key, folded (`numberFormat` → `numbers`).
    static let aliases = [
        "numberformat": "numbers", "numberformats": "numbers", "numberstyle": "numbers",
        "decimalseparator": "decimal", "thousandsseparator": "thousands", "groupingseparator": "thousands",
    ]

    /// The allowed key closest to `key`: a known other name for it first, then equal apart from
    /// case and `-`/`_` (a camelCase spelling), otherwise the smallest edit distance, ties going
    /// to the earlier key.
    static func suggestion(for key: String, among allowed: [String]) -> String {
        let folded = fold(key)
        if let alias = aliases[folded], allowed.contains(alias) { return alias }
        if let same = allowed.first(where: { fold($0) == folded }) { return same }
        var best = allowed.first ?? ""
        var bestDistance = Int.max
        for candidate in allowed {
            let distance = editDistance(key.lowercased(), candidate)
            if distance < bestDistance {
                best = candidate
                bestDistance = distance
            }
        }
        return best
    }

    /// Where `key`, unknown in the section at `field` (whose keys are `allowed`), belongs when
    /// it is a key of another section of the flow structure: a key written at the wrong depth
    /// (`targets:` indented under `pickup:`). The path it belongs at, or `nil`.
    static func misplaced(_ key: String, in field: String?, allowed: [String]) -> String? {
        guard [top, flow, target, pickup, csv, numbers].contains(allowed), !allowed.contains(key) else { return nil }
        let flowPath = field.flatMap { text -> String? in
            text.range(of: #"^flows\[[0-9]+\]"#, options: .regularExpression).map { String(text[$0]) }
        } ?? "flows[]"
        if allowed != top, top.contains(key) { return key }
        if allowed != flow, flow.contains(key) { return flowPath + "." + key }
        for (name, keys) in [("pickup", pickup), ("csv", csv), ("numbers", numbers)] where allowed != keys && keys.contains(key) {
            return flowPath + "." + name + "." + key
        }
        if allowed != target, target.contains(key) { return flowPath + ".targets[]." + key }
        return nil
    }

    private static func fold(_ text: String) -> String {
        String(text.lowercased().filter { $0 != "-" && $0 != "_" })
    }

    /// Levenshtein distance: insertions, deletions and substitutions of characters.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let source = Array(lhs)
        let target = Array(rhs)
        if source.isEmpty { return target.count }
        if target.isEmpty { return source.count }
        var previous = Array(0...target.count)
        var current = [Int](repeating: 0, count: target.count + 1)
        for row in 1...source.count {
            current[0] = row
            for column in 1...target.count {
                let substitution = previous[column - 1] + (source[row - 1] == target[column - 1] ? 0 : 1)
                current[column] = min(previous[column] + 1, current[column - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[target.count]
    }
}
