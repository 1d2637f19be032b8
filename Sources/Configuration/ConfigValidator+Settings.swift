import Diagnostics
import Formats
import Yams

extension ConfigValidator {
    /// `csv: { delimiter, encoding }`.
    mutating func csvDialect(_ entry: ConfigEntry) -> CSVDialect? {
        guard let section = section(entry, allowed: ConfigKeys.csv) else { return nil }
        var dialect = CSVDialect()
        if let entry = section["delimiter"], let delimiter = delimiter(entry) { dialect.delimiter = delimiter }
        if let entry = section["encoding"], let name = text(entry) {
            if let encoding = TextEncoding(name: name) {
                dialect.encoding = encoding
            } else {
                report(.configInvalidValue, at: entry.place, field: entry.field, [
                    "key": entry.name, "value": name,
                    "allowed": TextEncoding.allCases.map(\.rawValue).joined(separator: ", "),
                ])
            }
        }
        return dialect
    }

    /// `numbers: { decimal, thousands }`; the two separators must differ.
    mutating func numberFormat(_ entry: ConfigEntry) -> NumberFormat? {
        guard let section = section(entry, allowed: ConfigKeys.numbers) else { return nil }
        var format = NumberFormat.point
        if let entry = section["decimal"], let decimal = choice(entry, [(".", Character(".")), (",", ",")]) {
            format.decimalSeparator = decimal
        }
        if let entry = section["thousands"] {
            let options: [(String, String)] = [("none", ""), (".", "."), (",", ","), (" ", " "), ("space", " "), ("'", "'")]
            if let thousands = choice(entry, options, allowed: "none, \".\", \",\", space, \"'\"") {
                format.groupingSeparator = thousands.first
                if format.groupingSeparator == format.decimalSeparator {
                    report(.configSameSeparators, at: entry.place, field: entry.field,
                           ["separator": String(format.decimalSeparator)])
                    return nil
                }
            }
        }
        return format
    }

    /// `pickup: { include, exclude, settle, marker }`.
    mutating func pickup(_ entry: ConfigEntry) -> PickupConfig? {
        guard let section = section(entry, allowed: ConfigKeys.pickup) else { return nil }
        var pickup = PickupConfig()
        if let entry = section["include"], let patterns = texts(entry) { pickup.include = patterns.map(\.text) }
        if let entry = section["exclude"], let patterns = texts(entry) { pickup.exclude = patterns.map(\.text) }
        if let entry = section["settle"], let seconds = seconds(entry) {
            if seconds < 0 {
                report(.configNegativeSettle, at: entry.place, field: entry.field, ["value": entry.raw])
            } else {
                pickup.settleSeconds = seconds
            }
        }
        if let entry = section["marker"], let suffixes = texts(entry) {
            for suffix in suffixes where !suffix.text.hasPrefix(".") || suffix.text.count < 2 {
                report(.configInvalidMarker, at: suffix.place, field: entry.field, ["value": suffix.text])
            }
            pickup.markerSuffixes = suffixes.map(\.text)
        }
        return pickup
    }

    /// Flow names and target names unique, also ignoring case (their folders would collide
    /// on a case-insensitive file system); no two flows on one inbox.
    mutating func checkAcrossFlows() {
        var firstFlow: [String: (name: String, place: Place)] = [:]
        var duplicated: Set<Int> = []
        for (index, site) in flowSites.enumerated() {
            guard let name = site.name else { continue }
            if let first = firstFlow[name.lowercased()] {
                duplicated.insert(index)
                if first.name == name {
                    report(.configDuplicateFlow, at: site.namePlace, field: site.nameField, ["name": name, "first": "\(first.place.line)"])
                } else {
                    report(.configNamesDifferOnlyInCase, at: site.namePlace, field: site.nameField,
                           ["name": name, "other": first.name, "first": "\(first.place.line)"])
                }
            } else {
                firstFlow[name.lowercased()] = (name, site.namePlace)
            }
        }
        var firstTarget: [String: (name: String, place: Place)] = [:]
        for site in targetSites {
            if let first = firstTarget[site.name.lowercased()] {
                if first.name == site.name {
                    report(.configDuplicateTarget, at: site.place, field: site.field, ["name": site.name, "first": "\(first.place.line)"])
                } else {
                    report(.configNamesDifferOnlyInCase, at: site.place, field: site.field,
                           ["name": site.name, "other": first.name, "first": "\(first.place.line)"])
                }
            } else {
                firstTarget[site.name.lowercased()] = (site.name, site.place)
            }
        }
        var inboxOwner: [String: String] = [:]
        for (index, site) in flowSites.enumerated() {
            // A duplicated name already explains why its default inbox collides.
            guard let inbox = site.inbox, site.inboxExplicit || !duplicated.contains(index) else { continue }
            let key = Self.normalisedPath(inbox)
            let name = site.name ?? "#\(index + 1)"
            if let other = inboxOwner[key] {
                report(.configSharedInbox, at: site.inboxPlace, field: site.inboxField,
                       ["inbox": inbox, "flow": name, "other": other])
            } else {
                inboxOwner[key] = name
            }
        }
    }

    /// `./inbox//orders/` and `inbox/orders` name the same folder.
    static func normalisedPath(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }
}
