// The ledger itself is missing or damaged: Ferry stops (exit 7) rather than export again.
extension ErrorCode {
    /// The ledger is absent or empty while the archive holds status records. Args: `ledger`, `archive`.
    public static let ledgerMissing = ErrorCode("LEDGER-001")
    /// The ledger has fewer commits than it had (its generation is below the mirror's). Args: `ledger`, `recorded`, `found`.
    public static let ledgerLostCommits = ErrorCode("LEDGER-002")
    /// SQLite reports the ledger file as malformed. Args: `ledger`, `detail`.
    public static let ledgerMalformed = ErrorCode("LEDGER-003")
    /// `ferry ledger rebuild` while another Ferry process works on the root. Args: `owner`.
    public static let ledgerRebuildBusy = ErrorCode("LEDGER-004")
    /// A status record in the archive that is not valid JSON of the documented shape.
    public static let ledgerRebuildUnreadableRecord = ErrorCode("LEDGER-005")
}

extension Catalog {
    static let ledgerEntries: [ErrorCode: CatalogEntry] = [
        .ledgerMissing: CatalogEntry(
            message: [
                .en: "the ledger {ledger} is missing or empty, but {archive} holds files this root already processed; Ferry will not start over and export them again",
                .nl: "het grootboek {ledger} ontbreekt of is leeg, maar {archive} bevat bestanden die deze root al verwerkte; Ferry begint niet opnieuw en exporteert ze niet nog eens",
                .de: "das Journal {ledger} fehlt oder ist leer, aber {archive} enthält Dateien, die dieses Verzeichnis schon verarbeitet hat; Ferry fängt nicht von vorn an und exportiert sie nicht erneut",
                .fr: "le registre {ledger} est absent ou vide, mais {archive} contient des fichiers déjà traités par cette racine ; Ferry ne recommence pas et ne les exporte pas une seconde fois",
            ],
            hint: [
                .en: "Restore .ferry/ from a backup (see README, \"Backing up a root\"), or run `ferry ledger rebuild` to rebuild the ledger from the archive's status records.",
                .nl: "Zet .ferry/ terug uit een back-up (zie README, \"Backing up a root\"), of voer `ferry ledger rebuild` uit om het grootboek opnieuw op te bouwen uit de statusrecords in het archief.",
                .de: "Stellen Sie .ferry/ aus einer Sicherung wieder her (siehe README, \"Backing up a root\") oder bauen Sie das Journal mit `ferry ledger rebuild` aus den Statusdateien des Archivs neu auf.",
                .fr: "Restaurez .ferry/ depuis une sauvegarde (voir le README, « Backing up a root »), ou lancez `ferry ledger rebuild` pour reconstruire le registre à partir des fiches d'état de l'archive.",
            ]),
        .ledgerLostCommits: CatalogEntry(
            message: [
                .en: "the ledger {ledger} has lost commits: it records {found} write transactions where {recorded} were made (a damaged write-ahead log, or an older copy of the ledger)",
                .nl: "het grootboek {ledger} is vastleggingen kwijt: het telt {found} schrijftransacties waar er {recorded} waren (een beschadigd write-ahead-log of een oudere kopie van het grootboek)",
                .de: "im Journal {ledger} fehlen Commits: es zählt {found} Schreibtransaktionen, ausgeführt wurden {recorded} (ein beschädigtes Write-Ahead-Log oder eine ältere Kopie des Journals)",
                .fr: "le registre {ledger} a perdu des validations : il compte {found} transactions d'écriture alors que {recorded} ont été faites (un journal WAL endommagé, ou une copie plus ancienne du registre)",
            ],
            hint: [
                .en: "Stop every Ferry process on this root, then run `ferry ledger rebuild`: it adds what the archive's status records show was exported, so nothing goes out twice.",
                .nl: "Stop alle Ferry-processen op deze root en voer dan `ferry ledger rebuild` uit: het voegt toe wat volgens de statusrecords in het archief al geëxporteerd is, zodat niets twee keer vertrekt.",
                .de: "Beenden Sie alle Ferry-Prozesse dieses Verzeichnisses und führen Sie `ferry ledger rebuild` aus: es ergänzt, was laut den Statusdateien des Archivs exportiert wurde, damit nichts doppelt hinausgeht.",
                .fr: "Arrêtez tous les processus Ferry de cette racine, puis lancez `ferry ledger rebuild` : il ajoute ce que les fiches d'état de l'archive montrent comme exporté, pour que rien ne parte deux fois.",
            ]),
        .ledgerMalformed: CatalogEntry(
            message: [
                .en: "the ledger {ledger} is damaged: {detail}",
                .nl: "het grootboek {ledger} is beschadigd: {detail}",
                .de: "das Journal {ledger} ist beschädigt: {detail}",
                .fr: "le registre {ledger} est endommagé : {detail}",
            ],
            hint: [
                .en: "Stop every Ferry process on this root. Restore .ferry/ from a backup and run `ferry ledger rebuild`, or move .ferry/ledger.sqlite* aside and run `ferry ledger rebuild`.",
                .nl: "Stop alle Ferry-processen op deze root. Zet .ferry/ terug uit een back-up en voer `ferry ledger rebuild` uit, of zet .ferry/ledger.sqlite* opzij en voer `ferry ledger rebuild` uit.",
                .de: "Beenden Sie alle Ferry-Prozesse dieses Verzeichnisses. Stellen Sie .ferry/ aus einer Sicherung wieder her und führen Sie `ferry ledger rebuild` aus, oder verschieben Sie .ferry/ledger.sqlite* und führen Sie `ferry ledger rebuild` aus.",
                .fr: "Arrêtez tous les processus Ferry de cette racine. Restaurez .ferry/ depuis une sauvegarde puis lancez `ferry ledger rebuild`, ou déplacez .ferry/ledger.sqlite* et lancez `ferry ledger rebuild`.",
            ]),
        .ledgerRebuildBusy: CatalogEntry(
            message: [
                .en: "another Ferry process ({owner}) is working on this root; the ledger cannot be rebuilt under it",
                .nl: "een ander Ferry-proces ({owner}) werkt op deze root; het grootboek kan niet opnieuw worden opgebouwd terwijl het loopt",
                .de: "ein anderer Ferry-Prozess ({owner}) arbeitet in diesem Verzeichnis; das Journal kann währenddessen nicht neu aufgebaut werden",
                .fr: "un autre processus Ferry ({owner}) travaille sur cette racine ; le registre ne peut pas être reconstruit pendant ce temps",
            ],
            hint: [
                .en: "Stop every `ferry watch` and `ferry run` on this root (systemd units, cron jobs), then run the rebuild again.",
                .nl: "Stop elke `ferry watch` en `ferry run` op deze root (systemd-units, cronjobs) en start de heropbouw opnieuw.",
                .de: "Beenden Sie jedes `ferry watch` und `ferry run` dieses Verzeichnisses (systemd-Units, Cronjobs) und starten Sie den Neuaufbau erneut.",
                .fr: "Arrêtez tout `ferry watch` et `ferry run` sur cette racine (unités systemd, tâches cron), puis relancez la reconstruction.",
            ]),
        .ledgerRebuildUnreadableRecord: CatalogEntry(
            message: [
                .en: "this status record cannot be read, so the ledger cannot be rebuilt from it",
                .nl: "dit statusrecord is onleesbaar, dus het grootboek kan er niet uit worden opgebouwd",
                .de: "diese Statusdatei ist nicht lesbar, daher kann das Journal nicht aus ihr aufgebaut werden",
                .fr: "cette fiche d'état est illisible, le registre ne peut donc pas être reconstruit à partir d'elle",
            ],
            hint: [
                .en: "Restore the file from a backup of the archive; the rebuild changes nothing until every record can be read.",
                .nl: "Zet het bestand terug uit een back-up van het archief; de heropbouw verandert niets zolang niet elk record leesbaar is.",
                .de: "Stellen Sie die Datei aus einer Sicherung des Archivs wieder her; der Neuaufbau ändert nichts, solange nicht jede Datei lesbar ist.",
                .fr: "Restaurez le fichier depuis une sauvegarde de l'archive ; la reconstruction ne change rien tant que chaque fiche n'est pas lisible.",
            ]),
    ]
}
