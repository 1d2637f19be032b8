// Operator texts of `ferry log`: the activity lines and the lineage of a business key.
extension ErrorCode {
    public static let logLineageHeading = ErrorCode("log.lineage-heading")
    /// Args: `key`, `id`, `file`, `flow`, `received`, `attempt`, `why`, `outcome`.
    public static let logLineage = ErrorCode("log.lineage")
    /// Args: `output`.
    public static let logWrote = ErrorCode("log.wrote")
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
        .logWrote: CatalogEntry(text: [
            .en: "wrote {output}", .nl: "schreef {output}", .de: "schrieb {output}", .fr: "a écrit {output}",
        ]),
    ]
}
