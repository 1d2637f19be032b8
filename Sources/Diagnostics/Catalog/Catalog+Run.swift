// What `run`, `watch`, `status` and `log` tell the operator besides errors in files.
extension ErrorCode {
    /// `ferry run` waits for new files to settle before taking them. Args: `count`, `seconds`.
    public static let runObserving = ErrorCode("RUN-001")
    /// The watchdog stopped the process: a file was still being processed after `file-timeout`.
    /// Args: `file`, `seconds`.
    public static let runWatchdogStop = ErrorCode("RUN-002")
    /// A file's documents changed after they were exported: not sent again. Args: `count`.
    public static let runNeedsAttention = ErrorCode("RUN-003")
    /// `--flow` names no configured flow. Args: `flow`, `known`.
    public static let runUnknownFlow = ErrorCode("RUN-004")
    /// `ferry log --key` matched nothing in the ledger. Args: `key`.
    public static let runNoRecordOfKey = ErrorCode("RUN-005")
    /// `ferry status` lists a file's first document errors; more are in its record. Args: `count`, `record`.
    public static let runMoreDocumentErrors = ErrorCode("RUN-006")
}

extension Catalog {
    static let runEntries: [ErrorCode: CatalogEntry] = [
        .runObserving: CatalogEntry(
            message: [
                .en: "observing {count} new file(s) for {seconds} s until they stop changing",
                .nl: "{count} nieuw(e) bestand(en) {seconds} s observeren tot ze niet meer veranderen",
                .de: "{count} neue Datei(en) werden {seconds} s beobachtet, bis sie sich nicht mehr ändern",
                .fr: "observation de {count} nouveau(x) fichier(s) pendant {seconds} s jusqu'à ce qu'ils ne changent plus",
            ],
            hint: [
                .en: "`settle:` under the flow's `pickup:` sets this wait; `ferry run --no-wait` takes only files that have settled already.",
                .nl: "`settle:` onder `pickup:` van de flow bepaalt deze wachttijd; `ferry run --no-wait` neemt alleen bestanden die al stil liggen.",
                .de: "`settle:` unter `pickup:` des Flows legt diese Wartezeit fest; `ferry run --no-wait` nimmt nur Dateien, die schon unverändert sind.",
                .fr: "`settle:` sous `pickup:` du flux règle cette attente ; `ferry run --no-wait` ne prend que les fichiers déjà stables.",
            ]),
        .runWatchdogStop: CatalogEntry(
            message: [
                .en: "stopped: {file} was still being processed after `file-timeout` ({seconds} s)",
                .nl: "gestopt: {file} werd na `file-timeout` ({seconds} s) nog steeds verwerkt",
                .de: "gestoppt: {file} wurde nach `file-timeout` ({seconds} s) immer noch verarbeitet",
                .fr: "arrêté : {file} était encore en cours de traitement après `file-timeout` ({seconds} s)",
            ],
            hint: [
                .en: "Run Ferry again: that file then fails with ENGINE-007 and the other files are processed. Raise `file-timeout` if the file is simply very large.",
                .nl: "Start Ferry opnieuw: dat bestand mislukt dan met ENGINE-007 en de andere bestanden worden verwerkt. Verhoog `file-timeout` als het bestand gewoon erg groot is.",
                .de: "Starten Sie Ferry erneut: diese Datei schlägt dann mit ENGINE-007 fehl und die anderen Dateien werden verarbeitet. Erhöhen Sie `file-timeout`, wenn die Datei einfach sehr groß ist.",
                .fr: "Relancez Ferry : ce fichier échoue alors avec ENGINE-007 et les autres fichiers sont traités. Augmentez `file-timeout` si le fichier est simplement très gros.",
            ]),
        .runNeedsAttention: CatalogEntry(
            message: [
                .en: "{count} document(s) changed after export and were not sent again: needs attention",
                .nl: "{count} document(en) gewijzigd na export en niet opnieuw verstuurd: vraagt aandacht",
                .de: "{count} Dokument(e) nach dem Export geändert und nicht erneut gesendet: erfordert Aufmerksamkeit",
                .fr: "{count} document(s) modifié(s) après export et non renvoyé(s) : à examiner",
            ],
            hint: [
                .en: "`ferry status` lists what changed. Pass the change on by hand, or send it as a new version with `ferry reprocess ID --force`; then `ferry resolve ID`.",
                .nl: "`ferry status` toont wat er veranderde. Geef de wijziging met de hand door, of stuur haar als nieuwe versie met `ferry reprocess ID --force`; daarna `ferry resolve ID`.",
                .de: "`ferry status` zeigt, was sich geändert hat. Geben Sie die Änderung von Hand weiter oder senden Sie sie mit `ferry reprocess ID --force` als neue Version; danach `ferry resolve ID`.",
                .fr: "`ferry status` indique ce qui a changé. Transmettez la modification à la main, ou envoyez-la comme nouvelle version avec `ferry reprocess ID --force` ; puis `ferry resolve ID`.",
            ]),
        .runUnknownFlow: CatalogEntry(
            message: [
                .en: "unknown flow '{flow}'",
                .nl: "onbekende flow '{flow}'",
                .de: "unbekannter Flow '{flow}'",
                .fr: "flux inconnu « {flow} »",
            ],
            hint: [
                .en: "The configured flows are: {known}.",
                .nl: "De geconfigureerde flows zijn: {known}.",
                .de: "Die konfigurierten Flows sind: {known}.",
                .fr: "Les flux configurés sont : {known}.",
            ]),
        .runNoRecordOfKey: CatalogEntry(
            message: [
                .en: "no record of key '{key}'",
                .nl: "geen gegevens over sleutel '{key}'",
                .de: "keine Aufzeichnung zum Schlüssel '{key}'",
                .fr: "aucune trace de la clé « {key} »",
            ],
            hint: [
                .en: "The key is matched as part of business keys such as canonical/sales/SO-1001 in the ledger; check the spelling, or run `ferry log` without `--key`.",
                .nl: "De sleutel wordt gezocht als deel van bedrijfssleutels zoals canonical/sales/SO-1001 in de ledger; controleer de spelling, of voer `ferry log` uit zonder `--key`.",
                .de: "Der Schlüssel wird als Teil von Geschäftsschlüsseln wie canonical/sales/SO-1001 im Ledger gesucht; prüfen Sie die Schreibweise oder führen Sie `ferry log` ohne `--key` aus.",
                .fr: "La clé est cherchée comme partie des clés métier telles que canonical/sales/SO-1001 dans le registre ; vérifiez l'orthographe, ou lancez `ferry log` sans `--key`.",
            ]),
        .runMoreDocumentErrors: CatalogEntry(
            message: [
                .en: "… {count} more document error(s) in {record}",
                .nl: "… nog {count} documentfout(en) in {record}",
                .de: "… {count} weitere Dokumentfehler in {record}",
                .fr: "… {count} autre(s) erreur(s) de document dans {record}",
            ],
            hint: [
                .en: "The status record lists every document with its errors.",
                .nl: "Het statusrecord toont elk document met zijn fouten.",
                .de: "Der Statusdatensatz listet jedes Dokument mit seinen Fehlern auf.",
                .fr: "L'enregistrement d'état liste chaque document avec ses erreurs.",
            ]),
    ]
}
