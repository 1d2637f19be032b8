import Configuration
import Connectors
import Logging

/// Placeholder.
public struct Engine: Sendable {}
