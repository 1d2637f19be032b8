// Mistakes in a flow's `rules:` and `filters:` in ferry.yml, reported by `ferry check` with
// the line and dotted path (`flows[1].rules[0]`), like the CONFIG codes.
extension ErrorCode {
    /// A rule name Ferry does not have. Args: `rule`, `suggestion`, `allowed`.
    public static let ruleConfigUnknownRule = ErrorCode("RULE-101")
    /// A rule used in a flow of a kind it does not handle. Args: `rule`, `kind`, `kinds`.
    public static let ruleConfigWrongKind = ErrorCode("RULE-102")
    /// A rule that needs a reference table the file does not configure. Args: `rule`, `table`.
    public static let ruleConfigNeedsReference = ErrorCode("RULE-103")
    /// A rule setting naming something the reference table lacks. Args: `value`, `table`.
    public static let ruleConfigUnknownReference = ErrorCode("RULE-104")
    /// A rule setting with a value outside what it accepts. Args: `parameter`, `value`, `expected`.
    public static let ruleConfigBadParameter = ErrorCode("RULE-105")
    /// A filter name Ferry does not have. Args: `filter`, `suggestion`, `allowed`.
    public static let filterConfigUnknown = ErrorCode("RULE-111")
    /// A filter used in a flow of a kind it does not handle. Args: `filter`, `kind`, `kinds`.
    public static let filterConfigWrongKind = ErrorCode("RULE-112")
    /// A field path the kind's canonical tree cannot contain. Args: `path`, `kind`, `suggestion`.
    public static let filterConfigUnknownField = ErrorCode("RULE-113")
    /// Text that is not a field path. Args: `path`.
    public static let filterConfigBadPath = ErrorCode("RULE-114")
    /// A `matches:` pattern that is not a regular expression. Args: `pattern`.
    public static let filterConfigBadPattern = ErrorCode("RULE-115")
    /// A `field:` filter with no comparison or several. Args: `found`, `allowed`.
    public static let filterConfigOperator = ErrorCode("RULE-116")
    /// `order-date-within-days` that is not a whole number ≥ 1. Args: `value`.
    public static let filterConfigBadDays = ErrorCode("RULE-117")
}

