// Errors of the JSON reader: grammar (RFC 8259) and record layout.
extension ErrorCode {
    /// The file ends inside a value (an unclosed object, array or string).
    public static let jsonTruncated = ErrorCode("JSON-001")
    /// A character where a separator was expected. Args: `found`, `expected` (symbols, e.g. `',' '}'`).
    public static let jsonUnexpectedCharacter = ErrorCode("JSON-002")
    /// Something that cannot start a value where a value was expected. Args: `found`.
    public static let jsonExpectedValue = ErrorCode("JSON-003")
    /// A comma directly before `]` or `}`.
    public static let jsonTrailingComma = ErrorCode("JSON-004")
    /// A number not written per the JSON grammar (`01`, `+1`, `.5`, `1.`). Args: `text`.
    public static let jsonInvalidNumber = ErrorCode("JSON-005")
    /// An unknown escape in a string (`\x`, `\u12G4`). Args: `escape`.
    public static let jsonInvalidEscape = ErrorCode("JSON-006")
    /// A `\uD800`–`\uDFFF` escape without its partner. Args: `escape`.
    public static let jsonLoneSurrogate = ErrorCode("JSON-007")
    /// A raw control character inside a string. Args: `character` (`U+000A`).
    public static let jsonControlCharacter = ErrorCode("JSON-008")
    /// A key that occurs twice in one object. Args: `key`.
    public static let jsonDuplicateKey = ErrorCode("JSON-009")
    /// The top level is a string, number, boolean or null instead of an object or array.
    public static let jsonTopLevelNotObject = ErrorCode("JSON-010")
    /// A record (array element or NDJSON line) that is not an object.
    public static let jsonRecordNotObject = ErrorCode("JSON-011")
    /// More content after the end of the top-level value. Args: `found`.
    public static let jsonContentAfterEnd = ErrorCode("JSON-012")
    /// Two NDJSON records on one line.
    public static let jsonRecordsOnOneLine = ErrorCode("JSON-013")
}

