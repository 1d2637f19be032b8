// Errors of the Visma.net connector (docs/connectors/visma-net.md).
extension ErrorCode {
    /// An order for Visma.net names no customer: no `default-debtor`, no buyer number, no order number. Args: `order`.
    public static let vismaNoCustomer = ErrorCode("VISMA-001")
    /// An order with shipping costs for a target without `shipping-inventory-id`. Args: `amount`.
    public static let vismaShippingItemMissing = ErrorCode("VISMA-002")
    /// A value a value-map option does not list. Args: `value`, `option`, `known`.
    public static let vismaValueNotMapped = ErrorCode("VISMA-003")
    /// An order line without SKU: Visma.net needs the inventory number. Args: `line`.
    public static let vismaLineWithoutSKU = ErrorCode("VISMA-004")
}

extension Catalog {
    static let vismaNetEntries: [ErrorCode: CatalogEntry] = [
        .vismaNoCustomer: CatalogEntry(
            message: [
                .en: "order {order} names no customer for Visma.net",
                .nl: "order {order} noemt geen klant voor Visma.net",
                .de: "Auftrag {order} nennt keinen Kunden für Visma.net",
                .fr: "la commande {order} ne désigne aucun client pour Visma.net",
            ],
            hint: [
                .en: "Give the buyer a name and address, or set option default-debtor on the target to send every order to one customer.",
                .nl: "Geef de koper een naam en adres, of zet optie default-debtor op het target om elke order naar één klant te sturen.",
                .de: "Geben Sie dem Käufer Name und Adresse, oder setzen Sie die Option default-debtor am Ziel, um jeden Auftrag an einen Kunden zu senden.",
                .fr: "Donnez un nom et une adresse à l'acheteur, ou définissez l'option default-debtor de la cible pour envoyer chaque commande à un seul client.",
            ]),
        .vismaShippingItemMissing: CatalogEntry(
            message: [
                .en: "the order has shipping costs ({amount}) but the target names no inventory item for them",
                .nl: "de order heeft verzendkosten ({amount}) maar het target noemt er geen artikel voor",
                .de: "der Auftrag hat Versandkosten ({amount}), aber das Ziel nennt keinen Artikel dafür",
                .fr: "la commande a des frais de port ({amount}) mais la cible ne désigne aucun article pour eux",
            ],
            hint: [
                .en: "Set option shipping-inventory-id on the Visma.net target to the inventory number of your shipping-costs item.",
                .nl: "Zet optie shipping-inventory-id op het Visma.net-target op het artikelnummer van uw verzendkostenartikel.",
                .de: "Setzen Sie die Option shipping-inventory-id am Visma.net-Ziel auf die Artikelnummer Ihres Versandkostenartikels.",
                .fr: "Définissez l'option shipping-inventory-id de la cible Visma.net sur le numéro d'article de vos frais de port.",
            ]),
        .vismaValueNotMapped: CatalogEntry(
            message: [
                .en: "\"{value}\" is not in option {option} (it lists: {known})",
                .nl: "\"{value}\" staat niet in optie {option} (die noemt: {known})",
                .de: "\"{value}\" steht nicht in der Option {option} (sie nennt: {known})",
                .fr: "« {value} » ne figure pas dans l'option {option} (elle contient : {known})",
            ],
            hint: [
                .en: "Add \"{value}\" with its Visma.net code to {option} on the target in ferry.yml, then reprocess the file.",
                .nl: "Voeg \"{value}\" met de Visma.net-code toe aan {option} op het target in ferry.yml en verwerk het bestand opnieuw.",
                .de: "Ergänzen Sie \"{value}\" mit dem Visma.net-Code in {option} am Ziel in ferry.yml und verarbeiten Sie die Datei erneut.",
                .fr: "Ajoutez « {value} » avec son code Visma.net à {option} sur la cible dans ferry.yml, puis retraitez le fichier.",
            ]),
        .vismaLineWithoutSKU: CatalogEntry(
            message: [
                .en: "order line {line} has no SKU, so no Visma.net inventory number",
                .nl: "orderregel {line} heeft geen SKU en dus geen Visma.net-artikelnummer",
                .de: "Auftragszeile {line} hat keine SKU und damit keine Visma.net-Artikelnummer",
                .fr: "la ligne de commande {line} n'a pas de SKU, donc pas de numéro d'article Visma.net",
            ],
            hint: [
                .en: "Give the product a SKU in the webshop and export the order again.",
                .nl: "Geef het product een SKU in de webshop en exporteer de order opnieuw.",
                .de: "Geben Sie dem Produkt im Webshop eine SKU und exportieren Sie den Auftrag erneut.",
                .fr: "Donnez un SKU au produit dans la boutique et exportez de nouveau la commande.",
            ]),
    ]
}
