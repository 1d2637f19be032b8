// Errors of converting records into canonical documents and documents into payloads.
extension ErrorCode {
    /// A required field is absent or empty. Args: `field`.
    public static let mapRequiredFieldMissing = ErrorCode("MAP-001")
    /// A value that should be a decimal number is not. Args: `field`, `value`.
    public static let mapInvalidDecimal = ErrorCode("MAP-002")
    /// A value that should be a whole number is not. Args: `field`, `value`.
    public static let mapInvalidInteger = ErrorCode("MAP-003")
    /// A value that should be a date is not an ISO 8601 date. Args: `field`, `value`.
    public static let mapInvalidDate = ErrorCode("MAP-004")
    /// A value outside a fixed list. Args: `field`, `value`, `allowed` (comma-separated);
    /// optional `owner`: another field whose values include `value` (the hint then names it).
    public static let mapInvalidEnumValue = ErrorCode("MAP-005")
    /// Not an ISO 3166-1 alpha-2 country code. Args: `field`, `value`.
    public static let mapInvalidCountry = ErrorCode("MAP-006")
    /// Not an ISO 4217 currency code. Args: `field`, `value`.
    public static let mapInvalidCurrency = ErrorCode("MAP-007")
    /// A CSV order whose rows appear again after rows of other orders. Args: `number`, `firstLine`.
    public static let mapOrderReappears = ErrorCode("MAP-008")
    /// Rows of one CSV order disagree on an order-level value. Args: `field`, `value`, `first`.
    public static let mapConflictingValue = ErrorCode("MAP-009")
    /// A field has the wrong shape (text where a list is expected, ...). Args: `field`, `expected`.
    public static let mapWrongStructure = ErrorCode("MAP-010")
    /// The connector does not handle this document kind. Args: `kind`, `system`.
    public static let mapUnsupportedKind = ErrorCode("MAP-011")
    /// A document of another kind than the flow's. Args: `expected`, `found`.
    public static let mapKindMismatch = ErrorCode("MAP-012")
    /// A value the output format cannot carry (a `|` inside a CSV list item). Args: `field`, `value`, `format`.
    public static let mapNotExpressible = ErrorCode("MAP-013")
}

