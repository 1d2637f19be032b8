// Flows and targets that name a built-in system (`exact-online`, `sendcloud`, ...): kinds and options.
extension ErrorCode {
    /// A flow's `source:` system does not read the flow's kind. Args: `system`, `kind`, `supported`.
    public static let configSystemCannotRead = ErrorCode("CONFIG-060")
    /// A target's `system:` does not write the flow's kind. Args: `system`, `kind`, `supported`.
    public static let configSystemCannotWrite = ErrorCode("CONFIG-061")
    /// A key under `options:` that the system does not document. Args: `key`, `system`, `suggestion`, `allowed`.
    public static let configUnknownOption = ErrorCode("CONFIG-062")
    /// An option value of the wrong type or outside its set. Args: `key`, `system`, `value`, `expected`.
    public static let configInvalidOption = ErrorCode("CONFIG-063")
    /// An option the system needs is not given. Args: `key`, `system`, `expected`.
    public static let configRequiredOption = ErrorCode("CONFIG-080")
}

extension Catalog {
    static let configSystemEntries: [ErrorCode: CatalogEntry] = [
        .configRequiredOption: CatalogEntry(
            message: [
                .en: "the system `{system}` needs the option `{key}`",
                .nl: "het systeem `{system}` heeft de optie `{key}` nodig",
                .de: "das System `{system}` braucht die Option `{key}`",
                .fr: "le système `{system}` nécessite l'option `{key}`",
            ],
            hint: [
                .en: "Add `{key}:` ({expected}) under `options:`.",
                .nl: "Voeg `{key}:` ({expected}) toe onder `options:`.",
                .de: "Ergänzen Sie `{key}:` ({expected}) unter `options:`.",
                .fr: "Ajoutez `{key}:` ({expected}) sous `options:`.",
            ]),
        .configSystemCannotRead: CatalogEntry(
            message: [
                .en: "the system `{system}` has no `{kind}` files to read",
                .nl: "het systeem `{system}` levert geen `{kind}`-bestanden om te lezen",
                .de: "das System `{system}` liefert keine `{kind}`-Dateien zum Lesen",
                .fr: "le système `{system}` ne fournit pas de fichiers `{kind}` à lire",
            ],
            hint: [
                .en: "As a source, `{system}` reads: {supported}. Change the flow's `kind:` or its `source:`.",
                .nl: "Als bron leest `{system}`: {supported}. Wijzig `kind:` of `source:` van de flow.",
                .de: "Als Quelle liest `{system}`: {supported}. Ändern Sie `kind:` oder `source:` des Flows.",
                .fr: "Comme source, `{system}` lit : {supported}. Changez le `kind:` ou la `source:` du flux.",
            ]),
        .configSystemCannotWrite: CatalogEntry(
            message: [
                .en: "the system `{system}` takes no `{kind}` payloads",
                .nl: "het systeem `{system}` accepteert geen `{kind}`-payloads",
                .de: "das System `{system}` nimmt keine `{kind}`-Payloads an",
                .fr: "le système `{system}` n'accepte pas de contenus `{kind}`",
            ],
            hint: [
                .en: "As a target, `{system}` writes: {supported}. Move the target to a flow of one of these kinds or choose another `system:`.",
                .nl: "Als doel schrijft `{system}`: {supported}. Zet het doel bij een flow van een van deze soorten of kies een ander `system:`.",
                .de: "Als Ziel schreibt `{system}`: {supported}. Verschieben Sie das Ziel in einen Flow dieser Arten oder wählen Sie ein anderes `system:`.",
                .fr: "Comme cible, `{system}` écrit : {supported}. Placez la cible dans un flux de l'un de ces types ou choisissez un autre `system:`.",
            ]),
        .configUnknownOption: CatalogEntry(
            message: [
                .en: "`{system}` has no option `{key}` here",
                .nl: "`{system}` heeft hier geen optie `{key}`",
                .de: "`{system}` hat hier keine Option `{key}`",
                .fr: "`{system}` n'a pas d'option `{key}` ici",
            ],
            hint: [
                .en: "Did you mean `{suggestion}`? Options documented here: {allowed} (docs/connectors/{system}.md).",
                .nl: "Bedoelde u `{suggestion}`? Hier gedocumenteerde opties: {allowed} (docs/connectors/{system}.md).",
                .de: "Meinten Sie `{suggestion}`? Hier dokumentierte Optionen: {allowed} (docs/connectors/{system}.md).",
                .fr: "Vouliez-vous dire `{suggestion}` ? Options documentées ici : {allowed} (docs/connectors/{system}.md).",
            ]),
        .configInvalidOption: CatalogEntry(
            message: [
                .en: "`{value}` is not a valid value for the `{system}` option `{key}`",
                .nl: "`{value}` is geen geldige waarde voor de `{system}`-optie `{key}`",
                .de: "`{value}` ist kein gültiger Wert für die `{system}`-Option `{key}`",
                .fr: "`{value}` n'est pas une valeur valide pour l'option `{key}` de `{system}`",
            ],
            hint: [
                .en: "Expected {expected}.",
                .nl: "Verwacht: {expected}.",
                .de: "Erwartet: {expected}.",
                .fr: "Attendu : {expected}.",
            ]),
    ]
}
