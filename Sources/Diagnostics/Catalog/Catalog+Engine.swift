// Errors the engine itself reports about documents and flows.
extension ErrorCode {
    /// A flow or target names a system Ferry has no connector for. Args: `system`.
    public static let engineUnknownSystem = ErrorCode("ENGINE-001")
    /// All-or-nothing flow: this document was fine, but another in the file failed.
    public static let engineAllOrNothing = ErrorCode("ENGINE-002")
    /// The input changed or vanished while Ferry was reading it. Args: `reason`.
    public static let engineInputChanged = ErrorCode("ENGINE-003")
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
    ]
}
