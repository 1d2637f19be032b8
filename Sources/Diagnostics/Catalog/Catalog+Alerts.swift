// Silence alerts (`expect:`) and retention (`retention:`, `ferry prune`): the configuration
// mistakes (CONFIG-100…109) and the operator texts.
extension ErrorCode {
    /// `expect:` has neither `every:` with `by:`, nor `within:` (or both). Args: none.
    public static let configExpectShape = ErrorCode("CONFIG-100")
    /// `by:` is not a time of day. Args: `value`.
    public static let configExpectTime = ErrorCode("CONFIG-101")
    /// `time-zone:` names no time zone. Args: `value`.
    public static let configUnknownTimeZone = ErrorCode("CONFIG-102")
    /// A long duration (`within:`, `retention:`) is not minutes, hours or days above zero. Args: `key`, `value`.
    public static let configLongDuration = ErrorCode("CONFIG-103")

    /// A flow's missed window, for `ferry status`. Args: `end`, `expected`, `last`.
    public static let statusMissing = ErrorCode("status.missing")
    /// Args: `end`, `expected`.
    public static let statusMissingNever = ErrorCode("status.missing-never")
    /// Args: `time`, `zone`.
    public static let expectDaily = ErrorCode("expect.daily")
    /// Args: `duration`.
    public static let expectWithin = ErrorCode("expect.within")

    /// Args: `files`, `copies`, `bytes`.
    public static let pruneDone = ErrorCode("prune.done")
    /// Args: `files`, `copies`, `bytes`.
    public static let pruneWould = ErrorCode("prune.would")
    /// Args: `count`.
    public static let pruneResumed = ErrorCode("prune.resumed")
    public static let pruneNotConfigured = ErrorCode("prune.not-configured")
    /// Reprocess names a file whose archived input `ferry prune` removed. Args: `selector`.
    public static let pruneFileGone = ErrorCode("PRUNE-001")
    /// The console's tag for a pruned file.
    public static let consolePruned = ErrorCode("console.pruned")
}

