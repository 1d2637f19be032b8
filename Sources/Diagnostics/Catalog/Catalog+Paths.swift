// Syntax errors of JSONPath and XPath expressions written by an operator (in a mapping).
// Every PATH error carries `expression`, the text as written.
extension ErrorCode {
    /// The expression is empty or only spaces.
    public static let pathEmpty = ErrorCode("PATH-001")
    /// A character that cannot stand here. Args: `expression`, `character`, `position` (1-based).
    public static let pathUnexpectedCharacter = ErrorCode("PATH-002")
    /// The expression stops in the middle (an open bracket, a dangling operator). Args: `expression`.
    public static let pathUnexpectedEnd = ErrorCode("PATH-003")
    /// A quoted string without its closing quote. Args: `expression`, `position` (of the opening quote).
    public static let pathUnclosedString = ErrorCode("PATH-004")
    /// A JSONPath that does not start with `$`. Args: `expression`.
    public static let pathMissingRoot = ErrorCode("PATH-005")
    /// An index or position that is not a usable whole number (XPath positions start at 1).
    /// Args: `expression`, `value`, `position`.
    public static let pathInvalidIndex = ErrorCode("PATH-006")
    /// An XPath namespace prefix that the mapping does not declare. Args: `expression`, `prefix`.
    public static let pathUndeclaredPrefix = ErrorCode("PATH-007")
    /// Valid JSONPath or XPath that Ferry's subset does not support. Args: `expression`, `feature`.
    public static let pathUnsupported = ErrorCode("PATH-008")
    /// Descent or a wildcard inside a JSONPath filter `[?(…)]`, where only names and indexes
    /// follow `@` or `$` (the same features work in the path itself). Args: `expression`, `feature`.
    public static let pathUnsupportedInFilter = ErrorCode("PATH-009")
}

