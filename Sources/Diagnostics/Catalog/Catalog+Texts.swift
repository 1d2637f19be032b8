// Operator texts of the engine that are not errors: why a file waits, why a filter left a
// document out, what an export decided, what changed in an amended order, and the names of
// outcomes. Keys are lower case and dotted; entries have a message only (no hint).
extension ErrorCode {
    /// A text Ferry passes on as it is (an operator's reason, a reason an older Ferry stored). Args: `text`.
    public static let textVerbatim = ErrorCode("text")

    public static let waitingReady = ErrorCode("waiting.ready")
    public static let waitingSettling = ErrorCode("waiting.settling")
    public static let waitingForMarker = ErrorCode("waiting.marker")
    /// A marker (`NAME.done`) whose data file is not in the inbox.
    public static let waitingOrphanMarker = ErrorCode("waiting.orphan-marker")
    public static let waitingExcluded = ErrorCode("waiting.excluded")
    public static let waitingFlowDisabled = ErrorCode("waiting.flow-disabled")
    public static let waitingSymlinkOutsideRoot = ErrorCode("waiting.symlink-outside-root")
    public static let waitingUnreadableName = ErrorCode("waiting.unreadable-name")
    public static let waitingBrokenSymlink = ErrorCode("waiting.broken-symlink")
    public static let waitingFolder = ErrorCode("waiting.folder")
    public static let waitingFIFO = ErrorCode("waiting.fifo")
    public static let waitingSocket = ErrorCode("waiting.socket")
    public static let waitingDevice = ErrorCode("waiting.device")
    /// Put back into the inbox because a process still has it open for writing.
    public static let waitingOpenForWriting = ErrorCode("waiting.open-for-writing")

    /// Args: `allowed`.
    public static let filterStatusMissing = ErrorCode("filter.status.missing")
    /// Args: `status`, `allowed`.
    public static let filterStatusOther = ErrorCode("filter.status.other")
    public static let filterOrderDateMissing = ErrorCode("filter.order-date.missing")
    /// Args: `date`, `days`, `today`.
    public static let filterOrderDateTooOld = ErrorCode("filter.order-date.too-old")
    /// Args: `path`.
    public static let filterFlagAbsent = ErrorCode("filter.flag.absent")
    /// Args: `path`, `values`.
    public static let filterFlagNotSet = ErrorCode("filter.flag.not-set")
    /// Args: `path`, `comparison`.
    public static let filterFieldAbsent = ErrorCode("filter.field.absent")
    /// Args: `path`, `comparison`, `values`.
    public static let filterFieldValue = ErrorCode("filter.field.value")

    /// Why a file ended `duplicate`. Args: `file`, `name`.
    public static let fileDuplicateOf = ErrorCode("file.duplicate-of")
    public static let exportNoTargets = ErrorCode("export.no-targets")
    /// Args: `file`, `output`.
    public static let exportExportedBefore = ErrorCode("export.exported-before")
    /// Args: `file`, `output`.
    public static let exportUnchanged = ErrorCode("export.unchanged")
    /// Lists: `earlier` (``exportEarlier`` notes, one per target). Details: the changes.
    public static let exportAmended = ErrorCode("export.amended")
    /// One earlier export an amended document differs from. Args: `file`, `output`.
    public static let exportEarlier = ErrorCode("export.earlier")
    /// Args: `asOf`, `file`, `output`.
    public static let exportOlder = ErrorCode("export.older")
    /// Args: `path`.
    public static let exportWouldWrite = ErrorCode("export.would-write")
    /// Args: `output`.
    public static let exportIdentical = ErrorCode("export.identical")

