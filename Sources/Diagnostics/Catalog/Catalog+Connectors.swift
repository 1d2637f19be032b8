// Errors of the built-in connectors: Exact Online (EXACT) and Sendcloud (SENDCLOUD).
extension ErrorCode {
    /// An Exact sales order whose `SalesOrderLines` is only a `__deferred` link. Args: `number`.
    public static let exactLinesDeferred = ErrorCode("EXACT-001")
    /// A Sendcloud parcel without a tracking number (not announced yet). Args: `parcel`, `order`, `status`.
    public static let sendcloudNoTracking = ErrorCode("SENDCLOUD-001")
    /// Street and city (or every address field) are empty. Args: `fields`.
    public static let sendcloudAddressEmpty = ErrorCode("SENDCLOUD-002")
    /// One required address field is empty. Args: `field`.
    public static let sendcloudAddressFieldMissing = ErrorCode("SENDCLOUD-003")
    /// The country is not an ISO 3166-1 alpha-2 code. Args: `value`.
    public static let sendcloudCountryUnknown = ErrorCode("SENDCLOUD-004")
    /// No house number, neither given nor found in the street line. Args: `street`.
    public static let sendcloudHouseNumberMissing = ErrorCode("SENDCLOUD-005")
    /// A parcel outside the EU lacks customs data on a line. Args: `line`, `sku`, `fields`, `country`.
    public static let sendcloudCustomsMissing = ErrorCode("SENDCLOUD-006")
    /// The service point id is not a number. Args: `value`.
    public static let sendcloudServicePointInvalid = ErrorCode("SENDCLOUD-007")
    /// A Sendcloud parcel without an order number: nothing to match it to. Args: `parcel`, `tracking`.
    public static let sendcloudNoOrderNumber = ErrorCode("SENDCLOUD-008")
}

