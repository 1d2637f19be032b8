import Canonical
import Diagnostics
import Foundation
import Formats
import Mapping
import Yams

extension ConfigValidator {
    /// A path as written in a layout, compiled; PATH errors reported at its place.
    mutating func sourcePath(_ text: String, at place: Place, field: String, _ context: LayoutContext) -> SourcePath? {
        do {
            return try SourcePath.parse(text, format: context.readFormat, namespaces: context.layout.namespaces,
                                        at: Location(file: fileName, line: place.line, field: field))
        } catch let error as FerryError {
            issues.append(ConfigIssue(error: error, line: place.line, column: place.column))
            return nil
        } catch {
            return nil
        }
    }

    /// One entry of `groups:`: the output list and what it repeats over.
    mutating func groupRule(_ entry: ConfigEntry, _ context: LayoutContext) -> GroupRule? {
        guard let raw = text(entry) else { return nil }
        let origin = RuleOrigin.config(fileName, line: entry.keyPlace.line)
        if context.layout.direction == .source && !context.schema.groups.contains(entry.name) {
            reportUnknownField(entry.name, at: entry.keyPlace, field: entry.field, context.schema)
            return nil
        }
        if raw == "row" {
            guard context.layout.format == .csv, context.layout.direction == .source else {
                report(.configMappingInvalid, at: entry.place, field: entry.field,
                       ["problem": "`row` repeats over the rows of a grouped CSV document; use a path here"])
                return nil
            }
            return GroupRule(field: entry.name, each: .rows, origin: origin)
        }
        var written = raw
        if context.layout.direction == .target {
            let bare = raw.hasPrefix("$.") ? String(raw.dropFirst(2)) : raw
            if !context.schema.isList(bare) {
                reportUnknownField(bare, at: entry.place, field: entry.field, context.schema)
                return nil
            }
            if !raw.hasSuffix("]") { written = raw + "[]" }
        }
        guard let each = sourcePath(written, at: entry.place, field: entry.field, context) else { return nil }
        return GroupRule(field: entry.name, each: each, origin: origin)
    }

    mutating func reportUnknownField(_ name: String, at place: Place, field: String, _ schema: CanonicalSchema) {
        report(.configUnknownCanonicalField, at: place, field: field, [
            "field": name, "kind": schema.kind.rawValue,
            "suggestion": ConfigKeys.suggestion(for: name, among: schema.allPaths),
        ])
    }

    /// One entry of `fields:`: `target: path` or `target: {path: ..., steps...}`.
    mutating func fieldRule(_ entry: ConfigEntry, _ context: LayoutContext) -> FieldRule? {
        let origin = RuleOrigin.config(fileName, line: entry.keyPlace.line)
        let group = context.layout.groups.map(\.field).filter { entry.name.hasPrefix($0 + ".") }.max { $0.count < $1.count }
        // The canonical field written (source) and its type; a name inside a dictionary
        // (`customFields.weight`) is text that may also be computed as a number.
        var writtenType: CanonicalSchema.FieldType?
        var written: CanonicalSchema.Field?
        var writtenIsNamedValue = false
        if context.layout.direction == .source || context.overlay {
            let path = entry.name.replacingOccurrences(of: "[]", with: "")
            guard let field = context.schema.field(at: path) else {
                reportUnknownField(path, at: entry.keyPlace, field: entry.field, context.schema)
                return nil
            }
            writtenType = field.path == path ? field.type : .text
            writtenIsNamedValue = field.path != path
            if field.path == path { written = field }
            if !context.overlay, let inGroup = context.schema.groups.first(where: { path.hasPrefix($0 + ".") }),
               !context.layout.groups.contains(where: { $0.field == inGroup }) {
                report(.configMappingInvalid, at: entry.keyPlace, field: entry.field,
                       ["problem": "\(path) belongs to the repeated group \(inGroup); declare it under `groups:`"])
                return nil
            }
        }
        var expression: ValueExpression
        var readType: CanonicalSchema.FieldType?
        var readIsNamedValue = false
        switch entry.value {
        case .scalar(let scalar):
            guard let path = sourcePath(scalar.string, at: entry.place, field: entry.field, context) else { return nil }
            (readType, readIsNamedValue) = checkRead(scalar.string, group: group, at: entry.place, field: entry.field, context)
            expression = ValueExpression(input: .path(path))
        case .mapping:
            guard let section = section(entry, allowed: ConfigKeys.fieldRule) else { return nil }
            guard let parsed = valueExpression(section, entry: entry, group: group, context, readType: &readType,
                                               readIsNamedValue: &readIsNamedValue) else {
                return nil
            }
            expression = parsed
        default:
            report(.configExpectedMap, at: entry.keyPlace, field: entry.field, ["key": entry.name])
            return nil
        }
        if context.layout.direction == .source && !expression.checks.isEmpty {
            report(.configMappingInvalid, at: entry.keyPlace, field: entry.field,
                   ["problem": "`required`, `max-length` and `one-of` check what a target receives; use them in a target layout"])
            return nil
        }
        let type = writtenType ?? readType
        if context.layout.direction == .source || context.overlay, let writtenType {
            if writtenType == .dictionary, !expression.buildsNamedValues {
                report(.configMappingInvalid, at: entry.keyPlace, field: entry.field,
                       ["problem": "\(entry.name) holds named values; write \(entry.name).<name>, or use `entries:` or `key-value:`"])
                return nil
            }
            if writtenType != .dictionary, expression.buildsNamedValues {
                report(.configEntriesWrongField, at: entry.keyPlace, field: entry.field,
                       ["field": entry.name, "type": writtenIsNamedValue ? "one named value" : writtenType.rawValue])
                return nil
            }
            if writtenType == .textList { expression.all = true }
        }
        if let written, written.type == .choice {
            checkCodedOutputs(expression, of: written, at: entry.keyPlace, field: entry.field, context.schema)
        }
        if let type {
            checkSteps(expression.steps, type: type, namedValue: writtenType == nil ? readIsNamedValue : writtenIsNamedValue,
                       at: entry.keyPlace, field: entry.field, name: entry.name)
        }
        return FieldRule(field: entry.name.replacingOccurrences(of: "[]", with: ""), value: expression, origin: origin)
    }

