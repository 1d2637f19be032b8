// Errors of mapping layouts: value maps and target field checks at run time (MAP-11x), and
// layout mistakes `ferry check` finds in ferry.yml (CONFIG-04x).
extension ErrorCode {
    /// A value a value map has no entry for, with `unmapped: error`. Args: `field`, `value`, `map`.
    public static let mapValueUnmapped = ErrorCode("MAP-110")
    /// A target field marked `required` came out empty. Args: `field`, `target`.
    public static let mapTargetRequired = ErrorCode("MAP-111")
    /// A target field longer than its `max-length`. Args: `field`, `value`, `max`.
    public static let mapTargetTooLong = ErrorCode("MAP-112")
    /// A target field outside its `one-of` list. Args: `field`, `value`, `allowed`.
    public static let mapTargetNotAllowed = ErrorCode("MAP-113")
    /// A file with records of which none is what the layout reads (`record:`/`records:`). Args: `layout`, `selector`.
    public static let mapNoRecordMatched = ErrorCode("MAP-114")
    /// `column: N` beyond the columns of the file's header. Args: `field`, `column`, `count`.
    public static let mapColumnBeyondHeader = ErrorCode("MAP-120")
    /// A warning of `ferry preview` and `ferry test`: a field's path selected nothing in any
    /// record of the file. Args: `field`, `path`.
    public static let mapPathSelectedNothing = ErrorCode("MAP-121")
    /// `divide:` by zero. Args: `field`, `value`, `divisor`.
    public static let mapDivisionByZero = ErrorCode("MAP-122")
    /// A `key-value` item without its key separator, where no pair comes before it. Args: `field`, `item`, `separator`.
    public static let mapKeyValueMalformed = ErrorCode("MAP-123")

    /// A layout writes to a field the canonical model does not have. Args: `field`, `kind`, `suggestion`.
    public static let configUnknownCanonicalField = ErrorCode("CONFIG-040")
    /// A transform that cannot apply to the field's type (a date pattern on a quantity). Args: `field`, `transform`, `type`.
    public static let configTransformTypeMismatch = ErrorCode("CONFIG-041")
    /// `map:` names a value map that `maps:` does not define. Args: `map`, `known`.
    public static let configUnknownMap = ErrorCode("CONFIG-042")
    /// `layout:` names a layout that `layouts:` does not define. Args: `layout`, `known`.
    public static let configUnknownLayout = ErrorCode("CONFIG-043")
    /// A layout's kind or format differs from the flow or target using it. Args: `layout`, `setting`, `expected`, `found`.
    public static let configLayoutMismatch = ErrorCode("CONFIG-044")
    /// A mapping entry that cannot be used as written. Args: `problem`.
    public static let configMappingInvalid = ErrorCode("CONFIG-045")
    /// `entries:` on a field that does not hold named values. Args: `field`, `type`.
    public static let configEntriesWrongField = ErrorCode("CONFIG-046")
}

