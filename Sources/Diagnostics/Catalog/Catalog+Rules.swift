// Document errors of the business rules a flow runs (`rules:` in ferry.yml): lookups in the
// article catalog, the party registry and the reference data. Each names the order line,
// article number or code concerned; lists are comma-separated values, not sentences.
extension ErrorCode {
    /// Order lines whose SKU (or GTIN) is not in the catalog. Args: `articles`.
    public static let ruleArticleNotFound = ErrorCode("RULE-001")
    /// Article numbers or GTINs that match more than one catalog article. Args: `articles`.
    public static let ruleArticleNotUnique = ErrorCode("RULE-002")
    /// Order lines without a VAT code. Args: `lines` (`2, 5 (B-7)`).
    public static let ruleVATCodeMissing = ErrorCode("RULE-003")
    /// A VAT code not in `reference.vat-rates`. Args: `line`, `code`.
    public static let ruleVATCodeUnknown = ErrorCode("RULE-004")
    /// VAT codes whose rate is not VAT-inclusive. Args: `codes`.
    public static let ruleVATNotInclusive = ErrorCode("RULE-005")
    /// A line with neither GTIN nor the supplier's code, here or in the catalog. Args: `line`, `supplier`.
    public static let ruleSupplierCodeMissing = ErrorCode("RULE-006")
    /// A line without GTIN, here or in the catalog. Args: `line`.
    public static let ruleGTINMissing = ErrorCode("RULE-007")
    /// A warehouse with no sender address and no default warehouse. Args: `warehouse`.
    public static let ruleWarehouseUnknown = ErrorCode("RULE-008")
    /// No warehouse on the order and no default warehouse.
    public static let ruleWarehouseMissing = ErrorCode("RULE-009")
    /// The buyer is neither in the party registry nor among the partners. Args: `customer`.
    public static let ruleCustomerUnknown = ErrorCode("RULE-010")
    /// The buyer is known, but was never exported to the target. Args: `customer`, `target`.
    public static let ruleCustomerNotAtTarget = ErrorCode("RULE-011")
    /// No buyer, or one without email, number or identifier.
    public static let ruleBuyerMissing = ErrorCode("RULE-012")
    /// No partner in `reference.partners` matches the order's party. Args: `party`.
    public static let rulePartnerUnknown = ErrorCode("RULE-013")
    /// The partner's connection is switched off (`active: false`). Args: `partner`.
    public static let rulePartnerInactive = ErrorCode("RULE-014")
    /// Article numbers with characters outside the allowed pattern. Args: `articles`, `pattern`.
    public static let ruleArticleNumberInvalid = ErrorCode("RULE-015")
    /// No supplier to look codes up for: no `supplier:` and no seller number.
    public static let ruleSupplierUnknown = ErrorCode("RULE-016")
}

extension Catalog {
    static let rulesEntries: [ErrorCode: CatalogEntry] = rulesArticleEntries
        .merging(rulesVATEntries) { first, _ in first }
        .merging(rulesPartyEntries) { first, _ in first }

