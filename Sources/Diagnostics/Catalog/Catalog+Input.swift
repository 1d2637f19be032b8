// Errors shared by every reader: opening, decoding and the size limits.
extension ErrorCode {
    /// The file could not be opened or read. Args: `reason`.
    public static let inputUnreadable = ErrorCode("INPUT-001")
    /// The file is empty (0 bytes, or only whitespace / a byte order mark).
    public static let inputEmpty = ErrorCode("INPUT-002")
    /// Bytes that are not valid in the file's encoding. Args: `encoding`, `offset` (byte offset).
    public static let inputUndecodable = ErrorCode("INPUT-003")
    /// A field, string or text node longer than the limit. Args: `limit` (bytes).
    public static let inputFieldTooLarge = ErrorCode("INPUT-004")
    /// Nesting deeper than the limit. Args: `limit`.
    public static let inputTooDeep = ErrorCode("INPUT-005")
    /// A row with more columns than the limit. Args: `limit`.
    public static let inputTooManyColumns = ErrorCode("INPUT-006")
    /// The format could not be determined from the extension or the content.
    public static let inputUnknownFormat = ErrorCode("INPUT-007")
    /// The file was read to the end but holds no documents (a header-only CSV, `[]`, a text
    /// file, another format's file). Args: `kind` (order, article, ...), `format` (csv, json, xml).
    public static let inputNoDocuments = ErrorCode("INPUT-008")
    /// The order numbers read so far could not be kept in the scratch database where a file
    /// with very many orders keeps them. Args: `folder` (the temporary folder), `reason`.
    public static let inputScratchFailed = ErrorCode("INPUT-009")
}

