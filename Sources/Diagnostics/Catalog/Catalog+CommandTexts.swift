// Operator texts of the `ferry` commands: the run summary, `status`, `check`, the dry run.
// A new line of output is one entry here plus one `Output.say` (or `Note`) call.
// Keys with a count have a `.one` variant for a count of 1 (`Note.counted`).
extension ErrorCode {
    /// Args: `text`.
    public static let outputError = ErrorCode("output.error")
    /// Args: `hint`.
    public static let outputFix = ErrorCode("output.fix")
    /// A count in a summary. Args: `label`, `count`.
    public static let outputCount = ErrorCode("output.count")

    /// Args: `count`.
    public static let runFilesTaken = ErrorCode("run.files-taken")
    public static let runNothingToDo = ErrorCode("run.nothing-to-do")
    /// Args: `note`.
    public static let runSkipped = ErrorCode("run.skipped")
    /// Args: `flow`, `problem`.
    public static let runFlowStopped = ErrorCode("run.flow-stopped")
    /// Args: `problem`.
    public static let runStopped = ErrorCode("run.stopped")
    /// Args: `problem`.
    public static let runStoppedRetry = ErrorCode("run.stopped-retry")
    /// Args: `flows`, `root`.
    public static let watchWatching = ErrorCode("watch.watching")
    /// Args: `flow`, `name`, `outcome`, `record`.
    public static let watchFailed = ErrorCode("watch.failed")
    /// Args: `id`.
    public static let reprocessSkippedBusy = ErrorCode("reprocess.skipped-busy")
    /// Args: `id`, `flow`.
    public static let reprocessSkippedFlowGone = ErrorCode("reprocess.skipped-flow-gone")
    public static let dryRunNothing = ErrorCode("dry-run.nothing")
    public static let dryRunFooter = ErrorCode("dry-run.footer")

    /// Args: `command`, `at`, `files`, `exit`.
    public static let statusLastRun = ErrorCode("status.last-run")
    public static let statusRunning = ErrorCode("status.running")
    /// Args: `flow`, `processed`.
    public static let statusFlow = ErrorCode("status.flow")
    /// Args: `flow`, `processed`.
    public static let statusFlowDisabled = ErrorCode("status.flow-disabled")
    public static let statusNone = ErrorCode("status.none")
    /// Args: `name`, `reason`.
    public static let statusWaiting = ErrorCode("status.waiting")
    /// Args: `id`, `file`, `attempt`.
    public static let statusInProgress = ErrorCode("status.in-progress")
    /// Args: `outcome`, `id`, `file`, `attempt`, `at`.
    public static let statusFailed = ErrorCode("status.failed")
    /// Args: `id`, `key`, `reason`.
    public static let statusAmended = ErrorCode("status.amended")
    /// Args: `id`, `file`, `key`, `reason`.
    public static let statusFiltered = ErrorCode("status.filtered")

    /// Args: `root`, `flows`.
    public static let checkNoConfig = ErrorCode("check.no-config")
    /// Args: `path`.
    public static let checkCannotRead = ErrorCode("check.cannot-read")
    /// Args: `path`, `count`, `flows`.
    public static let checkValid = ErrorCode("check.valid")
    /// Args: `count`, `path`.
    public static let checkProblems = ErrorCode("check.problems")
    /// Args: `kind`, `detail`.
    public static let checkLedgerRecoverable = ErrorCode("check.ledger.recoverable")
    /// Args: `kind`, `detail`.
    public static let checkLedgerDrift = ErrorCode("check.ledger.drift")
    /// Args: `files`, `exports`, `entries`.
    public static let checkLedgerConsistent = ErrorCode("check.ledger.consistent")
    /// Args: `count`, `recoverable`, `files`, `exports`, `entries`.
    public static let checkLedgerFindings = ErrorCode("check.ledger.findings")
}

