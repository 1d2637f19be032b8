// Operator texts of `ferry log` (the lineage of a business key) and of `ferry demo`.
extension ErrorCode {
    public static let logLineageHeading = ErrorCode("log.lineage-heading")
    /// Args: `key`, `id`, `file`, `flow`, `received`, `attempt`, `why`, `outcome`.
    public static let logLineage = ErrorCode("log.lineage")
    /// Args: `output`.
    public static let logWrote = ErrorCode("log.wrote")
    /// Who did what an activity entry records. Args: `actor` (an OS user, or `console:NAME`).
    public static let logBy = ErrorCode("log.by")
    /// Args: `count`, `inbox`, `files`.
    public static let demoCopied = ErrorCode("demo.copied")
    public static let demoRunning = ErrorCode("demo.running")
    /// Args: `root`.
    public static let demoExplained = ErrorCode("demo.explained")
    public static let demoNotAsIntended = ErrorCode("demo.not-as-intended")
    /// The demo run again in the same root: every example is a duplicate. Args: `root`.
    public static let demoRanBefore = ErrorCode("demo.ran-before")
}

extension Catalog {
    static let logTextEntries: [ErrorCode: CatalogEntry] = [
        .logLineageHeading: CatalogEntry(text: [
            .en: "lineage:", .nl: "herkomst:", .de: "Herkunft:", .fr: "traçabilité :",
        ]),
        .logLineage: CatalogEntry(text: [
            .en: "{key}: file #{id} {file} ({flow}, received {received}), attempt {attempt} [{why}] → {outcome}",
            .nl: "{key}: bestand #{id} {file} ({flow}, ontvangen {received}), poging {attempt} [{why}] → {outcome}",
            .de: "{key}: Datei #{id} {file} ({flow}, empfangen {received}), Versuch {attempt} [{why}] → {outcome}",
            .fr: "{key} : fichier n° {id} {file} ({flow}, reçu le {received}), tentative {attempt} [{why}] → {outcome}",
        ]),
        .demoCopied: CatalogEntry(text: [
            .en: "copied {count} example files into {inbox}: {files}",
            .nl: "{count} voorbeeldbestanden gekopieerd naar {inbox}: {files}",
            .de: "{count} Beispieldateien nach {inbox} kopiert: {files}",
            .fr: "{count} fichiers d'exemple copiés dans {inbox} : {files}",
        ]),
        .demoRunning: CatalogEntry(text: [
            .en: "running once (new files are watched for the settle time first)…",
            .nl: "één keer verwerken (nieuwe bestanden worden eerst de settle-tijd bekeken)…",
            .de: "einmal verarbeiten (neue Dateien werden zuerst die Settle-Zeit lang beobachtet)…",
            .fr: "traitement unique (les nouveaux fichiers sont d'abord observés pendant le délai de stabilisation)…",
        ]),
        .demoExplained: CatalogEntry(text: [
            .en: "Payloads are in {root}/outbox, inputs and their .status.json records in {root}/archive.\norders-broken.csv has a quantity \"twelve\" on purpose: that order fails with a coded, located\nerror (in four languages in its .status.json), the other order in it is exported, and the run\nreports the file as partial. Try: ferry status · ferry log --key WS-10001 · ferry reprocess --failed --dry-run",
            .nl: "De payloads staan in {root}/outbox, de invoer en de .status.json-records in {root}/archive.\norders-broken.csv heeft met opzet een aantal \"twelve\": die order mislukt met een gecodeerde fout\nmet plaatsaanduiding (in vier talen in de .status.json), de andere order erin wordt geëxporteerd en\nde run meldt het bestand als gedeeltelijk. Probeer: ferry status · ferry log --key WS-10001 · ferry reprocess --failed --dry-run",
            .de: "Die Payloads liegen in {root}/outbox, die Eingaben und ihre .status.json-Dateien in {root}/archive.\norders-broken.csv enthält absichtlich die Menge \"twelve\": dieser Auftrag scheitert mit einem\ncodierten, verorteten Fehler (in vier Sprachen in der .status.json), der andere Auftrag darin wird\nexportiert, und der Lauf meldet die Datei als teilweise. Probieren Sie: ferry status · ferry log --key WS-10001 · ferry reprocess --failed --dry-run",
            .fr: "Les charges utiles sont dans {root}/outbox, les entrées et leurs fiches .status.json dans {root}/archive.\norders-broken.csv contient exprès une quantité \"twelve\" : cette commande échoue avec une erreur\ncodée et localisée (en quatre langues dans sa .status.json), l'autre commande du fichier est exportée\net l'exécution signale le fichier comme partiel. Essayez : ferry status · ferry log --key WS-10001 · ferry reprocess --failed --dry-run",
        ]),
        .demoNotAsIntended: CatalogEntry(text: [
            .en: "the demo did not go as intended (see above)",
            .nl: "de demo verliep niet zoals bedoeld (zie hierboven)",
            .de: "die Demo lief nicht wie vorgesehen (siehe oben)",
            .fr: "la démonstration ne s'est pas déroulée comme prévu (voir ci-dessus)",
        ]),
        .demoRanBefore: CatalogEntry(text: [
            .en: "The demo already ran in {root}: every example file is a duplicate of one Ferry has taken before,\nso nothing was exported twice (that is Ferry keeping its promise). To see the demo from the\nstart, run it in an empty folder: ferry demo --root <empty folder>",
            .nl: "De demo is al eerder uitgevoerd in {root}: elk voorbeeldbestand is een duplicaat van een bestand\ndat Ferry al eerder verwerkte, dus er is niets twee keer geëxporteerd (zo houdt Ferry zijn belofte).\nOm de demo vanaf het begin te zien, voer hem uit in een lege map: ferry demo --root <lege map>",
            .de: "Die Demo lief bereits in {root}: jede Beispieldatei ist ein Duplikat einer Datei, die Ferry schon\nverarbeitet hat, also wurde nichts zweimal exportiert (so hält Ferry sein Versprechen). Um die Demo\nvon vorn zu sehen, führen Sie sie in einem leeren Ordner aus: ferry demo --root <leerer Ordner>",
            .fr: "La démonstration a déjà été exécutée dans {root} : chaque fichier d'exemple est un doublon d'un\nfichier déjà traité par Ferry, donc rien n'a été exporté deux fois (Ferry tient sa promesse). Pour voir\nla démonstration depuis le début, lancez-la dans un dossier vide : ferry demo --root <dossier vide>",
        ]),
        .logWrote: CatalogEntry(text: [
            .en: "wrote {output}", .nl: "schreef {output}", .de: "schrieb {output}", .fr: "a écrit {output}",
        ]),
        .logBy: CatalogEntry(text: [
            .en: "by {actor}", .nl: "door {actor}", .de: "von {actor}", .fr: "par {actor}",
        ]),
    ]
}
