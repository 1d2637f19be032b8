// Mistakes in the reference tables (`reference:` in ferry.yml and the CSV files it names).
// Inline mistakes are located at their ferry.yml line; CSV mistakes at file, line and column.
extension ErrorCode {
    /// A reference CSV file that cannot be read. Args: `path`, `reason`.
    public static let refFileUnreadable = ErrorCode("REF-001")
    /// A reference CSV file without a required column. Args: `column`, `table`, `allowed`.
    public static let refMissingColumn = ErrorCode("REF-002")
    /// A column (or key) the table does not have. Args: `column`, `suggestion`, `allowed`.
    public static let refUnknownColumn = ErrorCode("REF-003")
    /// A required value left empty. Args: `column`.
    public static let refMissingValue = ErrorCode("REF-004")
    /// A VAT rate that is not a percentage from 0 to 100. Args: `value`.
    public static let refBadRate = ErrorCode("REF-005")
    /// A yes/no column with another value. Args: `column`, `value`.
    public static let refBadBool = ErrorCode("REF-006")
    /// A code (or partner name) defined twice. Args: `column`, `value`, `first` (line).
    public static let refDuplicate = ErrorCode("REF-007")
    /// A country that is not two letters. Args: `value`.
    public static let refBadCountry = ErrorCode("REF-008")
    /// More than one default warehouse. Args: `first` (line).
    public static let refTwoDefaults = ErrorCode("REF-009")
    /// A table that is neither a list of rows nor `{ file: … }`. Args: `table`.
    public static let refExpectedTable = ErrorCode("REF-010")
}