    /// Args: `line`, `quantity`.
    public static let changeLineAdded = ErrorCode("change.line-added")
    /// Args: `line`, `quantity`.
    public static let changeLineRemoved = ErrorCode("change.line-removed")
    /// Args: `line`, `old`, `new`.
    public static let changeQuantity = ErrorCode("change.quantity")
    /// Args: `line`, `old`, `new`.
    public static let changePriceExclVat = ErrorCode("change.price-excl-vat")
    /// Args: `line`, `old`, `new`.
    public static let changePriceInclVat = ErrorCode("change.price-incl-vat")
    /// Args: `line`.
    public static let changeLine = ErrorCode("change.line")
    /// Args: `old`, `new`.
    public static let changeStatus = ErrorCode("change.status")
    /// Args: `old`, `new`.
    public static let changeShippingCost = ErrorCode("change.shipping-cost")
    public static let changeShippingAddress = ErrorCode("change.shipping-address")
    public static let changeBillingAddress = ErrorCode("change.billing-address")
    public static let changeBuyer = ErrorCode("change.buyer")
    public static let changeOrderDetails = ErrorCode("change.order-details")
    public static let changeContent = ErrorCode("change.content")

    /// `ferry check --ledger` findings. Args as named in each text.
    public static let ledgerDuplicateExport = ErrorCode("ledger.duplicate-export")
    public static let ledgerInterruptedFile = ErrorCode("ledger.interrupted-file")
    public static let ledgerNoArchivePath = ErrorCode("ledger.no-archive-path")
    public static let ledgerFileMissing = ErrorCode("ledger.file-missing")
    public static let ledgerUnreadableRecord = ErrorCode("ledger.unreadable-record")
    public static let ledgerRecordDiffers = ErrorCode("ledger.record-differs")
    public static let ledgerRecordDiffersInterrupted = ErrorCode("ledger.record-differs-interrupted")
    public static let ledgerStrayRecord = ErrorCode("ledger.stray-record")
    public static let ledgerStrayFile = ErrorCode("ledger.stray-file")
    public static let ledgerPendingExport = ErrorCode("ledger.pending-export")
    public static let ledgerMissingCopy = ErrorCode("ledger.missing-copy")
    public static let ledgerCopyDiffers = ErrorCode("ledger.copy-differs")
    public static let ledgerOrphanClaim = ErrorCode("ledger.orphan-claim")
    public static let ledgerOrphanClaimEmpty = ErrorCode("ledger.orphan-claim-empty")

    /// A failed system call; details: why (`ioNoSpace`, ... or the system's text). Args: `operation`, `path`.
    public static let ioFailure = ErrorCode("io.failure")
    public static let ioNoSpace = ErrorCode("io.no-space")
    public static let ioQuota = ErrorCode("io.quota")
    public static let ioPermission = ErrorCode("io.permission")
    public static let ioNotPermitted = ErrorCode("io.not-permitted")
    public static let ioReadOnly = ErrorCode("io.read-only")
    public static let ioError = ErrorCode("io.error")
    public static let ioNotFound = ErrorCode("io.not-found")
    public static let ledgerLocked = ErrorCode("ledger.locked")

    /// The name of an outcome (`exported`, `partial`, ...) for people; JSON keeps the raw value.
    public static func outcome(_ rawValue: String) -> ErrorCode { ErrorCode("outcome." + rawValue) }
}

