// Errors and operator texts of `ferry serve`, the operator console (docs/console.md).
extension ErrorCode {
    /// `--listen` names an address other than loopback and no sign-in is configured. Args: `address`.
    public static let consoleNeedsAuthentication = ErrorCode("CONSOLE-001")
    /// `serve: users-file` or `token-file` cannot be read or has no usable entry. Args: `path`, `reason`.
    public static let consoleCredentialsUnreadable = ErrorCode("CONSOLE-002")
    /// `--listen` is not `HOST:PORT`. Args: `value`.
    public static let consoleBadListen = ErrorCode("CONSOLE-003")
    /// `ferry.yml` `serve:` is not what the console takes. Args: `key`, `value`.
    public static let consoleBadSetting = ErrorCode("CONSOLE-004")
    /// Acknowledge names a document that is not changed after export awaiting attention. Args: `id`, `key`.
    public static let consoleNoAmendment = ErrorCode("CONSOLE-005")
    /// The console cannot listen on its address. Args: `address`, `reason`.
    public static let consoleCannotListen = ErrorCode("CONSOLE-006")

    /// Args: `address`.
    public static let consoleListening = ErrorCode("console.listening")
    public static let consoleTitle = ErrorCode("console.title")
    public static let consoleNavOverview = ErrorCode("console.nav.overview")
    public static let consoleNavFailures = ErrorCode("console.nav.failures")
    public static let consoleNavFiles = ErrorCode("console.nav.files")
    public static let consoleNavLineage = ErrorCode("console.nav.lineage")
    public static let consoleNavAmended = ErrorCode("console.nav.amended")
    public static let consoleAllWell = ErrorCode("console.all-well")
    /// Args: `count`.
    public static let consoleNeedsAttention = ErrorCode("console.needs-attention")
    public static let consoleFlowDisabled = ErrorCode("console.flow-disabled")
    public static let consoleWaiting = ErrorCode("console.waiting")
    public static let consoleInProgress = ErrorCode("console.in-progress")
    public static let consoleToday = ErrorCode("console.today")
    public static let consoleThisWeek = ErrorCode("console.this-week")
    public static let consoleAllTime = ErrorCode("console.all-time")
    public static let consoleFailuresAwaiting = ErrorCode("console.failures-awaiting")
    public static let consoleAmendedAwaiting = ErrorCode("console.amended-awaiting")
    /// Args: `command`, `at`, `files`, `exit`.
    public static let consoleLastRun = ErrorCode("console.last-run")
    public static let consoleNoRun = ErrorCode("console.no-run")
    public static let consoleNone = ErrorCode("console.none")
    public static let consoleFile = ErrorCode("console.file")
    public static let consoleFlow = ErrorCode("console.flow")
    public static let consoleReceived = ErrorCode("console.received")
    public static let consoleProcessed = ErrorCode("console.processed")
    public static let consoleOutcome = ErrorCode("console.outcome")
    public static let consoleAttempt = ErrorCode("console.attempt")
    public static let consoleDocuments = ErrorCode("console.documents")
    /// Args: `count`.
    public static let consoleDocumentsMore = ErrorCode("console.documents-more")
    public static let consoleKey = ErrorCode("console.key")
    public static let consoleReason = ErrorCode("console.reason")
    public static let consoleErrors = ErrorCode("console.errors")
    public static let consoleCode = ErrorCode("console.code")
    public static let consoleMessage = ErrorCode("console.message")
    public static let consoleLocation = ErrorCode("console.location")
    public static let consoleHint = ErrorCode("console.hint")
    public static let consoleOutputs = ErrorCode("console.outputs")
    public static let consoleAttempts = ErrorCode("console.attempts")
    public static let consoleTrigger = ErrorCode("console.trigger")
    public static let consoleInput = ErrorCode("console.input")
    /// Args: `bytes`.
    public static let consoleInputCapped = ErrorCode("console.input-capped")
    public static let consoleResolve = ErrorCode("console.resolve")
    public static let consoleReprocess = ErrorCode("console.reprocess")
    public static let consoleForce = ErrorCode("console.force")
    public static let consoleDryRunHeading = ErrorCode("console.dry-run-heading")
    public static let consoleConfirm = ErrorCode("console.confirm")
    public static let consoleReasonRequired = ErrorCode("console.reason-required")
    /// Args: `id`.
    public static let consoleResolved = ErrorCode("console.resolved")
    /// Args: `id`, `outcome`.
    public static let consoleReprocessed = ErrorCode("console.reprocessed")
    public static let consoleFilter = ErrorCode("console.filter")
    public static let consoleSearchName = ErrorCode("console.search-name")
    public static let consoleDate = ErrorCode("console.date")
    public static let consoleAny = ErrorCode("console.any")
    public static let consoleOlder = ErrorCode("console.older")
    public static let consoleNoFiles = ErrorCode("console.no-files")
    public static let consoleLineagePrompt = ErrorCode("console.lineage-prompt")
    /// Args: `key`.
    public static let consoleLineageNone = ErrorCode("console.lineage-none")
    public static let consoleAcknowledge = ErrorCode("console.acknowledge")
    /// Args: `id`, `key`.
    public static let consoleAcknowledged = ErrorCode("console.acknowledged")
    public static let consoleCsrfFailed = ErrorCode("console.csrf-failed")
    public static let consoleNotFound = ErrorCode("console.not-found")
    public static let consoleSignIn = ErrorCode("console.sign-in")
    public static let consoleActivity = ErrorCode("console.activity")
    public static let consoleTime = ErrorCode("console.time")
    public static let consoleAction = ErrorCode("console.action")
    public static let consoleView = ErrorCode("console.view")
    public static let consoleSearch = ErrorCode("console.search")
    public static let consoleTarget = ErrorCode("console.target")
    public static let consoleWouldDo = ErrorCode("console.would-do")
    public static let consoleResolvedBy = ErrorCode("console.resolved-by")
    public static let consoleAcknowledgedChanges = ErrorCode("console.acknowledged-changes")
    /// Args: `outcome`.
    public static let consoleDryRunOutcome = ErrorCode("console.dry-run-outcome")
}

