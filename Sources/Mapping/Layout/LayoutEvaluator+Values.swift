import Canonical
import Diagnostics
import Foundation
import Formats

extension LayoutEvaluator {
    /// The working value of one field: texts (one, or several for a list) and where they came from.
    struct Working {
        var texts: [String]
        var isList: Bool
        var location: Location
        /// `.number` when the value is numeric (read as one, or produced by a numeric step).
        var numeric: Bool
        var boolean: Bool = false
    }

    /// The nodes `path` selects, noted in `context.usage` under the rule `field` when there
    /// are any. A column position beyond the row's header is MAP-120, not an empty value.
    func select(_ path: SourcePath, item: Node, noting field: String, _ context: inout Context) -> [Node] {
        if case .columnIndex(let index) = path, case .object(let cells) = item.value, index > cells.count {
            context.errors.append(FerryError(
                .mapColumnBeyondHeader, at: item.location,
                ["field": field, "column": String(index), "count": String(cells.count)]))
            return []
        }
        let nodes = path.select(item: item, record: context.record)
        if !nodes.isEmpty, context.usage != nil { context.usage?.note(field: field, path: path) }
        return nodes
    }

    /// The field's value as a node, `nil` when it stays empty; problems go to `context.errors`.
    func evaluate(_ expression: ValueExpression, item: Node, field: String, _ context: inout Context) -> Node? {
        if case .entries(let pairs) = expression.input {
            return entries(pairs, expression: expression, item: item, field: field, &context)
        }
        // The path's nodes are selected once, for the check below and for `read`.
        var selected: [Node]?
        if case .path(let path) = expression.input {
            let nodes = select(path, item: item, noting: context.rule, &context)
            // A whole object read as it is (a target copying `attributes` or `customFields`).
            if expression.steps.isEmpty, let first = nodes.first, case .object(let members) = first.value, members["#text"] == nil {
                return members.isEmpty ? nil : first
            }
            selected = nodes
        }
        var working = read(expression, item: item, field: field, selected: selected, &context)
        do {
            working = applyText(expression.steps, to: working)
            var usedDefault = false
            if working.texts.isEmpty, let fallback = expression.fallback {
                working.texts = [fallback]
                working.numeric = false
                working.boolean = false
                usedDefault = true
            }
            if !working.texts.isEmpty {
                working = try applyValue(expression, to: working, item: item, field: field, skippingMaps: usedDefault, &context)
            }
        } catch let error as FerryError {
            context.errors.append(error)
            return nil
        } catch {
            return nil
        }
        check(expression.checks, working, field: field, &context)
        guard !working.texts.isEmpty else { return nil }
        if case .keyValue(let pairs, let key)? = expression.steps.last(where: { $0.name == "key-value" }) {
            return namedValues(working, pairs: pairs, key: key, field: field, &context)
        }
        func node(_ text: String) -> Node {
            if working.boolean, text == "true" || text == "false" { return Node(.bool(text == "true"), at: working.location) }
            return Node(working.numeric ? .number(text) : .scalar(text), at: working.location)
        }
        if working.isList { return Node(.array(working.texts.map(node)), at: working.location) }
        return node(working.texts[0])
    }