extension Catalog {
    static let connectorEntries: [ErrorCode: CatalogEntry] = [
        .exactLinesDeferred: CatalogEntry(
            message: [
                .en: "sales order {number} has no lines in the file: `SalesOrderLines` is only a link (`__deferred`)",
                .nl: "verkooporder {number} heeft geen regels in het bestand: `SalesOrderLines` is alleen een link (`__deferred`)",
                .de: "Verkaufsauftrag {number} hat keine Zeilen in der Datei: `SalesOrderLines` ist nur ein Verweis (`__deferred`)",
                .fr: "la commande client {number} n'a pas de lignes dans le fichier : `SalesOrderLines` n'est qu'un lien (`__deferred`)",
            ],
            hint: [
                .en: "Fetch the orders with `$expand=SalesOrderLines` so the lines come inline, then reprocess the file.",
                .nl: "Haal de orders op met `$expand=SalesOrderLines` zodat de regels erin staan en verwerk het bestand opnieuw.",
                .de: "Rufen Sie die Aufträge mit `$expand=SalesOrderLines` ab, damit die Zeilen enthalten sind, und verarbeiten Sie die Datei erneut.",
                .fr: "Récupérez les commandes avec `$expand=SalesOrderLines` pour que les lignes soient incluses, puis retraitez le fichier.",
            ]),
        .sendcloudNoTracking: CatalogEntry(
            message: [
                .en: "parcel {parcel} (order {order}) has no tracking number yet (status: {status})",
                .nl: "pakket {parcel} (order {order}) heeft nog geen trackingnummer (status: {status})",
                .de: "Paket {parcel} (Auftrag {order}) hat noch keine Sendungsnummer (Status: {status})",
                .fr: "le colis {parcel} (commande {order}) n'a pas encore de numéro de suivi (statut : {status})",
            ],
            hint: [
                .en: "Nothing is sent back for it; a later file of the parcel with a tracking number is.",
                .nl: "Er wordt niets voor teruggestuurd; een later bestand van het pakket met trackingnummer wel.",
                .de: "Dafür wird nichts zurückgemeldet; eine spätere Datei des Pakets mit Sendungsnummer schon.",
                .fr: "Rien n'est renvoyé pour lui ; un fichier ultérieur du colis avec un numéro de suivi le sera.",
            ]),
        .sendcloudAddressEmpty: CatalogEntry(
            message: [
                .en: "the delivery address is empty ({fields})",
                .nl: "het afleveradres is leeg ({fields})",
                .de: "die Lieferadresse ist leer ({fields})",
                .fr: "l'adresse de livraison est vide ({fields})",
            ],
            hint: [
                .en: "Fill in the order's delivery address in the source system (or map it with `fields:`), then run `ferry reprocess --failed`.",
                .nl: "Vul het afleveradres van de order in het bronsysteem in (of koppel het met `fields:`) en voer `ferry reprocess --failed` uit.",
                .de: "Ergänzen Sie die Lieferadresse des Auftrags im Quellsystem (oder ordnen Sie sie mit `fields:` zu) und führen Sie `ferry reprocess --failed` aus.",
                .fr: "Complétez l'adresse de livraison de la commande dans le système source (ou associez-la avec `fields:`), puis lancez `ferry reprocess --failed`.",
            ]),
        .sendcloudAddressFieldMissing: CatalogEntry(
            message: [
                .en: "the delivery address has no `{field}`",
                .nl: "het afleveradres heeft geen `{field}`",
                .de: "der Lieferadresse fehlt `{field}`",
                .fr: "l'adresse de livraison n'a pas de `{field}`",
            ],
            hint: [
                .en: "Sendcloud requires it. Fill it in the source system (or map it with `fields:`), then run `ferry reprocess --failed`.",
                .nl: "Sendcloud vereist het. Vul het in het bronsysteem in (of koppel het met `fields:`) en voer `ferry reprocess --failed` uit.",
                .de: "Sendcloud verlangt es. Ergänzen Sie es im Quellsystem (oder ordnen Sie es mit `fields:` zu) und führen Sie `ferry reprocess --failed` aus.",
                .fr: "Sendcloud l'exige. Complétez-le dans le système source (ou associez-le avec `fields:`), puis lancez `ferry reprocess --failed`.",
            ]),
        .sendcloudCountryUnknown: CatalogEntry(
            message: [
                .en: "`{value}` is not a known country code",
                .nl: "`{value}` is geen bekende landcode",
                .de: "`{value}` ist kein bekannter Ländercode",
                .fr: "`{value}` n'est pas un code pays connu",
            ],
            hint: [
                .en: "Sendcloud takes ISO 3166-1 alpha-2 codes (NL, BE, DE, US). Correct the country, or map names to codes with a value map in `fields:`, then run `ferry reprocess --failed`.",
                .nl: "Sendcloud accepteert ISO 3166-1 alpha-2-codes (NL, BE, DE, US). Corrigeer het land of zet namen om met een waardetabel in `fields:` en voer `ferry reprocess --failed` uit.",
                .de: "Sendcloud nimmt ISO-3166-1-Alpha-2-Codes (NL, BE, DE, US). Korrigieren Sie das Land oder übersetzen Sie Namen mit einer Wertetabelle in `fields:` und führen Sie `ferry reprocess --failed` aus.",
                .fr: "Sendcloud accepte les codes ISO 3166-1 alpha-2 (NL, BE, DE, US). Corrigez le pays ou convertissez les noms avec une table de valeurs dans `fields:`, puis lancez `ferry reprocess --failed`.",
            ]),
        .sendcloudHouseNumberMissing: CatalogEntry(
            message: [
                .en: "no house number in the delivery address (street line: \"{street}\")",
                .nl: "geen huisnummer in het afleveradres (straatregel: \"{street}\")",
                .de: "keine Hausnummer in der Lieferadresse (Straßenzeile: \"{street}\")",
                .fr: "pas de numéro dans l'adresse de livraison (ligne de rue : \"{street}\")",
            ],
            hint: [
                .en: "Add the house number to the street line in the source system, then run `ferry reprocess --failed`.",
                .nl: "Voeg het huisnummer toe aan de straatregel in het bronsysteem en voer `ferry reprocess --failed` uit.",
                .de: "Ergänzen Sie die Hausnummer in der Straßenzeile im Quellsystem und führen Sie `ferry reprocess --failed` aus.",
                .fr: "Ajoutez le numéro à la ligne de rue dans le système source, puis lancez `ferry reprocess --failed`.",
            ]),
        .sendcloudCustomsMissing: CatalogEntry(
            message: [
                .en: "line {line} ({sku}) lacks customs data for a parcel to {country}: {fields}",
                .nl: "regel {line} ({sku}) mist douanegegevens voor een pakket naar {country}: {fields}",
                .de: "Zeile {line} ({sku}) fehlen Zolldaten für ein Paket nach {country}: {fields}",
                .fr: "la ligne {line} ({sku}) manque de données douanières pour un colis vers {country} : {fields}",
            ],
            hint: [
                .en: "Parcels outside the EU need an HS code, origin country, weight and value per item: set them on the article (catalog), or the target options `hs-code`, `origin-country`, `item-weight`, then run `ferry reprocess --failed`.",
                .nl: "Pakketten buiten de EU hebben per artikel een HS-code, land van herkomst, gewicht en waarde nodig: zet ze bij het artikel (catalogus) of in de doelopties `hs-code`, `origin-country`, `item-weight` en voer `ferry reprocess --failed` uit.",
                .de: "Pakete außerhalb der EU brauchen je Artikel HS-Code, Ursprungsland, Gewicht und Wert: pflegen Sie sie am Artikel (Katalog) oder in den Zieloptionen `hs-code`, `origin-country`, `item-weight` und führen Sie `ferry reprocess --failed` aus.",
                .fr: "Les colis hors UE demandent par article un code SH, un pays d'origine, un poids et une valeur : renseignez-les sur l'article (catalogue) ou dans les options de cible `hs-code`, `origin-country`, `item-weight`, puis lancez `ferry reprocess --failed`.",
            ]),
        .sendcloudNoOrderNumber: CatalogEntry(
            message: [
                .en: "parcel {parcel} (tracking {tracking}) has no order number, so no order or goods delivery matches it",
                .nl: "pakket {parcel} (tracking {tracking}) heeft geen ordernummer, dus er hoort geen order of levering bij",
                .de: "Paket {parcel} (Sendung {tracking}) hat keine Auftragsnummer, daher passt kein Auftrag und keine Lieferung dazu",
                .fr: "le colis {parcel} (suivi {tracking}) n'a pas de numéro de commande : aucune commande ni livraison ne lui correspond",
            ],
            hint: [
                .en: "Parcels Ferry created carry `order_number`; a parcel made by hand in Sendcloud needs one before its tracking can go back.",
                .nl: "Pakketten die Ferry aanmaakt hebben een `order_number`; een handmatig in Sendcloud gemaakt pakket heeft er een nodig voordat de tracking terug kan.",
                .de: "Von Ferry angelegte Pakete tragen `order_number`; ein in Sendcloud von Hand angelegtes Paket braucht eine, bevor die Sendungsverfolgung zurückgehen kann.",
                .fr: "Les colis créés par Ferry portent un `order_number` ; un colis créé à la main dans Sendcloud en a besoin avant que son suivi puisse être renvoyé.",
            ]),
        .sendcloudServicePointInvalid: CatalogEntry(
            message: [
                .en: "the service point id `{value}` is not a number",
                .nl: "het servicepunt-id `{value}` is geen getal",
                .de: "die Servicepunkt-ID `{value}` ist keine Zahl",
                .fr: "l'identifiant de point relais `{value}` n'est pas un nombre",
            ],
            hint: [
                .en: "Sendcloud service point ids are numbers; check the field named by `service-point-field`.",
                .nl: "Servicepunt-id's van Sendcloud zijn getallen; controleer het veld uit `service-point-field`.",
                .de: "Sendcloud-Servicepunkt-IDs sind Zahlen; prüfen Sie das Feld aus `service-point-field`.",
                .fr: "Les identifiants de point relais Sendcloud sont des nombres ; vérifiez le champ indiqué par `service-point-field`.",
            ]),
    ]
}
