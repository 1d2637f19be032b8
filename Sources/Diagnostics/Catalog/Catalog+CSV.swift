// Errors in the structure of a CSV file.
extension ErrorCode {
    /// The file has text but no usable header line (only delimiters or empty quoted cells).
    public static let csvMissingHeader = ErrorCode("CSV-001")
    /// A quoted field is still open at the end of the file; located where the field starts.
    public static let csvUnclosedQuote = ErrorCode("CSV-002")
    /// Text follows a closing quote, as in `"ab"c`.
    public static let csvTextAfterQuote = ErrorCode("CSV-003")
    /// A row has another number of fields than the header. Args: `expected`, `found`.
    public static let csvFieldCount = ErrorCode("CSV-004")
    /// Two header cells name the same column, ignoring case. Args: `name`, `column`, `first`.
    public static let csvDuplicateHeader = ErrorCode("CSV-005")
    /// A header cell is empty while later ones are not. Args: `column` (1-based).
    public static let csvEmptyHeaderName = ErrorCode("CSV-006")
    /// The configured delimiter is not a single ASCII character other than `"`, CR, LF. Args: `delimiter`.
    public static let csvUnsupportedDelimiter = ErrorCode("CSV-007")
}

extension Catalog {
    static let csvEntries: [ErrorCode: CatalogEntry] = [
        .csvMissingHeader: CatalogEntry(
            message: [
                .en: "the file has no header line with column names",
                .nl: "het bestand heeft geen kopregel met kolomnamen",
                .de: "der Datei fehlt eine Kopfzeile mit Spaltennamen",
                .fr: "le fichier n'a pas de ligne d'en-tête avec les noms de colonnes",
            ],
            hint: [
                .en: "The first line must name the columns; ask the sender to export with column headers.",
                .nl: "De eerste regel moet de kolommen benoemen; vraag de afzender om te exporteren met kolomkoppen.",
                .de: "Die erste Zeile muss die Spalten benennen; bitten Sie den Absender, mit Spaltenüberschriften zu exportieren.",
                .fr: "La première ligne doit nommer les colonnes ; demandez à l'expéditeur d'exporter avec les en-têtes.",
            ]),
        .csvUnclosedQuote: CatalogEntry(
            message: [
                .en: "a quoted value starting here is never closed",
                .nl: "een waarde tussen aanhalingstekens die hier begint, wordt nergens afgesloten",
                .de: "ein hier beginnender Wert in Anführungszeichen wird nie geschlossen",
                .fr: "une valeur entre guillemets commence ici et n'est jamais refermée",
            ],
            hint: [
                .en: "Add the missing closing quote, or double any quote inside the value (\"\").",
                .nl: "Voeg het ontbrekende sluitende aanhalingsteken toe, of verdubbel aanhalingstekens binnen de waarde (\"\").",
                .de: "Ergänzen Sie das schließende Anführungszeichen oder verdoppeln Sie Anführungszeichen im Wert (\"\").",
                .fr: "Ajoutez le guillemet fermant manquant, ou doublez les guillemets à l'intérieur de la valeur (\"\").",
            ]),
        .csvTextAfterQuote: CatalogEntry(
            message: [
                .en: "text follows the closing quote of a value",
                .nl: "er staat tekst na het sluitende aanhalingsteken van een waarde",
                .de: "nach dem schließenden Anführungszeichen eines Werts folgt noch Text",
                .fr: "du texte suit le guillemet fermant d'une valeur",
            ],
            hint: [
                .en: "A quote inside a quoted value must be doubled (\"\"); after the closing quote only the delimiter or a line end may follow.",
                .nl: "Een aanhalingsteken binnen een waarde moet verdubbeld worden (\"\"); na het sluitende aanhalingsteken mag alleen het scheidingsteken of een regeleinde volgen.",
                .de: "Ein Anführungszeichen innerhalb eines Werts muss verdoppelt werden (\"\"); danach darf nur das Trennzeichen oder ein Zeilenende folgen.",
                .fr: "Un guillemet dans une valeur doit être doublé (\"\") ; après le guillemet fermant ne peut venir que le séparateur ou une fin de ligne.",
            ]),
        .csvFieldCount: CatalogEntry(
            message: [
                .en: "the row has {found} fields, but the header has {expected}",
                .nl: "de regel heeft {found} velden, maar de kopregel heeft er {expected}",
                .de: "die Zeile hat {found} Felder, die Kopfzeile aber {expected}",
                .fr: "la ligne compte {found} champs alors que l'en-tête en compte {expected}",
            ],
            hint: [
                .en: "Check for a delimiter inside an unquoted value or a missing cell; values holding the delimiter must be quoted.",
                .nl: "Zoek naar een scheidingsteken in een waarde zonder aanhalingstekens of naar een ontbrekende cel; waarden met het scheidingsteken moeten tussen aanhalingstekens staan.",
                .de: "Suchen Sie nach einem Trennzeichen in einem Wert ohne Anführungszeichen oder einer fehlenden Zelle; Werte mit dem Trennzeichen müssen in Anführungszeichen stehen.",
                .fr: "Cherchez un séparateur dans une valeur non entourée de guillemets ou une cellule manquante ; une valeur contenant le séparateur doit être entre guillemets.",
            ]),
        .csvDuplicateHeader: CatalogEntry(
            message: [
                .en: "column {column} repeats the header name \"{name}\" of column {first}",
                .nl: "kolom {column} herhaalt de kolomnaam \"{name}\" van kolom {first}",
                .de: "Spalte {column} wiederholt den Spaltennamen „{name}“ aus Spalte {first}",
                .fr: "la colonne {column} reprend le nom « {name} » de la colonne {first}",
            ],
            hint: [
                .en: "Column names must be unique (upper and lower case count as the same); rename or remove one of them.",
                .nl: "Kolomnamen moeten uniek zijn (hoofd- en kleine letters tellen als gelijk); hernoem of verwijder een van beide.",
                .de: "Spaltennamen müssen eindeutig sein (Groß- und Kleinschreibung zählt nicht); benennen Sie eine um oder entfernen Sie sie.",
                .fr: "Les noms de colonnes doivent être uniques (sans tenir compte des majuscules) ; renommez ou supprimez l'une d'elles.",
            ]),
        .csvEmptyHeaderName: CatalogEntry(
            message: [
                .en: "column {column} has no name in the header line",
                .nl: "kolom {column} heeft geen naam in de kopregel",
                .de: "Spalte {column} hat in der Kopfzeile keinen Namen",
                .fr: "la colonne {column} n'a pas de nom dans la ligne d'en-tête",
            ],
            hint: [
                .en: "Give every column a name, or remove the empty column from the export.",
                .nl: "Geef elke kolom een naam, of haal de lege kolom uit de export.",
                .de: "Geben Sie jeder Spalte einen Namen oder entfernen Sie die leere Spalte aus dem Export.",
                .fr: "Donnez un nom à chaque colonne, ou retirez la colonne vide de l'export.",
            ]),
        .csvUnsupportedDelimiter: CatalogEntry(
            message: [
                .en: "\"{delimiter}\" cannot be used as a CSV delimiter",
                .nl: "\"{delimiter}\" kan niet als CSV-scheidingsteken dienen",
                .de: "„{delimiter}“ ist als CSV-Trennzeichen nicht möglich",
                .fr: "« {delimiter} » ne peut pas servir de séparateur CSV",
            ],
            hint: [
                .en: "Use one ASCII character such as ; , | or a tab, and not a quote or line break; or leave it unset to detect it.",
                .nl: "Gebruik één ASCII-teken zoals ; , | of een tab, geen aanhalingsteken of regeleinde; of laat het leeg voor automatische herkenning.",
                .de: "Verwenden Sie ein ASCII-Zeichen wie ; , | oder Tab, kein Anführungszeichen und keinen Zeilenumbruch; oder lassen Sie es leer, um es erkennen zu lassen.",
                .fr: "Utilisez un seul caractère ASCII comme ; , | ou une tabulation, jamais un guillemet ni un saut de ligne ; ou laissez vide pour le détecter.",
            ]),
    ]
}
