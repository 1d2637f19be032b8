// Errors of the XML reader. Size, depth, encoding and empty-file problems use the shared INPUT codes.
extension ErrorCode {
    /// The file is not well-formed XML (unclosed or mismatched tag, truncated, garbage).
    /// Args: `reason` (libxml2's own text, English), `line`.
    public static let xmlNotWellFormed = ErrorCode("XML-001")
    /// The XML declaration names an encoding that cannot be decoded. Args: `encoding`.
    public static let xmlUnsupportedEncoding = ErrorCode("XML-002")
    /// The DOCTYPE declares entities; Ferry refuses them so that no entity is ever expanded or loaded.
    public static let xmlEntityDeclared = ErrorCode("XML-003")
    /// An entity reference that Ferry does not expand (declared in an external DTD, which is never loaded).
    /// Args: `name`.
    public static let xmlEntityReference = ErrorCode("XML-004")
    /// A target payload breaks the target's XSD (`schema:`): the partner would reject it.
    /// Args: `element` (the qualified name, `cbc:IssueDate`), `line`, `detail` (libxml2's text, English).
    /// The location names the payload and the element's path.
    public static let xmlSchemaRejected = ErrorCode("XML-005")
    /// The XSD a target names cannot be read or compiled. Args: `schema` (as written), `reason`.
    public static let xmlSchemaUnloadable = ErrorCode("XML-006")
    /// Like `XML-005`, for a payload that breaks the schema in several places; located at the first.
    /// Args: `count`, `problems` (each `path (line n): detail`, separated by `; `).
    public static let xmlSchemaRejectedMany = ErrorCode("XML-007")
    /// `schema:` on a target whose format is not XML (a `ferry.yml` mistake). Args: `format`.
    public static let xmlSchemaNeedsXMLTarget = ErrorCode("XML-008")
}

extension Catalog {
    static let xmlEntries: [ErrorCode: CatalogEntry] = xmlReaderEntries.merging(xmlSchemaEntries) { first, _ in first }

    private static let xmlReaderEntries: [ErrorCode: CatalogEntry] = [
        .xmlNotWellFormed: CatalogEntry(
            message: [
                .en: "the XML is not well-formed: {reason}",
                .nl: "de XML is niet correct opgebouwd: {reason}",
                .de: "das XML ist nicht wohlgeformt: {reason}",
                .fr: "le XML est mal formé : {reason}",
            ],
            hint: [
                .en: "Look for an unclosed or misspelt tag near line {line}; a file cut off mid-transfer looks the same.",
                .nl: "Zoek rond regel {line} naar een niet-gesloten of verkeerd gespelde tag; een half overgekomen bestand ziet er net zo uit.",
                .de: "Suchen Sie um Zeile {line} nach einem nicht geschlossenen oder falsch geschriebenen Tag; eine abgebrochene Übertragung sieht genauso aus.",
                .fr: "Cherchez vers la ligne {line} une balise non fermée ou mal orthographiée ; un fichier tronqué pendant le transfert donne la même erreur.",
            ]),
        .xmlUnsupportedEncoding: CatalogEntry(
            message: [
                .en: "the XML declares the encoding {encoding}, which cannot be read",
                .nl: "de XML geeft de codering {encoding} op, die niet gelezen kan worden",
                .de: "das XML gibt die Kodierung {encoding} an, die nicht gelesen werden kann",
                .fr: "le XML déclare l'encodage {encoding}, qui ne peut pas être lu",
            ],
            hint: [
                .en: "Ask the sender to export as UTF-8, or to declare the encoding the file really uses.",
                .nl: "Vraag de afzender om als UTF-8 te exporteren, of de codering op te geven die het bestand echt gebruikt.",
                .de: "Bitten Sie den Absender, als UTF-8 zu exportieren oder die tatsächlich verwendete Kodierung anzugeben.",
                .fr: "Demandez à l'expéditeur d'exporter en UTF-8, ou de déclarer l'encodage réellement utilisé.",
            ]),
        .xmlEntityDeclared: CatalogEntry(
            message: [
                .en: "the XML declares entities in its DOCTYPE, which Ferry does not accept",
                .nl: "de XML declareert entiteiten in de DOCTYPE, en die accepteert Ferry niet",
                .de: "das XML deklariert Entitäten im DOCTYPE, die Ferry nicht annimmt",
                .fr: "le XML déclare des entités dans son DOCTYPE, ce que Ferry refuse",
            ],
            hint: [
                .en: "Entities can hide data or attacks; ask the sender for plain XML without <!ENTITY declarations.",
                .nl: "Entiteiten kunnen gegevens of aanvallen verbergen; vraag de afzender om gewone XML zonder <!ENTITY-declaraties.",
                .de: "Entitäten können Daten oder Angriffe verbergen; fordern Sie beim Absender einfaches XML ohne <!ENTITY-Deklarationen an.",
                .fr: "Les entités peuvent cacher des données ou une attaque ; demandez à l'expéditeur du XML simple, sans déclarations <!ENTITY.",
            ]),
        .xmlEntityReference: CatalogEntry(
            message: [
                .en: "the entity reference &{name}; cannot be resolved",
                .nl: "de entiteitsverwijzing &{name}; kan niet worden opgelost",
                .de: "der Entitätsverweis &{name}; kann nicht aufgelöst werden",
                .fr: "la référence d'entité &{name}; ne peut pas être résolue",
            ],
            hint: [
                .en: "Ferry never loads external DTDs; ask the sender to write the character itself or as &#...; instead.",
                .nl: "Ferry laadt nooit externe DTD's; vraag de afzender het teken zelf of als &#...; te schrijven.",
                .de: "Ferry lädt nie externe DTDs; bitten Sie den Absender, das Zeichen selbst oder als &#...; zu schreiben.",
                .fr: "Ferry ne charge jamais de DTD externe ; demandez à l'expéditeur d'écrire le caractère lui-même ou sous la forme &#...;.",
            ]),
    ]
}