extension Catalog {
    static let layoutEntries: [ErrorCode: CatalogEntry] = [
        .mapColumnBeyondHeader: CatalogEntry(
            message: [
                .en: "{field} reads column {column}, but the header has {count} columns",
                .nl: "{field} leest kolom {column}, maar de kopregel heeft {count} kolommen",
                .de: "{field} liest Spalte {column}, die Kopfzeile hat aber {count} Spalten",
                .fr: "{field} lit la colonne {column}, mais l'en-tête n'a que {count} colonnes",
            ],
            hint: [
                .en: "Columns count from 1 at the left of the header; or name the column by its header: `column: Prijs excl`.",
                .nl: "Kolommen tellen vanaf 1 links in de kopregel; of noem de kolom bij zijn kop: `column: Prijs excl`.",
                .de: "Spalten zählen ab 1 von links in der Kopfzeile; oder nennen Sie die Spalte beim Namen: `column: Prijs excl`.",
                .fr: "Les colonnes se comptent à partir de 1 à gauche de l'en-tête ; ou nommez la colonne par son en-tête : `column: Prijs excl`.",
            ]),
        .mapPathSelectedNothing: CatalogEntry(
            message: [
                .en: "{field}: the path {path} selected nothing in any record of this file",
                .nl: "{field}: het pad {path} selecteerde in geen enkel record van dit bestand iets",
                .de: "{field}: der Pfad {path} hat in keinem Datensatz dieser Datei etwas ausgewählt",
                .fr: "{field} : le chemin {path} n'a rien sélectionné dans aucun enregistrement de ce fichier",
            ],
            hint: [
                .en: "Check the path against the file: spelling, nesting, and the group item it is relative to (docs/mapping.md).",
                .nl: "Vergelijk het pad met het bestand: spelling, nesting en het groepsitem waartoe het relatief is (docs/mapping.md).",
                .de: "Prüfen Sie den Pfad an der Datei: Schreibweise, Verschachtelung und das Gruppenelement, auf das er sich bezieht (docs/mapping.md).",
                .fr: "Comparez le chemin au fichier : orthographe, imbrication et l'élément de groupe auquel il est relatif (docs/mapping.md).",
            ]),
        .mapDivisionByZero: CatalogEntry(
            message: [
                .en: "{field}: {value} cannot be divided by {divisor}, which is zero",
                .nl: "{field}: {value} kan niet worden gedeeld door {divisor}, want dat is nul",
                .de: "{field}: {value} kann nicht durch {divisor} geteilt werden, das null ist",
                .fr: "{field} : {value} ne peut pas être divisé par {divisor}, qui vaut zéro",
            ],
            hint: [
                .en: "Fill the divisor in the source system, or divide by a constant that is not zero.",
                .nl: "Vul de deler in het bronsysteem in, of deel door een constante die niet nul is.",
                .de: "Füllen Sie den Divisor im Quellsystem oder teilen Sie durch eine Konstante ungleich null.",
                .fr: "Renseignez le diviseur dans le système source, ou divisez par une constante non nulle.",
            ]),
        .mapKeyValueMalformed: CatalogEntry(
            message: [
                .en: "{field}: \"{item}\" is not a pair written with {separator}",
                .nl: "{field}: \"{item}\" is geen paar geschreven met {separator}",
                .de: "{field}: \"{item}\" ist kein mit {separator} geschriebenes Paar",
                .fr: "{field} : « {item} » n'est pas une paire écrite avec {separator}",
            ],
            hint: [
                .en: "Write name{separator}value pairs, or set the separators of `key-value:` to those of the export.",
                .nl: "Schrijf paren naam{separator}waarde, of stel de scheidingstekens van `key-value:` in op die van de export.",
                .de: "Schreiben Sie Paare Name{separator}Wert oder stellen Sie die Trennzeichen von `key-value:` auf die des Exports ein.",
                .fr: "Écrivez des paires nom{separator}valeur, ou réglez les séparateurs de `key-value:` sur ceux de l'export.",
            ]),
        .configEntriesWrongField: CatalogEntry(
            message: [
                .en: "`entries:` builds named values, but {field} holds {type}",
                .nl: "`entries:` maakt benoemde waarden, maar {field} bevat {type}",
                .de: "`entries:` erzeugt benannte Werte, {field} enthält aber {type}",
                .fr: "`entries:` construit des valeurs nommées, mais {field} contient {type}",
            ],
            hint: [
                .en: "Use `entries:` on customFields, lines.customFields or attributes; fill {field} from one path.",
                .nl: "Gebruik `entries:` op customFields, lines.customFields of attributes; vul {field} uit één pad.",
                .de: "Verwenden Sie `entries:` für customFields, lines.customFields oder attributes; füllen Sie {field} aus einem Pfad.",
                .fr: "Utilisez `entries:` sur customFields, lines.customFields ou attributes ; remplissez {field} à partir d'un seul chemin.",
            ]),
        .mapValueUnmapped: CatalogEntry(
            message: [
                .en: "{field} is \"{value}\", which the value map {map} has no entry for",
                .nl: "{field} is \"{value}\", maar de waardetabel {map} kent die waarde niet",
                .de: "{field} ist \"{value}\", doch die Wertetabelle {map} enthält diesen Wert nicht",
                .fr: "{field} vaut « {value} », valeur absente de la table de correspondance {map}",
            ],
            hint: [
                .en: "Add the value to the map in ferry.yml, or set `unmapped: pass` or `unmapped: default` for this field.",
                .nl: "Voeg de waarde toe aan de tabel in ferry.yml, of zet `unmapped: pass` of `unmapped: default` bij dit veld.",
                .de: "Ergänzen Sie den Wert in der Tabelle in ferry.yml oder setzen Sie für dieses Feld `unmapped: pass` bzw. `unmapped: default`.",
                .fr: "Ajoutez la valeur à la table dans ferry.yml, ou indiquez `unmapped: pass` ou `unmapped: default` pour ce champ.",
            ]),
        .mapTargetRequired: CatalogEntry(
            message: [
                .en: "{target} requires {field}, but the document has no value for it",
                .nl: "{target} vereist {field}, maar het document heeft daar geen waarde voor",
                .de: "{target} verlangt {field}, das Dokument enthält dafür aber keinen Wert",
                .fr: "{target} exige {field}, mais le document n'a aucune valeur pour ce champ",
            ],
            hint: [
                .en: "Fill the field in the source system, or give it a default in the target layout.",
                .nl: "Vul het veld in het bronsysteem, of geef het een standaardwaarde in de doellayout.",
                .de: "Füllen Sie das Feld im Quellsystem oder geben Sie ihm im Ziellayout einen Standardwert.",
                .fr: "Renseignez le champ dans le système source ou donnez-lui une valeur par défaut dans la mise en page cible.",
            ]),
        .mapTargetTooLong: CatalogEntry(
            message: [
                .en: "{field} is \"{value}\", longer than the {max} characters the target accepts",
                .nl: "{field} is \"{value}\", langer dan de {max} tekens die het doel accepteert",
                .de: "{field} ist \"{value}\" und damit länger als die {max} Zeichen, die das Ziel annimmt",
                .fr: "{field} vaut « {value} », soit plus que les {max} caractères acceptés par la cible",
            ],
            hint: [
                .en: "Shorten the value in the source system, or add `truncate` to the field in the target layout.",
                .nl: "Kort de waarde in het bronsysteem in, of voeg `truncate` toe aan het veld in de doellayout.",
                .de: "Kürzen Sie den Wert im Quellsystem oder ergänzen Sie `truncate` beim Feld im Ziellayout.",
                .fr: "Raccourcissez la valeur dans le système source ou ajoutez `truncate` au champ dans la mise en page cible.",
            ]),
        .mapTargetNotAllowed: CatalogEntry(
            message: [
                .en: "{field} is \"{value}\", but the target accepts only {allowed}",
                .nl: "{field} is \"{value}\", maar het doel accepteert alleen {allowed}",
                .de: "{field} ist \"{value}\", das Ziel akzeptiert aber nur {allowed}",
                .fr: "{field} vaut « {value} », mais la cible n'accepte que {allowed}",
            ],
            hint: [
                .en: "Translate the value with a value map (`map:`) in the target layout.",
                .nl: "Vertaal de waarde met een waardetabel (`map:`) in de doellayout.",
                .de: "Übersetzen Sie den Wert mit einer Wertetabelle (`map:`) im Ziellayout.",
                .fr: "Traduisez la valeur avec une table de correspondance (`map:`) dans la mise en page cible.",
            ]),
        .mapNoRecordMatched: CatalogEntry(
            message: [
                .en: "the file has content, but nothing in it matches {selector} of the layout {layout}",
                .nl: "het bestand heeft inhoud, maar niets daarin past bij {selector} van de layout {layout}",
                .de: "die Datei hat Inhalt, doch nichts darin passt zu {selector} des Layouts {layout}",
                .fr: "le fichier a un contenu, mais rien ne correspond à {selector} de la mise en page {layout}",
            ],
            hint: [
                .en: "Check the element or path that names the records; `ferry preview` shows what the layout reads.",
                .nl: "Controleer het element of pad dat de records aanwijst; `ferry preview` toont wat de layout leest.",
                .de: "Prüfen Sie das Element oder den Pfad der Datensätze; `ferry preview` zeigt, was das Layout liest.",
                .fr: "Vérifiez l'élément ou le chemin qui désigne les enregistrements ; `ferry preview` montre ce que lit la mise en page.",
            ]),
        .configUnknownCanonicalField: CatalogEntry(
            message: [
                .en: "canonical {kind} documents have no field {field}",
                .nl: "canonieke {kind}-documenten hebben geen veld {field}",
                .de: "kanonische {kind}-Dokumente haben kein Feld {field}",
                .fr: "les documents {kind} canoniques n'ont pas de champ {field}",
            ],
            hint: [
                .en: "Did you mean {suggestion}? `ferry mapping show` lists every field; custom values go under customFields.<name>.",
                .nl: "Bedoelde u {suggestion}? `ferry mapping show` toont alle velden; eigen waarden horen onder customFields.<naam>.",
                .de: "Meinten Sie {suggestion}? `ferry mapping show` listet alle Felder; eigene Werte gehören unter customFields.<Name>.",
                .fr: "Vouliez-vous dire {suggestion} ? `ferry mapping show` liste tous les champs ; les valeurs propres vont sous customFields.<nom>.",
            ]),
        .configTransformTypeMismatch: CatalogEntry(
            message: [
                .en: "{transform} cannot be used on {field}, which holds a {type}",
                .nl: "{transform} kan niet worden gebruikt voor {field}, dat een {type} bevat",
                .de: "{transform} ist für {field} nicht verwendbar, da es einen Wert vom Typ {type} enthält",
                .fr: "{transform} ne peut pas s'appliquer à {field}, qui contient une valeur de type {type}",
            ],
            hint: [
                .en: "Dates take `date:`; numbers (and named values such as customFields.weight) `decimal:`, `multiply:`, `divide:`, `unit:`, `vat:` and `round:`; lists `split:`; see docs/mapping.md.",
                .nl: "Datums krijgen `date:`; getallen (en benoemde waarden zoals customFields.weight) `decimal:`, `multiply:`, `divide:`, `unit:`, `vat:` en `round:`; lijsten `split:`; zie docs/mapping.md.",
                .de: "Daten nehmen `date:`; Zahlen (und benannte Werte wie customFields.weight) `decimal:`, `multiply:`, `divide:`, `unit:`, `vat:` und `round:`; Listen `split:`; siehe docs/mapping.md.",
                .fr: "Les dates prennent `date:` ; les nombres (et les valeurs nommées comme customFields.weight) `decimal:`, `multiply:`, `divide:`, `unit:`, `vat:` et `round:` ; les listes `split:` ; voir docs/mapping.md.",
            ]),
        .configUnknownMap: CatalogEntry(
            message: [
                .en: "there is no value map named {map}",
                .nl: "er is geen waardetabel met de naam {map}",
                .de: "es gibt keine Wertetabelle namens {map}",
                .fr: "aucune table de correspondance ne s'appelle {map}",
            ],
            hint: [
                .en: "Define it under `maps:` at the top of ferry.yml. Known maps: {known}.",
                .nl: "Definieer de tabel onder `maps:` bovenaan ferry.yml. Bekende tabellen: {known}.",
                .de: "Definieren Sie sie unter `maps:` oben in ferry.yml. Bekannte Tabellen: {known}.",
                .fr: "Définissez-la sous `maps:` en tête de ferry.yml. Tables connues : {known}.",
            ]),
        .configUnknownLayout: CatalogEntry(
            message: [
                .en: "there is no layout named {layout}",
                .nl: "er is geen layout met de naam {layout}",
                .de: "es gibt kein Layout namens {layout}",
                .fr: "aucune mise en page ne s'appelle {layout}",
            ],
            hint: [
                .en: "Define it under `layouts:` at the top of ferry.yml. Known layouts: {known}.",
                .nl: "Definieer de layout onder `layouts:` bovenaan ferry.yml. Bekende layouts: {known}.",
                .de: "Definieren Sie es unter `layouts:` oben in ferry.yml. Bekannte Layouts: {known}.",
                .fr: "Définissez-la sous `layouts:` en tête de ferry.yml. Mises en page connues : {known}.",
            ]),
        .configLayoutMismatch: CatalogEntry(
            message: [
                .en: "the layout {layout} is for {setting} {found}, but is used where {expected} is needed",
                .nl: "de layout {layout} is bedoeld voor {setting} {found}, maar wordt gebruikt waar {expected} nodig is",
                .de: "das Layout {layout} ist für {setting} {found} gedacht, wird aber dort verwendet, wo {expected} nötig ist",
                .fr: "la mise en page {layout} est prévue pour {setting} {found}, mais sert là où {expected} est attendu",
            ],
            hint: [
                .en: "Use a layout of the same kind and format as the flow or target, or change its `kind:`/`format:`.",
                .nl: "Gebruik een layout van hetzelfde soort en formaat als de flow of het doel, of pas `kind:`/`format:` aan.",
                .de: "Verwenden Sie ein Layout derselben Art und desselben Formats wie Flow oder Ziel, oder ändern Sie `kind:`/`format:`.",
                .fr: "Utilisez une mise en page du même type et du même format que le flux ou la cible, ou changez `kind:`/`format:`.",
            ]),
        .configMappingInvalid: CatalogEntry(
            message: [
                .en: "this mapping entry cannot be used: {problem}",
                .nl: "deze mapping-regel is onbruikbaar: {problem}",
                .de: "dieser Mapping-Eintrag ist so nicht verwendbar: {problem}",
                .fr: "cette règle de correspondance est inutilisable : {problem}",
            ],
            hint: [
                .en: "See docs/mapping.md for the keys a field rule takes.",
                .nl: "Zie docs/mapping.md voor de sleutels die een veldregel kent.",
                .de: "Welche Schlüssel eine Feldregel kennt, steht in docs/mapping.md.",
                .fr: "Voir docs/mapping.md pour les clés qu'accepte une règle de champ.",
            ]),
    ]
}
