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
    // ENGINE-020…: reprocess, resolve, the ledger check and the demo (issue 8).
    /// `reprocess`/`resolve` named a file the ledger does not know. Args: `selector`.
    public static let engineUnknownFile = ErrorCode("ENGINE-020")
    /// `resolve` on a file that did not fail. Args: `id`, `outcome`.
    public static let engineResolveNotFailed = ErrorCode("ENGINE-021")
    /// `reprocess --with FILE`: the corrected file cannot be read. Args: `path`, `reason`.
    public static let engineReplacementUnreadable = ErrorCode("ENGINE-022")
    /// `reprocess --with FILE` names other than exactly one archived file. Args: `count`.
    public static let engineReplacementNeedsOneFile = ErrorCode("ENGINE-023")
    /// `check --ledger`: an archived input's bytes differ from what its attempt recorded.
    /// Args: `file`, `path`, `attempt`, `recorded`, `actual`, `id`.
    public static let engineArchivedInputChanged = ErrorCode("ENGINE-024")
    /// An inbox or outbox folder named relative to the root is a symlink to outside it.
    /// Args: `folder`, `target`.
    public static let engineSymlinkedFolder = ErrorCode("ENGINE-028")
    /// A notice, not an error: `ferry demo`'s run ended with the partial file it is meant to
    /// show. Args: `file`, `outcome`, `code`.
    public static let engineDemoPartialIntended = ErrorCode("demo.partial-intended")
    /// A notice, not an error: what a dry run says of one file. Args: `id`, `file`, `outcome`.
    /// (A line that would be written is `export.would-write`.)
    public static let engineDryRunOutcome = ErrorCode("dry-run.outcome")
}