    /// For a target layout: the canonical field a path reads must exist. Returns its type,
    /// and whether it is one name inside a dictionary (`customFields.weight`).
    mutating func checkRead(_ path: String, group: String?, at place: Place, field: String,
                            _ context: LayoutContext) -> (CanonicalSchema.FieldType?, Bool) {
        guard context.readFormat == nil else { return (nil, false) }
        let simple = path.allSatisfy { $0.isLetter || $0.isNumber || "._$[]*-".contains($0) }
        guard simple else { return (nil, false) }
        let canonical = context.canonicalField(read: path, inGroup: group)
        if let found = context.schema.field(at: canonical) {
            return found.path == canonical ? (found.type, false) : (.text, true)
        }
        if context.schema.isContainer(canonical) { return (nil, false) }
        reportUnknownField(canonical, at: place, field: field, context.schema)
        return (nil, false)
    }

    /// A coded field (`status`) can only be written with one of its values: each value a
    /// map, a constant or a default can produce is checked here (MAP-005, whose hint names
    /// the field that does take the value). Values passed through (`unmapped: pass`) and
    /// values changed after the map (`prefix`, `suffix`, `truncate`) are left to run time.
    mutating func checkCodedOutputs(_ expression: ValueExpression, of field: CanonicalSchema.Field, at place: Place,
                                    field name: String, _ schema: CanonicalSchema) {
        let changesAfterMap = expression.steps.contains { ["prefix", "suffix", "truncate"].contains($0.name) }
        guard !changesAfterMap else { return }
        var outputs: [String] = []
        let maps = expression.steps.compactMap { step -> ValueMap? in if case .map(let map) = step { map } else { nil } }
        if case .constant(let text) = expression.input, maps.isEmpty { outputs.append(text) }
        if let fallback = expression.fallback { outputs.append(fallback) }
        for map in maps {
            outputs += map.entries.map(\.value)
            if map.unmapped == .default, let fallback = map.fallback { outputs.append(fallback) }
        }
        var reported = Set<String>()
        let allowed = Set(field.values.map { $0.lowercased() })
        for output in outputs {
            let folded = output.trimmingCharacters(in: .whitespaces).lowercased()
            guard !folded.isEmpty, !allowed.contains(folded), reported.insert(folded).inserted else { continue }
            var arguments = ["field": field.path, "value": output, "allowed": field.values.joined(separator: ", ")]
            if let owner = schema.choiceField(holding: output, except: field.path) { arguments["owner"] = owner }
            let error = FerryError(.mapInvalidEnumValue, at: Location(file: fileName, line: place.line, field: name), arguments)
            issues.append(ConfigIssue(error: error, line: place.line, column: place.column))
        }
    }

    /// Steps that cannot apply to a field of `type` are CONFIG-041. A named value of a
    /// dictionary (`customFields.weight`) is text that may also be read or written as a number.
    mutating func checkSteps(_ steps: [ValueStep], type: CanonicalSchema.FieldType, namedValue: Bool = false,
                             at place: Place, field: String, name: String) {
        for step in steps {
            let fits: Bool
            switch step {
            case .date: fits = type == .date
            case .decimal, .unit, .vat, .round, .multiply, .divide: fits = type == .decimal || type == .integer || namedValue
            case .split: fits = type == .textList
            case .street: fits = type == .text
            case .keyValue: fits = type == .dictionary || type == .text
            default: fits = true
            }
            if !fits {
                report(.configTransformTypeMismatch, at: place, field: field,
                       ["field": name, "transform": step.name, "type": type.rawValue])
            }
        }
    }
}