extension Catalog {
    static let pickupTexts: [ErrorCode: CatalogEntry] = [
        .textVerbatim: CatalogEntry(text: [.en: "{text}", .nl: "{text}", .de: "{text}", .fr: "{text}"]),
        .waitingBrokenSymlink: CatalogEntry(text: [
            .en: "symlink to nothing (its target does not exist)",
            .nl: "symlink naar niets (het doel bestaat niet)",
            .de: "symbolischer Link ins Leere (das Ziel existiert nicht)",
            .fr: "lien symbolique vers rien (sa cible n'existe pas)",
        ]),
        .waitingFolder: CatalogEntry(text: [
            .en: "ignored: a folder (Ferry reads files directly in the inbox, not in sub-folders)",
            .nl: "genegeerd: een map (Ferry leest bestanden direct in de inbox, niet in submappen)",
            .de: "ignoriert: ein Ordner (Ferry liest Dateien direkt im Eingang, nicht in Unterordnern)",
            .fr: "ignoré : un dossier (Ferry lit les fichiers directement dans la boîte de réception, pas dans les sous-dossiers)",
        ]),
        .waitingFIFO: CatalogEntry(text: [
            .en: "ignored: a named pipe (FIFO), not a file",
            .nl: "genegeerd: een named pipe (FIFO), geen bestand",
            .de: "ignoriert: eine benannte Pipe (FIFO), keine Datei",
            .fr: "ignoré : un tube nommé (FIFO), pas un fichier",
        ]),
        .waitingSocket: CatalogEntry(text: [
            .en: "ignored: a socket, not a file",
            .nl: "genegeerd: een socket, geen bestand",
            .de: "ignoriert: ein Socket, keine Datei",
            .fr: "ignoré : une socket, pas un fichier",
        ]),
        .waitingDevice: CatalogEntry(text: [
            .en: "ignored: a device, not a file",
            .nl: "genegeerd: een apparaatbestand, geen bestand",
            .de: "ignoriert: eine Gerätedatei, keine Datei",
            .fr: "ignoré : un périphérique, pas un fichier",
        ]),
        .waitingOpenForWriting: CatalogEntry(text: [
            .en: "still open for writing",
            .nl: "nog geopend om te schrijven (wordt opgepakt zodra het gesloten is)",
            .de: "noch zum Schreiben geöffnet (wird übernommen, sobald es geschlossen ist)",
            .fr: "encore ouvert en écriture (pris dès qu'il sera fermé)",
        ]),
        .waitingReady: CatalogEntry(text: [
            .en: "ready", .nl: "klaar om op te pakken", .de: "bereit zur Übernahme", .fr: "prêt à être pris",
        ]),
        .waitingSettling: CatalogEntry(text: [
            .en: "settling",
            .nl: "wacht tot het bestand niet meer verandert",
            .de: "wartet, bis sich die Datei nicht mehr ändert",
            .fr: "attend que le fichier ne change plus",
        ]),
        .waitingForMarker: CatalogEntry(text: [
            .en: "waiting for marker", .nl: "wacht op het markerbestand", .de: "wartet auf die Markerdatei",
            .fr: "attend son fichier marqueur",
        ]),
        .waitingOrphanMarker: CatalogEntry(text: [
            .en: "orphan marker (no data file)",
            .nl: "losse marker (geen databestand)",
            .de: "verwaiste Markerdatei (keine Datendatei)",
            .fr: "marqueur orphelin (pas de fichier de données)",
        ]),
        .waitingExcluded: CatalogEntry(text: [
            .en: "excluded by pattern", .nl: "uitgesloten door een patroon", .de: "durch ein Muster ausgeschlossen",
            .fr: "exclu par un motif",
        ]),
        .waitingFlowDisabled: CatalogEntry(text: [
            .en: "flow disabled", .nl: "flow uitgeschakeld", .de: "Flow deaktiviert", .fr: "flux désactivé",
        ]),
        .waitingSymlinkOutsideRoot: CatalogEntry(text: [
            .en: "symlink outside root",
            .nl: "symbolische koppeling naar buiten de root",
            .de: "symbolischer Link außerhalb des Stammordners",
            .fr: "lien symbolique hors de la racine",
        ]),
        .waitingUnreadableName: CatalogEntry(text: [
            .en: "file name is not valid UTF-8 (rename it)",
            .nl: "bestandsnaam is geen geldige UTF-8 (hernoem het bestand)",
            .de: "Dateiname ist kein gültiges UTF-8 (benennen Sie die Datei um)",
            .fr: "le nom du fichier n'est pas de l'UTF-8 valide (renommez-le)",
        ]),
    ]

