// Errors the engine itself reports about documents and flows.
extension ErrorCode {
    /// A flow or target names a system Ferry has no connector for. Args: `system`.
    public static let engineUnknownSystem = ErrorCode("ENGINE-001")
    /// All-or-nothing flow: this document was fine, but another in the file failed.
    public static let engineAllOrNothing = ErrorCode("ENGINE-002")
    /// The input changed or vanished while Ferry was reading it. Args: `reason`.
    public static let engineInputChanged = ErrorCode("ENGINE-003")
    /// Other Ferry processes kept exporting the same documents while this one tried. Args: `target`.
    public static let engineContended = ErrorCode("ENGINE-004")
    /// Ferry could not finish the file for a reason of its own (not the sender's). Args: `reason`.
    public static let engineInternal = ErrorCode("ENGINE-005")
    /// The file name is not valid UTF-8, so Ferry cannot name it in records.
    public static let engineUnreadableName = ErrorCode("ENGINE-006")
    /// The watchdog gave up on a file. Args: `seconds`.
    public static let engineTimedOut = ErrorCode("ENGINE-007")
}

extension Catalog {
    static let engineEntries: [ErrorCode: CatalogEntry] = [
        .engineUnknownSystem: CatalogEntry(
            message: [
                .en: "no connector for system '{system}'",
                .nl: "geen connector voor systeem '{system}'",
                .de: "kein Konnektor für das System '{system}'",
                .fr: "aucun connecteur pour le système « {system} »",
            ],
            hint: [
                .en: "Use a system Ferry knows (run `ferry check` to see the list), for now `canonical`.",
                .nl: "Gebruik een systeem dat Ferry kent (`ferry check` toont de lijst), voorlopig `canonical`.",
                .de: "Verwenden Sie ein System, das Ferry kennt (`ferry check` zeigt die Liste), derzeit `canonical`.",
                .fr: "Utilisez un système connu de Ferry (`ferry check` en donne la liste), pour l'instant `canonical`.",
            ]),
        .engineAllOrNothing: CatalogEntry(
            message: [
                .en: "not exported: another document in this file failed and the flow is all-or-nothing",
                .nl: "niet geëxporteerd: een ander document in dit bestand is mislukt en de flow is alles-of-niets",
                .de: "nicht exportiert: ein anderes Dokument dieser Datei ist fehlgeschlagen und der Flow gilt ganz oder gar nicht",
                .fr: "non exporté : un autre document de ce fichier a échoué et le flux est en tout-ou-rien",
            ],
            hint: [
                .en: "Fix the failed documents, then run `ferry reprocess` on this file.",
                .nl: "Herstel de mislukte documenten en voer daarna `ferry reprocess` uit op dit bestand.",
                .de: "Beheben Sie die fehlgeschlagenen Dokumente und führen Sie dann `ferry reprocess` für diese Datei aus.",
                .fr: "Corrigez les documents en échec, puis lancez `ferry reprocess` sur ce fichier.",
            ]),
        .engineInputChanged: CatalogEntry(
            message: [
                .en: "the file changed while it was being read: {reason}",
                .nl: "het bestand veranderde tijdens het lezen: {reason}",
                .de: "die Datei hat sich beim Lesen geändert: {reason}",
                .fr: "le fichier a changé pendant la lecture : {reason}",
            ],
            hint: [
                .en: "Make the sender write under a temporary name or use marker files, then reprocess.",
                .nl: "Laat de afzender onder een tijdelijke naam schrijven of markerbestanden gebruiken en verwerk opnieuw.",
                .de: "Lassen Sie den Absender unter einem temporären Namen schreiben oder Markerdateien nutzen und verarbeiten Sie erneut.",
                .fr: "Faites écrire l'expéditeur sous un nom temporaire ou utilisez des fichiers marqueurs, puis retraitez.",
            ]),
        .engineContended: CatalogEntry(
            message: [
                .en: "not exported to {target}: other Ferry processes kept exporting the same documents at the same moment",
                .nl: "niet geëxporteerd naar {target}: andere Ferry-processen exporteerden tegelijk steeds dezelfde documenten",
                .de: "nicht nach {target} exportiert: andere Ferry-Prozesse exportierten gleichzeitig immer wieder dieselben Dokumente",
                .fr: "non exporté vers {target} : d'autres processus Ferry exportaient sans cesse les mêmes documents au même moment",
            ],
            hint: [
                .en: "Run `ferry reprocess` on this file once the other runs have finished.",
                .nl: "Voer `ferry reprocess` uit op dit bestand zodra de andere runs klaar zijn.",
                .de: "Führen Sie `ferry reprocess` für diese Datei aus, wenn die anderen Läufe beendet sind.",
                .fr: "Lancez `ferry reprocess` sur ce fichier une fois les autres exécutions terminées.",
            ]),
        .engineInternal: CatalogEntry(
            message: [
                .en: "Ferry could not finish this file: {reason}",
                .nl: "Ferry kon dit bestand niet afronden: {reason}",
                .de: "Ferry konnte diese Datei nicht abschließen: {reason}",
                .fr: "Ferry n'a pas pu terminer ce fichier : {reason}",
            ],
            hint: [
                .en: "This is not the sender's mistake; fix the cause named here (or report it), then run `ferry reprocess`.",
                .nl: "Dit is geen fout van de afzender; los de genoemde oorzaak op (of meld hem) en voer dan `ferry reprocess` uit.",
                .de: "Das ist kein Fehler des Absenders; beheben Sie die genannte Ursache (oder melden Sie sie) und führen Sie dann `ferry reprocess` aus.",
                .fr: "Ce n'est pas une erreur de l'expéditeur ; corrigez la cause indiquée (ou signalez-la), puis lancez `ferry reprocess`.",
            ]),
        .engineTimedOut: CatalogEntry(
            message: [
                .en: "processing this file took longer than {seconds} s and was given up",
                .nl: "het verwerken van dit bestand duurde langer dan {seconds} s en is opgegeven",
                .de: "die Verarbeitung dieser Datei dauerte länger als {seconds} s und wurde abgebrochen",
                .fr: "le traitement de ce fichier a dépassé {seconds} s et a été abandonné",
            ],
            hint: [
                .en: "Check the file's size and shape; raise `file-timeout` in ferry.yml if it is simply very large, then reprocess.",
                .nl: "Controleer grootte en opbouw van het bestand; verhoog `file-timeout` in ferry.yml als het gewoon erg groot is en verwerk opnieuw.",
                .de: "Prüfen Sie Größe und Aufbau der Datei; erhöhen Sie `file-timeout` in ferry.yml, wenn sie einfach sehr groß ist, und verarbeiten Sie erneut.",
                .fr: "Vérifiez la taille et la forme du fichier ; augmentez `file-timeout` dans ferry.yml s'il est simplement très gros, puis retraitez.",
            ]),
        .engineUnreadableName: CatalogEntry(
            message: [
                .en: "the file name is not valid UTF-8",
                .nl: "de bestandsnaam is geen geldige UTF-8",
                .de: "der Dateiname ist kein gültiges UTF-8",
                .fr: "le nom du fichier n'est pas de l'UTF-8 valide",
            ],
            hint: [
                .en: "Rename the file (for example with `convmv`) so its name is UTF-8; Ferry then takes it.",
                .nl: "Hernoem het bestand (bijvoorbeeld met `convmv`) zodat de naam UTF-8 is; daarna pakt Ferry het op.",
                .de: "Benennen Sie die Datei um (etwa mit `convmv`), damit ihr Name UTF-8 ist; dann übernimmt Ferry sie.",
                .fr: "Renommez le fichier (par exemple avec `convmv`) pour que son nom soit en UTF-8 ; Ferry le prendra alors.",
            ]),
    ]
}
