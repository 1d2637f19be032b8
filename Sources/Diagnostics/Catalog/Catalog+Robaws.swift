// Errors and operator texts of the Robaws ↔ ProductFlow integration (docs/connectors/robaws-productflow.md).
// ROBAWS-001…006 are the six messages the integration is known by: English and Dutch word for
// word as its users know them, German and French written to say the same.
extension ErrorCode {
    /// Order lines whose article is not a Robaws article in the catalog. Args: `articles`.
    public static let robawsArticleNotFound = ErrorCode("ROBAWS-001")
    /// Order lines from ProductFlow without a VAT code. Args: `lines`.
    public static let robawsVATCodeMissing = ErrorCode("ROBAWS-002")
    /// VAT codes whose Robaws rate is not VAT-inclusive. Args: `codes`.
    public static let robawsVATNotInclusive = ErrorCode("ROBAWS-003")
    /// An order line whose VAT code has no Robaws VAT rate. Args: `line`, `code`.
    public static let robawsVATRateUnknown = ErrorCode("ROBAWS-004")
    /// Article numbers shared by more than one Robaws article. Args: `articles`.
    public static let robawsArticleNotUnique = ErrorCode("ROBAWS-005")
    /// Article numbers with characters outside the allowed set. Args: `articles`.
    public static let robawsArticleNumberInvalid = ErrorCode("ROBAWS-006")
    /// A Robaws or ProductFlow file in none of the shapes Ferry reads. Args: `system`, `expected`.
    public static let robawsFileShape = ErrorCode("ROBAWS-007")
    /// A Robaws target without an option its payload needs. Args: `option`, `document`.
    public static let robawsOptionMissing = ErrorCode("ROBAWS-008")

    /// An order without a ProductFlow status: no event, nothing written.
    public static let robawsSkipNoStatus = ErrorCode("robaws.skip.no-status")
    /// Cancelled before its stock change was exported: nothing to reverse.
    public static let robawsSkipNothingToReverse = ErrorCode("robaws.skip.nothing-to-reverse")
    /// A registration or shipment of an order cancelled earlier (reversed, or remembered from a
    /// cancellation that came first): nothing more is booked or invoiced. Args: `order`, `event`.
    public static let robawsSkipAfterCancellation = ErrorCode("robaws.skip.after-cancellation")
}