    static let filterTexts: [ErrorCode: CatalogEntry] = [
        .filterStatusMissing: CatalogEntry(text: [
            .en: "filter status: the order has no status (wanted {allowed})",
            .nl: "filter status: de order heeft geen status (gewenst: {allowed})",
            .de: "Filter status: die Bestellung hat keinen Status (erwartet: {allowed})",
            .fr: "filtre status : la commande n'a pas de statut (attendu : {allowed})",
        ]),
        .filterStatusOther: CatalogEntry(text: [
            .en: "filter status: status is {status}, not one of {allowed}",
            .nl: "filter status: de status is {status}, niet een van {allowed}",
            .de: "Filter status: der Status ist {status}, keiner von {allowed}",
            .fr: "filtre status : le statut est {status}, aucun de {allowed}",
        ]),
        .filterOrderDateMissing: CatalogEntry(text: [
            .en: "filter order-date-within-days: the order has no order date",
            .nl: "filter order-date-within-days: de order heeft geen orderdatum",
            .de: "Filter order-date-within-days: die Bestellung hat kein Bestelldatum",
            .fr: "filtre order-date-within-days : la commande n'a pas de date de commande",
        ]),
        .filterOrderDateTooOld: CatalogEntry(text: [
            .en: "filter order-date-within-days: ordered {date}, more than {days} days before {today}",
            .nl: "filter order-date-within-days: besteld op {date}, meer dan {days} dagen vóór {today}",
            .de: "Filter order-date-within-days: bestellt am {date}, mehr als {days} Tage vor dem {today}",
            .fr: "filtre order-date-within-days : commandée le {date}, plus de {days} jours avant le {today}",
        ]),
        .filterFlagAbsent: CatalogEntry(text: [
            .en: "filter flag {path}: absent, not a yes value",
            .nl: "filter flag {path}: ontbreekt, dus geen ja-waarde",
            .de: "Filter flag {path}: fehlt, also kein Ja-Wert",
            .fr: "filtre flag {path} : absent, donc pas une valeur « oui »",
        ]),
        .filterFlagNotSet: CatalogEntry(text: [
            .en: "filter flag {path}: {values}, not a yes value",
            .nl: "filter flag {path}: {values}, geen ja-waarde",
            .de: "Filter flag {path}: {values}, kein Ja-Wert",
            .fr: "filtre flag {path} : {values}, pas une valeur « oui »",
        ]),
        .filterFieldAbsent: CatalogEntry(text: [
            .en: "filter field {path} {comparison}: value absent",
            .nl: "filter field {path} {comparison}: de waarde ontbreekt",
            .de: "Filter field {path} {comparison}: der Wert fehlt",
            .fr: "filtre field {path} {comparison} : la valeur est absente",
        ]),
        .filterFieldValue: CatalogEntry(text: [
            .en: "filter field {path} {comparison}: value {values}",
            .nl: "filter field {path} {comparison}: waarde {values}",
            .de: "Filter field {path} {comparison}: Wert {values}",
            .fr: "filtre field {path} {comparison} : valeur {values}",
        ]),
    ]

