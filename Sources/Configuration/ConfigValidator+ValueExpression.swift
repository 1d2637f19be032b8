import Canonical
import Diagnostics
import Foundation
import Formats
import Mapping
import Yams

extension ConfigValidator {
    /// A field rule written as a mapping. Steps run in a fixed order whatever the order of
    /// the keys: trim, replace, upper/lower, split, join, default, map, street, date, decimal,
    /// multiply, divide, unit, vat, round, truncate, prefix/suffix, key-value (docs/mapping.md).
    mutating func valueExpression(_ section: ConfigSection, entry: ConfigEntry, group: String?, _ context: LayoutContext,
                                  readType: inout CanonicalSchema.FieldType?, readIsNamedValue: inout Bool) -> ValueExpression? {
        var expression = ValueExpression(input: .none)
        var inputs = 0
        if let written = section["path"], let text = text(written) {
            inputs += 1
            guard let path = sourcePath(text, at: written.place, field: written.field, context) else { return nil }
            (readType, readIsNamedValue) = checkRead(text, group: group, at: written.place, field: written.field, context)
            expression.input = .path(path)
        }
        if let written = section["column"], let text = text(written) {
            inputs += 1
            if let index = Int(text.trimmingCharacters(in: .whitespaces)) {
                // A number is a position (a header named "0" or "-5" is read with `path:`).
                guard index >= 1 else {
                    report(.configInvalidValue, at: written.place, field: written.field,
                           ["key": "column", "value": text, "allowed": "1, 2, 3, … (columns count from 1), or a header name"])
                    return nil
                }
                expression.input = .path(.columnIndex(index))
            } else if let path = sourcePath(text, at: written.place, field: written.field, context) {
                expression.input = .path(path)
            } else {
                return nil
            }
        }
        if let written = section["value"], let text = text(written) {
            inputs += 1
            expression.input = .constant(text)
        }
        if let written = section["concat"], let parts = texts(written) {
            inputs += 1
            var paths: [SourcePath] = []
            for part in parts {
                guard let path = sourcePath(part.text, at: part.place, field: written.field, context) else { return nil }
                _ = checkRead(part.text, group: group, at: part.place, field: written.field, context)
                paths.append(path)
            }
            let separator = section["separator"].flatMap { text($0) } ?? " "
            expression.input = .concat(paths, separator: separator)
        }
        if let written = section["entries"], let items = list(written) {
            inputs += 1
            var pairs: [EntryPair] = []
            for (index, item) in items.enumerated() {
                let field = "\(written.field)[\(index)]"
                guard let pair = self.section(item, field: field, name: field, allowed: ["key", "value"], fallback: written.keyPlace),
                      let keyEntry = required("key", in: pair), let keyText = text(keyEntry),
                      let valueEntry = required("value", in: pair), let valueText = text(valueEntry),
                      let key = sourcePath(keyText, at: keyEntry.place, field: keyEntry.field, context),
                      let value = sourcePath(valueText, at: valueEntry.place, field: valueEntry.field, context)
                else { continue }
                pairs.append(EntryPair(key: key, value: value))
            }
            expression.input = .entries(pairs)
        }
        if inputs > 1 {
            report(.configMappingInvalid, at: section.place, field: entry.field,
                   ["problem": "use one of `path`, `column`, `value`, `concat` and `entries`"])
            return nil
        }
        if let written = section["all"], let flag = bool(written) { expression.all = flag }
        if let written = section["default"] { expression.fallback = text(written) }
        expression.steps = steps(section, entry: entry, context)
        if let written = section["required"], let flag = bool(written) { expression.checks.required = flag }
        if let written = section["max-length"], let length = positive(written) { expression.checks.maxLength = length }
        if let written = section["one-of"], let values = texts(written) { expression.checks.oneOf = values.map(\.text) }
        if inputs == 0 && expression.fallback == nil {
            report(.configMappingInvalid, at: section.place, field: entry.field,
                   ["problem": "say where the value comes from: `path`, `column`, `value`, `concat`, `entries` or `default`"])
            return nil
        }
        return expression
    }

    private mutating func positive(_ entry: ConfigEntry) -> Int? {
        guard let raw = text(entry) else { return nil }
        guard let value = Int(raw), value >= 0, value <= 1_000_000 else {
            report(.configInvalidValue, at: entry.place, field: entry.field,
                   ["key": entry.name, "value": raw, "allowed": "a whole number from 0"])
            return nil
        }
        return value
    }

