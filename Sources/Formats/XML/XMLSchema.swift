import CXMLBridge
import Diagnostics
import Foundation

/// A compiled XSD that XML payloads are checked against before they reach a partner.
///
/// Backed by libxml2's xmlSchema API through `CXMLBridge`. Loading reads the schema and every
/// `xsd:import`/`xsd:include` it names from local files only: a location that is not a local
/// path or `file:` URL is refused without any connection, and fails the load. Each absolute
/// path is compiled once per process and shared; the compiled schema is read-only, and libxml2
/// validates against it from any number of threads at once (hence `@unchecked Sendable`).
/// A changed schema file is read again only by a new process.
public final class XMLSchema: @unchecked Sendable {
    /// The absolute path it was compiled from: the cache key.
    public let path: String
    /// The path as the operator wrote it, for messages.
    public let displayName: String
    private let handle: OpaquePointer

    private init(path: String, displayName: String, handle: OpaquePointer) {
        self.path = path
        self.displayName = displayName
        self.handle = handle
    }

    deinit { cxml_schema_free(handle) }

    /// The compiled schema at `path` (`cxml_schema_load`), from the cache when this process has
    /// compiled it before. A relative `path` is taken from the current directory.
    /// - Throws: `FerryError` `.xmlSchemaUnloadable` when the file is missing or unreadable,
    ///   is not a valid XSD, or imports anything that is not a readable local file.
    public static func load(path: String, displayName: String) throws -> XMLSchema {
        let absolute = Self.absolute(path)
        return try cache.schema(for: absolute) {
            var problems: OpaquePointer?
            let handle = cxml_schema_load(absolute, &problems)
            defer { cxml_problems_free(problems) }
            guard let handle else {
                throw loadError(Problem.all(in: problems), schema: absolute, displayName: displayName)
            }
            return XMLSchema(path: absolute, displayName: displayName, handle: handle)
        }
    }

    /// Every way `bytes` breaks the schema (`cxml_schema_validate`), in document order; empty when
    /// the payload is valid. Each is `.xmlSchemaRejected` located at `payloadName`, the element's
    /// path and line; a payload that is not well-formed gives `.xmlNotWellFormed`. At most 100.
    /// The payload is parsed without network, entity substitution or DTD loading.
    public func validate(_ bytes: [UInt8], payloadName: String) -> [FerryError] {
        var problems: OpaquePointer?
        let status = bytes.withUnsafeBytes { buffer in
            cxml_schema_validate(handle, buffer.baseAddress, Int64(buffer.count), &problems)
        }
        defer { cxml_problems_free(problems) }
        if status == 0 { return [] }
        let errors = Problem.all(in: problems).map { $0.payloadError(payloadName: payloadName) }
        return errors.isEmpty ? [Problem.unknown.payloadError(payloadName: payloadName)] : errors
    }

    static func absolute(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (joined as NSString).standardizingPath
    }

    private static let cache = SchemaCache()
}

/// Compiled schemas by absolute path; one compile at a time, so a path is never compiled twice.
private final class SchemaCache: @unchecked Sendable {
    private let lock = NSLock()
    private var schemas: [String: XMLSchema] = [:]

    func schema(for path: String, compile: () throws -> XMLSchema) throws -> XMLSchema {
        lock.lock()
        defer { lock.unlock() }
        if let known = schemas[path] { return known }
        let schema = try compile()
        schemas[path] = schema
        return schema
    }
}
