import Canonical
import Diagnostics

/// The rules a flow can name in `rules:`: what each applies to, its settings, the reference
/// tables it reads, and how it is built.
public enum RuleCatalog {
    public static let definitions: [RuleDefinition] = [
        RuleDefinition(
            name: "article-exists", kinds: [.order, .price], build: ArticleRules.exists,
            summary: "every order line's SKU (or GTIN), and a price's SKU, is in the article catalog"),
        RuleDefinition(
            name: "price-category-exists", kinds: [.price], needs: [.priceCategories], build: PriceRules.categoryExists,
            summary: "a price's category is in reference.price-categories"),
        RuleDefinition(
            name: "article-unique", kinds: [.order, .article], build: ArticleRules.unique,
            summary: "article numbers and GTINs match one catalog article"),
        RuleDefinition(
            name: "article-number-characters", kinds: [.order, .article],
            parameters: [.init("pattern", .pattern)], build: ArticleRules.numberCharacters,
            summary: "article numbers match a pattern (default [A-Za-z0-9._/-]+)"),
        RuleDefinition(
            name: "vat-code-required", kinds: [.order], build: VATRules.codeRequired,
            summary: "every order line has a VAT code"),
        RuleDefinition(
            name: "vat-rate-from-code", kinds: [.order, .article], needs: [.vatRates], build: VATRules.rateFromCode,
            summary: "sets vatRate from the VAT code's rate in reference.vat-rates"),
        RuleDefinition(
            name: "vat-inclusive-required", kinds: [.order], needs: [.vatRates], build: VATRules.inclusiveRequired,
            summary: "every line's VAT code is a VAT-inclusive rate"),
        RuleDefinition(
            name: "supplier-code-from-catalog", kinds: [.order],
            parameters: [.init("supplier", .text)], build: SupplierRules.codeFromCatalog,
            summary: "fills supplierArticleCode from the catalog; a line needs a GTIN or a supplier code"),
        RuleDefinition(
            name: "gtin-from-catalog", kinds: [.order],
            parameters: [.init("required", .flag)], build: SupplierRules.gtinFromCatalog,
            summary: "fills a line's missing GTIN from the catalog"),
        RuleDefinition(
            name: "customs-from-catalog", kinds: [.order],
            parameters: [.init("hs-code-field", .text)], build: CustomsRules.fromCatalog,
            summary: "fills a line's HS code (or the article attribute hs-code-field), origin and weight from the catalog"),
        RuleDefinition(
            name: "warehouse-sender", kinds: [.order], needs: [.warehouses], build: WarehouseRules.sender,
            summary: "the warehouse has a sender address, or the default warehouse is used"),
        RuleDefinition(
            name: "customer-known", kinds: [.order],
            parameters: [.init("by", .choices(PartyKey.allCases.map(\.rawValue))), .init("target", .target),
                         .init("set-number", .flag)],
            build: PartyRules.customerKnown,
            summary: "the buyer is in the party registry or among the partners"),
        RuleDefinition(
            name: "partner-active", kinds: [.order],
            parameters: [.init("partner", .partner), .init("party", .choice(PartyRole.allCases.map(\.rawValue)))],
            needs: [.partners],
            build: PartyRules.partnerActive,
            summary: "the partner's connection is active"),
        RuleDefinition(
            name: "default-debtor", kinds: [.order], needs: [.defaultDebtor], build: PartyRules.defaultDebtor,
            summary: "every order goes to the customer number reference.default-debtor"),
        RuleDefinition(
            name: "robaws-article", kinds: [.order, .article],
            parameters: [.init("pattern", .pattern)], build: RobawsRules.article,
            summary: "Robaws articles: numbers unique and well-formed; order lines name one Robaws article (fills its id)"),
        RuleDefinition(
            name: "robaws-vat", kinds: [.order], needs: [.vatRates], build: RobawsRules.vat,
            summary: "every order line's VAT code maps to a VAT-inclusive Robaws rate (sets vatRate)"),
    ]

    public static var names: [String] { definitions.map(\.name) }

    public static func definition(named name: String) -> RuleDefinition? {
        definitions.first { $0.name == name }
    }

    /// The rule `spec` names; `nil` for a name Ferry does not have (`ferry check` reports it).
    public static func rule(for spec: RuleSpec) -> Rule? {
        definition(named: spec.name)?.build(spec)
    }
}

/// One rule in the catalog.
public struct RuleDefinition: Sendable {
    /// A setting a rule takes (`supplier-code-from-catalog: { supplier: ACME }`).
    public struct Parameter: Sendable {
        public enum Kind: Sendable {
            case text
            /// `true` or `false`.
            case flag
            /// One of fixed values.
            case choice([String])
            /// One or a list of fixed values.
            case choices([String])
            /// A regular expression.
            case pattern
            /// A partner name from `reference.partners`.
            case partner
            /// A target name from this file.
            case target
        }

        public let name: String
        public let kind: Kind

        public init(_ name: String, _ kind: Kind) {
            self.name = name
            self.kind = kind
        }
    }

    public let name: String
    /// The document kinds of flows the rule may be used in.
    public let kinds: [DocumentKind]
    public let parameters: [Parameter]
    /// Reference tables that must be configured.
    public let needs: [ReferenceData.Table]
    /// One line for `ferry check` and the documentation.
    public let summary: String
    let build: @Sendable (RuleSpec) -> Rule

    init(
        name: String, kinds: [DocumentKind], parameters: [Parameter] = [], needs: [ReferenceData.Table] = [],
        build: @escaping @Sendable (RuleSpec) -> Rule, summary: String
    ) {
        self.name = name
        self.kinds = kinds
        self.parameters = parameters
        self.needs = needs
        self.build = build
        self.summary = summary
    }
}
