import Canonical
import Diagnostics
import Formats
import Mapping
import Rules

/// A system Ferry exchanges files with: how its files become canonical documents
/// (source adapters), how canonical documents become its payloads (target adapters),
/// and which events it distinguishes.
public protocol Connector: Sendable {
    /// The name used as `source:` and `system:` in `ferry.yml` (`canonical`, `sendcloud`, ...).
    var system: String { get }
    /// What the system reads and writes, its `options:` and its default layouts (`ferry check`
    /// judges flows and targets by it; `ferry mapping show` prints the layouts).
    var profile: SystemProfile { get }
    /// Opens one input file for reading documents of `settings.kind`.
    /// - Throws: `FerryError` when the file cannot be opened or the kind is not supported.
    func openSource(path: String, displayName: String, settings: SourceSettings) throws -> any DocumentSource
    /// Renders documents as one payload for this system.
    /// - Throws: `FerryError` (a document error) when a document cannot be expressed.
    func payload(for documents: [any CanonicalDocument], settings: TargetSettings) throws -> Payload
    /// The events this system distinguishes for a document. Canonical: one per kind.
    func events(for document: any CanonicalDocument) -> [EventName]
    /// What to do with a document for `target`, knowing which events of its key went out
    /// (see `Lifecycle.swift`). Default: export `events(for:)`.
    func lifecycle(of document: any CanonicalDocument, for target: LifecycleTarget, history: LifecycleHistory) -> LifecycleDecision
    /// Every event the lifecycle may export for a document, whatever its key's history:
    /// `events(for:)` by default, more where the lifecycle adds some (`ferry ledger rebuild`
    /// matches each recorded payload to one of them by its endpoint).
    func exportableEvents(for document: any CanonicalDocument) -> [EventName]
    /// The business key `target`'s exports of the document are kept under when it is not the
    /// document's own (a Visma.net customer, `customer/<number>`, shared by the orders of one
    /// buyer): `lifecycle` gets that key's history and the chosen events are recorded for it.
    /// Default: nil, the document's own key.
    func lifecycleKey(of document: any CanonicalDocument, for target: LifecycleTarget) -> String?
    /// The payload written for one chosen event, knowing the key's history: another call than
    /// the document's own where the event needs one (Robaws: the stock change of an order first
    /// seen shipped, whose own payload is the invoice), or the same call shaped by the history
    /// (Visma.net: create or update a customer). `rendered` is the document's payload for the
    /// target (`payload(for:settings:)`). Default: `rendered`, the same payload for every event.
    /// - Throws: `FerryError` (a document error) like `payload(for:settings:)`.
    func payload(
        for document: any CanonicalDocument, event: EventName, history: LifecycleHistory, rendered: Payload,
        target: LifecycleTarget
    ) throws -> Payload
}

extension Connector {
    /// One event per document: `state` for state documents (articles, stock), `created` otherwise.
    public func events(for document: any CanonicalDocument) -> [EventName] {
        [type(of: document).semantics == .state ? .state : .created]
    }
}

extension Payload {
    /// The payload of a renderer that can leave out volatile fields (timestamps): rendered a
    /// second time for `stableBytes` only when one of `documents` has such fields.
    public init(documents: [any CanonicalDocument], fileExtension: String, render: (_ stable: Bool) throws -> [UInt8]) rethrows {
        let bytes = try render(false)
        let stable = documents.contains(where: DocumentMapping.hasVolatileFields) ? try render(true) : bytes
        self.init(bytes: bytes, fileExtension: fileExtension, stableBytes: stable)
    }
}

/// One document read from a file, or why it could not be.
public enum DecodeResult: Sendable {
    case document(any CanonicalDocument, Location)
    /// A document that could not be converted; `key` is its business key when known.
    case failure(key: String?, errors: [FerryError], location: Location)
}

/// One pass over one input file, a document at a time, in bounded memory.
public protocol DocumentSource {
    /// The format the file is read as (given, or detected from its name and content).
    var format: FileFormat { get }
    /// The next document or document-level failure; `nil` at the end.
    /// - Throws: `FerryError` for file-level errors (malformed, undecodable, limits); the
    ///   source is finished after a throw.
    mutating func next() throws -> DecodeResult?
    /// What a person should know about the file as a whole once it is read to the end,
    /// without failing it: a layout path that selected nothing in any record (MAP-121).
    /// `ferry preview` and `ferry test` show them; a run does not.
    func warnings() -> [FerryError]
    /// Moves past the next document without necessarily converting it; `false` at the end.
    /// Throws what `next()` throws for the file. The first pass over a file whose document
    /// errors do not matter (not all-or-nothing) needs only the file's errors and its count.
    mutating func skip() throws -> Bool
}

extension DocumentSource {
    public func warnings() -> [FerryError] { [] }
    public mutating func skip() throws -> Bool { try next() != nil }
}

