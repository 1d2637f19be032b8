import Diagnostics
import Formats
import Mapping
import Rules

/// The whole of `ferry.yml`: language, ledger, notification and the flows, in order.
public struct FerryConfig: Sendable, Hashable {
    public var language: Language
    /// Shell command run with the status record's path as its argument when a file fails.
    public var onFailure: String?
    /// Seconds an `on-failure` command may run before its process group is killed.
    public var onFailureTimeout: Double = 60
    /// Whether inbox and outbox folders may be symlinks to outside the root
    /// (`allow-symlinked-folders: true`); refused by default.
    public var allowSymlinkedFolders = false
    /// Line of `on-failure:` in ferry.yml (for messages), 0 when not written.
    public var onFailureLine = 0
    /// `ferry watch` polls at this interval (seconds) besides listening to inotify.
    public var pollInterval: Double
    /// Last-resort watchdog (seconds): a file still being processed after this long is
    /// given up as failed (`ENGINE-007`). Limits decide outcomes; this only stops a hang.
    public var fileTimeout: Double = 3600
    /// Credentials for connectors, by connection name; values never print.
    public var connections: [String: Connection] = [:]
    /// `serve:`: how the operator console (`ferry serve`) signs people in.
    public var serve = ServeConfig()
    /// `retention:`: how long `ferry prune` keeps archived inputs and payload copies.
    public var retention = Retention()
    /// Value maps by name (`maps:`), used by layouts and overrides.
    public var maps: [String: ValueMap] = [:]
    /// Layouts by name (`layouts:`), already resolved into flows and targets.
    public var layouts: [String: Layout] = [:]
    /// Reference tables for rules: VAT rates, warehouses, price categories, default debtor, partners.
    public var reference = ReferenceData()
    /// Flows run in the order listed.
    public var flows: [FlowConfig]
    /// Where this configuration came from: a path, or `(built-in default)`.
    public var origin: String

    public init(
        language: Language = .en, onFailure: String? = nil, pollInterval: Double = 5,
        flows: [FlowConfig] = [], origin: String = "(built-in default)"
    ) {
        self.language = language
        self.onFailure = onFailure
        self.pollInterval = pollInterval
        self.flows = flows
        self.origin = origin
    }

    public func flow(named name: String) -> FlowConfig? { flows.first { $0.name == name } }
}

/// One flow: a document kind read from one inbox and written to zero or more targets.
public struct FlowConfig: Sendable, Hashable {
    public var name: String
    public var enabled: Bool
    /// `order`, `article`, `stock`, `shipment`.
    public var kind: String
    /// The system whose files arrive (`canonical`).
    public var source: String
    /// A source layout from `layouts:` that reads the files instead of the system's own table.
    public var layout: Layout?
    /// `fields:` overrides on the canonical connector's table (applied to each document read).
    public var overrides: Layout?
    /// The source system's default layout with `fields:` written over it (systems that have one).
    public var systemLayout: Layout?
    /// `options:`, checked against the source system's documented keys.
    public var options = ConnectorOptions()
    /// `nil`: detected from the extension and content.
    public var format: FileFormat?
    /// Relative to the root unless absolute. Default `inbox/<name>`.
    public var inbox: String
    public var targets: [TargetConfig]
    public var pickup: PickupConfig
    public var csv: CSVDialect
    public var numberFormat: NumberFormat
    /// When true, one failed document fails the whole file and nothing is exported.
    public var allOrNothing: Bool
    /// When true, a file that yields no documents ends `empty` instead of failing (`INPUT-008`).
    public var allowEmpty = false
    /// Decide first whether a document goes on at all; left-out documents are `filtered`.
    public var filters: [FilterSpec] = []
    /// Business rules run on every document that passes the filters, in this order.
    public var rules: [RuleSpec] = []
    /// `expect:`: when files are due; a window without one makes the flow missing.
    public var expect: Expectation?
    /// Line in ferry.yml where the flow starts (for messages), 0 when built in.
    public var line: Int