extension Catalog {
    static let jsonEntries: [ErrorCode: CatalogEntry] = [
        .jsonTruncated: CatalogEntry(
            message: [
                .en: "the JSON ends in the middle of a value",
                .nl: "de JSON houdt midden in een waarde op",
                .de: "das JSON endet mitten in einem Wert",
                .fr: "le JSON s'arrête au milieu d'une valeur",
            ],
            hint: [
                .en: "The file was cut off, probably during upload or export; ask the sender for the complete file.",
                .nl: "Het bestand is afgebroken, waarschijnlijk tijdens het uploaden of exporteren; vraag de afzender om het volledige bestand.",
                .de: "Die Datei wurde abgeschnitten, vermutlich beim Hochladen oder Exportieren; fordern Sie die vollständige Datei beim Absender an.",
                .fr: "Le fichier a été tronqué, sans doute pendant l'envoi ou l'export ; demandez le fichier complet à l'expéditeur.",
            ]),
        .jsonUnexpectedCharacter: CatalogEntry(
            message: [
                .en: "unexpected {found}; expected one of {expected}",
                .nl: "onverwacht {found}; verwacht werd een van {expected}",
                .de: "unerwartetes {found}; erwartet wurde eines von {expected}",
                .fr: "{found} inattendu ; attendu : l'un de {expected}",
            ],
            hint: [
                .en: "Look for a missing comma, colon or closing bracket just before this point.",
                .nl: "Zoek vlak voor deze plek naar een ontbrekende komma, dubbele punt of sluitend haakje.",
                .de: "Suchen Sie kurz vor dieser Stelle nach einem fehlenden Komma, Doppelpunkt oder einer schließenden Klammer.",
                .fr: "Cherchez juste avant cet endroit une virgule, deux-points ou un crochet fermant manquant.",
            ]),
        .jsonExpectedValue: CatalogEntry(
            message: [
                .en: "a value was expected but {found} was found",
                .nl: "hier hoort een waarde, maar er staat {found}",
                .de: "hier wird ein Wert erwartet, gefunden wurde aber {found}",
                .fr: "une valeur est attendue ici, mais on trouve {found}",
            ],
            hint: [
                .en: "Text values need double quotes; JSON has no comments, single quotes or bare words.",
                .nl: "Tekstwaarden horen tussen dubbele aanhalingstekens; JSON kent geen commentaar, enkele aanhalingstekens of losse woorden.",
                .de: "Textwerte gehören in doppelte Anführungszeichen; JSON kennt keine Kommentare, einfachen Anführungszeichen oder nackten Wörter.",
                .fr: "Les textes s'écrivent entre guillemets doubles ; le JSON n'admet ni commentaires, ni apostrophes, ni mots nus.",
            ]),
        .jsonTrailingComma: CatalogEntry(
            message: [
                .en: "a comma is followed by a closing bracket",
                .nl: "na een komma volgt direct een sluitend haakje",
                .de: "auf ein Komma folgt direkt eine schließende Klammer",
                .fr: "une virgule est suivie directement d'un crochet fermant",
            ],
            hint: [
                .en: "JSON does not allow a comma after the last item; remove it or ask the sender to fix the export.",
                .nl: "JSON staat geen komma na het laatste element toe; verwijder die of laat de afzender de export corrigeren.",
                .de: "JSON erlaubt kein Komma nach dem letzten Element; entfernen Sie es oder lassen Sie den Export beim Absender korrigieren.",
                .fr: "Le JSON n'accepte pas de virgule après le dernier élément ; supprimez-la ou faites corriger l'export par l'expéditeur.",
            ]),
        .jsonInvalidNumber: CatalogEntry(
            message: [
                .en: "{text} is not a valid JSON number",
                .nl: "{text} is geen geldig JSON-getal",
                .de: "{text} ist keine gültige JSON-Zahl",
                .fr: "{text} n'est pas un nombre JSON valide",
            ],
            hint: [
                .en: "JSON numbers have no leading zeros or plus sign and need digits on both sides of the point (0.5, not .5 or 5.).",
                .nl: "JSON-getallen hebben geen voorloopnullen of plusteken en hebben cijfers aan beide kanten van de punt nodig (0.5, niet .5 of 5.).",
                .de: "JSON-Zahlen haben keine führenden Nullen und kein Pluszeichen und brauchen Ziffern auf beiden Seiten des Punkts (0.5, nicht .5 oder 5.).",
                .fr: "Un nombre JSON n'a ni zéro initial ni signe plus, et il faut des chiffres des deux côtés du point (0.5, pas .5 ni 5.).",
            ]),
        .jsonInvalidEscape: CatalogEntry(
            message: [
                .en: "{escape} is not a valid escape in a JSON string",
                .nl: "{escape} is geen geldige escape in een JSON-tekst",
                .de: "{escape} ist keine gültige Escape-Sequenz in einem JSON-String",
                .fr: "{escape} n'est pas une séquence d'échappement valide dans une chaîne JSON",
            ],
            hint: [
                .en: "A backslash in text must be written as \\\\; allowed escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.",
                .nl: "Een backslash in tekst schrijf je als \\\\; toegestaan zijn \\\" \\\\ \\/ \\b \\f \\n \\r \\t en \\uXXXX.",
                .de: "Ein Backslash im Text wird als \\\\ geschrieben; erlaubt sind \\\" \\\\ \\/ \\b \\f \\n \\r \\t und \\uXXXX.",
                .fr: "Une barre oblique inverse s'écrit \\\\ ; sont admis \\\" \\\\ \\/ \\b \\f \\n \\r \\t et \\uXXXX.",
            ]),
        .jsonLoneSurrogate: CatalogEntry(
            message: [
                .en: "the escape {escape} is half of a character pair and its other half is missing",
                .nl: "de escape {escape} is de helft van een tekenpaar en de andere helft ontbreekt",
                .de: "die Escape-Sequenz {escape} ist die Hälfte eines Zeichenpaars, dessen andere Hälfte fehlt",
                .fr: "l'échappement {escape} est une moitié de paire de caractères dont l'autre moitié manque",
            ],
            hint: [
                .en: "The sending system split an emoji or rare character; ask the sender to export the text unchanged.",
                .nl: "Het verzendende systeem heeft een emoji of zeldzaam teken opgesplitst; vraag de afzender de tekst ongewijzigd te exporteren.",
                .de: "Das sendende System hat ein Emoji oder seltenes Zeichen zerteilt; bitten Sie den Absender, den Text unverändert zu exportieren.",
                .fr: "Le système expéditeur a coupé un emoji ou un caractère rare en deux ; demandez un export du texte sans modification.",
            ]),
        .jsonControlCharacter: CatalogEntry(
            message: [
                .en: "the control character {character} appears unescaped inside a string",
                .nl: "het stuurteken {character} staat zonder escape in een tekst",
                .de: "das Steuerzeichen {character} steht ohne Escape in einem String",
                .fr: "le caractère de contrôle {character} figure sans échappement dans une chaîne",
            ],
            hint: [
                .en: "Line breaks and tabs in text must be written as \\n and \\t; often a closing quote is missing.",
                .nl: "Regeleinden en tabs in tekst moeten als \\n en \\t worden geschreven; vaak ontbreekt een sluitend aanhalingsteken.",
                .de: "Zeilenumbrüche und Tabulatoren im Text müssen als \\n und \\t geschrieben werden; oft fehlt ein schließendes Anführungszeichen.",
                .fr: "Les retours à la ligne et tabulations s'écrivent \\n et \\t ; souvent, un guillemet fermant manque.",
            ]),
        .jsonDuplicateKey: CatalogEntry(
            message: [
                .en: "the key \"{key}\" occurs more than once in the same object",
                .nl: "de sleutel \"{key}\" komt meer dan eens voor in hetzelfde object",
                .de: "der Schlüssel \"{key}\" kommt im selben Objekt mehrfach vor",
                .fr: "la clé « {key} » apparaît plusieurs fois dans le même objet",
            ],
            hint: [
                .en: "Ferry does not guess which value is meant; ask the sender to send each key once.",
                .nl: "Ferry gokt niet welke waarde bedoeld is; vraag de afzender elke sleutel één keer te sturen.",
                .de: "Ferry rät nicht, welcher Wert gemeint ist; bitten Sie den Absender, jeden Schlüssel nur einmal zu senden.",
                .fr: "Ferry ne devine pas quelle valeur est la bonne ; demandez à l'expéditeur de n'envoyer chaque clé qu'une fois.",
            ]),
        .jsonTopLevelNotObject: CatalogEntry(
            message: [
                .en: "the file holds a single plain value instead of an object or an array of objects",
                .nl: "het bestand bevat één losse waarde in plaats van een object of een lijst van objecten",
                .de: "die Datei enthält einen einzelnen einfachen Wert statt eines Objekts oder einer Liste von Objekten",
                .fr: "le fichier contient une simple valeur au lieu d'un objet ou d'un tableau d'objets",
            ],
            hint: [
                .en: "Ferry reads one object, an array of objects, or one object per line (NDJSON).",
                .nl: "Ferry leest één object, een lijst van objecten, of één object per regel (NDJSON).",
                .de: "Ferry liest ein Objekt, eine Liste von Objekten oder ein Objekt pro Zeile (NDJSON).",
                .fr: "Ferry lit un objet, un tableau d'objets, ou un objet par ligne (NDJSON).",
            ]),
        .jsonRecordNotObject: CatalogEntry(
            message: [
                .en: "this record is not a JSON object",
                .nl: "dit record is geen JSON-object",
                .de: "dieser Datensatz ist kein JSON-Objekt",
                .fr: "cet enregistrement n'est pas un objet JSON",
            ],
            hint: [
                .en: "Each element of the top-level array, or each line of an NDJSON file, must be an object in braces { }.",
                .nl: "Elk element van de buitenste lijst, of elke regel van een NDJSON-bestand, moet een object tussen accolades { } zijn.",
                .de: "Jedes Element der äußeren Liste bzw. jede Zeile einer NDJSON-Datei muss ein Objekt in geschweiften Klammern { } sein.",
                .fr: "Chaque élément du tableau principal, ou chaque ligne d'un fichier NDJSON, doit être un objet entre accolades { }.",
            ]),
        .jsonContentAfterEnd: CatalogEntry(
            message: [
                .en: "{found} follows after the end of the JSON data",
                .nl: "na het einde van de JSON-gegevens volgt nog {found}",
                .de: "nach dem Ende der JSON-Daten folgt noch {found}",
                .fr: "{found} suit la fin des données JSON",
            ],
            hint: [
                .en: "The file may hold two exports glued together, or stray text at the end; send one JSON document per file.",
                .nl: "Mogelijk zijn twee exports aan elkaar geplakt of staat er losse tekst aan het eind; stuur één JSON-document per bestand.",
                .de: "Vermutlich wurden zwei Exporte aneinandergehängt oder am Ende steht überzähliger Text; senden Sie ein JSON-Dokument pro Datei.",
                .fr: "Deux exports ont peut-être été collés, ou du texte traîne à la fin ; envoyez un seul document JSON par fichier.",
            ]),
        .jsonRecordsOnOneLine: CatalogEntry(
            message: [
                .en: "a new record starts on the same line as the previous one",
                .nl: "een nieuw record begint op dezelfde regel als het vorige",
                .de: "ein neuer Datensatz beginnt in derselben Zeile wie der vorige",
                .fr: "un nouvel enregistrement commence sur la même ligne que le précédent",
            ],
            hint: [
                .en: "In NDJSON every object goes on its own line; ask the sender to put a line break between records.",
                .nl: "In NDJSON staat elk object op een eigen regel; vraag de afzender een regeleinde tussen de records te zetten.",
                .de: "In NDJSON steht jedes Objekt in einer eigenen Zeile; bitten Sie den Absender um einen Zeilenumbruch zwischen den Datensätzen.",
                .fr: "En NDJSON, chaque objet occupe sa propre ligne ; demandez à l'expéditeur un saut de ligne entre les enregistrements.",
            ]),
    ]
}
