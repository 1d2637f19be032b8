import Canonical
import Diagnostics
import Formats

/// Ferry's own CSV, JSON and XML formats (documented in docs/formats.md).
public struct CanonicalConnector: Connector {
    public init() {}
    public var system: String { "canonical" }

    public func openSource(path: String, displayName: String, settings: SourceSettings) throws -> any DocumentSource {
        throw FerryError(ErrorCode("MAP-000"), at: Location(file: displayName))
    }

    public func payload(for documents: [any CanonicalDocument], settings: TargetSettings) throws -> Payload {
        throw FerryError(ErrorCode("MAP-000"))
    }

    public func events(for document: any CanonicalDocument) -> [EventName] {
        [type(of: document).semantics == .state ? .state : .created]
    }
}
