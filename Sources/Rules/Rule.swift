import Canonical
import Diagnostics
import Foundation

/// One named business rule a table cannot express: it checks a document against the
/// catalog, the registry and the reference data, and may fill in fields it looked up.
public struct Rule: Sendable {
    /// What the rule may consult while it runs.
    public struct Input: Sendable {
        /// Where the document was read (file and record); rules narrow it to a field.
        public var location: Location
        public var environment: RuleEnvironment
        public var masterData: any MasterData { environment.masterData }
        public var reference: ReferenceData { environment.reference }
    }

    public let spec: RuleSpec
    private let body: @Sendable (inout any CanonicalDocument, Input) throws -> [FerryError]

    init(_ spec: RuleSpec, body: @escaping @Sendable (inout any CanonicalDocument, Input) throws -> [FerryError]) {
        self.spec = spec
        self.body = body
    }

    /// A rule on orders; documents of other kinds pass untouched.
    static func order(_ spec: RuleSpec, _ body: @escaping @Sendable (inout Order, Input) throws -> [FerryError]) -> Rule {
        Rule(spec) { document, input in
            guard var order = document as? Order else { return [] }
            let errors = try body(&order, input)
            document = order
            return errors
        }
    }

    /// A rule on articles; documents of other kinds pass untouched.
    static func article(_ spec: RuleSpec, _ body: @escaping @Sendable (inout Article, Input) throws -> [FerryError]) -> Rule {
        Rule(spec) { document, input in
            guard var article = document as? Article else { return [] }
            let errors = try body(&article, input)
            document = article
            return errors
        }
    }

    /// Runs the rule; the document may come back enriched. Empty: the rule is satisfied.
    /// - Throws: only when master data cannot be read.
    public func apply(
        to document: inout any CanonicalDocument, at location: Location, in environment: RuleEnvironment
    ) throws -> [FerryError] {
        try body(&document, Input(location: location, environment: environment))
    }
}

/// What every rule of a run shares: master data, reference tables and the engine's clock.
public struct RuleEnvironment: Sendable {
    public var masterData: any MasterData
    public var reference: ReferenceData
    public var now: Date

    public init(masterData: any MasterData = InMemoryMasterData(), reference: ReferenceData = ReferenceData(), now: Date = Date()) {
        self.masterData = masterData
        self.reference = reference
        self.now = now
    }
}