extension Catalog {
    static let referenceEntries: [ErrorCode: CatalogEntry] = [
        .refFileUnreadable: CatalogEntry(
            message: [
                .en: "the reference file {path} cannot be read: {reason}",
                .nl: "het referentiebestand {path} kan niet gelezen worden: {reason}",
                .de: "die Referenzdatei {path} kann nicht gelesen werden: {reason}",
                .fr: "le fichier de référence {path} est illisible : {reason}",
            ],
            hint: [
                .en: "Check the path (relative to the Ferry root) and that Ferry's user may read the file.",
                .nl: "Controleer het pad (ten opzichte van de Ferry-map) en of de gebruiker van Ferry het bestand mag lezen.",
                .de: "Prüfen Sie den Pfad (relativ zum Ferry-Stammordner) und ob der Benutzer von Ferry die Datei lesen darf.",
                .fr: "Vérifiez le chemin (relatif au dossier racine de Ferry) et que l'utilisateur de Ferry peut lire le fichier.",
            ]),
        .refMissingColumn: CatalogEntry(
            message: [
                .en: "the file has no column `{column}`, which {table} needs",
                .nl: "het bestand heeft geen kolom `{column}`, en die is nodig voor {table}",
                .de: "der Datei fehlt die Spalte `{column}`, die {table} braucht",
                .fr: "le fichier n'a pas de colonne `{column}`, nécessaire pour {table}",
            ],
            hint: [
                .en: "Add the column to the header line; columns of {table}: {allowed}.",
                .nl: "Voeg de kolom toe aan de kopregel; kolommen van {table}: {allowed}.",
                .de: "Ergänzen Sie die Spalte in der Kopfzeile; Spalten von {table}: {allowed}.",
                .fr: "Ajoutez la colonne à la ligne d'en-tête ; colonnes de {table} : {allowed}.",
            ]),
        .refUnknownColumn: CatalogEntry(
            message: [
                .en: "unknown column `{column}`",
                .nl: "onbekende kolom `{column}`",
                .de: "unbekannte Spalte `{column}`",
                .fr: "colonne inconnue : `{column}`",
            ],
            hint: [
                .en: "Did you mean `{suggestion}`? Allowed here: {allowed}.",
                .nl: "Bedoelt u `{suggestion}`? Toegestaan zijn: {allowed}.",
                .de: "Meinten Sie `{suggestion}`? Erlaubt sind: {allowed}.",
                .fr: "Vouliez-vous dire `{suggestion}` ? Valeurs admises : {allowed}.",
            ]),
        .refMissingValue: CatalogEntry(
            message: [
                .en: "`{column}` is empty, but every row needs one",
                .nl: "`{column}` is leeg, maar elke rij heeft er een nodig",
                .de: "`{column}` ist leer, wird aber in jeder Zeile gebraucht",
                .fr: "`{column}` est vide, alors que chaque ligne doit en avoir un",
            ],
            hint: [
                .en: "Fill in `{column}` on this row, or remove the row.",
                .nl: "Vul `{column}` in op deze rij, of verwijder de rij.",
                .de: "Füllen Sie `{column}` in dieser Zeile aus, oder entfernen Sie die Zeile.",
                .fr: "Renseignez `{column}` sur cette ligne, ou supprimez la ligne.",
            ]),
        .refBadRate: CatalogEntry(
            message: [
                .en: "`{value}` is not a VAT percentage",
                .nl: "`{value}` is geen btw-percentage",
                .de: "`{value}` ist kein MwSt.-Prozentsatz",
                .fr: "`{value}` n'est pas un pourcentage de TVA",
            ],
            hint: [
                .en: "Write a percentage from 0 to 100, with a point or a comma and without %: 21, 9, 5.5.",
                .nl: "Schrijf een percentage van 0 tot 100, met punt of komma en zonder %: 21, 9, 5,5.",
                .de: "Schreiben Sie einen Prozentsatz von 0 bis 100, mit Punkt oder Komma und ohne %: 21, 7, 5,5.",
                .fr: "Écrivez un pourcentage de 0 à 100, avec un point ou une virgule et sans % : 21, 6, 5,5.",
            ]),
        .refBadBool: CatalogEntry(
            message: [
                .en: "`{value}` in `{column}` is neither yes nor no",
                .nl: "`{value}` in `{column}` is geen ja of nee",
                .de: "`{value}` in `{column}` ist weder ja noch nein",
                .fr: "`{value}` dans `{column}` n'est ni oui ni non",
            ],
            hint: [
                .en: "Write true or false (yes/no, ja/nee and 1/0 work too).",
                .nl: "Schrijf true of false (ja/nee, yes/no en 1/0 mogen ook).",
                .de: "Schreiben Sie true oder false (auch ja/nein, yes/no und 1/0 gehen).",
                .fr: "Écrivez true ou false (oui/non, yes/no et 1/0 conviennent aussi).",
            ]),
        .refDuplicate: CatalogEntry(
            message: [
                .en: "{column} `{value}` appears twice; it was first defined at line {first}",
                .nl: "{column} `{value}` komt twee keer voor; de eerste keer op regel {first}",
                .de: "{column} `{value}` kommt doppelt vor; zuerst in Zeile {first}",
                .fr: "{column} `{value}` apparaît deux fois ; première définition à la ligne {first}",
            ],
            hint: [
                .en: "Remove one of the two rows, or give it a code of its own.",
                .nl: "Verwijder een van beide rijen, of geef hem een eigen code.",
                .de: "Entfernen Sie eine der beiden Zeilen, oder geben Sie ihr einen eigenen Code.",
                .fr: "Supprimez l'une des deux lignes, ou donnez-lui un code distinct.",
            ]),
        .refBadCountry: CatalogEntry(
            message: [
                .en: "`{value}` is not a two-letter country code",
                .nl: "`{value}` is geen landcode van twee letters",
                .de: "`{value}` ist kein zweibuchstabiger Ländercode",
                .fr: "`{value}` n'est pas un code pays à deux lettres",
            ],
            hint: [
                .en: "Write an ISO 3166-1 alpha-2 code such as NL, BE or DE.",
                .nl: "Schrijf een ISO 3166-1 alpha-2-code, zoals NL, BE of DE.",
                .de: "Schreiben Sie einen Code nach ISO 3166-1 alpha-2, etwa DE, AT oder NL.",
                .fr: "Écrivez un code ISO 3166-1 alpha-2, comme FR, BE ou NL.",
            ]),
        .refTwoDefaults: CatalogEntry(
            message: [
                .en: "a second warehouse is marked as the default; the first is at line {first}",
                .nl: "een tweede magazijn is als standaard gemarkeerd; het eerste staat op regel {first}",
                .de: "ein zweites Lager ist als Standard markiert; das erste steht in Zeile {first}",
                .fr: "un second entrepôt est marqué par défaut ; le premier est à la ligne {first}",
            ],
            hint: [
                .en: "Mark exactly one warehouse `default: true`.",
                .nl: "Markeer precies één magazijn met `default: true`.",
                .de: "Markieren Sie genau ein Lager mit `default: true`.",
                .fr: "Marquez exactement un entrepôt `default: true`.",
            ]),
        .refExpectedTable: CatalogEntry(
            message: [
                .en: "reference.{table} must be a list of rows or `{ file: PATH }`",
                .nl: "reference.{table} moet een lijst rijen zijn of `{ file: PAD }`",
                .de: "reference.{table} muss eine Liste von Zeilen oder `{ file: PFAD }` sein",
                .fr: "reference.{table} doit être une liste de lignes ou `{ file: CHEMIN }`",
            ],
            hint: [
                .en: "Write the rows as a YAML list (`- { code: H, rate: 21 }`), or name a CSV file: `file: reference/{table}.csv`.",
                .nl: "Schrijf de rijen als YAML-lijst (`- { code: H, rate: 21 }`), of noem een CSV-bestand: `file: reference/{table}.csv`.",
                .de: "Schreiben Sie die Zeilen als YAML-Liste (`- { code: H, rate: 19 }`), oder nennen Sie eine CSV-Datei: `file: reference/{table}.csv`.",
                .fr: "Écrivez les lignes en liste YAML (`- { code: H, rate: 20 }`), ou indiquez un fichier CSV : `file: reference/{table}.csv`.",
            ]),
    ]
}
