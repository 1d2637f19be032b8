// Errors of the value transforms the mapping language names (dates, units, VAT, text).
extension ErrorCode {
    /// A date pattern uses a letter Ferry does not support or leaves a quote open. Args: `pattern`, `token`.
    public static let mapDatePatternUnsupported = ErrorCode("MAP-101")
    /// A date pattern that cannot read a full date: a field missing or twice, `h` without `a`. Args: `pattern`.
    public static let mapDatePatternIncomplete = ErrorCode("MAP-102")
    /// Not a time zone name Ferry knows. Args: `zone`.
    public static let mapUnknownTimeZone = ErrorCode("MAP-103")
    /// A value that does not have the shape of its date pattern. Args: `field`, `value`, `pattern`.
    public static let mapDateMismatch = ErrorCode("MAP-104")
    /// A value shaped like its pattern that names no real moment (31-02, 25:00, a skipped DST hour).
    /// Args: `field`, `value`, `pattern`.
    public static let mapDateNonexistent = ErrorCode("MAP-105")
    /// Not a unit of weight or length Ferry converts. Args: `field`, `unit`.
    public static let mapUnknownUnit = ErrorCode("MAP-106")
    /// A conversion between a weight and a length. Args: `field`, `from`, `to`.
    public static let mapIncompatibleUnits = ErrorCode("MAP-107")
    /// A VAT rate below 0 or above 100 percent. Args: `field`, `rate`.
    public static let mapInvalidVATRate = ErrorCode("MAP-108")
    /// A transform setting out of range (negative length, empty separator, scale). Args: `transform`, `setting`, `value`.
    public static let mapInvalidTransformSetting = ErrorCode("MAP-109")
}