extension Catalog {
    static let consoleEntries: [ErrorCode: CatalogEntry] = [
        .consoleNeedsAuthentication: CatalogEntry(
            message: [
                .en: "ferry serve will not listen on {address} without sign-in",
                .nl: "ferry serve luistert niet op {address} zonder aanmelding",
                .de: "ferry serve lauscht nicht ohne Anmeldung auf {address}",
                .fr: "ferry serve n'écoute pas sur {address} sans authentification",
            ],
            hint: [
                .en: "Listen on 127.0.0.1 (the default), or set `serve: { users-file: … }` or `serve: { token-file: … }` in ferry.yml (see docs/console.md).",
                .nl: "Luister op 127.0.0.1 (de standaard), of zet `serve: { users-file: … }` of `serve: { token-file: … }` in ferry.yml (zie docs/console.md).",
                .de: "Lauschen Sie auf 127.0.0.1 (Standard) oder setzen Sie `serve: { users-file: … }` oder `serve: { token-file: … }` in ferry.yml (siehe docs/console.md).",
                .fr: "Écoutez sur 127.0.0.1 (par défaut), ou définissez `serve: { users-file: … }` ou `serve: { token-file: … }` dans ferry.yml (voir docs/console.md).",
            ]),
        .consoleCredentialsUnreadable: CatalogEntry(
            message: [
                .en: "cannot use the sign-in file {path}: {reason}",
                .nl: "kan het aanmeldbestand {path} niet gebruiken: {reason}",
                .de: "die Anmeldedatei {path} ist nicht verwendbar: {reason}",
                .fr: "impossible d'utiliser le fichier d'authentification {path} : {reason}",
            ],
            hint: [
                .en: "A users file has one `name:pbkdf2-sha256:rounds:salt:hash` line per person (`ferry serve --hash-password NAME` prints one); a token file holds one token of at least 32 characters. Both must not be readable by others.",
                .nl: "Een gebruikersbestand heeft per persoon één regel `name:pbkdf2-sha256:rounds:salt:hash` (`ferry serve --hash-password NAME` drukt er een af); een tokenbestand bevat één token van minstens 32 tekens. Geen van beide mag voor anderen leesbaar zijn.",
                .de: "Eine Benutzerdatei hat je Person eine Zeile `name:pbkdf2-sha256:rounds:salt:hash` (`ferry serve --hash-password NAME` gibt eine aus); eine Token-Datei enthält ein Token mit mindestens 32 Zeichen. Beide dürfen für andere nicht lesbar sein.",
                .fr: "Un fichier d'utilisateurs contient une ligne `name:pbkdf2-sha256:rounds:salt:hash` par personne (`ferry serve --hash-password NAME` en affiche une) ; un fichier de jeton contient un jeton d'au moins 32 caractères. Aucun des deux ne doit être lisible par les autres.",
            ]),
        .consoleBadListen: CatalogEntry(
            message: [
                .en: "--listen {value} is not an address and port",
                .nl: "--listen {value} is geen adres met poort",
                .de: "--listen {value} ist keine Adresse mit Port",
                .fr: "--listen {value} n'est pas une adresse avec un port",
            ],
            hint: [
                .en: "Write HOST:PORT, e.g. 127.0.0.1:8080 or [::1]:8080.",
                .nl: "Schrijf HOST:POORT, bijvoorbeeld 127.0.0.1:8080 of [::1]:8080.",
                .de: "Schreiben Sie HOST:PORT, z. B. 127.0.0.1:8080 oder [::1]:8080.",
                .fr: "Écrivez HÔTE:PORT, par exemple 127.0.0.1:8080 ou [::1]:8080.",
            ]),
        .consoleBadSetting: CatalogEntry(
            message: [
                .en: "serve: {key} cannot be {value}",
                .nl: "serve: {key} kan niet {value} zijn",
                .de: "serve: {key} kann nicht {value} sein",
                .fr: "serve : {key} ne peut pas valoir {value}",
            ],
            hint: [
                .en: "`serve:` takes `users-file:` and `token-file:`, each a path relative to the root or absolute.",
                .nl: "`serve:` kent `users-file:` en `token-file:`, elk een pad ten opzichte van de root of absoluut.",
                .de: "`serve:` kennt `users-file:` und `token-file:`, jeweils ein Pfad relativ zur Root oder absolut.",
                .fr: "`serve:` accepte `users-file:` et `token-file:`, chacun un chemin relatif à la racine ou absolu.",
            ]),
        .consoleNoAmendment: CatalogEntry(
            message: [
                .en: "file #{id} has no change after export of {key} awaiting attention",
                .nl: "bestand #{id} heeft geen wijziging na export van {key} die aandacht vraagt",
                .de: "Datei #{id} hat keine Änderung nach dem Export von {key}, die Aufmerksamkeit erfordert",
                .fr: "le fichier n°{id} n'a aucune modification après export de {key} en attente d'intervention",
            ],
            hint: [
                .en: "It may be acknowledged already, or the file was reprocessed since: see `ferry status`.",
                .nl: "Misschien is die al bevestigd, of is het bestand sindsdien opnieuw verwerkt: zie `ferry status`.",
                .de: "Vielleicht ist sie schon bestätigt, oder die Datei wurde seitdem erneut verarbeitet: siehe `ferry status`.",
                .fr: "Elle a peut-être déjà été prise en compte, ou le fichier a été retraité depuis : voir `ferry status`.",
            ]),
        .consoleCannotListen: CatalogEntry(
            message: [
                .en: "ferry serve cannot listen on {address}: {reason}",
                .nl: "ferry serve kan niet luisteren op {address}: {reason}",
                .de: "ferry serve kann nicht auf {address} lauschen: {reason}",
                .fr: "ferry serve ne peut pas écouter sur {address} : {reason}",
            ],
            hint: [
                .en: "Another program may use that port: choose another with --listen HOST:PORT.",
                .nl: "Misschien gebruikt een ander programma die poort: kies een andere met --listen HOST:POORT.",
                .de: "Vielleicht nutzt ein anderes Programm diesen Port: wählen Sie einen anderen mit --listen HOST:PORT.",
                .fr: "Un autre programme utilise peut-être ce port : choisissez-en un autre avec --listen HÔTE:PORT.",
            ]),
        .consoleListening: CatalogEntry(text: [
            .en: "ferry serve: listening on http://{address}", .nl: "ferry serve: luistert op http://{address}",
            .de: "ferry serve: lauscht auf http://{address}", .fr: "ferry serve : à l'écoute sur http://{address}",
        ]),
        .consoleTitle: CatalogEntry(text: [.en: "Ferry console", .nl: "Ferry-console", .de: "Ferry-Konsole", .fr: "Console Ferry"]),
        .consoleNavOverview: CatalogEntry(text: [.en: "Overview", .nl: "Overzicht", .de: "Übersicht", .fr: "Vue d'ensemble"]),
        .consoleNavFailures: CatalogEntry(text: [.en: "Failures", .nl: "Fouten", .de: "Fehler", .fr: "Échecs"]),
        .consoleNavFiles: CatalogEntry(text: [.en: "Files", .nl: "Bestanden", .de: "Dateien", .fr: "Fichiers"]),
        .consoleNavLineage: CatalogEntry(text: [.en: "Lineage", .nl: "Herkomst", .de: "Herkunft", .fr: "Traçabilité"]),
        .consoleNavAmended: CatalogEntry(text: [
            .en: "Amended after export", .nl: "Gewijzigd na export", .de: "Nach Export geändert", .fr: "Modifié après export",
        ]),
        .consoleAllWell: CatalogEntry(text: [
            .en: "All is well: nothing awaits attention.", .nl: "Alles in orde: niets vraagt aandacht.",
            .de: "Alles in Ordnung: nichts erfordert Aufmerksamkeit.", .fr: "Tout va bien : rien n'attend d'intervention.",
        ]),
        .consoleNeedsAttention: CatalogEntry(text: [
            .en: "{count} awaiting attention", .nl: "{count} vragen aandacht",
            .de: "{count} erfordern Aufmerksamkeit", .fr: "{count} en attente d'intervention",
        ]),
        .consoleFlowDisabled: CatalogEntry(text: [.en: "disabled", .nl: "uitgeschakeld", .de: "deaktiviert", .fr: "désactivé"]),
        .consoleWaiting: CatalogEntry(text: [.en: "Waiting", .nl: "Wachtend", .de: "Wartend", .fr: "En attente"]),
        .consoleInProgress: CatalogEntry(text: [.en: "In progress", .nl: "Bezig", .de: "In Arbeit", .fr: "En cours"]),
        .consoleToday: CatalogEntry(text: [.en: "Today", .nl: "Vandaag", .de: "Heute", .fr: "Aujourd'hui"]),
        .consoleThisWeek: CatalogEntry(text: [.en: "Last 7 days", .nl: "Laatste 7 dagen", .de: "Letzte 7 Tage", .fr: "7 derniers jours"]),
        .consoleAllTime: CatalogEntry(text: [.en: "All time", .nl: "Totaal", .de: "Insgesamt", .fr: "Au total"]),
        .consoleFailuresAwaiting: CatalogEntry(text: [
            .en: "Failures awaiting attention", .nl: "Fouten die aandacht vragen",
            .de: "Fehler, die Aufmerksamkeit erfordern", .fr: "Échecs en attente d'intervention",
        ]),
        .consoleAmendedAwaiting: CatalogEntry(text: [
            .en: "Changed after export, awaiting attention", .nl: "Gewijzigd na export, vraagt aandacht",
            .de: "Nach dem Export geändert, erfordert Aufmerksamkeit", .fr: "Modifié après export, en attente d'intervention",
        ]),
        .consoleLastRun: CatalogEntry(text: [
            .en: "Last run: {command} at {at}, {files} files taken, exit {exit}",
            .nl: "Laatste run: {command} om {at}, {files} bestanden opgepakt, exitcode {exit}",
            .de: "Letzter Lauf: {command} um {at}, {files} Dateien übernommen, Exit-Code {exit}",
            .fr: "Dernière exécution : {command} à {at}, {files} fichiers pris, code de sortie {exit}",
        ]),
        .consoleNoRun: CatalogEntry(text: [.en: "No run yet.", .nl: "Nog geen run.", .de: "Noch kein Lauf.", .fr: "Aucune exécution pour l'instant."]),
        .consoleNone: CatalogEntry(text: [.en: "none", .nl: "geen", .de: "keine", .fr: "aucun"]),
        .consoleFile: CatalogEntry(text: [.en: "File", .nl: "Bestand", .de: "Datei", .fr: "Fichier"]),
        .consoleFlow: CatalogEntry(text: [.en: "Flow", .nl: "Flow", .de: "Flow", .fr: "Flux"]),
        .consoleReceived: CatalogEntry(text: [.en: "Received", .nl: "Ontvangen", .de: "Empfangen", .fr: "Reçu"]),
        .consoleProcessed: CatalogEntry(text: [.en: "Processed", .nl: "Verwerkt", .de: "Verarbeitet", .fr: "Traité"]),
        .consoleOutcome: CatalogEntry(text: [.en: "Outcome", .nl: "Resultaat", .de: "Ergebnis", .fr: "Résultat"]),
        .consoleAttempt: CatalogEntry(text: [.en: "Attempt", .nl: "Poging", .de: "Versuch", .fr: "Tentative"]),
        .consoleDocuments: CatalogEntry(text: [.en: "Documents", .nl: "Documenten", .de: "Dokumente", .fr: "Documents"]),
        .consoleDocumentsMore: CatalogEntry(text: [
            .en: "{count} more documents are in the status record.", .nl: "Nog {count} documenten staan in het statusrecord.",
            .de: "{count} weitere Dokumente stehen im Statusdatensatz.", .fr: "{count} autres documents figurent dans la fiche d'état.",
        ]),
        .consoleKey: CatalogEntry(text: [.en: "Key", .nl: "Sleutel", .de: "Schlüssel", .fr: "Clé"]),
        .consoleReason: CatalogEntry(text: [.en: "Reason", .nl: "Reden", .de: "Grund", .fr: "Motif"]),
        .consoleErrors: CatalogEntry(text: [.en: "Errors", .nl: "Fouten", .de: "Fehler", .fr: "Erreurs"]),
        .consoleCode: CatalogEntry(text: [.en: "Code", .nl: "Code", .de: "Code", .fr: "Code"]),
        .consoleMessage: CatalogEntry(text: [.en: "Message", .nl: "Melding", .de: "Meldung", .fr: "Message"]),
        .consoleLocation: CatalogEntry(text: [.en: "Where", .nl: "Waar", .de: "Wo", .fr: "Où"]),
        .consoleHint: CatalogEntry(text: [.en: "How to fix", .nl: "Oplossing", .de: "Behebung", .fr: "Comment corriger"]),
        .consoleOutputs: CatalogEntry(text: [.en: "Outbox files", .nl: "Outbox-bestanden", .de: "Outbox-Dateien", .fr: "Fichiers de sortie"]),
        .consoleAttempts: CatalogEntry(text: [.en: "Attempts", .nl: "Pogingen", .de: "Versuche", .fr: "Tentatives"]),
        .consoleTrigger: CatalogEntry(text: [.en: "Started by", .nl: "Gestart door", .de: "Ausgelöst durch", .fr: "Déclenché par"]),
        .consoleInput: CatalogEntry(text: [.en: "Input", .nl: "Invoer", .de: "Eingabe", .fr: "Entrée"]),
        .consoleInputCapped: CatalogEntry(text: [
            .en: "Only the first {bytes} bytes are shown.", .nl: "Alleen de eerste {bytes} bytes worden getoond.",
            .de: "Nur die ersten {bytes} Bytes werden gezeigt.", .fr: "Seuls les {bytes} premiers octets sont affichés.",
        ]),
        .consoleResolve: CatalogEntry(text: [.en: "Resolve", .nl: "Afhandelen", .de: "Erledigen", .fr: "Résoudre"]),
        .consoleReprocess: CatalogEntry(text: [.en: "Reprocess", .nl: "Opnieuw verwerken", .de: "Erneut verarbeiten", .fr: "Retraiter"]),
        .consoleForce: CatalogEntry(text: [
            .en: "Also export again what was already exported (force)", .nl: "Ook opnieuw exporteren wat al geëxporteerd is (force)",
            .de: "Auch bereits Exportiertes erneut exportieren (force)", .fr: "Réexporter aussi ce qui l'a déjà été (force)",
        ]),
        .consoleDryRunHeading: CatalogEntry(text: [
            .en: "Dry run: what reprocessing would do (nothing is written yet)",
            .nl: "Proefdraai: wat opnieuw verwerken zou doen (er is nog niets geschreven)",
            .de: "Probelauf: was die erneute Verarbeitung täte (noch nichts geschrieben)",
            .fr: "Essai à blanc : ce que ferait le retraitement (rien n'est encore écrit)",
        ]),
        .consoleConfirm: CatalogEntry(text: [
            .en: "Confirm and reprocess", .nl: "Bevestigen en opnieuw verwerken",
            .de: "Bestätigen und erneut verarbeiten", .fr: "Confirmer et retraiter",
        ]),
        .consoleReasonRequired: CatalogEntry(text: [
            .en: "Give a reason: it goes into the log and the status record.",
            .nl: "Geef een reden: die komt in het logboek en het statusrecord.",
            .de: "Geben Sie einen Grund an: er kommt ins Protokoll und in den Statusdatensatz.",
            .fr: "Indiquez un motif : il figure dans le journal et la fiche d'état.",
        ]),
        .consoleResolved: CatalogEntry(text: [
            .en: "File #{id} is marked as handled by hand.", .nl: "Bestand #{id} is gemarkeerd als handmatig afgehandeld.",
            .de: "Datei #{id} ist als von Hand erledigt markiert.", .fr: "Le fichier n°{id} est marqué comme traité à la main.",
        ]),
        .consoleReprocessed: CatalogEntry(text: [
            .en: "File #{id} reprocessed: {outcome}.", .nl: "Bestand #{id} opnieuw verwerkt: {outcome}.",
            .de: "Datei #{id} erneut verarbeitet: {outcome}.", .fr: "Fichier n°{id} retraité : {outcome}.",
        ]),
        .consoleFilter: CatalogEntry(text: [.en: "Filter", .nl: "Filteren", .de: "Filtern", .fr: "Filtrer"]),
        .consoleSearchName: CatalogEntry(text: [.en: "Name contains", .nl: "Naam bevat", .de: "Name enthält", .fr: "Le nom contient"]),
        .consoleDate: CatalogEntry(text: [.en: "Received on", .nl: "Ontvangen op", .de: "Empfangen am", .fr: "Reçu le"]),
        .consoleAny: CatalogEntry(text: [.en: "any", .nl: "alle", .de: "alle", .fr: "tous"]),
        .consoleOlder: CatalogEntry(text: [.en: "Older files →", .nl: "Oudere bestanden →", .de: "Ältere Dateien →", .fr: "Fichiers plus anciens →"]),
        .consoleNoFiles: CatalogEntry(text: [.en: "No files.", .nl: "Geen bestanden.", .de: "Keine Dateien.", .fr: "Aucun fichier."]),
        .consoleLineagePrompt: CatalogEntry(text: [
            .en: "Business key (order number, SKU)", .nl: "Zakelijke sleutel (ordernummer, SKU)",
            .de: "Geschäftsschlüssel (Auftragsnummer, SKU)", .fr: "Clé métier (numéro de commande, SKU)",
        ]),
        .consoleLineageNone: CatalogEntry(text: [
            .en: "No record of {key}.", .nl: "Niets bekend over {key}.", .de: "Kein Eintrag zu {key}.", .fr: "Aucune trace de {key}.",
        ]),
        .consoleAcknowledge: CatalogEntry(text: [.en: "Acknowledge", .nl: "Bevestigen", .de: "Bestätigen", .fr: "Prendre acte"]),
        .consoleAcknowledged: CatalogEntry(text: [
            .en: "The change to {key} in file #{id} is acknowledged.", .nl: "De wijziging van {key} in bestand #{id} is bevestigd.",
            .de: "Die Änderung an {key} in Datei #{id} ist bestätigt.", .fr: "La modification de {key} dans le fichier n°{id} est prise en compte.",
        ]),
        .consoleCsrfFailed: CatalogEntry(text: [
            .en: "This form did not come from this console or has expired: reload the page and try again.",
            .nl: "Dit formulier kwam niet van deze console of is verlopen: laad de pagina opnieuw en probeer het nog eens.",
            .de: "Dieses Formular stammt nicht von dieser Konsole oder ist abgelaufen: laden Sie die Seite neu und versuchen Sie es erneut.",
            .fr: "Ce formulaire ne provient pas de cette console ou a expiré : rechargez la page et réessayez.",
        ]),
        .consoleNotFound: CatalogEntry(text: [.en: "Not found.", .nl: "Niet gevonden.", .de: "Nicht gefunden.", .fr: "Introuvable."]),
        .consoleSignIn: CatalogEntry(text: [
            .en: "Sign in to the Ferry console.", .nl: "Meld u aan bij de Ferry-console.",
            .de: "Melden Sie sich bei der Ferry-Konsole an.", .fr: "Connectez-vous à la console Ferry.",
        ]),
        .consoleActivity: CatalogEntry(text: [.en: "Activity", .nl: "Activiteit", .de: "Aktivität", .fr: "Activité"]),
        .consoleTime: CatalogEntry(text: [.en: "Time", .nl: "Tijd", .de: "Zeit", .fr: "Heure"]),
        .consoleAction: CatalogEntry(text: [.en: "Action", .nl: "Actie", .de: "Aktion", .fr: "Action"]),
        .consoleView: CatalogEntry(text: [.en: "view", .nl: "bekijken", .de: "ansehen", .fr: "voir"]),
        .consoleSearch: CatalogEntry(text: [.en: "Search", .nl: "Zoeken", .de: "Suchen", .fr: "Rechercher"]),
        .consoleTarget: CatalogEntry(text: [.en: "Target", .nl: "Doel", .de: "Ziel", .fr: "Cible"]),
        .consoleWouldDo: CatalogEntry(text: [.en: "Would", .nl: "Zou", .de: "Würde", .fr: "Ferait"]),
        .consoleResolvedBy: CatalogEntry(text: [
            .en: "Handled by hand", .nl: "Handmatig afgehandeld", .de: "Von Hand erledigt", .fr: "Traité à la main",
        ]),
        .consoleAcknowledgedChanges: CatalogEntry(text: [
            .en: "Changes after export acknowledged", .nl: "Wijzigingen na export bevestigd",
            .de: "Änderungen nach dem Export bestätigt", .fr: "Modifications après export prises en compte",
        ]),
        .consoleDryRunOutcome: CatalogEntry(text: [
            .en: "The file would end {outcome}.", .nl: "Het bestand zou eindigen als {outcome}.",
            .de: "Die Datei würde als {outcome} enden.", .fr: "Le fichier se terminerait en {outcome}.",
        ]),
    ]
}
