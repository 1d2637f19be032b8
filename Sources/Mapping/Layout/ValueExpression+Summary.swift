extension ValueExpression {
    /// How the value is made, in the words of ferry.yml: `column Orderdatum | date dd-MM-yyyy (Europe/Amsterdam)`.
    public var summary: String {
        var parts: [String] = []
        switch input {
        case .none: break
        case .path(let path): parts.append(path.description)
        case .constant(let text): parts.append("value \"\(text)\"")
        case .concat(let paths, let separator):
            parts.append("concat(" + paths.map(\.description).joined(separator: ", ") + ") with \"\(separator)\"")
        case .entries(let pairs):
            parts.append("entries(" + pairs.map { "\($0.key) → \($0.value)" }.joined(separator: ", ") + ")")
        }
        if all { parts.append("all") }
        for step in steps { parts.append(step.summary) }
        if let fallback { parts.append("default \"\(fallback)\"") }
        if checks.required { parts.append("required") }
        if let max = checks.maxLength { parts.append("max-length \(max)") }
        if !checks.oneOf.isEmpty { parts.append("one-of [" + checks.oneOf.joined(separator: ", ") + "]") }
        return parts.joined(separator: " | ")
    }
}

extension ValueStep {
    public var summary: String {
        switch self {
        case .trim, .upper, .lower: return name
        case .replace(let old, let new): return "replace \"\(old)\" → \"\(new)\""
        case .prefix(let text): return "prefix \"\(text)\""
        case .suffix(let text): return "suffix \"\(text)\""
        case .split(let separator): return "split \"\(separator)\""
        case .join(let separator): return "join \"\(separator)\""
        case .map(let map): return "map \(map.name) (unmapped: \(map.unmapped.rawValue))"
        case .street(let part): return "street \(part.rawValue)"
        case .date(let pattern, let zone): return "date \(pattern) (\(zone.identifier))"
        case .decimal(let format):
            return "decimal " + (format.groupingSeparator.map { "1\($0)234" } ?? "1234") + "\(format.decimalSeparator)56"
        case .unit(let from, let to): return "unit \(from) → \(to)"
        case .multiply(let factor): return "multiply by \(factor)"
        case .divide(let divisor): return "divide by \(divisor)"
        case .vat(let target, let rate, let scale):
            let rateText: String
            switch rate {
            case .constant(let value): rateText = "\(value)%"
            case .path(let path): rateText = path.description
            }
            return "vat to \(target.rawValue) at \(rateText), \(scale) decimals"
        case .round(let scale): return "round \(scale)"
        case .truncate(let length): return "truncate \(length)"
        case .keyValue(let pairs, let key): return "key-value \"\(pairs)\" \"\(key)\""
        }
    }
}
