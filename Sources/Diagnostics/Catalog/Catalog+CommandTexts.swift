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
    /// Args: `id`, `path`.
    public static let reprocessSkippedSymlink = ErrorCode("reprocess.skipped-symlink")
    public static let dryRunNothing = ErrorCode("dry-run.nothing")
    public static let dryRunFooter = ErrorCode("dry-run.footer")

    /// Args: `file`, `flow`.
    public static let previewHeader = ErrorCode("preview.header")
    public static let previewFileFails = ErrorCode("preview.file-fails")
    /// Args: `ordinal`, `kind`, `key` (with a leading space, or empty), `location`, `outcome`.
    public static let previewDocument = ErrorCode("preview.document")
    public static let previewCanonical = ErrorCode("preview.canonical")
    /// Args: `keys`.
    public static let previewSharedPayload = ErrorCode("preview.shared-payload")
    /// Args: `count`, `converted`, `filtered`, `failed`.
    public static let previewSummary = ErrorCode("preview.summary")
    public static let previewSummaryFileFails = ErrorCode("preview.summary-file-fails")
    public static let previewBlocked = ErrorCode("preview.blocked")
    /// Appended to the summary line. Args: `count`.
    public static let previewSummaryWarnings = ErrorCode("preview.summary-warnings")
    /// A layout path that selected nothing (MAP-121). Args: `code`, `place` (`location: ` or empty), `message`.
    public static let previewWarning = ErrorCode("preview.warning")
    /// `ferry ledger rebuild`. Args: `records`, `files`, `exports`.
    public static let ledgerRebuildRead = ErrorCode("ledger.rebuild.read")
    /// Args: `problem` (English: the archived input and why).
    public static let ledgerRebuildUnrestorable = ErrorCode("ledger.rebuild.unrestorable")
    /// An archived input without a status record, put back to be finished. Args: `path`.
    public static let ledgerRebuildReturned = ErrorCode("ledger.rebuild.returned")
    /// Args: `count`: durable timers restored from the status records' `waits`.
    public static let ledgerRebuildTimers = ErrorCode("ledger.rebuild.timers")
    /// Args: `path`.
    public static let ledgerRebuildPrevious = ErrorCode("ledger.rebuild.previous")
    public static let ledgerRebuildInstalled = ErrorCode("ledger.rebuild.installed")
    public static let ledgerRebuildNotInstalled = ErrorCode("ledger.rebuild.not-installed")
    /// `ferry ledger backup`. Args: `path`.
    public static let ledgerBackupExists = ErrorCode("ledger.backup.exists")
    /// Args: `path`.
    public static let ledgerBackupDone = ErrorCode("ledger.backup.done")
    /// `ferry resolve`. Args: `id`, `reason` (the operator's own words).
    public static let resolveDone = ErrorCode("resolve.done")
    /// `ferry check`: the label of an issue that does not make the file invalid (hook warnings).
    public static let checkWarningLabel = ErrorCode("check.warning-label")

    /// Args: `flow`, `origin`, `flows`.
    public static let usageNoFlow = ErrorCode("usage.no-flow")
    /// Args: `flow`, `target`, `targets`.
    public static let usageNoTarget = ErrorCode("usage.no-target")
    /// Args: `file`.
    public static let usageNoFile = ErrorCode("usage.no-file")

    /// `ferry mapping show`'s first line. Args: `flow`, `kind`, `origin`.
    public static let mappingHeader = ErrorCode("mapping.header")

    /// Args: `flow`.
    public static let testNoSamplesForFlow = ErrorCode("test.no-samples-for-flow")
    /// Args: `root`, `flows`.
    public static let testNoSamples = ErrorCode("test.no-samples")
    /// Args: `name`.
    public static let testStraySamples = ErrorCode("test.stray-samples")
    /// `PASS`, `FAIL` or `UPDATE` (kept as tags, like ✓ and ✗), then the flow. Args: `mark`, `flow`, `inputs`, `payloads`.
    public static let testFlow = ErrorCode("test.flow")
    /// The same, when outcomes.txt was compared too.
    public static let testFlowWithOutcomes = ErrorCode("test.flow-with-outcomes")
    /// Args: `file`.
    public static let testMissing = ErrorCode("test.missing")
    /// Args: `file`.
    public static let testUnexpected = ErrorCode("test.unexpected")
    /// Args: `count`.
    public static let testUpToDate = ErrorCode("test.up-to-date")
    /// Args: `count`, `changes`.
    public static let testWritten = ErrorCode("test.written")
    /// Args: `count`.
    public static let testPassed = ErrorCode("test.passed")
    /// Args: `count`, `passed`, `failed`.
    public static let testSomeFailed = ErrorCode("test.some-failed")

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
        .reprocessSkippedSymlink: CatalogEntry(text: [
            .en: "#{id}: the archived input {path} is a symbolic link; Ferry never follows links in the archive (put the file itself there)",
            .nl: "#{id}: de gearchiveerde invoer {path} is een symbolische link; Ferry volgt nooit links in het archief (zet het bestand zelf daar)",
            .de: "#{id}: die archivierte Eingabe {path} ist ein symbolischer Link; Ferry folgt im Archiv nie Links (legen Sie die Datei selbst dorthin)",
            .fr: "#{id} : l'entrée archivée {path} est un lien symbolique ; Ferry ne suit jamais de lien dans l'archive (placez-y le fichier lui-même)",
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
        .previewHeader: CatalogEntry(text: [
            .en: "{file} through flow {flow} (preview: nothing is written)",
            .nl: "{file} via flow {flow} (voorbeeld: er wordt niets geschreven)",
            .de: "{file} durch Flow {flow} (Vorschau: es wird nichts geschrieben)",
            .fr: "{file} par le flux {flow} (aperçu : rien n'est écrit)",
        ]),
        .previewFileFails: CatalogEntry(text: [
            .en: "the file fails as a whole; a run writes nothing for it:",
            .nl: "het bestand mislukt als geheel; een run schrijft er niets voor:",
            .de: "die Datei scheitert als Ganzes; ein Lauf schreibt für sie nichts:",
            .fr: "le fichier échoue dans son ensemble ; une exécution n'écrit rien pour lui :",
        ]),
        .previewDocument: CatalogEntry(text: [
            .en: "== document {ordinal}: {kind}{key} at {location}: {outcome}",
            .nl: "== document {ordinal}: {kind}{key} op {location}: {outcome}",
            .de: "== Dokument {ordinal}: {kind}{key} bei {location}: {outcome}",
            .fr: "== document {ordinal} : {kind}{key} à {location} : {outcome}",
        ]),
        .previewCanonical: CatalogEntry(text: [
            .en: "-- canonical document", .nl: "-- canoniek document", .de: "-- kanonisches Dokument",
            .fr: "-- document canonique",
        ]),
        .previewSharedPayload: CatalogEntry(text: [
            .en: " (one file for the input: {keys})", .nl: " (één bestand voor de hele invoer: {keys})",
            .de: " (eine Datei für die ganze Eingabe: {keys})", .fr: " (un seul fichier pour toute l'entrée : {keys})",
        ]),
        .previewSummary: CatalogEntry(text: [
            .en: "{count} documents: {converted} converted, {filtered} filtered, {failed} failed",
            .nl: "{count} documenten: {converted} omgezet, {filtered} gefilterd, {failed} mislukt",
            .de: "{count} Dokumente: {converted} umgewandelt, {filtered} gefiltert, {failed} fehlgeschlagen",
            .fr: "{count} documents (convertis : {converted}, filtrés : {filtered}, en échec : {failed})",
        ]),
        ErrorCode("preview.summary.one"): CatalogEntry(text: [
            .en: "{count} document: {converted} converted, {filtered} filtered, {failed} failed",
            .nl: "{count} document: {converted} omgezet, {filtered} gefilterd, {failed} mislukt",
            .de: "{count} Dokument: {converted} umgewandelt, {filtered} gefiltert, {failed} fehlgeschlagen",
            .fr: "{count} document (converti : {converted}, filtré : {filtered}, en échec : {failed})",
        ]),
        .previewSummaryFileFails: CatalogEntry(text: [
            .en: "; the file fails", .nl: "; het bestand mislukt", .de: "; die Datei scheitert", .fr: " ; le fichier échoue",
        ]),
        .previewSummaryWarnings: CatalogEntry(text: [
            .en: "; {count} warnings", .nl: "; {count} waarschuwingen", .de: "; {count} Warnungen", .fr: " ; {count} avertissements",
        ]),
        ErrorCode("preview.summary-warnings.one"): CatalogEntry(text: [
            .en: "; {count} warning", .nl: "; {count} waarschuwing", .de: "; {count} Warnung", .fr: " ; {count} avertissement",
        ]),
        .previewWarning: CatalogEntry(text: [
            .en: "warning [{code}] {place}{message}",
            .nl: "waarschuwing [{code}] {place}{message}",
            .de: "Warnung [{code}] {place}{message}",
            .fr: "avertissement [{code}] {place}{message}",
        ]),
        .ledgerRebuildRead: CatalogEntry(text: [
            .en: "read {records} status record(s): {files} file(s), {exports} export(s) restored",
            .nl: "{records} statusrecord(s) gelezen: {files} bestand(en), {exports} export(s) hersteld",
            .de: "{records} Statusdatensatz/-sätze gelesen: {files} Datei(en), {exports} Export(e) wiederhergestellt",
            .fr: "{records} enregistrement(s) d'état lu(s) : {files} fichier(s), {exports} export(s) restauré(s)",
        ]),
        .ledgerRebuildUnrestorable: CatalogEntry(text: [
            .en: "not restorable: {problem}", .nl: "niet te herstellen: {problem}", .de: "nicht wiederherstellbar: {problem}",
            .fr: "non restaurable : {problem}",
        ]),
        .ledgerRebuildReturned: CatalogEntry(text: [
            .en: "{path} was archived without a status record; it goes back to be finished by the next run",
            .nl: "{path} is zonder statusrecord gearchiveerd; het gaat terug en de volgende run maakt het af",
            .de: "{path} wurde ohne Statusdatei archiviert; es geht zurück und der nächste Lauf schließt es ab",
            .fr: "{path} a été archivé sans fiche d'état ; il est remis en place et la prochaine exécution le termine",
        ]),
        .ledgerRebuildTimers: CatalogEntry(text: [
            .en: "{count} timer(s) restored (waiting, fired or cancelled)",
            .nl: "{count} timer(s) hersteld (wachtend, afgegaan of geannuleerd)",
            .de: "{count} Timer wiederhergestellt (wartend, ausgelöst oder storniert)",
            .fr: "{count} minuterie(s) restaurée(s) (en attente, déclenchée(s) ou annulée(s))",
        ]),
        .ledgerRebuildPrevious: CatalogEntry(text: [
            .en: "the previous ledger files are in {path}",
            .nl: "de vorige ledgerbestanden staan in {path}",
            .de: "die bisherigen Ledger-Dateien liegen in {path}",
            .fr: "les anciens fichiers du registre sont dans {path}",
        ]),
        .ledgerRebuildInstalled: CatalogEntry(text: [
            .en: "the rebuilt ledger is in place",
            .nl: "de herbouwde ledger staat op zijn plaats",
            .de: "das neu aufgebaute Ledger ist an seinem Platz",
            .fr: "le registre reconstruit est en place",
        ]),
        .ledgerRebuildNotInstalled: CatalogEntry(text: [
            .en: "nothing was changed: the ledger is still missing or damaged",
            .nl: "er is niets veranderd: de ledger ontbreekt nog steeds of is beschadigd",
            .de: "es wurde nichts geändert: das Ledger fehlt weiterhin oder ist beschädigt",
            .fr: "rien n'a été modifié : le registre est toujours absent ou endommagé",
        ]),
        .ledgerBackupExists: CatalogEntry(text: [
            .en: "{path} exists already; name a new file",
            .nl: "{path} bestaat al; geef een nieuw bestand op",
            .de: "{path} existiert bereits; nennen Sie eine neue Datei",
            .fr: "{path} existe déjà ; indiquez un nouveau fichier",
        ]),
        .ledgerBackupDone: CatalogEntry(text: [
            .en: "ledger copied to {path}", .nl: "ledger gekopieerd naar {path}", .de: "Ledger nach {path} kopiert",
            .fr: "registre copié vers {path}",
        ]),
        .resolveDone: CatalogEntry(text: [
            .en: "#{id} resolved: {reason}", .nl: "#{id} afgehandeld: {reason}", .de: "#{id} erledigt: {reason}",
            .fr: "n°{id} résolu : {reason}",
        ]),
        .checkWarningLabel: CatalogEntry(text: [
            .en: "warning", .nl: "waarschuwing", .de: "Warnung", .fr: "avertissement",
        ]),
        .previewBlocked: CatalogEntry(text: [
            .en: "the flow is all-or-nothing and a document cannot be read: a run would export nothing from this file",
            .nl: "de flow is alles-of-niets en een document is onleesbaar: een run zou niets uit dit bestand exporteren",
            .de: "der Flow gilt ganz oder gar nicht und ein Dokument ist nicht lesbar: ein Lauf würde aus dieser Datei nichts exportieren",
            .fr: "le flux est en tout-ou-rien et un document est illisible : une exécution n'exporterait rien de ce fichier",
        ]),
        .usageNoFlow: CatalogEntry(text: [
            .en: "no flow named {flow} in {origin} (flows: {flows})",
            .nl: "geen flow met de naam {flow} in {origin} (flows: {flows})",
            .de: "kein Flow namens {flow} in {origin} (Flows: {flows})",
            .fr: "aucun flux nommé {flow} dans {origin} (flux : {flows})",
        ]),
        .usageNoTarget: CatalogEntry(text: [
            .en: "flow {flow} has no target named {target} (targets: {targets})",
            .nl: "flow {flow} heeft geen target met de naam {target} (targets: {targets})",
            .de: "Flow {flow} hat kein Ziel namens {target} (Ziele: {targets})",
            .fr: "le flux {flow} n'a pas de cible nommée {target} (cibles : {targets})",
        ]),
        .usageNoFile: CatalogEntry(text: [
            .en: "no file at {file}", .nl: "geen bestand op {file}", .de: "keine Datei unter {file}",
            .fr: "aucun fichier à l'emplacement {file}",
        ]),
        .mappingHeader: CatalogEntry(text: [
            .en: "flow {flow} ({kind}), configuration: {origin}",
            .nl: "flow {flow} ({kind}), configuratie: {origin}",
            .de: "Flow {flow} ({kind}), Konfiguration: {origin}",
            .fr: "flux {flow} ({kind}), configuration : {origin}",
        ]),
        .testNoSamplesForFlow: CatalogEntry(text: [
            .en: "flow {flow} has no samples: put its inputs in samples/{flow}/in/",
            .nl: "flow {flow} heeft geen voorbeeldbestanden: zet de invoer in samples/{flow}/in/",
            .de: "Flow {flow} hat keine Beispieldateien: legen Sie seine Eingaben in samples/{flow}/in/ ab",
            .fr: "le flux {flow} n'a pas d'échantillons : placez ses entrées dans samples/{flow}/in/",
        ]),
        .testNoSamples: CatalogEntry(text: [
            .en: "no samples under {root}/samples: put inputs in samples/<flow>/in/ for flows {flows}",
            .nl: "geen voorbeeldbestanden onder {root}/samples: zet invoer in samples/<flow>/in/ voor de flows {flows}",
            .de: "keine Beispieldateien unter {root}/samples: legen Sie Eingaben in samples/<flow>/in/ ab, für die Flows {flows}",
            .fr: "aucun échantillon sous {root}/samples : placez des entrées dans samples/<flow>/in/ pour les flux {flows}",
        ]),
        .testStraySamples: CatalogEntry(text: [
            .en: "note: samples/{name} has no flow of that name in the configuration; not run",
            .nl: "let op: samples/{name} heeft geen flow met die naam in de configuratie; niet uitgevoerd",
            .de: "Hinweis: zu samples/{name} gibt es keinen gleichnamigen Flow in der Konfiguration; nicht ausgeführt",
            .fr: "remarque : samples/{name} n'a pas de flux de ce nom dans la configuration ; non exécuté",
        ]),
        .testFlow: CatalogEntry(text: [
            .en: "{mark} {flow} (inputs: {inputs}, payloads: {payloads})",
            .nl: "{mark} {flow} (invoerbestanden: {inputs}, payloads: {payloads})",
            .de: "{mark} {flow} (Eingaben: {inputs}, Nutzdaten: {payloads})",
            .fr: "{mark} {flow} (entrées : {inputs}, charges utiles : {payloads})",
        ]),
        .testFlowWithOutcomes: CatalogEntry(text: [
            .en: "{mark} {flow} (inputs: {inputs}, payloads: {payloads}, outcomes)",
            .nl: "{mark} {flow} (invoerbestanden: {inputs}, payloads: {payloads}, uitkomsten)",
            .de: "{mark} {flow} (Eingaben: {inputs}, Nutzdaten: {payloads}, Ergebnisse)",
            .fr: "{mark} {flow} (entrées : {inputs}, charges utiles : {payloads}, résultats)",
        ]),
        .testMissing: CatalogEntry(text: [
            .en: "{file}: missing (expected, but the run did not write it)",
            .nl: "{file}: ontbreekt (verwacht, maar de run schreef het niet)",
            .de: "{file}: fehlt (erwartet, aber der Lauf hat sie nicht geschrieben)",
            .fr: "{file} : manquant (attendu, mais l'exécution ne l'a pas écrit)",
        ]),
        .testUnexpected: CatalogEntry(text: [
            .en: "{file}: unexpected (written, but not in expected/)",
            .nl: "{file}: onverwacht (geschreven, maar niet in expected/)",
            .de: "{file}: unerwartet (geschrieben, aber nicht in expected/)",
            .fr: "{file} : inattendu (écrit, mais absent de expected/)",
        ]),
        .testUpToDate: CatalogEntry(text: [
            .en: "{count} flows: expected files already up to date",
            .nl: "{count} flows: de verwachte bestanden zijn al bijgewerkt",
            .de: "{count} Flows: die erwarteten Dateien sind schon aktuell",
            .fr: "{count} flux : les fichiers attendus sont déjà à jour",
        ]),
        ErrorCode("test.up-to-date.one"): CatalogEntry(text: [
            .en: "{count} flow: expected files already up to date",
            .nl: "{count} flow: de verwachte bestanden zijn al bijgewerkt",
            .de: "{count} Flow: die erwarteten Dateien sind schon aktuell",
            .fr: "{count} flux : les fichiers attendus sont déjà à jour",
        ]),
        .testWritten: CatalogEntry(text: [
            .en: "{count} flows: expected files changed: {changes}; review them (git diff) and run ferry test again",
            .nl: "{count} flows: gewijzigde verwachte bestanden: {changes}; controleer ze (git diff) en voer ferry test opnieuw uit",
            .de: "{count} Flows: geänderte erwartete Dateien: {changes}; prüfen Sie sie (git diff) und führen Sie ferry test erneut aus",
            .fr: "{count} flux : fichiers attendus modifiés : {changes} ; relisez-les (git diff) et relancez ferry test",
        ]),
        ErrorCode("test.written.one"): CatalogEntry(text: [
            .en: "{count} flow: expected files changed: {changes}; review them (git diff) and run ferry test again",
            .nl: "{count} flow: gewijzigde verwachte bestanden: {changes}; controleer ze (git diff) en voer ferry test opnieuw uit",
            .de: "{count} Flow: geänderte erwartete Dateien: {changes}; prüfen Sie sie (git diff) und führen Sie ferry test erneut aus",
            .fr: "{count} flux : fichiers attendus modifiés : {changes} ; relisez-les (git diff) et relancez ferry test",
        ]),
        .testPassed: CatalogEntry(text: [
            .en: "{count} flows passed", .nl: "{count} flows geslaagd", .de: "{count} Flows bestanden",
            .fr: "{count} flux réussis",
        ]),
        ErrorCode("test.passed.one"): CatalogEntry(text: [
            .en: "{count} flow passed", .nl: "{count} flow geslaagd", .de: "{count} Flow bestanden", .fr: "{count} flux réussi",
        ]),
        .testSomeFailed: CatalogEntry(text: [
            .en: "{count} flows: {passed} passed, {failed} failed",
            .nl: "{count} flows: geslaagd {passed}, mislukt {failed}",
            .de: "{count} Flows: bestanden {passed}, fehlgeschlagen {failed}",
            .fr: "{count} flux : réussis {passed}, en échec {failed}",
        ]),
        ErrorCode("test.some-failed.one"): CatalogEntry(text: [
            .en: "{count} flow: {passed} passed, {failed} failed",
            .nl: "{count} flow: geslaagd {passed}, mislukt {failed}",
            .de: "{count} Flow: bestanden {passed}, fehlgeschlagen {failed}",
            .fr: "{count} flux : réussis {passed}, en échec {failed}",
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