extension Catalog {
    static let commandTexts: [ErrorCode: CatalogEntry] = [
        .outputError: CatalogEntry(text: [
            .en: "Error: {text}", .nl: "Fout: {text}", .de: "Fehler: {text}", .fr: "Erreur : {text}",
        ]),
        .outputFix: CatalogEntry(text: [
            .en: "fix: {hint}", .nl: "oplossing: {hint}", .de: "Lösung: {hint}", .fr: "solution : {hint}",
        ]),
        .outputCount: CatalogEntry(text: [
            .en: "{label}: {count}", .nl: "{label}: {count}", .de: "{label}: {count}", .fr: "{label} : {count}",
        ]),
        .runFilesTaken: CatalogEntry(text: [
            .en: "{count} files taken", .nl: "{count} bestanden opgepakt", .de: "{count} Dateien übernommen",
            .fr: "{count} fichiers pris",
        ]),
        ErrorCode("run.files-taken.one"): CatalogEntry(text: [
            .en: "{count} file taken", .nl: "{count} bestand opgepakt", .de: "{count} Datei übernommen",
            .fr: "{count} fichier pris",
        ]),
        .runNothingToDo: CatalogEntry(text: [
            .en: "nothing to do", .nl: "niets te doen", .de: "nichts zu tun", .fr: "rien à faire",
        ]),
        .runSkipped: CatalogEntry(text: [
            .en: "skipped {note}", .nl: "overgeslagen: {note}", .de: "übersprungen: {note}", .fr: "ignoré : {note}",
        ]),
        .runFlowStopped: CatalogEntry(text: [
            .en: "flow {flow} stopped: {problem}; its files stay in the inbox, the other flows went on",
            .nl: "flow {flow} gestopt: {problem}; de bestanden blijven in de inbox, de andere flows gingen door",
            .de: "Flow {flow} angehalten: {problem}; seine Dateien bleiben im Eingang, die anderen Flows liefen weiter",
            .fr: "flux {flow} arrêté : {problem} ; ses fichiers restent dans la boîte d'entrée, les autres flux ont continué",
        ]),
        .runStopped: CatalogEntry(text: [
            .en: "run stopped: {problem}", .nl: "run gestopt: {problem}", .de: "Lauf angehalten: {problem}",
            .fr: "exécution arrêtée : {problem}",
        ]),
        .runStoppedRetry: CatalogEntry(text: [
            .en: "run stopped: {problem}; nothing was lost, run again when fixed",
            .nl: "run gestopt: {problem}; er is niets verloren, start opnieuw zodra het verholpen is",
            .de: "Lauf angehalten: {problem}; nichts ging verloren, starten Sie erneut, sobald es behoben ist",
            .fr: "exécution arrêtée : {problem} ; rien n'est perdu, relancez une fois le problème corrigé",
        ]),
        .watchWatching: CatalogEntry(text: [
            .en: "watching {flows} under {root}; Ctrl-C stops",
            .nl: "bewaakt {flows} onder {root}; Ctrl-C stopt",
            .de: "überwacht {flows} unter {root}; Strg-C beendet",
            .fr: "surveille {flows} sous {root} ; Ctrl-C arrête",
        ]),
        .watchFailed: CatalogEntry(text: [
            .en: "FAILED {flow}/{name} ({outcome}): {record}",
            .nl: "MISLUKT {flow}/{name} ({outcome}): {record}",
            .de: "FEHLGESCHLAGEN {flow}/{name} ({outcome}): {record}",
            .fr: "ÉCHEC {flow}/{name} ({outcome}) : {record}",
        ]),
        .reprocessSkippedBusy: CatalogEntry(text: [
            .en: "#{id}: being processed by another Ferry process",
            .nl: "#{id}: wordt door een ander Ferry-proces verwerkt",
            .de: "#{id}: wird von einem anderen Ferry-Prozess verarbeitet",
            .fr: "#{id} : en cours de traitement par un autre processus Ferry",
        ]),
        .reprocessSkippedFlowGone: CatalogEntry(text: [
            .en: "#{id}: flow '{flow}' is no longer configured",
            .nl: "#{id}: flow '{flow}' staat niet meer in de configuratie",
            .de: "#{id}: Flow '{flow}' ist nicht mehr konfiguriert",
            .fr: "#{id} : le flux « {flow} » n'est plus configuré",
        ]),
        .dryRunNothing: CatalogEntry(text: [
            .en: "nothing to reprocess", .nl: "niets om opnieuw te verwerken", .de: "nichts erneut zu verarbeiten",
            .fr: "rien à retraiter",
        ]),
        .dryRunFooter: CatalogEntry(text: [
            .en: "(dry run: nothing was written)", .nl: "(proefrun: er is niets geschreven)",
            .de: "(Probelauf: es wurde nichts geschrieben)", .fr: "(simulation : rien n'a été écrit)",
        ]),
        .statusLastRun: CatalogEntry(text: [
            .en: "last run: {command} at {at}, files taken: {files}, exit {exit}",
            .nl: "laatste run: {command} om {at}, opgepakte bestanden: {files}, exitcode {exit}",
            .de: "letzter Lauf: {command} um {at}, übernommene Dateien: {files}, Exit-Code {exit}",
            .fr: "dernière exécution : {command} à {at}, fichiers pris : {files}, code de sortie {exit}",
        ]),
        .statusRunning: CatalogEntry(text: [.en: "running", .nl: "loopt nog", .de: "läuft noch", .fr: "en cours"]),
        .statusFlow: CatalogEntry(text: [
            .en: "{flow}: processed {processed}", .nl: "{flow}: verwerkt {processed}",
            .de: "{flow}: verarbeitet {processed}", .fr: "{flow} : traités {processed}",
        ]),
        .statusFlowDisabled: CatalogEntry(text: [
            .en: "{flow} (disabled): processed {processed}", .nl: "{flow} (uitgeschakeld): verwerkt {processed}",
            .de: "{flow} (deaktiviert): verarbeitet {processed}", .fr: "{flow} (désactivé) : traités {processed}",
        ]),
        .statusNone: CatalogEntry(text: [.en: "none", .nl: "geen", .de: "keine", .fr: "aucun"]),
        .statusWaiting: CatalogEntry(text: [
            .en: "waiting  {name}: {reason}", .nl: "wacht  {name}: {reason}", .de: "wartet  {name}: {reason}",
            .fr: "en attente  {name} : {reason}",
        ]),
        .statusInProgress: CatalogEntry(text: [
            .en: "in progress  #{id} {file} (attempt {attempt})", .nl: "bezig  #{id} {file} (poging {attempt})",
            .de: "in Arbeit  #{id} {file} (Versuch {attempt})", .fr: "en cours  #{id} {file} (tentative {attempt})",
        ]),
        .statusFailed: CatalogEntry(text: [
            .en: "{outcome}  #{id} {file} (attempt {attempt}, {at})",
            .nl: "{outcome}  #{id} {file} (poging {attempt}, {at})",
            .de: "{outcome}  #{id} {file} (Versuch {attempt}, {at})",
            .fr: "{outcome}  #{id} {file} (tentative {attempt}, {at})",
        ]),
        .statusAmended: CatalogEntry(text: [
            .en: "amended  #{id} {key}: {reason}", .nl: "gewijzigd na export  #{id} {key}: {reason}",
            .de: "nach Export geändert  #{id} {key}: {reason}", .fr: "modifié après export  #{id} {key} : {reason}",
        ]),
        .statusFiltered: CatalogEntry(text: [
            .en: "filtered  #{id} {file} {key}: {reason}", .nl: "gefilterd  #{id} {file} {key}: {reason}",
            .de: "gefiltert  #{id} {file} {key}: {reason}", .fr: "filtré  #{id} {file} {key} : {reason}",
        ]),
        .checkNoConfig: CatalogEntry(text: [
            .en: "no ferry.yml in {root}: the built-in configuration applies ({flows})",
            .nl: "geen ferry.yml in {root}: de ingebouwde configuratie geldt ({flows})",
            .de: "keine ferry.yml in {root}: die eingebaute Konfiguration gilt ({flows})",
            .fr: "pas de ferry.yml dans {root} : la configuration intégrée s'applique ({flows})",
        ]),
        .checkCannotRead: CatalogEntry(text: [
            .en: "cannot read {path}", .nl: "kan {path} niet lezen", .de: "{path} kann nicht gelesen werden",
            .fr: "impossible de lire {path}",
        ]),
        .checkValid: CatalogEntry(text: [
            .en: "{path} is valid: {count} flows: {flows}", .nl: "{path} is geldig: {count} flows: {flows}",
            .de: "{path} ist gültig: {count} Flows: {flows}", .fr: "{path} est valide : {count} flux : {flows}",
        ]),
        ErrorCode("check.valid.one"): CatalogEntry(text: [
            .en: "{path} is valid: {count} flow: {flows}", .nl: "{path} is geldig: {count} flow: {flows}",
            .de: "{path} ist gültig: {count} Flow: {flows}", .fr: "{path} est valide : {count} flux : {flows}",
        ]),
        .checkProblems: CatalogEntry(text: [
            .en: "{count} problems in {path}", .nl: "{count} problemen in {path}", .de: "{count} Probleme in {path}",
            .fr: "{count} problèmes dans {path}",
        ]),
        ErrorCode("check.problems.one"): CatalogEntry(text: [
            .en: "{count} problem in {path}", .nl: "{count} probleem in {path}", .de: "{count} Problem in {path}",
            .fr: "{count} problème dans {path}",
        ]),
        .checkLedgerRecoverable: CatalogEntry(text: [
            .en: "recoverable: [{kind}] {detail}", .nl: "herstelbaar: [{kind}] {detail}",
            .de: "behebbar: [{kind}] {detail}", .fr: "récupérable : [{kind}] {detail}",
        ]),
        .checkLedgerDrift: CatalogEntry(text: [
            .en: "drift: [{kind}] {detail}", .nl: "afwijking: [{kind}] {detail}", .de: "Abweichung: [{kind}] {detail}",
            .fr: "écart : [{kind}] {detail}",
        ]),
        .checkLedgerConsistent: CatalogEntry(text: [
            .en: "ledger and archive are consistent; checked: {files} files, {exports} exports, {entries} archive entries",
            .nl: "ledger en archief kloppen met elkaar; gecontroleerd: {files} bestanden, {exports} exports, {entries} archiefitems",
            .de: "Ledger und Archiv sind konsistent; geprüft: {files} Dateien, {exports} Exporte, {entries} Archiveinträge",
            .fr: "le registre et l'archive concordent ; vérifiés : {files} fichiers, {exports} exports, {entries} entrées d'archive",
        ]),
        .checkLedgerFindings: CatalogEntry(text: [
            .en: "findings: {count}, of which {recoverable} recoverable by the next run; checked: {files} files, {exports} exports, {entries} archive entries",
            .nl: "bevindingen: {count}, waarvan {recoverable} herstelbaar door de volgende run; gecontroleerd: {files} bestanden, {exports} exports, {entries} archiefitems",
            .de: "Befunde: {count}, davon {recoverable} durch den nächsten Lauf behebbar; geprüft: {files} Dateien, {exports} Exporte, {entries} Archiveinträge",
            .fr: "constats : {count}, dont {recoverable} récupérables par la prochaine exécution ; vérifiés : {files} fichiers, {exports} exports, {entries} entrées d'archive",
        ]),
    ]
}