    private static let rulesArticleEntries: [ErrorCode: CatalogEntry] = [
        .ruleArticleNotFound: CatalogEntry(
            message: [
                .en: "the following article(s) could not be found in the article catalog: {articles}",
                .nl: "volgende artikel(s) konden niet worden gevonden in de artikelcatalogus: {articles}",
                .de: "der/die folgende(n) Artikel konnte(n) nicht im Artikelkatalog gefunden werden: {articles}",
                .fr: "le ou les articles suivants n'ont pas pu être trouvés dans le catalogue d'articles : {articles}",
            ],
            hint: [
                .en: "Send these articles through an article flow first (or correct the SKUs), then run `ferry reprocess --failed`.",
                .nl: "Stuur deze artikelen eerst door een artikelflow (of corrigeer de SKU's) en voer daarna `ferry reprocess --failed` uit.",
                .de: "Lassen Sie diese Artikel zuerst durch einen Artikel-Flow laufen (oder korrigieren Sie die SKUs) und führen Sie dann `ferry reprocess --failed` aus.",
                .fr: "Faites d'abord passer ces articles par un flux d'articles (ou corrigez les SKU), puis lancez `ferry reprocess --failed`.",
            ]),
        .ruleArticleNotUnique: CatalogEntry(
            message: [
                .en: "the following article(s) are not unique in the article catalog: {articles}",
                .nl: "volgende artikel(s) zijn niet uniek in de artikelcatalogus: {articles}",
                .de: "der/die folgende(n) Artikel ist/sind im Artikelkatalog nicht eindeutig: {articles}",
                .fr: "le ou les articles suivants ne sont pas uniques dans le catalogue d'articles : {articles}",
            ],
            hint: [
                .en: "Give every article its own article number and EAN/GTIN in the source system, then send the articles again.",
                .nl: "Geef elk artikel in het bronsysteem een eigen artikelnummer en EAN/GTIN en stuur de artikelen opnieuw.",
                .de: "Vergeben Sie im Quellsystem jedem Artikel eine eigene Artikelnummer und EAN/GTIN und senden Sie die Artikel erneut.",
                .fr: "Attribuez à chaque article son propre numéro et son propre EAN/GTIN dans le système source, puis renvoyez les articles.",
            ]),
        .ruleArticleNumberInvalid: CatalogEntry(
            message: [
                .en: "the following article number(s) contain invalid characters: {articles}",
                .nl: "volgende artikelnummer(s) bevatten ongeldige tekens: {articles}",
                .de: "die folgende(n) Artikelnummer(n) enthält/enthalten ungültige Zeichen: {articles}",
                .fr: "le ou les numéros d'article suivants contiennent des caractères non valides : {articles}",
            ],
            hint: [
                .en: "Correct the article numbers in the source system; allowed is what matches {pattern}.",
                .nl: "Corrigeer de artikelnummers in het bronsysteem; toegestaan is wat aan {pattern} voldoet.",
                .de: "Korrigieren Sie die Artikelnummern im Quellsystem; erlaubt ist, was {pattern} entspricht.",
                .fr: "Corrigez les numéros d'article dans le système source ; est admis ce qui correspond à {pattern}.",
            ]),
        .ruleSupplierCodeMissing: CatalogEntry(
            message: [
                .en: "order line {line} has neither an EAN/GTIN nor an article code of supplier {supplier}, and the catalog knows neither",
                .nl: "orderregel {line} heeft geen EAN/GTIN en geen artikelcode van leverancier {supplier}, en ook de catalogus kent ze niet",
                .de: "die Auftragsposition {line} hat weder eine EAN/GTIN noch eine Artikelnummer des Lieferanten {supplier}, und auch der Katalog kennt keine",
                .fr: "la ligne de commande {line} n'a ni EAN/GTIN ni référence du fournisseur {supplier}, et le catalogue n'en connaît aucun",
            ],
            hint: [
                .en: "Put the EAN/GTIN or the supplier's article code on the line, or send the article with its supplier code through an article flow.",
                .nl: "Zet de EAN/GTIN of de artikelcode van de leverancier op de regel, of stuur het artikel met zijn leverancierscode door een artikelflow.",
                .de: "Geben Sie in der Position die EAN/GTIN oder die Artikelnummer des Lieferanten an, oder senden Sie den Artikel mit seiner Lieferantennummer durch einen Artikel-Flow.",
                .fr: "Indiquez l'EAN/GTIN ou la référence du fournisseur sur la ligne, ou faites passer l'article avec sa référence fournisseur par un flux d'articles.",
            ]),
        .ruleGTINMissing: CatalogEntry(
            message: [
                .en: "order line {line} has no EAN/GTIN, and the catalog has none for it",
                .nl: "orderregel {line} heeft geen EAN/GTIN, en de catalogus kent er ook geen",
                .de: "die Auftragsposition {line} hat keine EAN/GTIN, und auch der Katalog kennt keine",
                .fr: "la ligne de commande {line} n'a pas d'EAN/GTIN, et le catalogue n'en connaît pas non plus",
            ],
            hint: [
                .en: "Put the EAN/GTIN on the line, or send the article with its gtin through an article flow.",
                .nl: "Zet de EAN/GTIN op de regel, of stuur het artikel met zijn gtin door een artikelflow.",
                .de: "Geben Sie die EAN/GTIN in der Position an, oder senden Sie den Artikel mit seiner gtin durch einen Artikel-Flow.",
                .fr: "Indiquez l'EAN/GTIN sur la ligne, ou faites passer l'article avec son gtin par un flux d'articles.",
            ]),
        .ruleSupplierUnknown: CatalogEntry(
            message: [
                .en: "the order names no supplier: it has no seller number, and the rule sets no `supplier`",
                .nl: "de order noemt geen leverancier: er is geen verkopersnummer en de regel geeft geen `supplier` op",
                .de: "der Auftrag nennt keinen Lieferanten: Es fehlt die Verkäufernummer, und die Regel gibt keinen `supplier` an",
                .fr: "la commande n'indique aucun fournisseur : elle n'a pas de numéro de vendeur et la règle ne précise pas de `supplier`",
            ],
            hint: [
                .en: "Fill in seller.number on the order, or write the rule as `supplier-code-from-catalog: { supplier: NAME }`.",
                .nl: "Vul seller.number in op de order, of schrijf de regel als `supplier-code-from-catalog: { supplier: NAAM }`.",
                .de: "Tragen Sie seller.number im Auftrag ein, oder schreiben Sie die Regel als `supplier-code-from-catalog: { supplier: NAME }`.",
                .fr: "Renseignez seller.number sur la commande, ou écrivez la règle `supplier-code-from-catalog: { supplier: NOM }`.",
            ]),
    ]