extension Catalog {
    static let inputEntries: [ErrorCode: CatalogEntry] = [
        .inputUnreadable: CatalogEntry(
            message: [
                .en: "the file cannot be read: {reason}",
                .nl: "het bestand kan niet worden gelezen: {reason}",
                .de: "die Datei kann nicht gelesen werden: {reason}",
                .fr: "le fichier ne peut pas être lu : {reason}",
            ],
            hint: [
                .en: "Check that the file exists and that Ferry may read it.",
                .nl: "Controleer of het bestand bestaat en of Ferry het mag lezen.",
                .de: "Prüfen Sie, ob die Datei existiert und Ferry sie lesen darf.",
                .fr: "Vérifiez que le fichier existe et que Ferry a le droit de le lire.",
            ]),
        .inputEmpty: CatalogEntry(
            message: [
                .en: "the file is empty",
                .nl: "het bestand is leeg",
                .de: "die Datei ist leer",
                .fr: "le fichier est vide",
            ],
            hint: [
                .en: "Ask the sender to export the file again; an empty drop usually means the export was interrupted.",
                .nl: "Vraag de afzender het bestand opnieuw te exporteren; een lege levering betekent meestal dat de export is onderbroken.",
                .de: "Bitten Sie den Absender, die Datei erneut zu exportieren; eine leere Lieferung bedeutet meist einen abgebrochenen Export.",
                .fr: "Demandez à l'expéditeur de réexporter le fichier ; un dépôt vide signifie souvent que l'export a été interrompu.",
            ]),
        .inputUndecodable: CatalogEntry(
            message: [
                .en: "byte {offset} is not valid {encoding}",
                .nl: "byte {offset} is geen geldige {encoding}",
                .de: "Byte {offset} ist kein gültiges {encoding}",
                .fr: "l'octet {offset} n'est pas du {encoding} valide",
            ],
            hint: [
                .en: "Set the flow's encoding (utf-8, utf-16, windows-1252, iso-8859-1) to the one the sender uses.",
                .nl: "Stel de codering van de flow (utf-8, utf-16, windows-1252, iso-8859-1) in op die van de afzender.",
                .de: "Stellen Sie die Kodierung des Flows (utf-8, utf-16, windows-1252, iso-8859-1) auf die des Absenders ein.",
                .fr: "Réglez l'encodage du flux (utf-8, utf-16, windows-1252, iso-8859-1) sur celui de l'expéditeur.",
            ]),
        .inputFieldTooLarge: CatalogEntry(
            message: [
                .en: "a value is longer than the limit of {limit} bytes",
                .nl: "een waarde is langer dan de limiet van {limit} bytes",
                .de: "ein Wert ist länger als die Grenze von {limit} Bytes",
                .fr: "une valeur dépasse la limite de {limit} octets",
            ],
            hint: [
                .en: "Real order files never need this; check the file for a missing quote or a corrupted export.",
                .nl: "Echte orderbestanden hebben dit nooit nodig; controleer het bestand op een ontbrekend aanhalingsteken of een beschadigde export.",
                .de: "Echte Auftragsdateien brauchen das nie; prüfen Sie die Datei auf ein fehlendes Anführungszeichen oder einen beschädigten Export.",
                .fr: "Un vrai fichier de commandes n'en a jamais besoin ; cherchez un guillemet manquant ou un export corrompu.",
            ]),
        .inputTooDeep: CatalogEntry(
            message: [
                .en: "the nesting is deeper than the limit of {limit} levels",
                .nl: "de nesting is dieper dan de limiet van {limit} niveaus",
                .de: "die Verschachtelung ist tiefer als die Grenze von {limit} Ebenen",
                .fr: "l'imbrication dépasse la limite de {limit} niveaux",
            ],
            hint: [
                .en: "The file is not an order or article file as Ferry expects; check what the sender exported.",
                .nl: "Het bestand is geen order- of artikelbestand zoals Ferry verwacht; controleer wat de afzender heeft geëxporteerd.",
                .de: "Die Datei ist keine Auftrags- oder Artikeldatei, wie Ferry sie erwartet; prüfen Sie, was der Absender exportiert hat.",
                .fr: "Le fichier n'est pas un fichier de commandes ou d'articles attendu par Ferry ; vérifiez ce que l'expéditeur a exporté.",
            ]),
        .inputTooManyColumns: CatalogEntry(
            message: [
                .en: "a row has more than {limit} columns",
                .nl: "een regel heeft meer dan {limit} kolommen",
                .de: "eine Zeile hat mehr als {limit} Spalten",
                .fr: "une ligne compte plus de {limit} colonnes",
            ],
            hint: [
                .en: "Check the delimiter set for the flow; a wrong delimiter or a missing quote splits fields.",
                .nl: "Controleer het scheidingsteken van de flow; een verkeerd scheidingsteken of een ontbrekend aanhalingsteken splitst velden.",
                .de: "Prüfen Sie das Trennzeichen des Flows; ein falsches Trennzeichen oder fehlendes Anführungszeichen teilt Felder.",
                .fr: "Vérifiez le séparateur du flux ; un mauvais séparateur ou un guillemet manquant coupe les champs.",
            ]),
        .inputUnknownFormat: CatalogEntry(
            message: [
                .en: "the file format cannot be determined",
                .nl: "het bestandsformaat kan niet worden bepaald",
                .de: "das Dateiformat kann nicht bestimmt werden",
                .fr: "le format du fichier ne peut pas être déterminé",
            ],
            hint: [
                .en: "Give the file a .csv, .json or .xml extension, or set `format:` on the flow.",
                .nl: "Geef het bestand de extensie .csv, .json of .xml, of stel `format:` in op de flow.",
                .de: "Geben Sie der Datei die Endung .csv, .json oder .xml oder setzen Sie `format:` im Flow.",
                .fr: "Donnez au fichier l'extension .csv, .json ou .xml, ou définissez `format:` sur le flux.",
            ]),
        .inputNoDocuments: CatalogEntry(
            message: [
                .en: "no documents found: expected {kind} records in this {format} file",
                .nl: "geen documenten gevonden: verwacht werden {kind}-records in dit {format}-bestand",
                .de: "keine Dokumente gefunden: erwartet wurden {kind}-Datensätze in dieser {format}-Datei",
                .fr: "aucun document trouvé : des enregistrements {kind} étaient attendus dans ce fichier {format}",
            ],
            hint: [
                .en: "A CSV needs a header line and at least one row, JSON at least one record object, XML at least one record element. Check that the right file was sent to this inbox; if the sender writes empty files on purpose, set `allow-empty: true` on the flow.",
                .nl: "Een CSV heeft een kopregel en minstens één rij nodig, JSON minstens één recordobject, XML minstens één recordelement. Controleer of het juiste bestand naar deze inbox is gestuurd; schrijft de afzender bewust lege bestanden, zet dan `allow-empty: true` op de flow.",
                .de: "Eine CSV braucht eine Kopfzeile und mindestens eine Zeile, JSON mindestens ein Datensatzobjekt, XML mindestens ein Datensatzelement. Prüfen Sie, ob die richtige Datei in diese Inbox geschickt wurde; schreibt der Absender absichtlich leere Dateien, setzen Sie `allow-empty: true` im Flow.",
                .fr: "Un CSV demande une ligne d'en-tête et au moins une ligne, un JSON au moins un objet d'enregistrement, un XML au moins un élément d'enregistrement. Vérifiez que le bon fichier a été envoyé dans cette boîte ; si l'expéditeur écrit exprès des fichiers vides, mettez `allow-empty: true` sur le flux.",
            ]),
        .inputScratchFailed: CatalogEntry(
            message: [
                .en: "the order numbers read so far cannot be kept in the scratch database in {folder}: {reason}",
                .nl: "de tot nu toe gelezen ordernummers kunnen niet worden bijgehouden in de kladdatabase in {folder}: {reason}",
                .de: "die bisher gelesenen Auftragsnummern können nicht in der Hilfsdatenbank in {folder} gehalten werden: {reason}",
                .fr: "les numéros de commande lus jusqu'ici ne peuvent pas être gardés dans la base de travail dans {folder} : {reason}",
            ],
            hint: [
                .en: "A file with very many orders keeps their numbers in a temporary database while it is read, to spot an order that comes back. Make room in {folder}, or point TMPDIR at a folder with room, and reprocess the file.",
                .nl: "Een bestand met heel veel orders houdt hun nummers tijdens het lezen bij in een tijdelijke database, om een order te herkennen die terugkomt. Maak ruimte in {folder}, of laat TMPDIR naar een map met ruimte wijzen, en verwerk het bestand opnieuw.",
                .de: "Eine Datei mit sehr vielen Aufträgen hält deren Nummern beim Lesen in einer temporären Datenbank, um einen wiederkehrenden Auftrag zu erkennen. Schaffen Sie Platz in {folder} oder lassen Sie TMPDIR auf einen Ordner mit Platz zeigen, und verarbeiten Sie die Datei erneut.",
                .fr: "Un fichier de très nombreuses commandes garde leurs numéros dans une base temporaire pendant sa lecture, pour repérer une commande qui revient. Libérez de la place dans {folder}, ou faites pointer TMPDIR vers un dossier qui en a, et retraitez le fichier.",
            ]),
    ]
}
