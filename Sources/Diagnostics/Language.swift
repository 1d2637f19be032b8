/// A language Ferry can speak to operators in (`language:` in `ferry.yml`).
public enum Language: String, Sendable, Codable, CaseIterable {
    case en, nl, de, fr
}