extension Catalog {
    static let pathEntries: [ErrorCode: CatalogEntry] = [
        .pathEmpty: CatalogEntry(
            message: [
                .en: "the path is empty",
                .nl: "het pad is leeg",
                .de: "der Pfad ist leer",
                .fr: "le chemin est vide",
            ],
            hint: [
                .en: "Write a path such as $.billing.email (JSON) or cbc:ID (XML).",
                .nl: "Schrijf een pad zoals $.billing.email (JSON) of cbc:ID (XML).",
                .de: "Geben Sie einen Pfad an, etwa $.billing.email (JSON) oder cbc:ID (XML).",
                .fr: "Indiquez un chemin, par exemple $.billing.email (JSON) ou cbc:ID (XML).",
            ]),
        .pathUnexpectedCharacter: CatalogEntry(
            message: [
                .en: "unexpected \"{character}\" at position {position} in the path {expression}",
                .nl: "onverwacht teken \"{character}\" op positie {position} in het pad {expression}",
                .de: "unerwartetes Zeichen „{character}“ an Position {position} im Pfad {expression}",
                .fr: "caractère « {character} » inattendu en position {position} dans le chemin {expression}",
            ],
            hint: [
                .en: "Check the brackets and quotes around that position; keys with spaces or dots go in ['...'].",
                .nl: "Controleer de haakjes en aanhalingstekens rond die positie; sleutels met spaties of punten schrijf je als ['...'].",
                .de: "Prüfen Sie Klammern und Anführungszeichen an dieser Stelle; Schlüssel mit Leerzeichen oder Punkten gehören in ['...'].",
                .fr: "Vérifiez les crochets et les guillemets autour de cette position ; une clé contenant des espaces ou des points s’écrit ['...'].",
            ]),
        .pathUnexpectedEnd: CatalogEntry(
            message: [
                .en: "the path {expression} ends too early",
                .nl: "het pad {expression} houdt te vroeg op",
                .de: "der Pfad {expression} endet zu früh",
                .fr: "le chemin {expression} s’arrête trop tôt",
            ],
            hint: [
                .en: "Close every [ with ] and every ( with ), and give each comparison a value on both sides.",
                .nl: "Sluit elke [ af met ] en elke ( met ), en zet aan beide kanten van een vergelijking een waarde.",
                .de: "Schließen Sie jede [ mit ] und jede ( mit ) und geben Sie jedem Vergleich auf beiden Seiten einen Wert.",
                .fr: "Fermez chaque [ par ] et chaque ( par ), et donnez une valeur des deux côtés de chaque comparaison.",
            ]),
        .pathUnclosedString: CatalogEntry(
            message: [
                .en: "the quoted text starting at position {position} in the path {expression} is not closed",
                .nl: "de tekst tussen aanhalingstekens vanaf positie {position} in het pad {expression} wordt niet afgesloten",
                .de: "der in Anführungszeichen gesetzte Text ab Position {position} im Pfad {expression} wird nicht geschlossen",
                .fr: "le texte entre guillemets commençant en position {position} dans le chemin {expression} n’est pas fermé",
            ],
            hint: [
                .en: "End the text with the same quote it starts with; in JSONPath write \\' for a quote inside it.",
                .nl: "Sluit de tekst af met hetzelfde aanhalingsteken als waarmee hij begint; schrijf in JSONPath \\' voor een aanhalingsteken erin.",
                .de: "Beenden Sie den Text mit demselben Anführungszeichen, mit dem er beginnt; in JSONPath steht \\' für ein Anführungszeichen im Text.",
                .fr: "Terminez le texte par le guillemet qui l’ouvre ; en JSONPath, écrivez \\' pour une apostrophe à l’intérieur.",
            ]),
        .pathMissingRoot: CatalogEntry(
            message: [
                .en: "the JSONPath {expression} does not start with $",
                .nl: "het JSONPath {expression} begint niet met $",
                .de: "der JSONPath {expression} beginnt nicht mit $",
                .fr: "le JSONPath {expression} ne commence pas par $",
            ],
            hint: [
                .en: "Start at the record with $, for example $.billing.email.",
                .nl: "Begin bij het record met $, bijvoorbeeld $.billing.email.",
                .de: "Beginnen Sie beim Datensatz mit $, zum Beispiel $.billing.email.",
                .fr: "Partez de l’enregistrement avec $, par exemple $.billing.email.",
            ]),
        .pathInvalidIndex: CatalogEntry(
            message: [
                .en: "{value} at position {position} in the path {expression} is not a valid index",
                .nl: "{value} op positie {position} in het pad {expression} is geen geldige index",
                .de: "{value} an Position {position} im Pfad {expression} ist kein gültiger Index",
                .fr: "{value} en position {position} dans le chemin {expression} n’est pas un indice valable",
            ],
            hint: [
                .en: "Use a whole number: JSONPath counts from 0 (negative counts from the end), XPath from 1.",
                .nl: "Gebruik een geheel getal: JSONPath telt vanaf 0 (negatief telt vanaf het eind), XPath vanaf 1.",
                .de: "Verwenden Sie eine ganze Zahl: JSONPath zählt ab 0 (negativ vom Ende her), XPath ab 1.",
                .fr: "Utilisez un nombre entier : JSONPath compte à partir de 0 (négatif depuis la fin), XPath à partir de 1.",
            ]),
        .pathUndeclaredPrefix: CatalogEntry(
            message: [
                .en: "the namespace prefix {prefix} in the path {expression} is not declared",
                .nl: "het namespace-voorvoegsel {prefix} in het pad {expression} is niet gedeclareerd",
                .de: "das Namensraum-Präfix {prefix} im Pfad {expression} ist nicht deklariert",
                .fr: "le préfixe d’espace de noms {prefix} du chemin {expression} n’est pas déclaré",
            ],
            hint: [
                .en: "Declare {prefix} with its namespace URI in the layout's namespaces, or fix the spelling.",
                .nl: "Declareer {prefix} met de bijbehorende namespace-URI bij de namespaces van de layout, of verbeter de spelling.",
                .de: "Deklarieren Sie {prefix} mit seiner Namensraum-URI in den Namespaces des Layouts oder korrigieren Sie die Schreibweise.",
                .fr: "Déclarez {prefix} avec l’URI de son espace de noms dans les namespaces de la mise en page, ou corrigez l’orthographe.",
            ]),
        .pathUnsupported: CatalogEntry(
            message: [
                .en: "the path {expression} uses {feature}, which Ferry does not support",
                .nl: "het pad {expression} gebruikt {feature}, wat Ferry niet ondersteunt",
                .de: "der Pfad {expression} verwendet {feature}, was Ferry nicht unterstützt",
                .fr: "le chemin {expression} utilise {feature}, que Ferry ne prend pas en charge",
            ],
            hint: [
                .en: "Rewrite the path with the supported subset described in docs/paths.md.",
                .nl: "Herschrijf het pad met de ondersteunde onderdelen die in docs/paths.md staan.",
                .de: "Formulieren Sie den Pfad mit dem in docs/paths.md beschriebenen unterstützten Umfang um.",
                .fr: "Réécrivez le chemin avec le sous-ensemble pris en charge décrit dans docs/paths.md.",
            ]),
        .pathUnsupportedInFilter: CatalogEntry(
            message: [
                .en: "the filter in the path {expression} uses {feature}; inside a filter `[?(…)]` only names and indexes may follow `@` or `$`",
                .nl: "het filter in het pad {expression} gebruikt {feature}; binnen een filter `[?(…)]` mogen na `@` of `$` alleen namen en indexen staan",
                .de: "der Filter im Pfad {expression} verwendet {feature}; innerhalb eines Filters `[?(…)]` dürfen nach `@` oder `$` nur Namen und Indizes stehen",
                .fr: "le filtre du chemin {expression} utilise {feature} ; dans un filtre `[?(…)]`, seuls des noms et des index peuvent suivre `@` ou `$`",
            ],
            hint: [
                .en: "Use {feature} in the path itself, outside the filter: select the items first, then filter them, as in `$..lines[?(@.sku == 'A-1')]` (docs/paths.md).",
                .nl: "Gebruik {feature} in het pad zelf, buiten het filter: selecteer eerst de items en filter ze daarna, zoals in `$..lines[?(@.sku == 'A-1')]` (docs/paths.md).",
                .de: "Verwenden Sie {feature} im Pfad selbst, außerhalb des Filters: erst die Elemente auswählen, dann filtern, wie in `$..lines[?(@.sku == 'A-1')]` (docs/paths.md).",
                .fr: "Utilisez {feature} dans le chemin lui-même, hors du filtre : sélectionnez d'abord les éléments, puis filtrez-les, comme dans `$..lines[?(@.sku == 'A-1')]` (docs/paths.md).",
            ]),
    ]
}