    private mutating func steps(_ section: ConfigSection, entry: ConfigEntry, _ context: LayoutContext) -> [ValueStep] {
        var steps: [ValueStep] = []
        func flag(_ key: String) -> Bool { section[key].flatMap { bool($0) } ?? false }
        if flag("trim") { steps.append(.trim) }
        if let written = section["replace"], let replace = self.section(written, allowed: ["from", "to"]),
           let from = required("from", in: replace).flatMap({ text($0) }) {
            steps.append(.replace(from, with: replace["to"].flatMap { text($0) } ?? ""))
        }
        if flag("upper") { steps.append(.upper) }
        if flag("lower") { steps.append(.lower) }
        if let written = section["split"], let separator = text(written) {
            if separator.isEmpty {
                report(.configInvalidValue, at: written.place, field: written.field,
                       ["key": "split", "value": separator, "allowed": "a separator such as \",\" or \"|\""])
            } else {
                steps.append(.split(separator))
            }
        }
        if let written = section["join"], let separator = text(written) { steps.append(.join(separator)) }
        if let written = section["map"] { if let map = valueMapReference(written, section: section, context) { steps.append(.map(map)) } }
        if let written = section["street"], let part = choice(written, StreetPart.allCases.map { ($0.rawValue, $0) }) {
            steps.append(.street(part))
        }
        if let written = section["date"], let pattern = text(written) {
            let zoneEntry = section["zone"]
            let zoneName = zoneEntry.flatMap { text($0) } ?? "UTC"
            do {
                let location = Location(file: fileName, line: written.place.line, field: written.field)
                let compiled = try DatePattern(pattern, at: location)
                if context.layout.direction == .source && !compiled.readsDate {
                    throw FerryError(.mapDatePatternIncomplete, at: location, ["pattern": pattern])
                }
                let zonePlace = zoneEntry?.place ?? written.place
                let zone = try DatePattern.timeZone(
                    named: zoneName, at: Location(file: fileName, line: zonePlace.line, field: zoneEntry?.field ?? written.field))
                steps.append(.date(compiled, zone))
            } catch let error as FerryError {
                issues.append(ConfigIssue(error: error, line: written.place.line, column: written.place.column))
            } catch {}
        }
        if let written = section["decimal"], let raw = text(written) {
            if let format = Self.numberFormat(named: raw) {
                steps.append(.decimal(format))
            } else {
                report(.configInvalidValue, at: written.place, field: written.field,
                       ["key": "decimal", "value": raw, "allowed": "point, comma, \"1,234.56\", \"1.234,56\", \"1 234,56\""])
            }
        }
        for (key, make) in [("multiply", ValueStep.multiply), ("divide", ValueStep.divide)] {
            guard let written = section[key], let operand = numberSource(written, context) else { continue }
            if key == "divide", case .constant(0) = operand {
                report(.configInvalidValue, at: written.place, field: written.field,
                       ["key": key, "value": written.raw, "allowed": "a number other than 0, or a path"])
                continue
            }
            steps.append(make(operand))
        }
        if let written = section["unit"], let unit = self.section(written, allowed: ["from", "to"]),
           let from = required("from", in: unit).flatMap({ text($0) }), let to = required("to", in: unit).flatMap({ text($0) }) {
            let location = Location(file: fileName, line: written.place.line, field: written.field)
            do {
                let source = try MeasureUnit(named: from, at: location)
                let target = try MeasureUnit(named: to, at: location)
                _ = try UnitConversion.convert(1, from: source, to: target, at: location)
                steps.append(.unit(from: from, to: to))
            } catch let error as FerryError {
                issues.append(ConfigIssue(error: error, line: written.place.line, column: written.place.column))
            } catch {}
        }
        if let written = section["vat"], let vat = self.section(written, allowed: ["to", "rate", "scale"]) {
            let target = required("to", in: vat).flatMap { choice($0, [("excl", ValueStep.VATTarget.excl), ("incl", .incl)]) }
            let rate = required("rate", in: vat).flatMap { numberSource($0, context) }
            let scale = vat["scale"].flatMap { positive($0) } ?? 2
            if let target, let rate { steps.append(.vat(to: target, rate: rate, scale: scale)) }
        }
        if let written = section["round"], let scale = positive(written) {
            if scale > DecimalRounding.maximumScale {
                report(.configInvalidValue, at: written.place, field: written.field,
                       ["key": "round", "value": String(scale), "allowed": "0 to \(DecimalRounding.maximumScale) decimals"])
            } else {
                steps.append(.round(scale))
            }
        }
        if let written = section["truncate"], let length = positive(written) { steps.append(.truncate(length)) }
        if context.layout.direction == .target, let index = steps.firstIndex(where: { $0.name == "decimal" }) {
            steps.append(steps.remove(at: index))
        }
        if let written = section["prefix"], let text = text(written) { steps.append(.prefix(text)) }
        if let written = section["suffix"], let text = text(written) { steps.append(.suffix(text)) }
        if let written = section["key-value"], let step = keyValue(written) { steps.append(step) }
        return steps
    }

