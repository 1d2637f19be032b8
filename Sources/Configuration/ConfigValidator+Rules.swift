import Canonical
import Diagnostics
import Rules
import Yams

/// A rule as written in a flow, kept for the checks that need every table and target.
struct RuleSite {
    var spec: RuleSpec
    var kind: DocumentKind?
    var place: Place
    var field: String
    /// Where each setting's value was written.
    var settings: [String: (place: Place, field: String)]
}

extension ConfigValidator {
    /// A flow's `rules:`: each item a rule name, or `name: { setting: value }`.
    mutating func rules(_ entry: ConfigEntry, kind: DocumentKind?) -> [RuleSpec] {
        guard let items = list(entry) else { return [] }
        var specs: [RuleSpec] = []
        for (index, item) in items.enumerated() {
            let field = "\(entry.field)[\(index)]"
            let place = item.mark.map { Place($0) } ?? entry.keyPlace
            var name: String
            var settings: YAMLNode?
            var namePlace = place
            switch item {
            case .scalar(let scalar):
                name = scalar.string
            case .mapping(let mapping) where mapping.count == 1:
                guard let (key, value) = mapping.first else { continue }
                name = key.scalar?.string ?? ""
                namePlace = Place(key.mark)
                settings = value.isNullScalar ? nil : value
            default:
                report(.configExpectedText, at: place, field: field, ["key": "rules"])
                continue
            }
            guard let definition = RuleCatalog.definition(named: name) else {
                report(.ruleConfigUnknownRule, at: namePlace, field: field, [
                    "rule": name, "suggestion": ConfigKeys.suggestion(for: name, among: RuleCatalog.names),
                    "allowed": RuleCatalog.names.joined(separator: ", "),
                ])
                continue
            }
            var spec = RuleSpec(name: name, line: namePlace.line)
            var site = RuleSite(spec: spec, kind: kind, place: namePlace, field: field, settings: [:])
            if let settings {
                readSettings(settings, of: definition, field: "\(field).\(name)", into: &spec, site: &site)
            }
            site.spec = spec
            ruleSites.append(site)
            specs.append(spec)
        }
        return specs
    }

    private mutating func readSettings(
        _ node: YAMLNode, of definition: RuleDefinition, field: String, into spec: inout RuleSpec, site: inout RuleSite
    ) {
        let allowed = definition.parameters.map(\.name)
        if allowed.isEmpty {
            report(.ruleConfigBadParameter, at: node.mark.map { Place($0) } ?? site.place, field: field, [
                "parameter": definition.name, "value": node.scalar?.string ?? "{…}",
                "expected": "nothing: `\(definition.name)` has no settings",
            ])
            return
        }
        guard let section = section(node, field: field, name: definition.name, allowed: allowed, fallback: site.place) else { return }
        for parameter in definition.parameters {
            guard let entry = section[parameter.name] else { continue }
            switch entry.value {
            case .sequence:
                guard let texts = texts(entry) else { continue }
                spec.parameters[parameter.name] = .list(texts.map(\.text))
            default:
                guard let text = text(entry) else { continue }
                spec.parameters[parameter.name] = .text(text)
            }
            site.settings[parameter.name] = (entry.place, entry.field)
        }
    }

    /// Once every flow is read: each rule fits its flow's kind, has the reference tables it
    /// reads, and its settings name partners and targets that exist.
    mutating func checkRules(reference: ReferenceData) {
        let targets = Set(targetSites.map(\.name))
        for site in ruleSites {
            guard let definition = RuleCatalog.definition(named: site.spec.name) else { continue }
            let problems = definition.problems(
                in: site.spec, kind: site.kind ?? definition.kinds.first ?? .order, reference: reference,
                loaded: referenceLoaded, targets: targets)
            for problem in problems {
                if problem.code == .ruleConfigWrongKind && site.kind == nil { continue }
                let setting = problem.parameter.flatMap { site.settings[$0] }
                report(problem.code, at: setting?.place ?? site.place, field: setting?.field ?? site.field, problem.arguments)
            }
        }
    }
}