    /// `selected`: the nodes of a `.path` input, already selected by `evaluate`.
    private func read(_ expression: ValueExpression, item: Node, field: String, selected: [Node]?,
                      _ context: inout Context) -> Working {
        let here = item.location.field(field)
        switch expression.input {
        case .none, .entries:
            return Working(texts: [], isList: expression.all, location: here, numeric: false)
        case .constant(let text):
            return Working(texts: [text], isList: expression.all, location: here, numeric: false)
        case .path(let path):
            var nodes = selected ?? select(path, item: item, noting: context.rule, &context)
            if !expression.all, nodes.count > 1 { nodes.removeSubrange(1...) }
            var isList = expression.all
            // A list of values read as a whole (`categories`) stays a list.
            if nodes.count == 1, case .array(let elements) = nodes[0].value {
                nodes = elements
                isList = true
            }
            var texts: [String] = []
            texts.reserveCapacity(nodes.count)
            for node in nodes {
                if let text = node.elementText, !text.isEmpty { texts.append(text) }
            }
            let numeric = !nodes.isEmpty && nodes.allSatisfy { if case .number = $0.value { true } else { false } }
            let boolean = !nodes.isEmpty && nodes.allSatisfy { if case .bool = $0.value { true } else { false } }
            return Working(texts: texts, isList: isList, location: nodes.first?.location ?? here,
                           numeric: numeric, boolean: boolean)
        case .concat(let paths, let separator):
            var parts: [String] = []
            var location: Location?
            for path in paths {
                let nodes = select(path, item: item, noting: context.rule, &context)
                if location == nil { location = nodes.first?.location }
                if let text = nodes.first?.elementText, !text.trimmingCharacters(in: .whitespaces).isEmpty {
                    parts.append(text.trimmingCharacters(in: .whitespaces))
                }
            }
            let joined = parts.joined(separator: separator)
            return Working(texts: joined.isEmpty ? [] : [joined], isList: false, location: location ?? here, numeric: false)
        }
    }

    /// The text steps (trim, replace, case, split, join): they run before the default.
    private func applyText(_ steps: [ValueStep], to working: Working) -> Working {
        var result = working
        for step in steps where step.isTextStep {
            switch step {
            case .trim: result.texts = result.texts.map(\.trimmedWhitespace)
            case .upper: result.texts = result.texts.map { $0.uppercased() }
            case .lower: result.texts = result.texts.map { $0.lowercased() }
            case .replace(let old, let new): result.texts = result.texts.map { $0.replacingOccurrences(of: old, with: new) }
            case .split(let separator):
                result.texts = result.texts.flatMap { $0.components(separatedBy: separator) }
                    .map(\.trimmedWhitespace)
                result.isList = true
            case .join(let separator):
                let joined = result.texts.joined(separator: separator)
                result.texts = joined.isEmpty ? [] : [joined]
                result.isList = false
            default: continue
            }
            if case .trim = step {} else { result.numeric = false }
            result.texts = result.texts.filter { !$0.isEmpty }
        }
        return result
    }

    /// The value steps (map, street, date, decimal, unit, VAT, rounding, affixes), in order.
    /// `skippingMaps`: a field's `default` is already written as the result, not as a source value.
    private func applyValue(_ expression: ValueExpression, to working: Working, item: Node, field: String,
                            skippingMaps: Bool, _ context: inout Context) throws -> Working {
        var result = working
        // A target's values come from the canonical tree: name the payload field instead.
        let at = layout.direction == .target ? Location(file: "target " + layout.name, field: field) : working.location
        for step in expression.steps where !step.isTextStep {
            if skippingMaps, case .map = step { continue }
            var mapped: [String] = []
            for text in result.texts {
                if let value = try apply(step, to: text, expression: expression, item: item, field: field, at: at, &context) {
                    mapped.append(value)
                }
            }
            switch step {
            case .decimal: result.numeric = layout.direction == .source
            case .unit, .vat, .round, .multiply, .divide: result.numeric = true
            case .keyValue: break
            default: result.numeric = false
            }
            result.boolean = false
            result.texts = mapped.filter { !$0.isEmpty }
        }
        return result
    }