    static let exportTexts: [ErrorCode: CatalogEntry] = [
        .fileDuplicateOf: CatalogEntry(text: [
            .en: "duplicate of file #{file} ({name})",
            .nl: "duplicaat van bestand #{file} ({name})",
            .de: "Duplikat von Datei #{file} ({name})",
            .fr: "doublon du fichier #{file} ({name})",
        ]),
        .exportNoTargets: CatalogEntry(text: [
            .en: "the flow has no targets",
            .nl: "de flow heeft geen targets",
            .de: "der Flow hat keine Ziele (targets)",
            .fr: "le flux n'a aucune cible (targets)",
        ]),
        .exportExportedBefore: CatalogEntry(text: [
            .en: "exported before by file #{file} as {output}",
            .nl: "eerder geëxporteerd door bestand #{file} als {output}",
            .de: "bereits exportiert durch Datei #{file} als {output}",
            .fr: "déjà exporté par le fichier #{file} sous {output}",
        ]),
        .exportUnchanged: CatalogEntry(text: [
            .en: "unchanged since file #{file} as {output}",
            .nl: "ongewijzigd sinds bestand #{file} als {output}",
            .de: "unverändert seit Datei #{file} als {output}",
            .fr: "inchangé depuis le fichier #{file} sous {output}",
        ]),
        .exportAmended: CatalogEntry(text: [
            .en: "changed after export by {earlier}",
            .nl: "gewijzigd na de export door {earlier}",
            .de: "geändert nach dem Export durch {earlier}",
            .fr: "modifié après l'export par {earlier}",
        ]),
        .exportEarlier: CatalogEntry(text: [
            .en: "file #{file} as {output}",
            .nl: "bestand #{file} als {output}",
            .de: "Datei #{file} als {output}",
            .fr: "le fichier #{file} sous {output}",
        ]),
        .exportOlder: CatalogEntry(text: [
            .en: "older ({asOf}) than the version exported by file #{file} as {output}",
            .nl: "ouder ({asOf}) dan de versie die bestand #{file} exporteerde als {output}",
            .de: "älter ({asOf}) als die Version, die Datei #{file} als {output} exportiert hat",
            .fr: "plus ancien ({asOf}) que la version exportée par le fichier #{file} sous {output}",
        ]),
        .exportWouldWrite: CatalogEntry(text: [
            .en: "would write {path}", .nl: "zou {path} schrijven", .de: "würde {path} schreiben", .fr: "écrirait {path}",
        ]),
        .exportIdentical: CatalogEntry(text: [
            .en: "(identical to {output})", .nl: "(gelijk aan {output})", .de: "(identisch mit {output})",
            .fr: "(identique à {output})",
        ]),
    ]

    static let changeTexts: [ErrorCode: CatalogEntry] = [
        .changeLineAdded: CatalogEntry(text: [
            .en: "line added: {line} × {quantity}", .nl: "regel toegevoegd: {line} × {quantity}",
            .de: "Position hinzugefügt: {line} × {quantity}", .fr: "ligne ajoutée : {line} × {quantity}",
        ]),
        .changeLineRemoved: CatalogEntry(text: [
            .en: "line removed: {line} × {quantity}", .nl: "regel verwijderd: {line} × {quantity}",
            .de: "Position entfernt: {line} × {quantity}", .fr: "ligne supprimée : {line} × {quantity}",
        ]),
        .changeQuantity: CatalogEntry(text: [
            .en: "quantity {line}: {old} → {new}", .nl: "aantal {line}: {old} → {new}",
            .de: "Menge {line}: {old} → {new}", .fr: "quantité {line} : {old} → {new}",
        ]),
        .changePriceExclVat: CatalogEntry(text: [
            .en: "price excl. VAT {line}: {old} → {new}", .nl: "prijs excl. btw {line}: {old} → {new}",
            .de: "Preis ohne MwSt. {line}: {old} → {new}", .fr: "prix HT {line} : {old} → {new}",
        ]),
        .changePriceInclVat: CatalogEntry(text: [
            .en: "price incl. VAT {line}: {old} → {new}", .nl: "prijs incl. btw {line}: {old} → {new}",
            .de: "Preis inkl. MwSt. {line}: {old} → {new}", .fr: "prix TTC {line} : {old} → {new}",
        ]),
        .changeLine: CatalogEntry(text: [
            .en: "line changed: {line}", .nl: "regel gewijzigd: {line}", .de: "Position geändert: {line}",
            .fr: "ligne modifiée : {line}",
        ]),
        .changeStatus: CatalogEntry(text: [
            .en: "status: {old} → {new}", .nl: "status: {old} → {new}", .de: "Status: {old} → {new}",
            .fr: "statut : {old} → {new}",
        ]),
        .changeShippingCost: CatalogEntry(text: [
            .en: "shipping cost: {old} → {new}", .nl: "verzendkosten: {old} → {new}",
            .de: "Versandkosten: {old} → {new}", .fr: "frais de port : {old} → {new}",
        ]),
        .changeShippingAddress: CatalogEntry(text: [
            .en: "shipping address changed", .nl: "afleveradres gewijzigd", .de: "Lieferadresse geändert",
            .fr: "adresse de livraison modifiée",
        ]),
        .changeBillingAddress: CatalogEntry(text: [
            .en: "billing address changed", .nl: "factuuradres gewijzigd", .de: "Rechnungsadresse geändert",
            .fr: "adresse de facturation modifiée",
        ]),
        .changeBuyer: CatalogEntry(text: [
            .en: "buyer changed", .nl: "koper gewijzigd", .de: "Käufer geändert", .fr: "acheteur modifié",
        ]),
        .changeOrderDetails: CatalogEntry(text: [
            .en: "order details changed", .nl: "ordergegevens gewijzigd", .de: "Bestelldaten geändert",
            .fr: "détails de la commande modifiés",
        ]),
        .changeContent: CatalogEntry(text: [
            .en: "content changed", .nl: "inhoud gewijzigd", .de: "Inhalt geändert", .fr: "contenu modifié",
        ]),
    ]

