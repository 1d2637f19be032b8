// Mistakes in ferry.yml. Each issue is located at a line and a dotted field path
// (`flows[1].targets[0].format`); the hint says how to fix it.
extension ErrorCode {
    /// The file is not valid YAML. Args: `problem` (libyaml's English description).
    public static let configSyntax = ErrorCode("CONFIG-001")
    /// A key appears twice in the same section. Args: `key`.
    public static let configDuplicateKey = ErrorCode("CONFIG-002")
    /// A list was expected. Args: `key`.
    public static let configExpectedList = ErrorCode("CONFIG-003")
    /// A section of `key: value` pairs was expected. Args: `key`.
    public static let configExpectedMap = ErrorCode("CONFIG-004")
    /// A single value (text) was expected. Args: `key`.
    public static let configExpectedText = ErrorCode("CONFIG-005")
    /// A number was expected. Args: `key`, `value`.
    public static let configExpectedNumber = ErrorCode("CONFIG-006")
    /// `true` or `false` was expected. Args: `key`, `value`.
    public static let configExpectedBool = ErrorCode("CONFIG-007")
    /// A key Ferry does not know. Args: `key`, `suggestion` (the closest valid key), `allowed`.
    public static let configUnknownKey = ErrorCode("CONFIG-008")
    /// A required key is missing. Args: `key`.
    public static let configMissingKey = ErrorCode("CONFIG-009")
    /// A value outside its fixed set. Args: `key`, `value`, `allowed`.
    public static let configInvalidValue = ErrorCode("CONFIG-010")
    /// Two flows with the same name. Args: `name`, `first` (line of the first).
    public static let configDuplicateFlow = ErrorCode("CONFIG-011")
    /// Two targets with the same name anywhere in the file. Args: `name`, `first`.
    public static let configDuplicateTarget = ErrorCode("CONFIG-012")
    /// Two flows read the same inbox. Args: `inbox`, `flow`, `other`.
    public static let configSharedInbox = ErrorCode("CONFIG-013")
    /// A flow or target name with characters outside `[A-Za-z0-9._-]` or a leading dot. Args: `name`.
    public static let configInvalidName = ErrorCode("CONFIG-014")
    /// `mode` is not octal permission bits. Args: `value`.
    public static let configInvalidMode = ErrorCode("CONFIG-015")
    /// `mode` lets everybody write the file. Args: `value`, `suggestion`.
    public static let configWorldWritableMode = ErrorCode("CONFIG-016")
    /// `settle` is negative. Args: `value`.
    public static let configNegativeSettle = ErrorCode("CONFIG-017")
    /// `poll-interval` is zero or negative. Args: `value`.
    public static let configInvalidPollInterval = ErrorCode("CONFIG-018")
    /// `numbers.decimal` and `numbers.thousands` are the same character. Args: `separator`.
    public static let configSameSeparators = ErrorCode("CONFIG-019")
    /// `source` or `system` names a system Ferry has no connector for. Args: `system`, `known`, `suggestion`.
    public static let configUnknownSystem = ErrorCode("CONFIG-020")
    /// `kind` names a document kind Ferry does not know. Args: `kind`, `known`.
    public static let configUnknownKind = ErrorCode("CONFIG-021")
    /// `flows` is missing or empty.
    public static let configNoFlows = ErrorCode("CONFIG-022")
    /// A marker suffix does not start with a dot. Args: `value`.
    public static let configInvalidMarker = ErrorCode("CONFIG-023")
    /// ferry.yml exists but cannot be read or is not UTF-8. Args: `path`, `reason`.
    public static let configUnreadable = ErrorCode("CONFIG-024")
    /// `file-timeout` is zero or negative. Args: `value`.
    public static let configInvalidFileTimeout = ErrorCode("CONFIG-025")
    /// A known key written at the wrong depth (`targets:` indented under `pickup:`). Args: `key`, `section`, `expected`.
    public static let configMisplacedKey = ErrorCode("CONFIG-026")
}

extension Catalog {
    static let configEntries: [ErrorCode: CatalogEntry] = configSyntaxEntries
        .merging(configValueEntries) { first, _ in first }
        .merging(configFlowEntries) { first, _ in first }
        .merging(configOperationEntries) { first, _ in first }