    /// A step's number: a constant (`100`, `0.19`) or a path read like the field's own.
    private mutating func numberSource(_ entry: ConfigEntry, _ context: LayoutContext) -> ValueStep.NumberSource? {
        guard let raw = text(entry) else { return nil }
        if let constant = NumberFormat.point.decimal(raw) { return .constant(constant) }
        return sourcePath(raw, at: entry.place, field: entry.field, context).map { .path($0) }
    }

    /// `key-value: true` (pairs separated by `,`, name and value by `=`) or
    /// `key-value: { pairs: ";", key: ":" }`.
    private mutating func keyValue(_ entry: ConfigEntry) -> ValueStep? {
        if case .scalar = entry.value {
            guard let on = bool(entry) else { return nil }
            return on ? .keyValue(pairs: ",", key: "=") : nil
        }
        guard let section = self.section(entry, allowed: ConfigKeys.keyValue) else { return nil }
        var separators: [String] = []
        for (key, standard) in [("pairs", ","), ("key", "=")] {
            let value = section[key].flatMap { text($0) } ?? standard
            if value.isEmpty, let written = section[key] {
                report(.configInvalidValue, at: written.place, field: written.field,
                       ["key": key, "value": value, "allowed": "a separator such as \",\", \";\", \"=\" or \":\""])
                return nil
            }
            separators.append(value)
        }
        if separators[0] == separators[1] {
            report(.configInvalidValue, at: section.place, field: entry.field,
                   ["key": "key", "value": separators[1], "allowed": "a separator other than that of `pairs`"])
            return nil
        }
        return .keyValue(pairs: separators[0], key: separators[1])
    }

    /// `map: name` (from `maps:`) or `map: {A: b, ...}` inline; `unmapped:` on the field wins.
    private mutating func valueMapReference(_ entry: ConfigEntry, section: ConfigSection, _ context: LayoutContext) -> ValueMap? {
        var map: ValueMap
        switch entry.value {
        case .scalar(let scalar):
            guard let known = context.maps[scalar.string] else {
                report(.configUnknownMap, at: entry.place, field: entry.field,
                       ["map": scalar.string, "known": context.maps.keys.sorted().joined(separator: ", ")])
                return nil
            }
            map = known
        case .mapping:
            map = ValueMap(name: entry.field, entries: mapEntries(entry))
        default:
            report(.configExpectedMap, at: entry.keyPlace, field: entry.field, ["key": entry.name])
            return nil
        }
        if let written = section["unmapped"],
           let policy = choice(written, ValueMap.Unmapped.allCases.map { ($0.rawValue, $0) }) {
            map.unmapped = policy
        }
        if map.unmapped == .default && map.fallback == nil && section["default"] == nil {
            report(.configMappingInvalid, at: entry.place, field: entry.field,
                   ["problem": "`unmapped: default` needs a `default:` value, on the map or on this field"])
        }
        return map
    }

    /// `point`, `comma`, or an example such as `1.234,56` / `1,234.56` / `1 234,56`.
    static func numberFormat(named name: String) -> NumberFormat? {
        switch name {
        case "point", ".": return .point
        case "comma", ",": return .comma
        default:
            let symbols = name.filter { !$0.isNumber }
            guard let decimal = symbols.last, decimal == "," || decimal == "." else { return nil }
            let grouping = symbols.dropLast().first
            if let grouping, grouping == decimal { return nil }
            return NumberFormat(decimalSeparator: decimal, groupingSeparator: grouping)
        }
    }
}