    static let ledgerTexts: [ErrorCode: CatalogEntry] = [
        .ioFailure: CatalogEntry(text: [
            .en: "{operation} {path}", .nl: "{operation} {path}", .de: "{operation} {path}", .fr: "{operation} {path}",
        ]),
        .ioNoSpace: CatalogEntry(text: [
            .en: "No space left on device", .nl: "Geen ruimte meer op het apparaat", .de: "Kein Platz mehr auf dem Gerät",
            .fr: "Plus d'espace disponible sur le périphérique",
        ]),
        .ioQuota: CatalogEntry(text: [
            .en: "Disk quota exceeded", .nl: "Schijfquotum overschreden", .de: "Festplattenkontingent überschritten",
            .fr: "Quota de disque dépassé",
        ]),
        .ioPermission: CatalogEntry(text: [
            .en: "Permission denied", .nl: "Toegang geweigerd", .de: "Zugriff verweigert", .fr: "Permission refusée",
        ]),
        .ioNotPermitted: CatalogEntry(text: [
            .en: "Operation not permitted", .nl: "Bewerking niet toegestaan", .de: "Vorgang nicht erlaubt",
            .fr: "Opération non permise",
        ]),
        .ioReadOnly: CatalogEntry(text: [
            .en: "Read-only file system", .nl: "Alleen-lezen bestandssysteem", .de: "Schreibgeschütztes Dateisystem",
            .fr: "Système de fichiers en lecture seule",
        ]),
        .ioError: CatalogEntry(text: [
            .en: "Input/output error", .nl: "Invoer-/uitvoerfout", .de: "Ein-/Ausgabefehler", .fr: "Erreur d'entrée/sortie",
        ]),
        .ioNotFound: CatalogEntry(text: [
            .en: "No such file or directory", .nl: "Bestand of map bestaat niet", .de: "Datei oder Verzeichnis nicht gefunden",
            .fr: "Fichier ou dossier introuvable",
        ]),
        .ledgerLocked: CatalogEntry(text: [
            .en: "the ledger stayed locked by another Ferry process for more than 30 s",
            .nl: "de ledger bleef langer dan 30 s vergrendeld door een ander Ferry-proces",
            .de: "das Ledger blieb länger als 30 s von einem anderen Ferry-Prozess gesperrt",
            .fr: "le registre est resté verrouillé par un autre processus Ferry pendant plus de 30 s",
        ]),
        .ledgerDuplicateExport: CatalogEntry(text: [
            .en: "{unit} generation {generation} exported {count} times",
            .nl: "{unit} generatie {generation} is {count} keer geëxporteerd",
            .de: "{unit} Generation {generation} wurde {count}-mal exportiert",
            .fr: "{unit} génération {generation} exportée {count} fois",
        ]),
        .ledgerInterruptedFile: CatalogEntry(text: [
            .en: "{name} left {state} by a stopped process; recoverable: the next run finishes it",
            .nl: "{name} is door een gestopt proces in de toestand {state} achtergelaten; herstelbaar: de volgende run maakt het af",
            .de: "{name} wurde von einem beendeten Prozess im Zustand {state} zurückgelassen; behebbar: der nächste Lauf schließt es ab",
            .fr: "{name} a été laissé à l'état {state} par un processus arrêté ; récupérable : la prochaine exécution le termine",
        ]),
        .ledgerNoArchivePath: CatalogEntry(text: [
            .en: "{name} is archived without an archive path",
            .nl: "{name} is gearchiveerd zonder archiefpad",
            .de: "{name} ist ohne Archivpfad archiviert",
            .fr: "{name} est archivé sans chemin d'archive",
        ]),
        .ledgerFileMissing: CatalogEntry(text: [
            .en: "{name}: {path} is missing", .nl: "{name}: {path} ontbreekt", .de: "{name}: {path} fehlt",
            .fr: "{name} : {path} est manquant",
        ]),
        .ledgerUnreadableRecord: CatalogEntry(text: [
            .en: "{name}: {path} is not a readable status record",
            .nl: "{name}: {path} is geen leesbaar statusrecord",
            .de: "{name}: {path} ist kein lesbarer Statusdatensatz",
            .fr: "{name} : {path} n'est pas un enregistrement d'état lisible",
        ]),
        .ledgerRecordDiffers: CatalogEntry(text: [
            .en: "{name}: {path} says {differences} (record ≠ ledger)",
            .nl: "{name}: {path} zegt {differences} (record ≠ ledger)",
            .de: "{name}: {path} sagt {differences} (Datensatz ≠ Ledger)",
            .fr: "{name} : {path} indique {differences} (enregistrement ≠ registre)",
        ]),
        .ledgerRecordDiffersInterrupted: CatalogEntry(text: [
            .en: "{name}: {path} says {differences} (record ≠ ledger) (a reprocess was interrupted: run `ferry reprocess {id}` again)",
            .nl: "{name}: {path} zegt {differences} (record ≠ ledger) (een herverwerking werd onderbroken: voer `ferry reprocess {id}` opnieuw uit)",
            .de: "{name}: {path} sagt {differences} (Datensatz ≠ Ledger) (eine erneute Verarbeitung wurde unterbrochen: führen Sie `ferry reprocess {id}` erneut aus)",
            .fr: "{name} : {path} indique {differences} (enregistrement ≠ registre) (un retraitement a été interrompu : relancez `ferry reprocess {id}`)",
        ]),
        .ledgerStrayRecord: CatalogEntry(text: [
            .en: "{path} is a status record no ledger row points to",
            .nl: "{path} is een statusrecord waar geen ledgerregel naar verwijst",
            .de: "{path} ist ein Statusdatensatz, auf den keine Ledger-Zeile verweist",
            .fr: "{path} est un enregistrement d'état qu'aucune ligne du registre ne référence",
        ]),
        .ledgerStrayFile: CatalogEntry(text: [
            .en: "{path} is in the archive but not in the ledger",
            .nl: "{path} staat in het archief maar niet in de ledger",
            .de: "{path} liegt im Archiv, steht aber nicht im Ledger",
            .fr: "{path} est dans l'archive mais pas dans le registre",
        ]),
        .ledgerPendingExport: CatalogEntry(text: [
            .en: "{unit} to {output} is pending and its process is gone; recoverable: the next run finishes it",
            .nl: "{unit} naar {output} staat open en het proces is weg; herstelbaar: de volgende run maakt het af",
            .de: "{unit} nach {output} ist offen und sein Prozess ist beendet; behebbar: der nächste Lauf schließt es ab",
            .fr: "{unit} vers {output} est en attente et son processus a disparu ; récupérable : la prochaine exécution le termine",
        ]),
        .ledgerMissingCopy: CatalogEntry(text: [
            .en: "{unit}: payload copy {copy} is missing",
            .nl: "{unit}: kopie van de payload {copy} ontbreekt",
            .de: "{unit}: Kopie der Nutzdaten {copy} fehlt",
            .fr: "{unit} : la copie de la charge utile {copy} est manquante",
        ]),
        .ledgerCopyDiffers: CatalogEntry(text: [
            .en: "{unit}: payload copy {copy} differs from {output}",
            .nl: "{unit}: kopie van de payload {copy} wijkt af van {output}",
            .de: "{unit}: Kopie der Nutzdaten {copy} weicht von {output} ab",
            .fr: "{unit} : la copie de la charge utile {copy} diffère de {output}",
        ]),
        .ledgerOrphanClaim: CatalogEntry(text: [
            .en: "{path} ({entries}) was claimed by a stopped process; recoverable: the next run finishes it",
            .nl: "{path} ({entries}) is opgepakt door een gestopt proces; herstelbaar: de volgende run maakt het af",
            .de: "{path} ({entries}) wurde von einem beendeten Prozess übernommen; behebbar: der nächste Lauf schließt es ab",
            .fr: "{path} ({entries}) a été pris par un processus arrêté ; récupérable : la prochaine exécution le termine",
        ]),
        .ledgerOrphanClaimEmpty: CatalogEntry(text: [
            .en: "{path} (empty) was claimed by a stopped process; recoverable: the next run finishes it",
            .nl: "{path} (leeg) is opgepakt door een gestopt proces; herstelbaar: de volgende run maakt het af",
            .de: "{path} (leer) wurde von einem beendeten Prozess übernommen; behebbar: der nächste Lauf schließt es ab",
            .fr: "{path} (vide) a été pris par un processus arrêté ; récupérable : la prochaine exécution le termine",
        ]),
    ]

