// Names in ferry.yml that would collide as folder names.
extension ErrorCode {
    /// Two flow names, or two target names, that differ only in upper and lower case. Args: `name`, `other`, `first`.
    public static let configNamesDifferOnlyInCase = ErrorCode("CONFIG-047")
}

extension Catalog {
    static let configNameEntries: [ErrorCode: CatalogEntry] = [
        .configNamesDifferOnlyInCase: CatalogEntry(
            message: [
                .en: "`{name}` differs from `{other}` (line {first}) only in upper and lower case",
                .nl: "`{name}` verschilt van `{other}` (regel {first}) alleen in hoofd- en kleine letters",
                .de: "`{name}` unterscheidet sich von `{other}` (Zeile {first}) nur in Groß- und Kleinschreibung",
                .fr: "`{name}` ne diffère de `{other}` (ligne {first}) que par les majuscules et minuscules",
            ],
            hint: [
                .en: "Names become folder names, which collide on file systems that ignore case (SMB and NTFS shares, macOS): give each a name that differs in more than case.",
                .nl: "Namen worden mapnamen, die botsen op bestandssystemen die hoofdletters negeren (SMB- en NTFS-shares, macOS): geef elk een naam die meer dan in hoofdletters verschilt.",
                .de: "Namen werden zu Ordnernamen, die auf Dateisystemen ohne Unterscheidung der Groß- und Kleinschreibung kollidieren (SMB- und NTFS-Freigaben, macOS): geben Sie jedem einen Namen, der sich nicht nur darin unterscheidet.",
                .fr: "Les noms deviennent des noms de dossiers, qui se confondent sur les systèmes de fichiers insensibles à la casse (partages SMB et NTFS, macOS) : donnez à chacun un nom qui diffère autrement que par la casse.",
            ]),
    ]
}
