import Diagnostics
import Yams

extension ConfigValidator {
    /// `connections:` — each connection a mapping of settings to text values. Values are
    /// secrets: no issue ever quotes one.
    mutating func connections(_ entry: ConfigEntry) -> [String: Connection] {
        guard case let .mapping(mapping) = entry.value else {
            report(.configExpectedMap, at: entry.keyPlace, field: entry.field, ["key": entry.name])
            return [:]
        }
        var result: [String: Connection] = [:]
        for (key, value) in mapping {
            let name = key.scalar?.string ?? ""
            let field = "\(entry.field).\(name)"
            guard case let .mapping(settings) = value else {
                report(.configExpectedMap, at: Place(key.mark), field: field, ["key": name])
                continue
            }
            var values: [String: SecretValue] = [:]
            for (settingKey, settingValue) in settings {
                let settingName = settingKey.scalar?.string ?? ""
                guard case let .scalar(scalar) = settingValue else {
                    report(.configExpectedText, at: Place(settingKey.mark), field: "\(field).\(settingName)", ["key": settingName])
                    continue
                }
                values[settingName] = SecretValue(scalar.string)
            }
            result[name] = Connection(name: name, settings: values)
        }
        return result
    }
}