extension Catalog {
    static let engineEntries: [ErrorCode: CatalogEntry] = [
        .engineSymlinkedFolder: CatalogEntry(
            message: [
                .en: "the folder {folder} leads outside the root, to {target}, through a symbolic link",
                .nl: "de map {folder} leidt via een symbolische link buiten de root, naar {target}",
                .de: "der Ordner {folder} führt über einen symbolischen Link aus dem Verzeichnis hinaus, nach {target}",
                .fr: "le dossier {folder} mène hors de la racine, vers {target}, par un lien symbolique",
            ],
            hint: [
                .en: "Name the folder by its absolute path in ferry.yml (`inbox:`, `outbox:`), or, if the link is meant, set `allow-symlinked-folders: true`.",
                .nl: "Noem de map met zijn absolute pad in ferry.yml (`inbox:`, `outbox:`), of zet `allow-symlinked-folders: true` als de link zo bedoeld is.",
                .de: "Nennen Sie den Ordner mit seinem absoluten Pfad in ferry.yml (`inbox:`, `outbox:`) oder setzen Sie `allow-symlinked-folders: true`, wenn der Link so gewollt ist.",
                .fr: "Indiquez le dossier par son chemin absolu dans ferry.yml (`inbox:`, `outbox:`), ou, si le lien est voulu, mettez `allow-symlinked-folders: true`.",
            ]),
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
        .engineUnknownFile: CatalogEntry(
            message: [
                .en: "no archived file matches '{selector}'",
                .nl: "geen gearchiveerd bestand past bij '{selector}'",
                .de: "keine archivierte Datei passt zu '{selector}'",
                .fr: "aucun fichier archivé ne correspond à « {selector} »",
            ],
            hint: [
                .en: "Give a ledger id (from `ferry status` or the file's .status.json) or an archived path under archive/.",
                .nl: "Geef een ledger-id (uit `ferry status` of de .status.json van het bestand) of een gearchiveerd pad onder archive/.",
                .de: "Geben Sie eine Ledger-ID (aus `ferry status` oder der .status.json der Datei) oder einen archivierten Pfad unter archive/ an.",
                .fr: "Indiquez un identifiant du registre (de `ferry status` ou du .status.json du fichier) ou un chemin archivé sous archive/.",
            ]),
        .engineResolveNotFailed: CatalogEntry(
            message: [
                .en: "file #{id} ended {outcome}: only a failed or partial file can be resolved",
                .nl: "bestand #{id} eindigde als {outcome}: alleen een mislukt of gedeeltelijk bestand kan worden afgehandeld",
                .de: "Datei #{id} endete als {outcome}: nur eine fehlgeschlagene oder teilweise verarbeitete Datei kann erledigt werden",
                .fr: "le fichier n°{id} s'est terminé en {outcome} : seul un fichier en échec ou partiel peut être résolu",
            ],
            hint: [
                .en: "`ferry resolve` marks a failure as handled by hand; this file needs nothing. To send its documents again, run `ferry reprocess {id} --force`.",
                .nl: "`ferry resolve` markeert een fout als met de hand afgehandeld; dit bestand heeft niets nodig. Om de documenten opnieuw te sturen: `ferry reprocess {id} --force`.",
                .de: "`ferry resolve` markiert einen Fehler als von Hand erledigt; diese Datei braucht nichts. Um ihre Dokumente erneut zu senden: `ferry reprocess {id} --force`.",
                .fr: "`ferry resolve` marque un échec comme traité à la main ; ce fichier n'a besoin de rien. Pour renvoyer ses documents : `ferry reprocess {id} --force`.",
            ]),
        .engineReplacementUnreadable: CatalogEntry(
            message: [
                .en: "the corrected file '{path}' cannot be read: {reason}",
                .nl: "het gecorrigeerde bestand '{path}' kan niet worden gelezen: {reason}",
                .de: "die korrigierte Datei '{path}' kann nicht gelesen werden: {reason}",
                .fr: "le fichier corrigé « {path} » ne peut pas être lu : {reason}",
            ],
            hint: [
                .en: "Give `--with` the path of a readable file; it is copied into the archive next to the original, which is kept.",
                .nl: "Geef `--with` het pad van een leesbaar bestand; het wordt naast het origineel in het archief gekopieerd, het origineel blijft bewaard.",
                .de: "Geben Sie `--with` den Pfad einer lesbaren Datei; sie wird neben das Original ins Archiv kopiert, das Original bleibt erhalten.",
                .fr: "Donnez à `--with` le chemin d'un fichier lisible ; il est copié dans l'archive à côté de l'original, qui est conservé.",
            ]),
        .engineReplacementNeedsOneFile: CatalogEntry(
            message: [
                .en: "`--with` replaces the input of one archived file, but {count} were named",
                .nl: "`--with` vervangt de invoer van één gearchiveerd bestand, maar er zijn er {count} genoemd",
                .de: "`--with` ersetzt die Eingabe einer archivierten Datei, aber es wurden {count} genannt",
                .fr: "`--with` remplace l'entrée d'un seul fichier archivé, mais {count} ont été indiqués",
            ],
            hint: [
                .en: "Name exactly one ledger id or archived path, without `--failed`: `ferry reprocess 12 --with corrected.csv`.",
                .nl: "Noem precies één ledger-id of gearchiveerd pad, zonder `--failed`: `ferry reprocess 12 --with gecorrigeerd.csv`.",
                .de: "Nennen Sie genau eine Ledger-ID oder einen archivierten Pfad, ohne `--failed`: `ferry reprocess 12 --with korrigiert.csv`.",
                .fr: "Indiquez exactement un identifiant ou un chemin archivé, sans `--failed` : `ferry reprocess 12 --with corrige.csv`.",
            ]),
        .engineArchivedInputChanged: CatalogEntry(
            message: [
                .en: "file #{id} ({file}): {path} changed after attempt {attempt} read it (sha256 {recorded}, now {actual})",
                .nl: "bestand #{id} ({file}): {path} is gewijzigd nadat poging {attempt} het las (sha256 {recorded}, nu {actual})",
                .de: "Datei #{id} ({file}): {path} hat sich geändert, nachdem Versuch {attempt} sie gelesen hat (sha256 {recorded}, jetzt {actual})",
                .fr: "fichier n°{id} ({file}) : {path} a changé après sa lecture par la tentative {attempt} (sha256 {recorded}, maintenant {actual})",
            ],
            hint: [
                .en: "If it was corrected on purpose, run `ferry reprocess {id}` so a new attempt reads and records it; better, keep the original and use `ferry reprocess {id} --with FILE`.",
                .nl: "Als het bewust is gecorrigeerd: voer `ferry reprocess {id}` uit zodat een nieuwe poging het leest en vastlegt; beter: laat het origineel staan en gebruik `ferry reprocess {id} --with BESTAND`.",
                .de: "Wurde sie absichtlich korrigiert, führen Sie `ferry reprocess {id}` aus, damit ein neuer Versuch sie liest und festhält; besser: Original behalten und `ferry reprocess {id} --with DATEI` verwenden.",
                .fr: "S'il a été corrigé exprès, lancez `ferry reprocess {id}` pour qu'une nouvelle tentative le lise et l'enregistre ; mieux : gardez l'original et utilisez `ferry reprocess {id} --with FICHIER`.",
            ]),
        .engineDemoPartialIntended: CatalogEntry(text: [
            .en: "{file} ended {outcome} on purpose, so the demo's run exits with {code}, as a real run with a failed document does",
            .nl: "{file} eindigde met opzet als {outcome}, dus de run van de demo eindigt met {code}, zoals een echte run met een mislukt document",
            .de: "{file} endete absichtlich als {outcome}, daher endet der Lauf der Demo mit {code}, wie ein echter Lauf mit einem fehlgeschlagenen Dokument",
            .fr: "{file} s'est terminé en {outcome} exprès : l'exécution de la démo sort donc avec {code}, comme une vraie exécution avec un document en échec",
        ]),
        .engineDryRunOutcome: CatalogEntry(text: [
            .en: "#{id} {file}: would end {outcome}",
            .nl: "#{id} {file}: zou eindigen als {outcome}",
            .de: "#{id} {file}: würde als {outcome} enden",
            .fr: "n°{id} {file} : se terminerait en {outcome}",
        ]),
    ]
}
