import Foundation
import Diagnostics
import Yams

/// One `key: value` pair of a section, with its dotted field path.
struct ConfigEntry {
    let name: String
    let key: YAMLNode
    let value: YAMLNode
    /// `flows[0].pickup.settle`.
    let field: String

    var keyPlace: Place { Place(key.mark) }
    /// The value's place when it is a scalar on the key's line, else the key's.
    var place: Place {
        if case .scalar = value, let mark = value.mark { return Place(mark) }
        return keyPlace
    }
    /// The value as written (for messages); empty for lists and sections.
    var raw: String { value.scalar?.string ?? "" }
}

/// A YAML mapping whose keys were checked against the allowed ones.
struct ConfigSection {
    let field: String?
    let place: Place
    private let entries: [String: ConfigEntry]

    init(field: String?, place: Place, entries: [String: ConfigEntry]) {
        self.field = field
        self.place = place
        self.entries = entries
    }

    /// The entry for `key`; `nil` when absent or written without a value (`key:` or `key: ~`).
    subscript(key: String) -> ConfigEntry? {
        guard let entry = entries[key], !entry.value.isNullScalar else { return nil }
        return entry
    }

    /// The entry for `key` even when it has no value.
    func written(_ key: String) -> ConfigEntry? { entries[key] }

    func path(_ key: String) -> String { field.map { "\($0).\(key)" } ?? key }
}

extension YAMLNode {
    /// A plain `~`, `null` or empty scalar.
    var isNullScalar: Bool {
        guard case let .scalar(scalar) = self, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}

extension ConfigValidator {
    /// Checks that `node` is a mapping with only `allowed` keys; reports unknown keys with a suggestion.
    mutating func section(
        _ node: YAMLNode, field: String?, name: String, allowed: [String], fallback: Place
    ) -> ConfigSection? {
        guard case let .mapping(mapping) = node else {
            report(.configExpectedMap, at: node.mark.map { Place($0) } ?? fallback, field: field, ["key": name])
            return nil
        }
        let sectionField = field
        var entries: [String: ConfigEntry] = [:]
        for (key, value) in mapping {
            let keyText = key.scalar?.string ?? "\(key)"
            let path = sectionField.map { "\($0).\(keyText)" } ?? keyText
            guard allowed.contains(keyText) else {
                if let belongs = ConfigKeys.misplaced(keyText, in: sectionField, allowed: allowed) {
                    report(.configMisplacedKey, at: Place(key.mark), field: path, [
                        "key": keyText, "section": sectionField ?? name, "expected": belongs,
                    ])
                    continue
                }
                report(.configUnknownKey, at: Place(key.mark), field: path, [
                    "key": keyText,
                    "suggestion": ConfigKeys.suggestion(for: keyText, among: allowed),
                    "allowed": allowed.joined(separator: ", "),
                ])
                continue
            }
            entries[keyText] = ConfigEntry(name: keyText, key: key, value: value, field: path)
        }
        return ConfigSection(field: field, place: Place(mapping.mark), entries: entries)
    }

    /// The entry for a required key; reports it missing (at the section's start) when absent.
    mutating func required(_ key: String, in section: ConfigSection) -> ConfigEntry? {
        if let entry = section[key] { return entry }
        report(.configMissingKey, at: section.place, field: section.path(key), ["key": key])
        return nil
    }

    /// A nested section such as `pickup:`.
    mutating func section(_ entry: ConfigEntry, allowed: [String]) -> ConfigSection? {
        section(entry.value, field: entry.field, name: entry.name, allowed: allowed, fallback: entry.keyPlace)
    }

    mutating func text(_ entry: ConfigEntry) -> String? {
        guard case let .scalar(scalar) = entry.value else {
            report(.configExpectedText, at: entry.keyPlace, field: entry.field, ["key": entry.name])
            return nil
        }
        return scalar.string
    }

    mutating func list(_ entry: ConfigEntry) -> [YAMLNode]? {
        guard case let .sequence(sequence) = entry.value else {
            report(.configExpectedList, at: entry.keyPlace, field: entry.field, ["key": entry.name])
            return nil
        }
        return Array(sequence)
    }

    /// One text or a list of texts (`marker: .done` or `marker: [.done, .ok]`), each with its place.
    mutating func texts(_ entry: ConfigEntry) -> [(text: String, place: Place)]? {
        switch entry.value {
        case let .scalar(scalar):
            return [(scalar.string, entry.place)]
        case let .sequence(sequence):
            var result: [(text: String, place: Place)] = []
            for (index, item) in sequence.enumerated() {
                guard case let .scalar(scalar) = item else {
                    report(.configExpectedText, at: Place(item.mark), field: "\(entry.field)[\(index)]",
                           ["key": entry.name])
                    continue
                }
                result.append((scalar.string, Place(item.mark)))
            }
            return result
        default:
            report(.configExpectedList, at: entry.keyPlace, field: entry.field, ["key": entry.name])
            return nil
        }
    }

    mutating func bool(_ entry: ConfigEntry) -> Bool? {
        guard case let .scalar(scalar) = entry.value else {
            let shape = if case .sequence = entry.value { "[…]" } else { "{…}" }
            report(.configExpectedBool, at: entry.keyPlace, field: entry.field, ["key": entry.name, "value": shape])
            return nil
        }
        switch scalar.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            report(.configExpectedBool, at: entry.place, field: entry.field, ["key": entry.name, "value": scalar.string])
            return nil
        }
    }

    /// Seconds: a number, or a number with `ms`, `s` or `m`. Reports CONFIG-006 when unreadable.
    mutating func seconds(_ entry: ConfigEntry) -> Double? {
        guard let raw = text(entry) else { return nil }
        guard let value = Self.parseSeconds(raw) else {
            report(.configExpectedNumber, at: entry.place, field: entry.field, ["key": entry.name, "value": raw])
            return nil
        }
        guard value <= Self.maximumSeconds else {
            report(.configDurationTooLong, at: entry.place, field: entry.field,
                   ["key": entry.name, "value": raw, "maximum": "24h"])
            return nil
        }
        return value
    }

    /// The longest duration any key accepts (`settle`, `poll-interval`, `file-timeout`,
    /// `on-failure-timeout`): 24 hours. Longer is a typo, and would overflow timers.
    static let maximumSeconds: Double = 24 * 3600

    static func parseSeconds(_ raw: String) -> Double? {
        let text = raw.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(suffix: String, factor: Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        var number = Substring(text)
        var factor = 1.0
        for unit in units where text.hasSuffix(unit.suffix) {
            number = text.dropLast(unit.suffix.count)
            factor = unit.factor
            break
        }
        let digits = number.trimmingCharacters(in: .whitespaces)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.".contains($0)) }),
              let value = Double(digits), value.isFinite
        else { return nil }
        return value * factor
    }

    /// A value from a fixed set; reports CONFIG-010 listing the allowed spellings.
    /// `allowed` overrides the list shown in the hint (to hide alternative spellings).
    mutating func choice<Value>(_ entry: ConfigEntry, _ options: [(String, Value)], allowed: String? = nil) -> Value? {
        guard let raw = text(entry) else { return nil }
        if let match = options.first(where: { $0.0 == raw }) { return match.1 }
        report(.configInvalidValue, at: entry.place, field: entry.field, [
            "key": entry.name, "value": raw, "allowed": allowed ?? options.map(\.0).joined(separator: ", "),
        ])
        return nil
    }
}