    /// One value step on one value (text steps are `applyText`'s).
    private func apply(_ step: ValueStep, to text: String, expression: ValueExpression, item: Node,
                       field: String, at: Location, _ context: inout Context) throws -> String? {
        switch step {
        case .trim, .upper, .lower, .replace, .split, .join:
            return text
        case .prefix(let prefix): return prefix + text
        case .suffix(let suffix): return text + suffix
        case .truncate(let length): return String(text.prefix(length))
        case .map(let map):
            if let value = map.lookup(text) { return value }
            switch map.unmapped {
            case .pass: return text
            case .empty: return nil
            case .default: return map.fallback ?? expression.fallback
            case .error:
                throw FerryError(.mapValueUnmapped, at: at, ["field": at.valueName, "value": text, "map": map.name])
            }
        case .street(let part):
            let line = StreetLineSplitter.split(text)
            switch part {
            case .street: return line.street
            case .number: return line.number
            case .addition: return line.addition
            }
        case .date(let pattern, let zone):
            // A value without a time of day is a calendar day: read and written as the day
            // it names, never moved through the zone (docs/formats.md, "Dates and instants").
            let utc = TimeZone(secondsFromGMT: 0) ?? zone
            if layout.direction == .source {
                guard pattern.readsTime else { return String(ISODate.format(try pattern.parse(text, in: utc, at: at)).prefix(10)) }
                return ISODate.format(try pattern.parse(text, in: zone, at: at))
            }
            guard let date = ISODate.parse(text) else {
                throw FerryError(.mapInvalidDate, at: at, ["field": field, "value": text])
            }
            return pattern.format(date, in: ISODate.isDateOnly(text) ? utc : zone)
        case .decimal(let format):
            if layout.direction == .source {
                guard let value = format.decimal(text) else {
                    throw FerryError(.mapInvalidDecimal, at: at, ["field": at.valueName, "value": text])
                }
                return DecimalWriting.text(value)
            }
            return DecimalWriting.text(try number(text, field: field, at: at), scale: fractionDigits(text), format: format)
        case .unit(let from, let to):
            let value = try UnitConversion.convert(try number(text, field: field, at: at), from: from, to: to, at: at)
            return DecimalWriting.text(value)
        case .round(let scale):
            let value = try DecimalRounding.round(try number(text, field: field, at: at), scale: scale, transform: "round", at: at)
            return DecimalWriting.text(value, scale: scale)
        case .keyValue:
            return text
        case .multiply(let source):
            let factor = try operand(source, item: item, field: field, at: at, &context)
            return DecimalWriting.text(try number(text, field: field, at: at) * factor)
        case .divide(let source):
            let divisor = try operand(source, item: item, field: field, at: at, &context)
            guard divisor != 0 else {
                throw FerryError(.mapDivisionByZero, at: at, ["field": field, "value": text, "divisor": source.description])
            }
            return DecimalWriting.text(try number(text, field: field, at: at) / divisor)
        case .vat(let target, let rateSource, let scale):
            let amount = try number(text, field: field, at: at)
            let rate = try operand(rateSource, item: item, field: field, at: at, &context)
            let value = target == .excl
                ? try VATConversion.excluding(amount, ratePercent: rate, scale: scale, at: at)
                : try VATConversion.including(amount, ratePercent: rate, scale: scale, at: at)
            return DecimalWriting.text(value, scale: scale)
        }
    }

    /// A step's number: a constant, or the first value at its path (decimal point or comma);
    /// nothing there is MAP-001, naming the path and the field it serves.
    private func operand(_ source: ValueStep.NumberSource, item: Node, field: String, at: Location,
                         _ context: inout Context) throws -> Decimal {
        switch source {
        case .constant(let value):
            return value
        case .path(let path):
            let nodes = select(path, item: item, noting: context.rule, &context)
            guard let text = nodes.first?.elementText, let value = NumberFormat.decimalPointOrComma(text) else {
                if let text = nodes.first?.elementText, !text.trimmingCharacters(in: .whitespaces).isEmpty {
                    throw FerryError(.mapInvalidDecimal, at: nodes.first?.location ?? at, ["field": path.description, "value": text])
                }
                throw FerryError(.mapRequiredFieldMissing, at: at, ["field": path.description + " (for " + field + ")"])
            }
            return value
        }
    }