extension Catalog {
    static let ruleConfigEntries: [ErrorCode: CatalogEntry] = [
        .ruleConfigUnknownRule: CatalogEntry(
            message: [
                .en: "unknown rule `{rule}`",
                .nl: "onbekende regel `{rule}`",
                .de: "unbekannte Regel `{rule}`",
                .fr: "règle inconnue : `{rule}`",
            ],
            hint: [
                .en: "Did you mean `{suggestion}`? Rules Ferry has: {allowed}.",
                .nl: "Bedoelt u `{suggestion}`? Regels die Ferry kent: {allowed}.",
                .de: "Meinten Sie `{suggestion}`? Regeln, die Ferry kennt: {allowed}.",
                .fr: "Vouliez-vous dire `{suggestion}` ? Règles disponibles : {allowed}.",
            ]),
        .ruleConfigWrongKind: CatalogEntry(
            message: [
                .en: "the rule `{rule}` does not apply to {kind} flows",
                .nl: "de regel `{rule}` is niet van toepassing op flows van het soort {kind}",
                .de: "die Regel `{rule}` gilt nicht für Flows der Art {kind}",
                .fr: "la règle `{rule}` ne s'applique pas aux flux de type {kind}",
            ],
            hint: [
                .en: "Use it in a flow of kind {kinds}, or remove it from this flow.",
                .nl: "Gebruik hem in een flow van het soort {kinds}, of haal hem weg uit deze flow.",
                .de: "Verwenden Sie sie in einem Flow der Art {kinds}, oder entfernen Sie sie aus diesem Flow.",
                .fr: "Employez-la dans un flux de type {kinds}, ou retirez-la de ce flux.",
            ]),
        .ruleConfigNeedsReference: CatalogEntry(
            message: [
                .en: "the rule `{rule}` needs reference.{table}, which is not configured",
                .nl: "de regel `{rule}` heeft reference.{table} nodig, en dat is niet ingesteld",
                .de: "die Regel `{rule}` braucht reference.{table}, das nicht eingerichtet ist",
                .fr: "la règle `{rule}` a besoin de reference.{table}, qui n'est pas configuré",
            ],
            hint: [
                .en: "Add reference.{table} to ferry.yml (inline, or as `file:` naming a CSV file), or remove the rule.",
                .nl: "Voeg reference.{table} toe aan ferry.yml (direct, of als `file:` met een CSV-bestand), of haal de regel weg.",
                .de: "Ergänzen Sie reference.{table} in ferry.yml (direkt oder als `file:` mit einer CSV-Datei), oder entfernen Sie die Regel.",
                .fr: "Ajoutez reference.{table} à ferry.yml (directement, ou par `file:` avec un fichier CSV), ou retirez la règle.",
            ]),
        .ruleConfigUnknownReference: CatalogEntry(
            message: [
                .en: "`{value}` is not in reference.{table}",
                .nl: "`{value}` staat niet in reference.{table}",
                .de: "`{value}` steht nicht in reference.{table}",
                .fr: "`{value}` ne figure pas dans reference.{table}",
            ],
            hint: [
                .en: "Use a name listed in reference.{table}, or add it there.",
                .nl: "Gebruik een naam uit reference.{table}, of voeg hem daar toe.",
                .de: "Verwenden Sie einen Namen aus reference.{table}, oder ergänzen Sie ihn dort.",
                .fr: "Utilisez un nom présent dans reference.{table}, ou ajoutez-le à cette table.",
            ]),
        .ruleConfigBadParameter: CatalogEntry(
            message: [
                .en: "`{value}` is not a valid value for `{parameter}`",
                .nl: "`{value}` is geen geldige waarde voor `{parameter}`",
                .de: "`{value}` ist kein gültiger Wert für `{parameter}`",
                .fr: "`{value}` n'est pas une valeur valide pour `{parameter}`",
            ],
            hint: [
                .en: "Expected: {expected}.",
                .nl: "Verwacht: {expected}.",
                .de: "Erwartet: {expected}.",
                .fr: "Attendu : {expected}.",
            ]),
        .filterConfigUnknown: CatalogEntry(
            message: [
                .en: "unknown filter `{filter}`",
                .nl: "onbekend filter `{filter}`",
                .de: "unbekannter Filter `{filter}`",
                .fr: "filtre inconnu : `{filter}`",
            ],
            hint: [
                .en: "Did you mean `{suggestion}`? Filters: {allowed}; or `field:` with one of equals, not-equals, in, not-in, exists, matches.",
                .nl: "Bedoelt u `{suggestion}`? Filters: {allowed}; of `field:` met één van equals, not-equals, in, not-in, exists, matches.",
                .de: "Meinten Sie `{suggestion}`? Filter: {allowed}; oder `field:` mit einem von equals, not-equals, in, not-in, exists, matches.",
                .fr: "Vouliez-vous dire `{suggestion}` ? Filtres : {allowed} ; ou `field:` avec l'un de equals, not-equals, in, not-in, exists, matches.",
            ]),
        .filterConfigWrongKind: CatalogEntry(
            message: [
                .en: "the filter `{filter}` does not apply to {kind} flows",
                .nl: "het filter `{filter}` is niet van toepassing op flows van het soort {kind}",
                .de: "der Filter `{filter}` gilt nicht für Flows der Art {kind}",
                .fr: "le filtre `{filter}` ne s'applique pas aux flux de type {kind}",
            ],
            hint: [
                .en: "It works in {kinds} flows; here, write a `field:` filter on one of this kind's fields.",
                .nl: "Het werkt in flows van het soort {kinds}; schrijf hier een `field:`-filter op een veld van dit soort.",
                .de: "Er wirkt in Flows der Art {kinds}; schreiben Sie hier einen `field:`-Filter auf ein Feld dieser Art.",
                .fr: "Il fonctionne dans les flux de type {kinds} ; ici, écrivez un filtre `field:` sur un champ de ce type.",
            ]),
        .filterConfigUnknownField: CatalogEntry(
            message: [
                .en: "a document of kind {kind} has no field `{path}`",
                .nl: "een document van het soort {kind} heeft geen veld `{path}`",
                .de: "ein Dokument der Art {kind} hat kein Feld `{path}`",
                .fr: "un document de type {kind} n'a pas de champ `{path}`",
            ],
            hint: [
                .en: "Did you mean `{suggestion}`? Names are those of the canonical JSON (docs/formats.md): buyer.email, lines[*].sku, customFields.NAME.",
                .nl: "Bedoelt u `{suggestion}`? De namen zijn die van de canonieke JSON (docs/formats.md): buyer.email, lines[*].sku, customFields.NAAM.",
                .de: "Meinten Sie `{suggestion}`? Es gelten die Namen des kanonischen JSON (docs/formats.md): buyer.email, lines[*].sku, customFields.NAME.",
                .fr: "Vouliez-vous dire `{suggestion}` ? Les noms sont ceux du JSON canonique (docs/formats.md) : buyer.email, lines[*].sku, customFields.NOM.",
            ]),
        .filterConfigBadPath: CatalogEntry(
            message: [
                .en: "`{path}` is not a field path",
                .nl: "`{path}` is geen veldpad",
                .de: "`{path}` ist kein Feldpfad",
                .fr: "`{path}` n'est pas un chemin de champ",
            ],
            hint: [
                .en: "Write names separated by dots, with [*] (any item) or [n] (item n, from 0) after a list: lines[*].sku, buyer.identifiers[0].value.",
                .nl: "Schrijf namen gescheiden door punten, met [*] (elk element) of [n] (element n, vanaf 0) na een lijst: lines[*].sku, buyer.identifiers[0].value.",
                .de: "Schreiben Sie Namen durch Punkte getrennt, nach einer Liste [*] (ein beliebiges Element) oder [n] (Element n, ab 0): lines[*].sku, buyer.identifiers[0].value.",
                .fr: "Écrivez des noms séparés par des points, avec [*] (n'importe quel élément) ou [n] (élément n, à partir de 0) après une liste : lines[*].sku, buyer.identifiers[0].value.",
            ]),
        .filterConfigBadPattern: CatalogEntry(
            message: [
                .en: "`{pattern}` is not a valid regular expression",
                .nl: "`{pattern}` is geen geldige reguliere expressie",
                .de: "`{pattern}` ist kein gültiger regulärer Ausdruck",
                .fr: "`{pattern}` n'est pas une expression régulière valide",
            ],
            hint: [
                .en: "Check brackets, parentheses and backslashes; quote the pattern in single quotes in YAML: '^A-[0-9]+$'.",
                .nl: "Controleer haken, haakjes en backslashes; zet het patroon in YAML tussen enkele aanhalingstekens: '^A-[0-9]+$'.",
                .de: "Prüfen Sie Klammern und Backslashes; setzen Sie das Muster in YAML in einfache Anführungszeichen: '^A-[0-9]+$'.",
                .fr: "Vérifiez crochets, parenthèses et barres obliques inverses ; en YAML, mettez le motif entre apostrophes : '^A-[0-9]+$'.",
            ]),
        .filterConfigOperator: CatalogEntry(
            message: [
                .en: "a `field:` filter needs exactly one comparison; found: {found}",
                .nl: "een `field:`-filter heeft precies één vergelijking nodig; gevonden: {found}",
                .de: "ein `field:`-Filter braucht genau einen Vergleich; gefunden: {found}",
                .fr: "un filtre `field:` demande exactement une comparaison ; trouvé : {found}",
            ],
            hint: [
                .en: "Write one of {allowed}, for example `{ field: shippingAddress.country, in: [NL, BE] }`.",
                .nl: "Schrijf één van {allowed}, bijvoorbeeld `{ field: shippingAddress.country, in: [NL, BE] }`.",
                .de: "Schreiben Sie genau eines von {allowed}, zum Beispiel `{ field: shippingAddress.country, in: [NL, BE] }`.",
                .fr: "Écrivez l'un de {allowed}, par exemple `{ field: shippingAddress.country, in: [NL, BE] }`.",
            ]),
        .filterConfigBadDays: CatalogEntry(
            message: [
                .en: "`{value}` is not a number of days",
                .nl: "`{value}` is geen aantal dagen",
                .de: "`{value}` ist keine Anzahl von Tagen",
                .fr: "`{value}` n'est pas un nombre de jours",
            ],
            hint: [
                .en: "Write a whole number of days, 1 or more, for example `order-date-within-days: 30`.",
                .nl: "Schrijf een geheel aantal dagen, 1 of meer, bijvoorbeeld `order-date-within-days: 30`.",
                .de: "Schreiben Sie eine ganze Zahl von Tagen, mindestens 1, zum Beispiel `order-date-within-days: 30`.",
                .fr: "Écrivez un nombre entier de jours, au moins 1, par exemple `order-date-within-days: 30`.",
            ]),
    ]
}