    private static let configSyntaxEntries: [ErrorCode: CatalogEntry] = [
        .configSyntax: CatalogEntry(
            message: [
                .en: "this is not valid YAML: {problem}",
                .nl: "dit is geen geldige YAML: {problem}",
                .de: "das ist kein gültiges YAML: {problem}",
                .fr: "ce n'est pas du YAML valide : {problem}",
            ],
            hint: [
                .en: "Check this line and the one above: indent with spaces (never tabs), put a space after each colon, and close every quote and bracket. Inside `{ }` or `[ ]`, quote a value that contains `[`, `]`, `{`, `}` or a comma: `{ path: \"$.lines[*].sku\" }`.",
                .nl: "Controleer deze regel en de regel erboven: spring in met spaties (nooit tabs), zet een spatie na elke dubbele punt en sluit elk aanhalingsteken en haakje. Zet binnen `{ }` of `[ ]` een waarde met `[`, `]`, `{`, `}` of een komma tussen aanhalingstekens: `{ path: \"$.lines[*].sku\" }`.",
                .de: "Prüfen Sie diese und die vorherige Zeile: mit Leerzeichen einrücken (nie mit Tabs), nach jedem Doppelpunkt ein Leerzeichen, jedes Anführungszeichen und jede Klammer schließen. Innerhalb von `{ }` oder `[ ]` einen Wert mit `[`, `]`, `{`, `}` oder Komma in Anführungszeichen setzen: `{ path: \"$.lines[*].sku\" }`.",
                .fr: "Vérifiez cette ligne et la précédente : indentez avec des espaces (jamais de tabulations), mettez une espace après chaque deux-points et fermez chaque guillemet et crochet. Dans `{ }` ou `[ ]`, mettez entre guillemets une valeur qui contient `[`, `]`, `{`, `}` ou une virgule : `{ path: \"$.lines[*].sku\" }`.",
            ]),
        .configDuplicateKey: CatalogEntry(
            message: [
                .en: "the key `{key}` appears more than once in the same section",
                .nl: "de sleutel `{key}` komt meer dan eens voor in hetzelfde onderdeel",
                .de: "der Schlüssel `{key}` kommt im selben Abschnitt mehrmals vor",
                .fr: "la clé `{key}` apparaît plusieurs fois dans la même section",
            ],
            hint: [
                .en: "Keep one `{key}:` and delete the others.",
                .nl: "Houd één `{key}:` over en verwijder de rest.",
                .de: "Behalten Sie ein `{key}:` und löschen Sie die übrigen.",
                .fr: "Gardez un seul `{key}:` et supprimez les autres.",
            ]),
        .configExpectedList: CatalogEntry(
            message: [
                .en: "`{key}` must be a list",
                .nl: "`{key}` moet een lijst zijn",
                .de: "`{key}` muss eine Liste sein",
                .fr: "`{key}` doit être une liste",
            ],
            hint: [
                .en: "Write one item per line starting with `- `, or use brackets: `[a, b]`.",
                .nl: "Zet elk item op een eigen regel die begint met `- `, of gebruik haakjes: `[a, b]`.",
                .de: "Schreiben Sie jeden Eintrag in eine eigene Zeile, beginnend mit `- `, oder nutzen Sie Klammern: `[a, b]`.",
                .fr: "Écrivez un élément par ligne commençant par `- `, ou utilisez des crochets : `[a, b]`.",
            ]),
        .configExpectedMap: CatalogEntry(
            message: [
                .en: "`{key}` must be a section of `key: value` lines",
                .nl: "`{key}` moet een onderdeel met regels `sleutel: waarde` zijn",
                .de: "`{key}` muss ein Abschnitt mit Zeilen `schlüssel: wert` sein",
                .fr: "`{key}` doit être une section de lignes `clé: valeur`",
            ],
            hint: [
                .en: "Put the settings indented on the lines below `{key}:`, or write them as `{ key: value }`.",
                .nl: "Zet de instellingen ingesprongen op de regels onder `{key}:`, of schrijf ze als `{ sleutel: waarde }`.",
                .de: "Schreiben Sie die Einstellungen eingerückt in die Zeilen unter `{key}:` oder als `{ schlüssel: wert }`.",
                .fr: "Placez les réglages en retrait sur les lignes sous `{key}:`, ou écrivez-les sous la forme `{ clé: valeur }`.",
            ]),
        .configExpectedText: CatalogEntry(
            message: [
                .en: "`{key}` must be a single value, not a list or a section",
                .nl: "`{key}` moet één waarde zijn, geen lijst of onderdeel",
                .de: "`{key}` muss ein einzelner Wert sein, keine Liste und kein Abschnitt",
                .fr: "`{key}` doit être une valeur simple, pas une liste ni une section",
            ],
            hint: [
                .en: "Write the value on the same line: `{key}: value`.",
                .nl: "Zet de waarde op dezelfde regel: `{key}: waarde`.",
                .de: "Schreiben Sie den Wert in dieselbe Zeile: `{key}: wert`.",
                .fr: "Écrivez la valeur sur la même ligne : `{key}: valeur`.",
            ]),
        .configExpectedNumber: CatalogEntry(
            message: [
                .en: "`{key}` must be a number of seconds, not `{value}`",
                .nl: "`{key}` moet een aantal seconden zijn, niet `{value}`",
                .de: "`{key}` muss eine Anzahl Sekunden sein, nicht `{value}`",
                .fr: "`{key}` doit être un nombre de secondes, pas `{value}`",
            ],
            hint: [
                .en: "Write seconds as a number (`2`, `0.5`) or with a unit: `500ms`, `2s`, `1m`.",
                .nl: "Schrijf seconden als getal (`2`, `0.5`) of met een eenheid: `500ms`, `2s`, `1m`.",
                .de: "Schreiben Sie Sekunden als Zahl (`2`, `0.5`) oder mit Einheit: `500ms`, `2s`, `1m`.",
                .fr: "Indiquez les secondes par un nombre (`2`, `0.5`) ou avec une unité : `500ms`, `2s`, `1m`.",
            ]),
        .configExpectedBool: CatalogEntry(
            message: [
                .en: "`{key}` must be true or false, not `{value}`",
                .nl: "`{key}` moet true of false zijn, niet `{value}`",
                .de: "`{key}` muss true oder false sein, nicht `{value}`",
                .fr: "`{key}` doit valoir true ou false, pas `{value}`",
            ],
            hint: [
                .en: "Write `{key}: true` or `{key}: false`.",
                .nl: "Schrijf `{key}: true` of `{key}: false`.",
                .de: "Schreiben Sie `{key}: true` oder `{key}: false`.",
                .fr: "Écrivez `{key}: true` ou `{key}: false`.",
            ]),
        .configUnknownKey: CatalogEntry(
            message: [
                .en: "unknown key `{key}`",
                .nl: "onbekende sleutel `{key}`",
                .de: "unbekannter Schlüssel `{key}`",
                .fr: "clé inconnue `{key}`",
            ],
            hint: [
                .en: "Did you mean `{suggestion}`? Keys allowed here: {allowed}.",
                .nl: "Bedoelde u `{suggestion}`? Toegestane sleutels hier: {allowed}.",
                .de: "Meinten Sie `{suggestion}`? Hier erlaubte Schlüssel: {allowed}.",
                .fr: "Vouliez-vous dire `{suggestion}` ? Clés autorisées ici : {allowed}.",
            ]),
        .configMisplacedKey: CatalogEntry(
            message: [
                .en: "`{key}` is written inside `{section}`, where it does not belong; it belongs at `{expected}`",
                .nl: "`{key}` staat binnen `{section}`, waar het niet hoort; het hoort bij `{expected}`",
                .de: "`{key}` steht innerhalb von `{section}`, wo es nicht hingehört; es gehört nach `{expected}`",
                .fr: "`{key}` est écrit dans `{section}`, où il n'a pas sa place ; il va dans `{expected}`",
            ],
            hint: [
                .en: "In YAML the indentation decides where a key belongs: indent `{key}:` exactly like the other keys of `{expected}`'s section.",
                .nl: "In YAML bepaalt de inspringing waar een sleutel bij hoort: laat `{key}:` precies zo ver inspringen als de andere sleutels van de sectie van `{expected}`.",
                .de: "In YAML entscheidet die Einrückung, wohin ein Schlüssel gehört: Rücken Sie `{key}:` genau wie die anderen Schlüssel des Abschnitts von `{expected}` ein.",
                .fr: "En YAML, l'indentation décide où va une clé : indentez `{key}:` exactement comme les autres clés de la section de `{expected}`.",
            ]),
        .configMissingKey: CatalogEntry(
            message: [
                .en: "the required key `{key}` is missing",
                .nl: "de verplichte sleutel `{key}` ontbreekt",
                .de: "der Pflichtschlüssel `{key}` fehlt",
                .fr: "la clé obligatoire `{key}` est absente",
            ],
            hint: [
                .en: "Add a line `{key}: …` to this section.",
                .nl: "Voeg een regel `{key}: …` toe aan dit onderdeel.",
                .de: "Fügen Sie diesem Abschnitt eine Zeile `{key}: …` hinzu.",
                .fr: "Ajoutez une ligne `{key}: …` à cette section.",
            ]),
    ]
}