    /// `color=Red,size=M` → `{color: Red, size: M}`, names and values trimmed, empty ones
    /// left out. An item without the key separator continues the value before it (a value
    /// that itself holds the pair separator); as the first item it is MAP-123.
    private func namedValues(_ working: Working, pairs: String, key: String, field: String,
                             _ context: inout Context) -> Node? {
        var members: [(String, String)] = []
        for text in working.texts {
            for item in text.components(separatedBy: pairs) where !item.trimmingCharacters(in: .whitespaces).isEmpty {
                guard let separator = item.range(of: key) else {
                    guard let last = members.popLast() else {
                        context.errors.append(FerryError(
                            .mapKeyValueMalformed, at: working.location, ["field": field, "item": item, "separator": key]))
                        return nil
                    }
                    members.append((last.0, last.1 + pairs + item))
                    continue
                }
                members.append((String(item[..<separator.lowerBound]), String(item[separator.upperBound...])))
            }
        }
        var object = Node(.object([:]), at: working.location)
        for (name, value) in members {
            let name = name.trimmingCharacters(in: .whitespaces)
            let value = value.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, !value.isEmpty else { continue }
            object.set([name][...], Node(.scalar(value), at: working.location), merging: false)
        }
        if case .object(let built) = object.value, built.isEmpty { return nil }
        return object
    }

    private func number(_ text: String, field: String, at: Location) throws -> Decimal {
        guard let value = NumberFormat.point.decimal(text) else {
            throw FerryError(.mapInvalidDecimal, at: at, ["field": at.valueName, "value": text])
        }
        return value
    }

    private func fractionDigits(_ text: String) -> Int? {
        guard let dot = text.firstIndex(of: ".") else { return nil }
        return text.distance(from: dot, to: text.endIndex) - 1
    }

    private func entries(_ pairs: [EntryPair], expression: ValueExpression, item: Node,
                         field: String, _ context: inout Context) -> Node? {
        var members: [(String, Node)] = []
        for pair in pairs {
            let found = SourcePath.pairs(key: pair.key, value: pair.value, item: item, record: context.record)
            if found.contains(where: { $0.key != nil }) { context.usage?.note(field: context.rule, path: pair.key) }
            if found.contains(where: { $0.value != nil }) { context.usage?.note(field: context.rule, path: pair.value) }
            for (keyNode, valueNode) in found {
                guard let keyText = keyNode?.elementText?.trimmingCharacters(in: .whitespaces), !keyText.isEmpty,
                      let valueNode, let valueText = valueNode.elementText?.trimmingCharacters(in: .whitespaces),
                      !valueText.isEmpty
                else { continue }
                members.append((keyText, Node(.scalar(valueText), at: valueNode.location)))
            }
        }
        guard !members.isEmpty else { return nil }
        var object = Node(.object([:]), at: item.location)
        for (key, value) in members { object.set([key][...], value, merging: false) }
        return object
    }

    private func check(_ checks: FieldChecks, _ working: Working, field: String, _ context: inout Context) {
        guard !checks.isEmpty else { return }
        let at = Location(file: "target " + layout.name, field: field)
        if working.texts.isEmpty {
            if checks.required { context.errors.append(FerryError(.mapTargetRequired, at: at, ["field": field, "target": layout.name])) }
            return
        }
        for text in working.texts {
            if let max = checks.maxLength, text.count > max {
                let shown = text.count > 60 ? String(text.prefix(57)) + "…" : text
                context.errors.append(FerryError(.mapTargetTooLong, at: at, ["field": field, "value": shown, "max": String(max)]))
            }
            if !checks.oneOf.isEmpty, !checks.oneOf.contains(text) {
                context.errors.append(FerryError(
                    .mapTargetNotAllowed, at: at, ["field": field, "value": text, "allowed": checks.oneOf.joined(separator: ", ")]))
            }
        }
    }
}