extension Catalog {
    static let transformEntries: [ErrorCode: CatalogEntry] = [
        .mapDatePatternUnsupported: CatalogEntry(
            message: [
                .en: "the date pattern {pattern} contains {token}, which Ferry does not support",
                .nl: "het datumpatroon {pattern} bevat {token}, en dat ondersteunt Ferry niet",
                .de: "das Datumsmuster {pattern} enthält {token}, was Ferry nicht unterstützt",
                .fr: "le modèle de date {pattern} contient {token}, que Ferry ne prend pas en charge",
            ],
            hint: [
                .en: "Use the letters y M d H h m s S a; put other text in single quotes, e.g. yyyy-MM-dd'T'HH:mm.",
                .nl: "Gebruik de letters y M d H h m s S a; zet overige tekst tussen enkele aanhalingstekens, bijv. yyyy-MM-dd'T'HH:mm.",
                .de: "Verwenden Sie die Buchstaben y M d H h m s S a und setzen Sie anderen Text in einfache Anführungszeichen, z. B. yyyy-MM-dd'T'HH:mm.",
                .fr: "Utilisez les lettres y M d H h m s S a et mettez tout autre texte entre apostrophes, par ex. yyyy-MM-dd'T'HH:mm.",
            ]),
        .mapDatePatternIncomplete: CatalogEntry(
            message: [
                .en: "the date pattern {pattern} cannot read a complete date",
                .nl: "met het datumpatroon {pattern} is geen volledige datum te lezen",
                .de: "mit dem Datumsmuster {pattern} lässt sich kein vollständiges Datum lesen",
                .fr: "le modèle de date {pattern} ne permet pas de lire une date complète",
            ],
            hint: [
                .en: "Include year, month and day exactly once (y, M, d); use h only together with a, or H for a 24-hour clock.",
                .nl: "Neem jaar, maand en dag elk precies één keer op (y, M, d); gebruik h alleen samen met a, of H voor een 24-uursklok.",
                .de: "Jahr, Monat und Tag müssen genau einmal vorkommen (y, M, d); h nur zusammen mit a verwenden, sonst H für 24 Stunden.",
                .fr: "Indiquez l'année, le mois et le jour une seule fois chacun (y, M, d) ; h ne s'emploie qu'avec a, sinon H pour l'horloge de 24 heures.",
            ]),
        .mapUnknownTimeZone: CatalogEntry(
            message: [
                .en: "unknown time zone {zone}",
                .nl: "onbekende tijdzone {zone}",
                .de: "unbekannte Zeitzone {zone}",
                .fr: "fuseau horaire inconnu : {zone}",
            ],
            hint: [
                .en: "Use an IANA name such as Europe/Amsterdam or Europe/Brussels, or UTC.",
                .nl: "Gebruik een IANA-naam zoals Europe/Amsterdam of Europe/Brussels, of UTC.",
                .de: "Verwenden Sie einen IANA-Namen wie Europe/Berlin oder Europe/Amsterdam, oder UTC.",
                .fr: "Indiquez un nom IANA comme Europe/Brussels ou Europe/Paris, ou UTC.",
            ]),
        .mapDateMismatch: CatalogEntry(
            message: [
                .en: "{field} does not match the date pattern {pattern}: \"{value}\"",
                .nl: "{field} past niet bij het datumpatroon {pattern}: \"{value}\"",
                .de: "{field} entspricht nicht dem Datumsmuster {pattern}: \"{value}\"",
                .fr: "{field} ne correspond pas au modèle de date {pattern} : « {value} »",
            ],
            hint: [
                .en: "Check the export's date format and set the flow's pattern to match it exactly, including separators and leading zeros.",
                .nl: "Controleer het datumformaat van de export en laat het patroon van de flow daar precies mee overeenkomen, inclusief scheidingstekens en voorloopnullen.",
                .de: "Prüfen Sie das Datumsformat des Exports und passen Sie das Muster des Flows genau daran an, samt Trennzeichen und führenden Nullen.",
                .fr: "Vérifiez le format de date de l'export et alignez exactement le modèle du flux, séparateurs et zéros initiaux compris.",
            ]),
        .mapDateNonexistent: CatalogEntry(
            message: [
                .en: "{field} names a date or time that does not exist: \"{value}\" (pattern {pattern})",
                .nl: "{field} noemt een datum of tijd die niet bestaat: \"{value}\" (patroon {pattern})",
                .de: "{field} nennt ein Datum oder eine Uhrzeit, die es nicht gibt: \"{value}\" (Muster {pattern})",
                .fr: "{field} désigne une date ou une heure qui n'existe pas : « {value} » (modèle {pattern})",
            ],
            hint: [
                .en: "Correct the value in the source system: days beyond the month's end, hours past 23 and times skipped by daylight saving are refused.",
                .nl: "Corrigeer de waarde in het bronsysteem: dagen na het einde van de maand, uren na 23 en tijden die door de zomertijd wegvallen worden geweigerd.",
                .de: "Korrigieren Sie den Wert im Quellsystem: Tage nach Monatsende, Stunden über 23 und durch die Sommerzeit übersprungene Zeiten werden abgelehnt.",
                .fr: "Corrigez la valeur dans le système source : les jours au-delà de la fin du mois, les heures après 23 et les heures sautées au passage à l'heure d'été sont refusés.",
            ]),
        .mapUnknownUnit: CatalogEntry(
            message: [
                .en: "{field}: unknown unit {unit}",
                .nl: "{field}: onbekende eenheid {unit}",
                .de: "{field}: unbekannte Einheit {unit}",
                .fr: "{field} : unité inconnue {unit}",
            ],
            hint: [
                .en: "Ferry converts weights in g, kg, lb, oz and lengths in mm, cm, m, in.",
                .nl: "Ferry rekent gewichten om in g, kg, lb, oz en lengtes in mm, cm, m, in.",
                .de: "Ferry rechnet Gewichte in g, kg, lb, oz und Längen in mm, cm, m, in um.",
                .fr: "Ferry convertit les poids en g, kg, lb, oz et les longueurs en mm, cm, m, in.",
            ]),
        .mapIncompatibleUnits: CatalogEntry(
            message: [
                .en: "{field}: cannot convert {from} into {to}",
                .nl: "{field}: {from} is niet om te rekenen naar {to}",
                .de: "{field}: {from} lässt sich nicht in {to} umrechnen",
                .fr: "{field} : impossible de convertir {from} en {to}",
            ],
            hint: [
                .en: "Convert a weight only into another weight and a length only into another length.",
                .nl: "Reken een gewicht alleen om naar een ander gewicht en een lengte alleen naar een andere lengte.",
                .de: "Rechnen Sie Gewichte nur in Gewichte und Längen nur in Längen um.",
                .fr: "Un poids ne se convertit qu'en un autre poids, une longueur qu'en une autre longueur.",
            ]),
        .mapInvalidVATRate: CatalogEntry(
            message: [
                .en: "{field}: the VAT rate {rate} % is not between 0 and 100",
                .nl: "{field}: het btw-tarief {rate} % ligt niet tussen 0 en 100",
                .de: "{field}: der Mehrwertsteuersatz {rate} % liegt nicht zwischen 0 und 100",
                .fr: "{field} : le taux de TVA de {rate} % n'est pas compris entre 0 et 100",
            ],
            hint: [
                .en: "Give the rate as a percentage, e.g. 21 for 21 % or 9 for 9 %, not as a fraction such as 0.21.",
                .nl: "Geef het tarief als percentage, bijv. 21 voor 21 % of 9 voor 9 %, niet als breuk zoals 0,21.",
                .de: "Geben Sie den Satz in Prozent an, etwa 19 für 19 % oder 7 für 7 %, nicht als Bruch wie 0,19.",
                .fr: "Indiquez le taux en pourcentage, par ex. 21 pour 21 % ou 6 pour 6 %, et non sous forme de fraction comme 0,21.",
            ]),
        .mapInvalidTransformSetting: CatalogEntry(
            message: [
                .en: "the transform {transform} cannot work with {setting} = \"{value}\"",
                .nl: "de transformatie {transform} kan niet werken met {setting} = \"{value}\"",
                .de: "die Umwandlung {transform} funktioniert nicht mit {setting} = \"{value}\"",
                .fr: "la transformation {transform} ne peut pas fonctionner avec {setting} = « {value} »",
            ],
            hint: [
                .en: "Lengths and indexes must be whole numbers, lengths not negative, separators not empty, scales between 0 and 10.",
                .nl: "Lengtes en posities zijn gehele getallen, lengtes niet negatief, scheidingstekens niet leeg, schalen tussen 0 en 10.",
                .de: "Längen und Positionen sind ganze Zahlen, Längen nicht negativ, Trennzeichen nicht leer, Nachkommastellen zwischen 0 und 10.",
                .fr: "Longueurs et positions sont des nombres entiers, les longueurs jamais négatives, les séparateurs jamais vides, les échelles entre 0 et 10.",
            ]),
    ]
}