    public init(
        name: String, enabled: Bool = true, kind: String, source: String = "canonical", format: FileFormat? = nil,
        inbox: String? = nil, targets: [TargetConfig] = [], pickup: PickupConfig = PickupConfig(),
        csv: CSVDialect = CSVDialect(), numberFormat: NumberFormat = .point, allOrNothing: Bool = false, line: Int = 0
    ) {
        self.name = name
        self.enabled = enabled
        self.kind = kind
        self.source = source
        self.format = format
        self.inbox = inbox ?? "inbox/\(name)"
        self.targets = targets
        self.pickup = pickup
        self.csv = csv
        self.numberFormat = numberFormat
        self.allOrNothing = allOrNothing
        self.line = line
    }
}

/// CSV reading settings of a flow.
public struct CSVDialect: Sendable, Hashable {
    /// `nil`: detected from the header line.
    public var delimiter: Character?
    /// `nil`: UTF-8 with or without BOM, or UTF-16 with BOM.
    public var encoding: TextEncoding?
    public init(delimiter: Character? = nil, encoding: TextEncoding? = nil) {
        self.delimiter = delimiter
        self.encoding = encoding
    }
}

/// Where one flow's documents go.
public struct TargetConfig: Sendable, Hashable {
    /// Unique in the file.
    public var name: String
    public var system: String
    /// A target layout from `layouts:` that writes the payloads instead of the system's own table.
    public var layout: Layout?
    /// `fields:` overrides on the canonical connector's table (applied to each payload).
    public var overrides: Layout?
    /// The target system's default layout with `fields:` written over it (systems that have one).
    public var systemLayout: Layout?
    /// `options:`, checked against the target system's documented keys.
    public var options = ConnectorOptions()
    public var format: FileFormat
    /// Relative to the root unless absolute. Default `outbox/<flow>/<target>`.
    public var outbox: String
    /// Permission bits for outbox files before the umask (default 0o666); never world-writable.
    public var fileMode: UInt16
    /// One outbox file per input file instead of one per document.
    public var perInputFile: Bool
    /// CSV output delimiter.
    public var delimiter: Character
    /// The XSD every payload must satisfy (XML targets only); relative to the root unless absolute.
    public var schema: String?
    /// Line of the `schema:` key in ferry.yml (for messages), 0 when built in.
    public var schemaLine: Int
    public var line: Int

    public init(
        name: String, system: String = "canonical", format: FileFormat = .json, outbox: String,
        fileMode: UInt16 = 0o666, perInputFile: Bool = false, delimiter: Character = ";", line: Int = 0,
        schema: String? = nil, schemaLine: Int = 0
    ) {
        self.name = name
        self.system = system
        self.format = format
        self.outbox = outbox
        self.fileMode = fileMode
        self.perInputFile = perInputFile
        self.delimiter = delimiter
        self.schema = schema
        self.schemaLine = schemaLine
        self.line = line
    }
}

/// When a file in the inbox is complete and may be taken.
public struct PickupConfig: Sendable, Hashable {
    /// Glob patterns (`*.csv`); a file must match one. Default: everything.
    public var include: [String]
    public var exclude: [String]
    /// Size, mtime and inode must stay unchanged this long (seconds) from first sighting.
    public var settleSeconds: Double
    /// Marker mode: a file is taken when `NAME<suffix>` exists (`.done`, `.ok`). Empty: off.
    public var markerSuffixes: [String]

    public init(include: [String] = ["*"], exclude: [String] = [], settleSeconds: Double = 2, markerSuffixes: [String] = []) {
        self.include = include
        self.exclude = exclude
        self.settleSeconds = settleSeconds
        self.markerSuffixes = markerSuffixes
    }

    public var markerMode: Bool { !markerSuffixes.isEmpty }
}
