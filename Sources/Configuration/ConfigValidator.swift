import Diagnostics
import Formats
import Mapping
import Rules
import Yams

/// Walks a composed `ferry.yml` tree once, building a `FerryConfig` and collecting every issue.
struct ConfigValidator {
    let fileName: String
    let knownSystems: Set<String>
    let knownKinds: Set<String>
    var issues: [ConfigIssue] = []
    /// Where each flow's name and inbox were written, for the checks across flows.
    var flowSites: [FlowSite] = []
    var targetSites: [TargetSite] = []
    /// `maps:` and `layouts:`, read before the flows that use them.
    var maps: [String: ValueMap] = [:]
    var layouts: [String: Layout] = [:]
    /// `file:` paths in `reference:` are relative to this; `nil`: such files are not read.
    var root: String?
    /// Reference tables whose rows are known: inline, or from a file that was read.
    var referenceLoaded: Set<ReferenceData.Table> = []
    var ruleSites: [RuleSite] = []
    /// What each built-in system reads, writes and takes as options (empty: names only).
    let systems: [String: SystemProfile]
    /// The systems' default layouts, read once each.
    var systemLayouts: [String: [Layout]] = [:]

    init(fileName: String, knownSystems: Set<String>, knownKinds: Set<String>, systems: [SystemProfile] = []) {
        self.fileName = fileName
        self.knownSystems = knownSystems.union(systems.map(\.name))
        self.systems = Dictionary(systems.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.knownKinds = knownKinds
    }

    /// The configuration, or `nil` when any issue was found.
    mutating func validate(_ root: YAMLNode?) -> FerryConfig? {
        var config = FerryConfig(origin: fileName)
        guard let root else {
            report(.configNoFlows, at: .start, field: "flows")
            return nil
        }
        guard let top = section(root, field: nil, name: fileName, allowed: ConfigKeys.top, fallback: .start) else {
            return nil
        }
        if let entry = top["language"],
           let language = choice(entry, Language.allCases.map { ($0.rawValue, $0) }) {
            config.language = language
        }
        if let entry = top["on-failure"], let command = text(entry) {
            config.onFailure = command.isEmpty ? nil : command
            config.onFailureLine = entry.place.line
        }
        if let entry = top["on-failure-timeout"], let seconds = seconds(entry) {
            if seconds > 0 {
                config.onFailureTimeout = seconds
            } else {
                report(.configInvalidDuration, at: entry.place, field: entry.field, ["key": entry.name, "value": entry.raw])
            }
        }
        if let entry = top["allow-symlinked-folders"], let allowed = bool(entry) {
            config.allowSymlinkedFolders = allowed
        }
        if let entry = top["poll-interval"], let seconds = seconds(entry) {
            if seconds > 0 {
                config.pollInterval = seconds
            } else {
                report(.configInvalidPollInterval, at: entry.place, field: entry.field, ["value": entry.raw])
            }
        }
        if let entry = top["file-timeout"], let seconds = seconds(entry) {
            if seconds > 0 {
                config.fileTimeout = seconds
            } else {
                report(.configInvalidFileTimeout, at: entry.place, field: entry.field, ["value": entry.raw])
            }
        }
        if let entry = top["connections"] {
            config.connections = connections(entry)
        }
        if let entry = top["serve"], let serve = serve(entry) { config.serve = serve }
        if let entry = top["retention"], let retention = retention(entry) { config.retention = retention }
        if let entry = top["reference"] { config.reference = reference(entry) }
        if let entry = top["maps"] {
            maps = valueMaps(entry)
            config.maps = maps
        }
        if let entry = top["layouts"] {
            layouts = layouts(entry, maps: maps)
            config.layouts = layouts
        }
        if let entry = top["flows"] {
            if let items = list(entry) {
                if items.isEmpty { report(.configNoFlows, at: entry.keyPlace, field: entry.field) }
                for (index, item) in items.enumerated() {
                    if let flow = flow(item, field: "flows[\(index)]") { config.flows.append(flow) }
                }
            }
        } else {
            report(.configNoFlows, at: top.written("flows")?.keyPlace ?? top.place, field: "flows")
        }
        checkAcrossFlows()
        checkRules(reference: config.reference)
        // ferry.yml first, then each reference file in turn.
        issues.sort { lhs, rhs in
            let (left, right) = (lhs.error.location?.file ?? fileName, rhs.error.location?.file ?? fileName)
            return (left == fileName ? 0 : 1, left, lhs.line, lhs.column) < (right == fileName ? 0 : 1, right, rhs.line, rhs.column)
        }
        return issues.isEmpty ? config : nil
    }

    /// Adds an issue located in another file (a reference CSV file).
    mutating func append(_ issue: ConfigIssue) { issues.append(issue) }

    mutating func report(_ code: ErrorCode, at place: Place, field: String?, _ arguments: [String: String] = [:]) {
        issues.append(ConfigIssue(code, file: fileName, line: place.line, column: place.column, field: field, arguments))
    }

    /// Reports a YAML syntax error; composing stops at the first one.
    mutating func report(_ error: any Error, text: String) {
        guard let yamlError = error as? YamlError else {
            report(.configSyntax, at: .start, field: nil, ["problem": "\(error)"])
            return
        }
        switch yamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { "\($0.text), \(problem)" } ?? problem
            report(.configSyntax, at: Place(mark), field: nil, ["problem": detail])
        case let .reader(problem, offset, _, yaml):
            report(.configSyntax, at: Place(offset: offset ?? 0, in: yaml), field: nil, ["problem": problem])
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? ""
            let first = Place(context.mark)
            report(.configDuplicateKey, at: Place(repeating: key, after: first, in: text) ?? first, field: nil,
                   ["key": duplicates.joined(separator: "`, `")])
        default:
            report(.configSyntax, at: .start, field: nil, ["problem": "\(yamlError)"])
        }
    }
}

/// A line and column in `ferry.yml`, both 1-based; 0 when unknown.
struct Place: Sendable, Hashable {
    var line: Int
    var column: Int

    static let start = Place(line: 1, column: 1)
    static let unknown = Place(line: 0, column: 0)

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    init(_ mark: Mark?) {
        self.init(line: mark?.line ?? 0, column: mark?.column ?? 0)
    }

    /// Where `key:` is written again at the same indentation after `first` (block style only).
    init?(repeating key: String, after first: Place, in text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1, first.column >= 1, first.line < lines.count else { return nil }
        let indent = first.column - 1
        for index in first.line..<lines.count {
            let content = lines[index].drop { $0 == " " }
            if content.isEmpty || content.hasPrefix("#") { continue }
            let spaces = lines[index].count - content.count
            if spaces < indent { return nil }
            if spaces == indent, content.hasPrefix(key + ":") {
                self.init(line: index + 1, column: indent + 1)
                return
            }
        }
        return nil
    }

    /// The place of the character at `offset` (counted in characters) in `text`.
    init(offset: Int, in text: String) {
        var line = 1
        var column = 1
        for (index, character) in text.enumerated() {
            if index >= offset { break }
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        self.init(line: line, column: column)
    }
}

/// Where a flow's name and inbox were written.
struct FlowSite {
    var name: String?
    var namePlace: Place
    var nameField: String
    /// The inbox as written or defaulted; `nil` when the flow has neither a name nor an inbox.
    var inbox: String?
    var inboxExplicit: Bool
    var inboxPlace: Place
    var inboxField: String
}

/// Where a target's name was written.
struct TargetSite {
    var name: String
    var place: Place
    var field: String
}

/// Yams' node (Formats has its own `Node`).
typealias YAMLNode = Yams.Node
