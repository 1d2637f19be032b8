import Canonical
import Diagnostics

/// A mistake in how a flow names a rule, for `ferry check` to place in ferry.yml.
public struct RuleProblem: Sendable, Hashable {
    public var code: ErrorCode
    /// The setting concerned; `nil` for the rule as a whole.
    public var parameter: String?
    public var arguments: [String: String]

    public init(_ code: ErrorCode, parameter: String? = nil, _ arguments: [String: String] = [:]) {
        self.code = code
        self.parameter = parameter
        self.arguments = arguments
    }
}

extension RuleDefinition {
    /// What is wrong with `spec` in a flow of `kind`, besides unknown or missing settings.
    ///
    /// - Parameters:
    ///   - reference: the reference data as far as it is loaded.
    ///   - loaded: the tables whose rows are known (a CSV file not read yet is configured,
    ///     but its rows cannot be checked).
    ///   - targets: every target name in the file.
    public func problems(
        in spec: RuleSpec, kind: DocumentKind, reference: ReferenceData, loaded: Set<ReferenceData.Table>, targets: Set<String>
    ) -> [RuleProblem] {
        var problems: [RuleProblem] = []
        if !kinds.contains(kind) {
            problems.append(RuleProblem(.ruleConfigWrongKind, [
                "rule": name, "kind": kind.rawValue, "kinds": kinds.map(\.rawValue).joined(separator: ", "),
            ]))
        }
        for table in needs where !reference.configured.contains(table) {
            problems.append(RuleProblem(.ruleConfigNeedsReference, ["rule": name, "table": table.rawValue]))
        }
        for parameter in parameters {
            guard let value = spec.parameters[parameter.name] else { continue }
            if let problem = check(value, for: parameter, reference: reference, loaded: loaded, targets: targets) {
                problems.append(problem)
            }
        }
        return problems
    }

    private func check(
        _ value: RuleSpec.Value, for parameter: Parameter, reference: ReferenceData, loaded: Set<ReferenceData.Table>,
        targets: Set<String>
    ) -> RuleProblem? {
        func bad(_ shown: String, _ expected: String) -> RuleProblem {
            RuleProblem(.ruleConfigBadParameter, parameter: parameter.name, ["parameter": parameter.name, "value": shown, "expected": expected])
        }
        let texts = value.texts
        let shown = texts.joined(separator: ", ")
        if case .list = value {
            guard case .choices = parameter.kind else { return bad("[\(shown)]", "one value, not a list") }
        }
        switch parameter.kind {
        case .text:
            return nil
        case .flag:
            return texts.allSatisfy({ Truthiness.strict($0) != nil }) ? nil : bad(shown, "true or false")
        case .choice(let allowed), .choices(let allowed):
            guard let wrong = texts.first(where: { !allowed.contains($0) }) else { return nil }
            return bad(wrong, allowed.joined(separator: ", "))
        case .pattern:
            guard FieldPattern(shown) == nil else { return nil }
            return RuleProblem(.filterConfigBadPattern, parameter: parameter.name, ["pattern": shown])
        case .partner:
            guard loaded.contains(.partners), reference.partner(named: shown) == nil else { return nil }
            return RuleProblem(.ruleConfigUnknownReference, parameter: parameter.name, ["value": shown, "table": "partners"])
        case .target:
            guard !targets.contains(shown) else { return nil }
            return bad(shown, "the name of a target in this file (\(targets.sorted().joined(separator: ", ")))")
        }
    }
}