extension Catalog {
    static let robawsEntries: [ErrorCode: CatalogEntry] = [
        .robawsArticleNotFound: CatalogEntry(
            message: [
                .en: "The following article(s) could not be found in Robaws: {articles}",
                .nl: "Volgende artikel(s) konden niet worden gevonden in Robaws: {articles}",
                .de: "Der/die folgende(n) Artikel konnte(n) nicht in Robaws gefunden werden: {articles}",
                .fr: "Le ou les articles suivants n'ont pas pu être trouvés dans Robaws : {articles}",
            ],
            hint: [
                .en: "Create the article in Robaws (or correct the SKU in ProductFlow), let the article flow bring it into the catalog, then run `ferry reprocess --failed`.",
                .nl: "Maak het artikel aan in Robaws (of corrigeer de SKU in ProductFlow), laat de artikelflow het in de catalogus zetten en voer daarna `ferry reprocess --failed` uit.",
                .de: "Legen Sie den Artikel in Robaws an (oder korrigieren Sie die SKU in ProductFlow), lassen Sie ihn über den Artikel-Flow in den Katalog kommen und führen Sie dann `ferry reprocess --failed` aus.",
                .fr: "Créez l'article dans Robaws (ou corrigez le SKU dans ProductFlow), laissez le flux d'articles l'ajouter au catalogue, puis lancez `ferry reprocess --failed`.",
            ]),
        .robawsVATCodeMissing: CatalogEntry(
            message: [
                .en: "The following order lines from ProductFlow do not contain a VAT code: {lines}",
                .nl: "Volgende artikel(s) bevatten geen BTW code: {lines}",
                .de: "Die folgenden Auftragszeilen aus ProductFlow enthalten keinen MwSt.-Code: {lines}",
                .fr: "Les lignes de commande suivantes provenant de ProductFlow ne contiennent pas de code TVA : {lines}",
            ],
            hint: [
                .en: "Give the product a VAT group in ProductFlow, then fetch the order again.",
                .nl: "Geef het product een btw-groep in ProductFlow en haal de order daarna opnieuw op.",
                .de: "Weisen Sie dem Produkt in ProductFlow eine MwSt.-Gruppe zu und rufen Sie den Auftrag dann erneut ab.",
                .fr: "Attribuez un groupe de TVA au produit dans ProductFlow, puis récupérez de nouveau la commande.",
            ]),
        .robawsVATNotInclusive: CatalogEntry(
            message: [
                .en: "Following VAT rates were found but are not VAT inclusive: {codes}",
                .nl: "Volgende BTW tarieven werden gevonden maar zijn niet BTW inclusief: {codes}",
                .de: "Folgende MwSt.-Sätze wurden gefunden, sind aber nicht inklusive MwSt.: {codes}",
                .fr: "Les taux de TVA suivants ont été trouvés mais ne sont pas TVA comprise : {codes}",
            ],
            hint: [
                .en: "Mark the rate VAT-inclusive in Robaws and set `inclusive: yes` for it in reference.vat-rates.",
                .nl: "Markeer het tarief in Robaws als inclusief btw en zet `inclusive: yes` ervoor in reference.vat-rates.",
                .de: "Kennzeichnen Sie den Satz in Robaws als inklusive MwSt. und setzen Sie dafür `inclusive: yes` in reference.vat-rates.",
                .fr: "Marquez le taux comme TVA comprise dans Robaws et indiquez `inclusive: yes` pour lui dans reference.vat-rates.",
            ]),
        .robawsVATRateUnknown: CatalogEntry(
            message: [
                .en: "For the following order line {line}, there is no corresponding VAT rate in Robaws (CODE: {code})",
                .nl: "Voor de volgende orderregel {line} is er geen overeenkomstig BTW tarief in Robaws (CODE: {code})",
                .de: "Für die folgende Auftragszeile {line} gibt es keinen entsprechenden MwSt.-Satz in Robaws (CODE: {code})",
                .fr: "Pour la ligne de commande suivante {line}, il n'existe aucun taux de TVA correspondant dans Robaws (CODE : {code})",
            ],
            hint: [
                .en: "Add the VAT code with its Robaws rate to reference.vat-rates (or correct the product's VAT group in ProductFlow).",
                .nl: "Voeg de btw-code met zijn Robaws-tarief toe aan reference.vat-rates (of corrigeer de btw-groep van het product in ProductFlow).",
                .de: "Tragen Sie den MwSt.-Code mit seinem Robaws-Satz in reference.vat-rates ein (oder korrigieren Sie die MwSt.-Gruppe des Produkts in ProductFlow).",
                .fr: "Ajoutez le code TVA avec son taux Robaws à reference.vat-rates (ou corrigez le groupe de TVA du produit dans ProductFlow).",
            ]),
        .robawsArticleNotUnique: CatalogEntry(
            message: [
                .en: "The following article(s) are not unique in Robaws: {articles}",
                .nl: "Volgende artikel(s) zijn niet uniek in Robaws: {articles}",
                .de: "Der/die folgende(n) Artikel ist/sind in Robaws nicht eindeutig: {articles}",
                .fr: "Le ou les articles suivants ne sont pas uniques dans Robaws : {articles}",
            ],
            hint: [
                .en: "Give each of these Robaws articles its own article number, then export the articles again.",
                .nl: "Geef elk van deze Robaws-artikelen een eigen artikelnummer en exporteer de artikelen opnieuw.",
                .de: "Geben Sie jedem dieser Robaws-Artikel eine eigene Artikelnummer und exportieren Sie die Artikel erneut.",
                .fr: "Donnez à chacun de ces articles Robaws son propre numéro d'article, puis exportez de nouveau les articles.",
            ]),
        .robawsArticleNumberInvalid: CatalogEntry(
            message: [
                .en: "The following article number(s) contains invalid characters: {articles}",
                .nl: "Volgende artikelnummer(s) bevatten ongeldige tekens: {articles}",
                .de: "Die folgende(n) Artikelnummer(n) enthält/enthalten ungültige Zeichen: {articles}",
                .fr: "Le ou les numéros d'article suivants contiennent des caractères non valides : {articles}",
            ],
            hint: [
                .en: "Use only letters, digits, dot, dash and underscore in the Robaws article number (or widen the rule's `pattern`).",
                .nl: "Gebruik in het Robaws-artikelnummer alleen letters, cijfers, punt, streepje en underscore (of verruim het `pattern` van de regel).",
                .de: "Verwenden Sie in der Robaws-Artikelnummer nur Buchstaben, Ziffern, Punkt, Bindestrich und Unterstrich (oder erweitern Sie das `pattern` der Regel).",
                .fr: "N'utilisez que des lettres, des chiffres, le point, le tiret et le tiret bas dans le numéro d'article Robaws (ou élargissez le `pattern` de la règle).",
            ]),
        .robawsFileShape: CatalogEntry(
            message: [
                .en: "this is not a {system} file Ferry reads: expected {expected}",
                .nl: "dit is geen {system}-bestand dat Ferry leest: verwacht {expected}",
                .de: "dies ist keine {system}-Datei, die Ferry liest: erwartet {expected}",
                .fr: "ce n'est pas un fichier {system} que Ferry lit : attendu {expected}",
            ],
            hint: [
                .en: "Drop the JSON exactly as the API returns it (docs/connectors/robaws-productflow.md lists the shapes).",
                .nl: "Lever de JSON precies zoals de API hem teruggeeft (docs/connectors/robaws-productflow.md noemt de vormen).",
                .de: "Legen Sie das JSON genau so ab, wie die API es liefert (docs/connectors/robaws-productflow.md nennt die Formen).",
                .fr: "Déposez le JSON tel que l'API le renvoie (docs/connectors/robaws-productflow.md en décrit les formes).",
            ]),
        .robawsOptionMissing: CatalogEntry(
            message: [
                .en: "a Robaws {document} needs the target option `{option}`",
                .nl: "een Robaws-{document} heeft de doeloptie `{option}` nodig",
                .de: "ein(e) Robaws-{document} braucht die Zieloption `{option}`",
                .fr: "un(e) {document} Robaws nécessite l'option de cible `{option}`",
            ],
            hint: [
                .en: "Set `{option}` under the target's `options:` in ferry.yml, then run `ferry reprocess --failed`.",
                .nl: "Zet `{option}` onder `options:` van het doel in ferry.yml en voer daarna `ferry reprocess --failed` uit.",
                .de: "Setzen Sie `{option}` unter `options:` des Ziels in ferry.yml und führen Sie dann `ferry reprocess --failed` aus.",
                .fr: "Indiquez `{option}` sous `options:` de la cible dans ferry.yml, puis lancez `ferry reprocess --failed`.",
            ]),
        .robawsSkipNoStatus: CatalogEntry(text: [
            .en: "the order has no ProductFlow status: nothing to write",
            .nl: "de order heeft geen ProductFlow-status: niets te schrijven",
            .de: "der Auftrag hat keinen ProductFlow-Status: nichts zu schreiben",
            .fr: "la commande n'a pas de statut ProductFlow : rien à écrire",
        ]),
        .robawsSkipNothingToReverse: CatalogEntry(text: [
            .en: "cancelled before its stock change was exported: nothing to reverse",
            .nl: "geannuleerd voordat de voorraadmutatie werd geëxporteerd: niets terug te draaien",
            .de: "storniert, bevor die Bestandsänderung exportiert wurde: nichts zurückzubuchen",
            .fr: "annulée avant l'export de son mouvement de stock : rien à contre-passer",
        ]),
        .robawsSkipAfterCancellation: CatalogEntry(text: [
            .en: "order {order} was cancelled earlier: nothing is booked or invoiced after its cancellation",
            .nl: "order {order} is eerder geannuleerd: na de annulering wordt niets meer geboekt of gefactureerd",
            .de: "Auftrag {order} wurde bereits storniert: nach der Stornierung wird nichts mehr gebucht oder fakturiert",
            .fr: "la commande {order} a déjà été annulée : rien n'est plus comptabilisé ni facturé après son annulation",
        ]),
    ]
}
