import Diagnostics
import Foundation
import Mapping
import Yams

/// Reads and validates `ferry.yml`.
public enum ConfigLoader {
    public static let fileName = "ferry.yml"
    public static let defaultKinds: Set<String> = ["order", "article", "stock", "shipment", "price"]

    /// Loads `<root>/ferry.yml`, or the embedded default when the file does not exist.
    ///
    /// Throws `ConfigLoadFailure` carrying every issue when the file is unreadable or invalid.
    public static func load(
        root: String, knownSystems: Set<String> = ["canonical"], knownKinds: Set<String> = defaultKinds,
        systems: [SystemProfile] = []
    ) throws -> FerryConfig {
        let path = URL(fileURLWithPath: root).appendingPathComponent(fileName).path
        guard FileManager.default.fileExists(atPath: path) else { return builtIn() }
        let text: String
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            guard let decoded = String(data: data, encoding: .utf8) else {
                throw ConfigLoadFailure(path: path, issues: [
                    ConfigIssue(.configUnreadable, file: fileName, line: 0, column: 0, field: nil,
                                ["path": path, "reason": "not UTF-8 text"]),
                ])
            }
            text = decoded
        } catch let failure as ConfigLoadFailure {
            throw failure
        } catch {
            throw ConfigLoadFailure(path: path, issues: [
                ConfigIssue(.configUnreadable, file: fileName, line: 0, column: 0, field: nil,
                            ["path": path, "reason": error.localizedDescription]),
            ])
        }
        let result = check(yaml: text, fileName: fileName, root: root, knownSystems: knownSystems, knownKinds: knownKinds,
                           systems: systems)
        guard var config = result.config else {
            throw ConfigLoadFailure(path: path, issues: result.issues, language: declaredLanguage(yaml: text) ?? .en)
        }
        config.origin = path
        return config
    }

    /// Parses and validates YAML text; returns the config (`nil` when invalid) and every issue found.
    ///
    /// A YAML syntax error (or a key written twice) stops parsing, so it is reported alone.
    /// With a `root`, the reference CSV files `reference:` names are read (relative to it) and checked.
    public static func check(
        yaml: String, fileName: String = fileName, root: String? = nil,
        knownSystems: Set<String> = ["canonical"], knownKinds: Set<String> = defaultKinds, systems: [SystemProfile] = []
    ) -> (config: FerryConfig?, issues: [ConfigIssue]) {
        var validator = ConfigValidator(fileName: fileName, knownSystems: knownSystems, knownKinds: knownKinds, systems: systems)
        validator.root = root
        let root: YAMLNode?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            validator.report(error, text: yaml)
            return (nil, validator.issues)
        }
        let config = validator.validate(root)
        return (config, validator.issues)
    }

    /// The top-level `language:` of a `ferry.yml` that may be invalid (even as YAML), so its
    /// problems can be reported in the operator's language; `nil` when it names none Ferry speaks.
    public static func declaredLanguage(yaml: String) -> Language? {
        for line in yaml.split(whereSeparator: \.isNewline) where line.hasPrefix("language:") {
            var value = line.dropFirst("language:".count)
            if let comment = value.firstIndex(of: "#") { value = value[..<comment] }
            let word = value.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            return Language(rawValue: word.lowercased())
        }
        return nil
    }

    /// The embedded default (`Default.yml`): articles, stock, orders, shipments, all canonical.
    ///
    /// Falls back to the same configuration built in code when the resource bundle is missing.
    public static func builtIn() -> FerryConfig {
        guard let text = defaultText(),
              var config = check(yaml: text, fileName: "Default.yml").config
        else { return FerryConfig.standard }
        config.origin = FerryConfig.standard.origin
        for index in config.flows.indices {
            config.flows[index].line = 0
            for target in config.flows[index].targets.indices { config.flows[index].targets[target].line = 0 }
        }
        return config
    }

    /// The text of `Default.yml`, or `nil` when the resource bundle is not where `Bundle.module` looks first.
    ///
    /// `Bundle.module` stops the process when it finds no bundle, so it is only touched once the
    /// bundle is known to sit next to the executable.
    static func defaultText() -> String? {
        let bundlePath = Bundle.main.bundleURL.appendingPathComponent("Ferry_Configuration.resources").path
        guard FileManager.default.fileExists(atPath: bundlePath),
              let url = Bundle.module.url(forResource: "Default", withExtension: "yml"),
              let data = try? Data(contentsOf: url)
        else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
