import Canonical
import Diagnostics
import Rules
import Yams

extension ConfigValidator {
    /// A flow's `filters:`: `status`, `order-date-within-days`, `flag`, or a `field:` comparison.
    mutating func filters(_ entry: ConfigEntry, kind: DocumentKind?) -> [FilterSpec] {
        guard let items = list(entry) else { return [] }
        var specs: [FilterSpec] = []
        for (index, item) in items.enumerated() {
            let field = "\(entry.field)[\(index)]"
            guard case .mapping(let mapping) = item else {
                report(.configExpectedMap, at: item.mark.map { Place($0) } ?? entry.keyPlace, field: field, ["key": "filters"])
                continue
            }
            let keys = mapping.keys.compactMap { $0.scalar?.string }
            if keys.contains("field") {
                let allowed = ["field"] + FilterSpec.Comparison.keys
                if let section = section(item, field: field, name: "filters", allowed: allowed, fallback: entry.keyPlace),
                   let spec = comparison(section, kind: kind) {
                    specs.append(spec)
                }
                continue
            }
            for (key, value) in mapping {
                let name = key.scalar?.string ?? ""
                let place = Place(key.mark)
                guard FilterSpec.names.contains(name) else {
                    report(.filterConfigUnknown, at: place, field: "\(field).\(name)", [
                        "filter": name, "suggestion": ConfigKeys.suggestion(for: name, among: FilterSpec.names),
                        "allowed": FilterSpec.names.filter { $0 != "field" }.joined(separator: ", "),
                    ])
                    continue
                }
                let entry = ConfigEntry(name: name, key: key, value: value, field: "\(field).\(name)")
                if let kind, let kinds = FilterSpec.kinds(of: name), !kinds.contains(kind) {
                    report(.filterConfigWrongKind, at: place, field: entry.field, [
                        "filter": name, "kind": kind.rawValue, "kinds": kinds.map(\.rawValue).joined(separator: ", "),
                    ])
                    continue
                }
                if let spec = namedFilter(entry, kind: kind) { specs.append(spec) }
            }
        }
        return specs
    }

    private mutating func namedFilter(_ entry: ConfigEntry, kind: DocumentKind?) -> FilterSpec? {
        switch entry.name {
        case "status":
            guard let values = texts(entry) else { return nil }
            let allowed = Order.Status.allCases.map(\.rawValue)
            for value in values where !allowed.contains(value.text.lowercased()) {
                report(.configInvalidValue, at: value.place, field: entry.field, [
                    "key": "status", "value": value.text, "allowed": allowed.joined(separator: ", "),
                ])
            }
            return .status(values.map { $0.text.lowercased() })
        case "order-date-within-days":
            guard let raw = text(entry) else { return nil }
            guard let days = Int(raw), days >= 1 else {
                report(.filterConfigBadDays, at: entry.place, field: entry.field, ["value": raw])
                return nil
            }
            return .orderDateWithinDays(days)
        default:
            return fieldPath(entry, kind: kind).map(FilterSpec.flag)
        }
    }

    private mutating func comparison(_ section: ConfigSection, kind: DocumentKind?) -> FilterSpec? {
        guard let fieldEntry = required("field", in: section) else { return nil }
        let path = fieldPath(fieldEntry, kind: kind)
        let written = FilterSpec.Comparison.keys.filter { section.written($0) != nil }
        guard written.count == 1, let key = written.first, let entry = section[key] else {
            report(.filterConfigOperator, at: section.place, field: section.field, [
                "found": written.isEmpty ? "none" : written.joined(separator: ", "),
                "allowed": FilterSpec.Comparison.keys.joined(separator: ", "),
            ])
            return nil
        }
        let comparison: FilterSpec.Comparison?
        switch key {
        case "equals": comparison = text(entry).map(FilterSpec.Comparison.equals)
        case "not-equals": comparison = text(entry).map(FilterSpec.Comparison.notEquals)
        case "in": comparison = texts(entry).map { .oneOf($0.map(\.text)) }
        case "not-in": comparison = texts(entry).map { .noneOf($0.map(\.text)) }
        case "exists": comparison = bool(entry).map(FilterSpec.Comparison.exists)
        default:
            guard let pattern = text(entry) else { return nil }
            guard let compiled = FieldPattern(pattern) else {
                report(.filterConfigBadPattern, at: entry.place, field: entry.field, ["pattern": pattern])
                return nil
            }
            comparison = .matches(compiled)
        }
        guard let path, let comparison else { return nil }
        return .field(path, comparison)
    }

    /// A canonical field path, checked against what the flow's kind can contain.
    private mutating func fieldPath(_ entry: ConfigEntry, kind: DocumentKind?) -> FieldPath? {
        guard let raw = text(entry) else { return nil }
        guard let path = FieldPath(raw) else {
            report(.filterConfigBadPath, at: entry.place, field: entry.field, ["path": raw])
            return nil
        }
        if let kind, !CanonicalFields.contains(path, kind: kind) {
            report(.filterConfigUnknownField, at: entry.place, field: entry.field, [
                "path": raw, "kind": kind.rawValue,
                "suggestion": ConfigKeys.suggestion(for: raw, among: CanonicalFields.paths(of: kind)),
            ])
            return nil
        }
        return path
    }
}
