import Foundation

/// Connectors added at run time, next to the built-in ones (tests, embedders). A system
/// registered here is found by `ConnectorRegistry.connector(named:)`; a built-in name wins.
public enum ConnectorRegistration {
    private static let extra = ExtraConnectors()

    public static func register(_ connector: any Connector) { extra.set(connector) }

    static func connector(named system: String) -> (any Connector)? { extra.get(system) }

    private final class ExtraConnectors: @unchecked Sendable {
        private let lock = NSLock()
        private var byName: [String: any Connector] = [:]
        func set(_ connector: any Connector) {
            lock.lock()
            byName[connector.system] = connector
            lock.unlock()
        }
        func get(_ name: String) -> (any Connector)? {
            lock.lock()
            defer { lock.unlock() }
            return byName[name]
        }
    }
}