    private static let rulesVATEntries: [ErrorCode: CatalogEntry] = [
        .ruleVATCodeMissing: CatalogEntry(
            message: [
                .en: "the following order lines do not contain a VAT code: {lines}",
                .nl: "volgende orderregels bevatten geen btw-code: {lines}",
                .de: "die folgenden Auftragspositionen enthalten keinen MwSt.-Code: {lines}",
                .fr: "les lignes de commande suivantes ne contiennent pas de code TVA : {lines}",
            ],
            hint: [
                .en: "Fill in the VAT code of these lines (field vatCode) in the source system, then reprocess the file.",
                .nl: "Vul in het bronsysteem de btw-code van deze regels in (veld vatCode) en verwerk het bestand opnieuw.",
                .de: "Tragen Sie im Quellsystem den MwSt.-Code dieser Positionen ein (Feld vatCode) und verarbeiten Sie die Datei erneut.",
                .fr: "Renseignez le code TVA de ces lignes (champ vatCode) dans le système source, puis retraitez le fichier.",
            ]),
        .ruleVATCodeUnknown: CatalogEntry(
            message: [
                .en: "for order line {line}, there is no corresponding VAT rate (code: {code})",
                .nl: "voor orderregel {line} is er geen overeenkomend btw-tarief (code: {code})",
                .de: "für die Auftragsposition {line} gibt es keinen passenden MwSt.-Satz (Code: {code})",
                .fr: "pour la ligne de commande {line}, il n'existe aucun taux de TVA correspondant (code : {code})",
            ],
            hint: [
                .en: "Add the code to reference.vat-rates in ferry.yml (or to its CSV file), or correct the code on the line.",
                .nl: "Voeg de code toe aan reference.vat-rates in ferry.yml (of aan het CSV-bestand daarvan), of corrigeer de code op de regel.",
                .de: "Ergänzen Sie den Code unter reference.vat-rates in ferry.yml (oder in dessen CSV-Datei), oder korrigieren Sie den Code in der Position.",
                .fr: "Ajoutez le code à reference.vat-rates dans ferry.yml (ou à son fichier CSV), ou corrigez le code sur la ligne.",
            ]),
        .ruleVATNotInclusive: CatalogEntry(
            message: [
                .en: "the following VAT rates were found but are not VAT-inclusive: {codes}",
                .nl: "volgende btw-tarieven werden gevonden maar zijn niet btw-inclusief: {codes}",
                .de: "die folgenden MwSt.-Sätze wurden gefunden, sind aber nicht inklusive MwSt.: {codes}",
                .fr: "les taux de TVA suivants ont été trouvés mais ne sont pas TVA incluse : {codes}",
            ],
            hint: [
                .en: "Use VAT codes whose rate has `inclusive: true` in reference.vat-rates, or mark the rate inclusive if it is.",
                .nl: "Gebruik btw-codes waarvan het tarief in reference.vat-rates `inclusive: true` heeft, of markeer het tarief als inclusief als dat klopt.",
                .de: "Verwenden Sie MwSt.-Codes, deren Satz in reference.vat-rates `inclusive: true` hat, oder markieren Sie den Satz so, falls das zutrifft.",
                .fr: "Utilisez des codes TVA dont le taux porte `inclusive: true` dans reference.vat-rates, ou marquez le taux ainsi s'il l'est.",
            ]),
        .ruleWarehouseUnknown: CatalogEntry(
            message: [
                .en: "warehouse {warehouse} has no sender address, and no default warehouse is configured",
                .nl: "magazijn {warehouse} heeft geen afzenderadres en er is geen standaardmagazijn ingesteld",
                .de: "für das Lager {warehouse} gibt es keine Absenderadresse, und es ist kein Standardlager eingerichtet",
                .fr: "l'entrepôt {warehouse} n'a pas d'adresse d'expéditeur et aucun entrepôt par défaut n'est configuré",
            ],
            hint: [
                .en: "Add the warehouse and its sender address to reference.warehouses, or mark one warehouse `default: true`.",
                .nl: "Voeg het magazijn met zijn afzenderadres toe aan reference.warehouses, of markeer één magazijn met `default: true`.",
                .de: "Ergänzen Sie das Lager mit seiner Absenderadresse unter reference.warehouses, oder markieren Sie ein Lager mit `default: true`.",
                .fr: "Ajoutez l'entrepôt et son adresse d'expéditeur à reference.warehouses, ou marquez un entrepôt `default: true`.",
            ]),
        .ruleWarehouseMissing: CatalogEntry(
            message: [
                .en: "the order names no warehouse, and no default warehouse is configured",
                .nl: "de order noemt geen magazijn en er is geen standaardmagazijn ingesteld",
                .de: "der Auftrag nennt kein Lager, und es ist kein Standardlager eingerichtet",
                .fr: "la commande n'indique aucun entrepôt et aucun entrepôt par défaut n'est configuré",
            ],
            hint: [
                .en: "Fill in the order's warehouse in the source system, or mark one warehouse in reference.warehouses `default: true`.",
                .nl: "Vul het magazijn van de order in het bronsysteem in, of markeer één magazijn in reference.warehouses met `default: true`.",
                .de: "Tragen Sie das Lager des Auftrags im Quellsystem ein, oder markieren Sie ein Lager unter reference.warehouses mit `default: true`.",
                .fr: "Renseignez l'entrepôt de la commande dans le système source, ou marquez un entrepôt de reference.warehouses `default: true`.",
            ]),
    ]
}

