import Diagnostics

extension ConfigValidator {
    /// `serve: { users-file, token-file }`: paths, read by `ferry serve` when it starts.
    mutating func serve(_ entry: ConfigEntry) -> ServeConfig? {
        guard let section = section(entry, allowed: ConfigKeys.serve) else { return nil }
        var serve = ServeConfig()
        for key in ConfigKeys.serve {
            guard let entry = section[key], let path = text(entry) else { continue }
            if path.isEmpty {
                report(.consoleBadSetting, at: entry.place, field: entry.field, ["key": key, "value": "\"\""])
                continue
            }
            if key == "users-file" { serve.usersFile = path } else { serve.tokenFile = path }
        }
        return serve
    }
}