extension Catalog {
    static let mappingEntries: [ErrorCode: CatalogEntry] = [
        .mapRequiredFieldMissing: CatalogEntry(
            message: [
                .en: "the required field {field} is missing or empty",
                .nl: "het verplichte veld {field} ontbreekt of is leeg",
                .de: "das Pflichtfeld {field} fehlt oder ist leer",
                .fr: "le champ obligatoire {field} est absent ou vide",
            ],
            hint: [
                .en: "Fill in {field} in the source system and export the file again.",
                .nl: "Vul {field} in het bronsysteem in en exporteer het bestand opnieuw.",
                .de: "Tragen Sie {field} im Quellsystem ein und exportieren Sie die Datei erneut.",
                .fr: "Renseignez {field} dans le système source et réexportez le fichier.",
            ]),
        .mapInvalidDecimal: CatalogEntry(
            message: [
                .en: "{field} must be a number, but is \"{value}\"",
                .nl: "{field} moet een getal zijn, maar is \"{value}\"",
                .de: "{field} muss eine Zahl sein, ist aber \"{value}\"",
                .fr: "{field} doit être un nombre, mais vaut « {value} »",
            ],
            hint: [
                .en: "Write digits with the flow's decimal separator, e.g. 12.50 or 12,50; no units or currency signs.",
                .nl: "Schrijf cijfers met het decimaalteken van de flow, bijv. 12.50 of 12,50; zonder eenheden of valutatekens.",
                .de: "Schreiben Sie Ziffern mit dem Dezimaltrennzeichen des Flows, z. B. 12.50 oder 12,50, ohne Einheiten oder Währungszeichen.",
                .fr: "Écrivez des chiffres avec le séparateur décimal du flux, par ex. 12.50 ou 12,50, sans unité ni symbole monétaire.",
            ]),
        .mapInvalidInteger: CatalogEntry(
            message: [
                .en: "{field} must be a whole number, but is \"{value}\"",
                .nl: "{field} moet een geheel getal zijn, maar is \"{value}\"",
                .de: "{field} muss eine ganze Zahl sein, ist aber \"{value}\"",
                .fr: "{field} doit être un nombre entier, mais vaut « {value} »",
            ],
            hint: [
                .en: "Use digits only, such as 1, 2, 3.",
                .nl: "Gebruik alleen cijfers, zoals 1, 2, 3.",
                .de: "Verwenden Sie nur Ziffern, etwa 1, 2, 3.",
                .fr: "N'utilisez que des chiffres, comme 1, 2, 3.",
            ]),
        .mapInvalidDate: CatalogEntry(
            message: [
                .en: "{field} is not a valid date: \"{value}\"",
                .nl: "{field} is geen geldige datum: \"{value}\"",
                .de: "{field} ist kein gültiges Datum: \"{value}\"",
                .fr: "{field} n'est pas une date valide : « {value} »",
            ],
            hint: [
                .en: "Use ISO 8601 with a time zone, e.g. 2026-11-20T09:30:00Z or 2026-11-20T10:30:00+01:00, or a plain date 2026-11-20.",
                .nl: "Gebruik ISO 8601 met tijdzone, bijv. 2026-11-20T09:30:00Z of 2026-11-20T10:30:00+01:00, of alleen een datum 2026-11-20.",
                .de: "Verwenden Sie ISO 8601 mit Zeitzone, z. B. 2026-11-20T09:30:00Z oder 2026-11-20T10:30:00+01:00, oder nur ein Datum 2026-11-20.",
                .fr: "Utilisez l'ISO 8601 avec fuseau horaire, par ex. 2026-11-20T09:30:00Z ou 2026-11-20T10:30:00+01:00, ou une simple date 2026-11-20.",
            ]),
        .mapInvalidEnumValue: CatalogEntry(
            message: [
                .en: "{field} has the unknown value \"{value}\"",
                .nl: "{field} heeft de onbekende waarde \"{value}\"",
                .de: "{field} hat den unbekannten Wert \"{value}\"",
                .fr: "{field} a la valeur inconnue « {value} »",
            ],
            hint: [
                .en: "Use one of: {allowed}.",
                .nl: "Gebruik een van: {allowed}.",
                .de: "Verwenden Sie einen dieser Werte: {allowed}.",
                .fr: "Utilisez l'une de ces valeurs : {allowed}.",
            ],
            hintWith: ("owner", [
                .en: "\"{value}\" is a value of {owner}: write it there. {field} takes one of: {allowed}.",
                .nl: "\"{value}\" is een waarde van {owner}: schrijf hem daar. {field} neemt een van: {allowed}.",
                .de: "\"{value}\" ist ein Wert von {owner}: schreiben Sie ihn dorthin. {field} nimmt einen dieser Werte: {allowed}.",
                .fr: "« {value} » est une valeur de {owner} : écrivez-la là. {field} prend l'une de ces valeurs : {allowed}.",
            ])),
        .mapInvalidCountry: CatalogEntry(
            message: [
                .en: "{field} is not a country code: \"{value}\"",
                .nl: "{field} is geen landcode: \"{value}\"",
                .de: "{field} ist kein Ländercode: \"{value}\"",
                .fr: "{field} n'est pas un code pays : « {value} »",
            ],
            hint: [
                .en: "Use the two-letter ISO 3166 code, e.g. NL, BE, DE, FR.",
                .nl: "Gebruik de tweeletterige ISO 3166-code, bijv. NL, BE, DE, FR.",
                .de: "Verwenden Sie den zweistelligen ISO-3166-Code, z. B. NL, BE, DE, FR.",
                .fr: "Utilisez le code ISO 3166 à deux lettres, par ex. NL, BE, DE, FR.",
            ]),
        .mapInvalidCurrency: CatalogEntry(
            message: [
                .en: "{field} is not a currency code: \"{value}\"",
                .nl: "{field} is geen valutacode: \"{value}\"",
                .de: "{field} ist kein Währungscode: \"{value}\"",
                .fr: "{field} n'est pas un code devise : « {value} »",
            ],
            hint: [
                .en: "Use the three-letter ISO 4217 code, e.g. EUR, GBP, USD.",
                .nl: "Gebruik de drieletterige ISO 4217-code, bijv. EUR, GBP, USD.",
                .de: "Verwenden Sie den dreistelligen ISO-4217-Code, z. B. EUR, GBP, USD.",
                .fr: "Utilisez le code ISO 4217 à trois lettres, par ex. EUR, GBP, USD.",
            ]),
        .mapOrderReappears: CatalogEntry(
            message: [
                .en: "order {number} appears again after rows of other orders (first rows at line {firstLine})",
                .nl: "order {number} komt opnieuw voor na regels van andere orders (eerste regels op regel {firstLine})",
                .de: "Auftrag {number} erscheint erneut nach Zeilen anderer Aufträge (erste Zeilen ab Zeile {firstLine})",
                .fr: "la commande {number} réapparaît après des lignes d'autres commandes (premières lignes à la ligne {firstLine})",
            ],
            hint: [
                .en: "Keep all rows of one order together in the file; sort the export by order number.",
                .nl: "Houd alle regels van één order bij elkaar in het bestand; sorteer de export op ordernummer.",
                .de: "Halten Sie alle Zeilen eines Auftrags in der Datei zusammen; sortieren Sie den Export nach Auftragsnummer.",
                .fr: "Gardez toutes les lignes d'une commande ensemble dans le fichier ; triez l'export par numéro de commande.",
            ]),
        .mapConflictingValue: CatalogEntry(
            message: [
                .en: "{field} is \"{value}\" here but \"{first}\" on an earlier row of the same order",
                .nl: "{field} is hier \"{value}\", maar \"{first}\" op een eerdere regel van dezelfde order",
                .de: "{field} ist hier \"{value}\", in einer früheren Zeile desselben Auftrags aber \"{first}\"",
                .fr: "{field} vaut ici « {value} », mais « {first} » sur une ligne précédente de la même commande",
            ],
            hint: [
                .en: "Order-level columns must hold the same value on every row of an order, or be left empty after the first row.",
                .nl: "Kolommen op orderniveau moeten op elke regel van een order dezelfde waarde hebben, of na de eerste regel leeg blijven.",
                .de: "Spalten auf Auftragsebene müssen in jeder Zeile eines Auftrags denselben Wert haben oder nach der ersten Zeile leer bleiben.",
                .fr: "Les colonnes de niveau commande doivent avoir la même valeur sur chaque ligne d'une commande, ou rester vides après la première.",
            ]),
        .mapWrongStructure: CatalogEntry(
            message: [
                .en: "{field} has the wrong structure: {expected} expected",
                .nl: "{field} heeft de verkeerde structuur: {expected} verwacht",
                .de: "{field} hat die falsche Struktur: {expected} erwartet",
                .fr: "{field} n'a pas la bonne structure : {expected} attendu",
            ],
            hint: [
                .en: "Compare the file with the examples in docs/formats.md.",
                .nl: "Vergelijk het bestand met de voorbeelden in docs/formats.md.",
                .de: "Vergleichen Sie die Datei mit den Beispielen in docs/formats.md.",
                .fr: "Comparez le fichier avec les exemples de docs/formats.md.",
            ]),
        .mapUnsupportedKind: CatalogEntry(
            message: [
                .en: "the {system} connector does not handle documents of kind {kind}",
                .nl: "de {system}-connector verwerkt geen documenten van het soort {kind}",
                .de: "der {system}-Connector verarbeitet keine Dokumente der Art {kind}",
                .fr: "le connecteur {system} ne traite pas les documents de type {kind}",
            ],
            hint: [
                .en: "Set the flow's kind to order, article, stock or shipment, or choose another source system.",
                .nl: "Stel het soort van de flow in op order, article, stock of shipment, of kies een ander bronsysteem.",
                .de: "Setzen Sie die Art des Flows auf order, article, stock oder shipment oder wählen Sie ein anderes Quellsystem.",
                .fr: "Réglez le type du flux sur order, article, stock ou shipment, ou choisissez un autre système source.",
            ]),
        .mapKindMismatch: CatalogEntry(
            message: [
                .en: "a document of kind {found} was found where {expected} was expected",
                .nl: "er is een document van het soort {found} gevonden waar {expected} werd verwacht",
                .de: "ein Dokument der Art {found} wurde gefunden, wo {expected} erwartet wurde",
                .fr: "un document de type {found} a été trouvé là où {expected} était attendu",
            ],
            hint: [
                .en: "Drop the file into the inbox of the flow for {found}, or check the flow's kind.",
                .nl: "Zet het bestand in de inbox van de flow voor {found}, of controleer het soort van de flow.",
                .de: "Legen Sie die Datei in den Eingang des Flows für {found} oder prüfen Sie die Art des Flows.",
                .fr: "Déposez le fichier dans la boîte d'entrée du flux pour {found}, ou vérifiez le type du flux.",
            ]),
        .mapNotExpressible: CatalogEntry(
            message: [
                .en: "{field} cannot be written as {format}: \"{value}\"",
                .nl: "{field} kan niet als {format} worden geschreven: \"{value}\"",
                .de: "{field} kann nicht als {format} geschrieben werden: \"{value}\"",
                .fr: "{field} ne peut pas être écrit en {format} : « {value} »",
            ],
            hint: [
                .en: "In canonical CSV, list items are separated by | and cannot contain it; use JSON or XML for this target.",
                .nl: "In canonieke CSV worden lijstwaarden gescheiden door | en mogen ze dat teken niet bevatten; gebruik JSON of XML voor dit doel.",
                .de: "Im kanonischen CSV werden Listeneinträge durch | getrennt und dürfen es nicht enthalten; verwenden Sie JSON oder XML für dieses Ziel.",
                .fr: "En CSV canonique, les éléments de liste sont séparés par | et ne peuvent pas le contenir ; utilisez JSON ou XML pour cette cible.",
            ]),
    ]
}