extension Catalog {
    static let alertEntries: [ErrorCode: CatalogEntry] = [
        .configExpectShape: CatalogEntry(
            message: [
                .en: "`expect:` needs either `every:` with `by:`, or `within:`",
                .nl: "`expect:` heeft `every:` met `by:` nodig, of `within:`",
                .de: "`expect:` braucht entweder `every:` mit `by:` oder `within:`",
                .fr: "`expect:` demande soit `every:` avec `by:`, soit `within:`",
            ],
            hint: [
                .en: "Write `expect: { every: day, by: \"06:00\", time-zone: Europe/Amsterdam }` or `expect: { within: 26h }`.",
                .nl: "Schrijf `expect: { every: day, by: \"06:00\", time-zone: Europe/Amsterdam }` of `expect: { within: 26h }`.",
                .de: "Schreiben Sie `expect: { every: day, by: \"06:00\", time-zone: Europe/Amsterdam }` oder `expect: { within: 26h }`.",
                .fr: "Écrivez `expect: { every: day, by: \"06:00\", time-zone: Europe/Amsterdam }` ou `expect: { within: 26h }`.",
            ]),
        .configExpectTime: CatalogEntry(
            message: [
                .en: "`by:` must be a time of day, not `{value}`",
                .nl: "`by:` moet een tijdstip zijn, niet `{value}`",
                .de: "`by:` muss eine Uhrzeit sein, nicht `{value}`",
                .fr: "`by:` doit être une heure du jour, pas `{value}`",
            ],
            hint: [
                .en: "Write hours and minutes on a 24-hour clock in quotes, such as `\"06:00\"` or `\"23:30\"`.",
                .nl: "Schrijf uren en minuten op een 24-uursklok tussen aanhalingstekens, zoals `\"06:00\"` of `\"23:30\"`.",
                .de: "Schreiben Sie Stunden und Minuten im 24-Stunden-Format in Anführungszeichen, etwa `\"06:00\"` oder `\"23:30\"`.",
                .fr: "Indiquez heures et minutes sur 24 heures entre guillemets, comme `\"06:00\"` ou `\"23:30\"`.",
            ]),
        .configUnknownTimeZone: CatalogEntry(
            message: [
                .en: "`{value}` is not a time zone",
                .nl: "`{value}` is geen tijdzone",
                .de: "`{value}` ist keine Zeitzone",
                .fr: "`{value}` n'est pas un fuseau horaire",
            ],
            hint: [
                .en: "Use a name from the time zone database, such as `Europe/Amsterdam` or `UTC` (the default).",
                .nl: "Gebruik een naam uit de tijdzonedatabase, zoals `Europe/Amsterdam` of `UTC` (de standaard).",
                .de: "Verwenden Sie einen Namen aus der Zeitzonendatenbank, etwa `Europe/Berlin` oder `UTC` (Standard).",
                .fr: "Utilisez un nom de la base des fuseaux horaires, comme `Europe/Paris` ou `UTC` (par défaut).",
            ]),
        .configLongDuration: CatalogEntry(
            message: [
                .en: "`{key}` must be a duration above zero in minutes, hours or days, not `{value}`",
                .nl: "`{key}` moet een tijdsduur boven nul zijn in minuten, uren of dagen, niet `{value}`",
                .de: "`{key}` muss eine Dauer über null in Minuten, Stunden oder Tagen sein, nicht `{value}`",
                .fr: "`{key}` doit être une durée supérieure à zéro en minutes, heures ou jours, pas `{value}`",
            ],
            hint: [
                .en: "Write a number with `m`, `h` or `d`, such as `90m`, `26h` or `180d`.",
                .nl: "Schrijf een getal met `m`, `h` of `d`, zoals `90m`, `26h` of `180d`.",
                .de: "Schreiben Sie eine Zahl mit `m`, `h` oder `d`, etwa `90m`, `26h` oder `180d`.",
                .fr: "Écrivez un nombre suivi de `m`, `h` ou `d`, comme `90m`, `26h` ou `180d`.",
            ]),
        .statusMissing: CatalogEntry(text: [
            .en: "missing: no file in the window that ended {end} (expected {expected}); last file {last}",
            .nl: "ontbreekt: geen bestand in de periode die eindigde op {end} (verwacht {expected}); laatste bestand {last}",
            .de: "fehlt: keine Datei im Zeitfenster, das {end} endete (erwartet {expected}); letzte Datei {last}",
            .fr: "manquant : aucun fichier dans la période terminée le {end} (attendu {expected}) ; dernier fichier {last}",
        ]),
        .statusMissingNever: CatalogEntry(text: [
            .en: "missing: no file in the window that ended {end} (expected {expected}); no file yet",
            .nl: "ontbreekt: geen bestand in de periode die eindigde op {end} (verwacht {expected}); nog geen bestand",
            .de: "fehlt: keine Datei im Zeitfenster, das {end} endete (erwartet {expected}); noch keine Datei",
            .fr: "manquant : aucun fichier dans la période terminée le {end} (attendu {expected}) ; aucun fichier encore",
        ]),
        .expectDaily: CatalogEntry(text: [
            .en: "every day by {time} {zone}",
            .nl: "elke dag voor {time} {zone}",
            .de: "jeden Tag bis {time} {zone}",
            .fr: "chaque jour avant {time} {zone}",
        ]),
        .pruneFileGone: CatalogEntry(
            message: [
                .en: "file {selector} was pruned: its archived input is no longer kept (`retention:`)",
                .nl: "bestand {selector} is opgeruimd: de gearchiveerde invoer wordt niet meer bewaard (`retention:`)",
                .de: "Datei {selector} wurde entfernt: ihre archivierte Eingabe wird nicht mehr aufbewahrt (`retention:`)",
                .fr: "le fichier {selector} a été supprimé : son entrée archivée n'est plus conservée (`retention:`)",
            ],
            hint: [
                .en: "Drop the file into the inbox again: orders it exported before stay `already-exported`.",
                .nl: "Zet het bestand opnieuw in de inbox: orders die het eerder exporteerde blijven `already-exported`.",
                .de: "Legen Sie die Datei erneut in den Posteingang: zuvor exportierte Bestellungen bleiben `already-exported`.",
                .fr: "Déposez à nouveau le fichier dans la boîte d'entrée : les commandes déjà exportées restent `already-exported`.",
            ]),
        .pruneDone: CatalogEntry(text: [
            .en: "pruned {files} archived files and {copies} payload copies ({bytes} bytes)",
            .nl: "{files} gearchiveerde bestanden en {copies} payloadkopieën opgeruimd ({bytes} bytes)",
            .de: "{files} archivierte Dateien und {copies} Payload-Kopien entfernt ({bytes} Bytes)",
            .fr: "{files} fichiers archivés et {copies} copies de payload supprimés ({bytes} octets)",
        ]),
        .pruneWould: CatalogEntry(text: [
            .en: "would prune {files} archived files and {copies} payload copies ({bytes} bytes); nothing removed",
            .nl: "zou {files} gearchiveerde bestanden en {copies} payloadkopieën opruimen ({bytes} bytes); niets verwijderd",
            .de: "würde {files} archivierte Dateien und {copies} Payload-Kopien entfernen ({bytes} Bytes); nichts entfernt",
            .fr: "supprimerait {files} fichiers archivés et {copies} copies de payload ({bytes} octets) ; rien supprimé",
        ]),
        .pruneResumed: CatalogEntry(text: [
            .en: "finished the prune of {count} files that a stopped prune had begun",
            .nl: "opruimen afgemaakt van {count} bestanden waaraan een gestopte opruiming begonnen was",
            .de: "Entfernen von {count} Dateien abgeschlossen, das ein abgebrochener Lauf begonnen hatte",
            .fr: "suppression terminée de {count} fichiers qu'un nettoyage interrompu avait commencée",
        ]),
        .pruneNotConfigured: CatalogEntry(text: [
            .en: "nothing to prune: ferry.yml has no `retention:`",
            .nl: "niets op te ruimen: ferry.yml heeft geen `retention:`",
            .de: "nichts zu entfernen: ferry.yml hat kein `retention:`",
            .fr: "rien à supprimer : ferry.yml n'a pas de `retention:`",
        ]),
        .consolePruned: CatalogEntry(text: [
            .en: "pruned", .nl: "opgeruimd", .de: "entfernt", .fr: "supprimé",
        ]),
        .expectWithin: CatalogEntry(text: [
            .en: "at least one file every {duration}",
            .nl: "minstens één bestand per {duration}",
            .de: "mindestens eine Datei alle {duration}",
            .fr: "au moins un fichier toutes les {duration}",
        ]),
    ]
}