/// How to read a flow's files.
public struct SourceSettings: Sendable, Hashable {
    public var kind: DocumentKind
    /// `nil`: detect from the extension, then the content.
    public var format: FileFormat?
    public var csv: CSVSettings
    public var numberFormat: NumberFormat
    public var limits: ReaderLimits
    /// Note which layout paths select something, for `DocumentSource.warnings()` (`ferry
    /// preview`, `ferry test`); a run leaves it off and pays nothing for it.
    public var notesPathUsage = false
    /// The flow's `options:`, checked by `ferry check` against the system's profile.
    public var options = ConnectorOptions()
    /// The system's default source layout for the kind with the flow's `fields:` over it.
    public var layout: Layout?

    public init(
        kind: DocumentKind, format: FileFormat? = nil, csv: CSVSettings = CSVSettings(),
        numberFormat: NumberFormat = .point, limits: ReaderLimits = .default
    ) {
        self.kind = kind
        self.format = format
        self.csv = csv
        self.numberFormat = numberFormat
        self.limits = limits
    }
}

/// CSV dialect for reading: delimiter (or detect) and encoding (or detect UTF-8/UTF-16 by BOM).
public struct CSVSettings: Sendable, Hashable, Codable {
    /// `;` `,` tab or `|`; `nil`: detected from the header line.
    public var delimiter: Character?
    /// `nil`: UTF-8 (BOM optional) or UTF-16 with BOM.
    public var encoding: TextEncoding?

    public init(delimiter: Character? = nil, encoding: TextEncoding? = nil) {
        self.delimiter = delimiter
        self.encoding = encoding
    }

    enum CodingKeys: String, CodingKey { case delimiter, encoding }
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        delimiter = try container.decodeIfPresent(String.self, forKey: .delimiter)?.first
        encoding = try container.decodeIfPresent(TextEncoding.self, forKey: .encoding)
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(delimiter.map { String($0) }, forKey: .delimiter)
        try container.encodeIfPresent(encoding, forKey: .encoding)
    }
}

/// How to write a target's payloads.
public struct TargetSettings: Sendable, Hashable {
    public var kind: DocumentKind
    public var format: FileFormat
    /// CSV output delimiter.
    public var delimiter: Character
    /// The target's `options:`, checked by `ferry check` against the system's profile.
    public var options = ConnectorOptions()
    /// The system's default target layout for the kind with the target's `fields:` over it.
    public var layout: Layout?
    /// The reference tables of ferry.yml (sender addresses of warehouses, ...).
    public var reference: ReferenceData?

    public init(kind: DocumentKind, format: FileFormat, delimiter: Character = ";", options: ConnectorOptions = ConnectorOptions(),
                layout: Layout? = nil, reference: ReferenceData? = nil) {
        self.kind = kind
        self.format = format
        self.delimiter = delimiter
        self.options = options
        self.layout = layout
        self.reference = reference
    }
}

/// The bytes of one outbox file.
public struct Payload: Sendable {
    public var bytes: [UInt8]
    /// `json`, `xml`, `csv`.
    public var fileExtension: String
    /// The payload with volatile fields (timestamps) left out: what "changed" compares.
    public var stableBytes: [UInt8]
    /// What a person should know about how the payload was made without failing it (a
    /// tracking code whose carrier was guessed as `OTHER`): shown in the status record with
    /// the document that was exported.
    public var notes: [Note] = []

    public init(bytes: [UInt8], fileExtension: String, stableBytes: [UInt8]? = nil) {
        self.bytes = bytes
        self.fileExtension = fileExtension
        self.stableBytes = stableBytes ?? bytes
    }

    /// A payload for one API call of a system: the outbox file is named
    /// `<kind>_<key>[_vN].<endpoint>.<format>` (`order_exact-online_1001.sendcloud-parcel.json`),
    /// so a sender script picks the endpoint from the second-to-last name part
    /// (docs/connectors/README.md lists the endpoint names).
    public init(bytes: [UInt8], endpoint: String, format: String, stableBytes: [UInt8]? = nil) {
        self.init(bytes: bytes, fileExtension: endpoint + "." + format, stableBytes: stableBytes)
    }
}

/// The connectors Ferry knows, by system name.
public enum ConnectorRegistry {
    /// Every built-in system; adding one is one line here.
    public static let all: [any Connector] = [
        CanonicalConnector(),
        ExactOnlineConnector(),
        SendcloudConnector(),
        ChannableConnector(),
        WooCommerceConnector(),
        RobawsConnector(),
        ProductFlowConnector(),
        UBLConnector(),
        VismaNetConnector(),
    ]

    public static let builtIn: [String: any Connector] = Dictionary(all.map { ($0.system, $0) }, uniquingKeysWith: { first, _ in first })

    /// What each system reads, writes and takes as options, for `ferry check`.
    public static var profiles: [SystemProfile] { all.map(\.profile) }

    public static func connector(named system: String) -> (any Connector)? {
        builtIn[system] ?? ConnectorRegistration.connector(named: system)
    }
}
