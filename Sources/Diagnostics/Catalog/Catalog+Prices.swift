// Errors of sales prices per price category (docs/connectors/visma-net.md, "Prices per price
// category"): a customer-specific price in a price file, a category not in the reference data.
extension ErrorCode {
    /// A price file carries a price for one customer: Ferry carries prices per price category
    /// only, so the whole file fails. Args: `sku`, `customer`.
    public static let priceCustomerSpecific = ErrorCode("PRICE-001")
    /// A price's category is not in `reference: price-categories` (rule `price-category-exists`).
    /// Args: `category`, `known`.
    public static let rulePriceCategoryUnknown = ErrorCode("RULE-017")
}

extension Catalog {
    static let priceEntries: [ErrorCode: CatalogEntry] = [
        .priceCustomerSpecific: CatalogEntry(
            message: [
                .en: "the price of {sku} is for customer {customer}: customer-specific prices are not supported, only prices per price category",
                .nl: "de prijs van {sku} geldt voor klant {customer}: klantspecifieke prijzen worden niet ondersteund, alleen prijzen per prijscategorie",
                .de: "der Preis von {sku} gilt für Kunde {customer}: kundenspezifische Preise werden nicht unterstützt, nur Preise je Preiskategorie",
                .fr: "le prix de {sku} est destiné au client {customer} : les prix spécifiques à un client ne sont pas pris en charge, seulement les prix par catégorie de prix",
            ],
            hint: [
                .en: "Remove the customer-specific prices from the export (keep them in the ERP by hand) or give each price a price category instead of a customer; then run `ferry reprocess` with the corrected file (`--with FILE`).",
                .nl: "Haal de klantspecifieke prijzen uit de export (beheer ze met de hand in het ERP) of geef elke prijs een prijscategorie in plaats van een klant; voer daarna `ferry reprocess` uit met het gecorrigeerde bestand (`--with FILE`).",
                .de: "Entfernen Sie die kundenspezifischen Preise aus dem Export (pflegen Sie sie von Hand im ERP) oder geben Sie jedem Preis statt eines Kunden eine Preiskategorie; führen Sie dann `ferry reprocess` mit der korrigierten Datei aus (`--with FILE`).",
                .fr: "Retirez les prix spécifiques à un client de l'export (gérez-les à la main dans l'ERP) ou donnez à chaque prix une catégorie de prix au lieu d'un client ; puis lancez `ferry reprocess` avec le fichier corrigé (`--with FILE`).",
            ]),
        .rulePriceCategoryUnknown: CatalogEntry(
            message: [
                .en: "price category {category} is not in reference price-categories (known: {known})",
                .nl: "prijscategorie {category} staat niet in reference price-categories (bekend: {known})",
                .de: "Preiskategorie {category} ist nicht in reference price-categories (bekannt: {known})",
                .fr: "la catégorie de prix {category} ne figure pas dans reference price-categories (connues : {known})",
            ],
            hint: [
                .en: "Add the category to `reference: price-categories` in ferry.yml (code and name, as in the ERP) or correct it in the source, then run `ferry reprocess --failed`.",
                .nl: "Voeg de categorie toe aan `reference: price-categories` in ferry.yml (code en naam, zoals in het ERP) of corrigeer ze in de bron, en voer daarna `ferry reprocess --failed` uit.",
                .de: "Ergänzen Sie die Kategorie in `reference: price-categories` in ferry.yml (Code und Name wie im ERP) oder korrigieren Sie sie in der Quelle und führen Sie dann `ferry reprocess --failed` aus.",
                .fr: "Ajoutez la catégorie à `reference: price-categories` dans ferry.yml (code et nom, comme dans l'ERP) ou corrigez-la dans la source, puis lancez `ferry reprocess --failed`.",
            ]),
    ]
}
