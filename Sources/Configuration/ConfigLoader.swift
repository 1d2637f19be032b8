import Diagnostics

/// Reads and validates `ferry.yml`.
public enum ConfigLoader {
    /// Placeholder until the loader lands.
    public static func builtIn() -> FerryConfig { FerryConfig() }
}