extension Catalog {
    fileprivate static let rulesPartyEntries: [ErrorCode: CatalogEntry] = [
        .ruleCustomerUnknown: CatalogEntry(
            message: [
                .en: "customer {customer} is neither in the party registry nor among the partners",
                .nl: "klant {customer} staat niet in het relatieregister en ook niet bij de partners",
                .de: "der Kunde {customer} steht weder im Partnerverzeichnis noch unter den Partnern",
                .fr: "le client {customer} ne figure ni dans le registre des tiers ni parmi les partenaires",
            ],
            hint: [
                .en: "Check the buyer's email, customer number or GLN; a customer becomes known once an order of theirs is exported, or when listed in reference.partners.",
                .nl: "Controleer e-mailadres, klantnummer of GLN van de koper; een klant is bekend zodra een order van hem geëxporteerd is, of als hij in reference.partners staat.",
                .de: "Prüfen Sie E-Mail-Adresse, Kundennummer oder GLN des Käufers; ein Kunde ist bekannt, sobald ein Auftrag von ihm exportiert wurde oder er unter reference.partners steht.",
                .fr: "Vérifiez l'adresse e-mail, le numéro client ou le GLN de l'acheteur ; un client est connu dès qu'une de ses commandes a été exportée, ou s'il figure dans reference.partners.",
            ]),
        .ruleCustomerNotAtTarget: CatalogEntry(
            message: [
                .en: "customer {customer} is known, but has never been sent to target {target}",
                .nl: "klant {customer} is bekend, maar is nog nooit naar doel {target} gestuurd",
                .de: "der Kunde {customer} ist bekannt, wurde aber noch nie an das Ziel {target} gesendet",
                .fr: "le client {customer} est connu, mais n'a encore jamais été envoyé à la cible {target}",
            ],
            hint: [
                .en: "Send the customer to {target} first, or remove `target` from the customer-known rule.",
                .nl: "Stuur de klant eerst naar {target}, of haal `target` weg uit de regel customer-known.",
                .de: "Senden Sie den Kunden zuerst an {target}, oder entfernen Sie `target` aus der Regel customer-known.",
                .fr: "Envoyez d'abord le client à {target}, ou retirez `target` de la règle customer-known.",
            ]),
        .ruleBuyerMissing: CatalogEntry(
            message: [
                .en: "the order has no buyer with an email address, customer number or identifier to look up",
                .nl: "de order heeft geen koper met een e-mailadres, klantnummer of identificatie om op te zoeken",
                .de: "der Auftrag hat keinen Käufer mit E-Mail-Adresse, Kundennummer oder Kennung, nach dem gesucht werden könnte",
                .fr: "la commande n'a pas d'acheteur avec une adresse e-mail, un numéro client ou un identifiant à rechercher",
            ],
            hint: [
                .en: "Fill in buyer.email, buyer.number or a buyer identifier (such as a GLN) in the source file.",
                .nl: "Vul buyer.email, buyer.number of een identificatie van de koper (zoals een GLN) in het bronbestand in.",
                .de: "Tragen Sie buyer.email, buyer.number oder eine Kennung des Käufers (etwa eine GLN) in der Quelldatei ein.",
                .fr: "Renseignez buyer.email, buyer.number ou un identifiant de l'acheteur (un GLN par exemple) dans le fichier source.",
            ]),
        .rulePartnerUnknown: CatalogEntry(
            message: [
                .en: "no partner in reference.partners matches {party}",
                .nl: "geen enkele partner in reference.partners komt overeen met {party}",
                .de: "kein Partner unter reference.partners passt zu {party}",
                .fr: "aucun partenaire de reference.partners ne correspond à {party}",
            ],
            hint: [
                .en: "Add the partner with its GLN, email or number to reference.partners, or correct the party on the order.",
                .nl: "Voeg de partner met zijn GLN, e-mailadres of nummer toe aan reference.partners, of corrigeer de partij op de order.",
                .de: "Ergänzen Sie den Partner mit GLN, E-Mail-Adresse oder Nummer unter reference.partners, oder korrigieren Sie die Partei im Auftrag.",
                .fr: "Ajoutez le partenaire avec son GLN, son e-mail ou son numéro à reference.partners, ou corrigez la partie sur la commande.",
            ]),
        .rulePartnerInactive: CatalogEntry(
            message: [
                .en: "the connection with partner {partner} is not active",
                .nl: "de koppeling met partner {partner} staat niet aan",
                .de: "die Verbindung mit dem Partner {partner} ist nicht aktiv",
                .fr: "la connexion avec le partenaire {partner} n'est pas active",
            ],
            hint: [
                .en: "Set `active: true` for this partner in reference.partners once the connection may be used again, then reprocess the file.",
                .nl: "Zet `active: true` bij deze partner in reference.partners zodra de koppeling weer gebruikt mag worden, en verwerk het bestand opnieuw.",
                .de: "Setzen Sie bei diesem Partner unter reference.partners `active: true`, sobald die Verbindung wieder genutzt werden darf, und verarbeiten Sie die Datei erneut.",
                .fr: "Indiquez `active: true` pour ce partenaire dans reference.partners dès que la connexion peut de nouveau servir, puis retraitez le fichier.",
            ]),
    ]
}
