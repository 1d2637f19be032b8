// What `run`, `watch`, `status` and `log` tell the operator besides errors in files.
extension ErrorCode {
    /// `ferry run` waits for new files to settle before taking them (a notice). Args: `count`, `seconds`.
    public static let runObserving = ErrorCode("run.observing")
    /// The watchdog stopped the process: a file was still being processed after `file-timeout`.
    /// Args: `file`, `seconds`.
    public static let runWatchdogStop = ErrorCode("RUN-002")
    /// A file's documents changed after they were exported: not sent again (a notice). Args: `count`.
    public static let runNeedsAttention = ErrorCode("run.needs-attention")
    /// `--flow` names no configured flow. Args: `flow`, `known`.
    public static let runUnknownFlow = ErrorCode("RUN-004")
    /// `ferry log --key` matched nothing in the ledger (a notice). Args: `key`.
    public static let runNoRecordOfKey = ErrorCode("log.no-record-of-key")
    /// `ferry status` lists a file's first document errors; more are in its record (a notice).
    /// Args: `count`, `record`.
    public static let runMoreDocumentErrors = ErrorCode("status.more-document-errors")
}

extension Catalog {
    static let runEntries: [ErrorCode: CatalogEntry] = [
        .runObserving: CatalogEntry(text: [
            .en: "observing {count} new file(s) for {seconds} s until they stop changing",
            .nl: "{count} nieuw(e) bestand(en) {seconds} s observeren tot ze niet meer veranderen",
            .de: "{count} neue Datei(en) werden {seconds} s beobachtet, bis sie sich nicht mehr ändern",
            .fr: "observation de {count} nouveau(x) fichier(s) pendant {seconds} s jusqu'à ce qu'ils ne changent plus",
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
        .runNeedsAttention: CatalogEntry(text: [
            .en: "{count} document(s) changed after export and were not sent again: needs attention",
            .nl: "{count} document(en) gewijzigd na export en niet opnieuw verstuurd: vraagt aandacht",
            .de: "{count} Dokument(e) nach dem Export geändert und nicht erneut gesendet: erfordert Aufmerksamkeit",
            .fr: "{count} document(s) modifié(s) après export et non renvoyé(s) : à examiner",
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
        .runNoRecordOfKey: CatalogEntry(text: [
            .en: "no record of key '{key}'",
            .nl: "geen gegevens over sleutel '{key}'",
            .de: "keine Aufzeichnung zum Schlüssel '{key}'",
            .fr: "aucune trace de la clé « {key} »",
        ]),
        .runMoreDocumentErrors: CatalogEntry(text: [
            .en: "… {count} more document error(s) in {record}",
            .nl: "… nog {count} documentfout(en) in {record}",
            .de: "… {count} weitere Dokumentfehler in {record}",
            .fr: "… {count} autre(s) erreur(s) de document dans {record}",
        ]),
    ]
}