    /// File and document outcomes, preview outcomes and dry-run actions, by raw value.
    static let outcomeTexts: [ErrorCode: CatalogEntry] = [
        .outcome("export"): CatalogEntry(text: [.en: "export", .nl: "exporteren", .de: "exportieren", .fr: "exporter"]),
        .outcome("exported"): CatalogEntry(text: [.en: "exported", .nl: "geëxporteerd", .de: "exportiert", .fr: "exporté"]),
        .outcome("already-exported"): CatalogEntry(text: [
            .en: "already-exported", .nl: "al geëxporteerd", .de: "bereits exportiert", .fr: "déjà exporté",
        ]),
        .outcome("amended-after-export"): CatalogEntry(text: [
            .en: "amended-after-export", .nl: "gewijzigd na export", .de: "nach dem Export geändert",
            .fr: "modifié après export",
        ]),
        .outcome("superseded"): CatalogEntry(text: [.en: "superseded", .nl: "achterhaald", .de: "überholt", .fr: "dépassé"]),
        .outcome("filtered"): CatalogEntry(text: [.en: "filtered", .nl: "gefilterd", .de: "gefiltert", .fr: "filtré"]),
        .outcome("failed"): CatalogEntry(text: [.en: "failed", .nl: "mislukt", .de: "fehlgeschlagen", .fr: "en échec"]),
        .outcome("partial"): CatalogEntry(text: [.en: "partial", .nl: "gedeeltelijk", .de: "teilweise", .fr: "partiel"]),
        .outcome("duplicate"): CatalogEntry(text: [.en: "duplicate", .nl: "duplicaat", .de: "Duplikat", .fr: "doublon"]),
        .outcome("unchanged"): CatalogEntry(text: [.en: "unchanged", .nl: "ongewijzigd", .de: "unverändert", .fr: "inchangé"]),
        .outcome("empty"): CatalogEntry(text: [.en: "empty", .nl: "leeg", .de: "leer", .fr: "vide"]),
        .outcome("converted"): CatalogEntry(text: [.en: "converted", .nl: "omgezet", .de: "umgewandelt", .fr: "converti"]),
    ]
}
