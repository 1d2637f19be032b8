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
    /// An article without the price the target sends (option `price`), though it has the other
    /// one: a VAT rate is missing to convert. Args: `sku`, `price`.
    public static let vismaPriceMissing = ErrorCode("VISMA-011")
    /// A WooCommerce product (REST or CSV export row) without SKU: no inventory number. Args: `product`.
    public static let vismaProductWithoutSKU = ErrorCode("VISMA-010")
    /// Why a customer target writes nothing: `default-debtor` sends every order to one customer.
    /// Args: `target`, `debtor`.
    public static let vismaDefaultDebtorNoCustomer = ErrorCode("status.filtered.visma-default-debtor")
    /// Why a sales-invoice target writes nothing for an order: it is not paid. Args: `target`, `status`.
    public static let vismaInvoiceNotPaid = ErrorCode("status.filtered.visma-not-paid")
    /// Why a customer-payment target writes nothing for an order: it carries no payment (no paid
    /// amount and date). Args: `target`, `status`.
    public static let vismaPaymentNotPaid = ErrorCode("status.filtered.visma-no-payment")
}

extension Catalog {
    static let vismaNetEntries: [ErrorCode: CatalogEntry] = [
        .vismaInvoiceNotPaid: CatalogEntry(text: [
            .en: "not paid (status {status}): no invoice for {target}",
            .nl: "niet betaald (status {status}): geen factuur voor {target}",
            .de: "nicht bezahlt (Status {status}): keine Rechnung für {target}",
            .fr: "non payée (statut {status}) : pas de facture pour {target}",
        ]),
        .vismaPaymentNotPaid: CatalogEntry(text: [
            .en: "no payment recorded (status {status}): no customer payment for {target}",
            .nl: "geen betaling geregistreerd (status {status}): geen klantbetaling voor {target}",
            .de: "keine Zahlung erfasst (Status {status}): keine Kundenzahlung für {target}",
            .fr: "aucun paiement enregistré (statut {status}) : pas de paiement client pour {target}",
        ]),
        .vismaDefaultDebtorNoCustomer: CatalogEntry(text: [
            .en: "no customer for {target}: option default-debtor sends every order to customer {debtor}",
            .nl: "geen klant voor {target}: optie default-debtor stuurt elke order naar klant {debtor}",
            .de: "kein Kunde für {target}: die Option default-debtor sendet jeden Auftrag an Kunde {debtor}",
            .fr: "aucun client pour {target} : l'option default-debtor envoie chaque commande au client {debtor}",
        ]),
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
        .vismaProductWithoutSKU: CatalogEntry(
            message: [
                .en: "WooCommerce product {product} has no SKU",
                .nl: "WooCommerce-product {product} heeft geen SKU",
                .de: "WooCommerce-Produkt {product} hat keine SKU",
                .fr: "le produit WooCommerce {product} n'a pas de SKU",
            ],
            hint: [
                .en: "Give the product (or variation) a SKU in WooCommerce: it becomes the Visma.net inventory number.",
                .nl: "Geef het product (of de variatie) een SKU in WooCommerce: die wordt het Visma.net-artikelnummer.",
                .de: "Geben Sie dem Produkt (oder der Variante) in WooCommerce eine SKU: sie wird die Visma.net-Artikelnummer.",
                .fr: "Donnez un SKU au produit (ou à la variation) dans WooCommerce : il devient le numéro d'article Visma.net.",
            ]),
        .vismaPriceMissing: CatalogEntry(
            message: [
                .en: "article {sku} has no price {price}. VAT for Visma.net, only the other one",
                .nl: "artikel {sku} heeft geen prijs {price}. btw voor Visma.net, alleen de andere",
                .de: "Artikel {sku} hat keinen Preis {price}. MwSt. für Visma.net, nur den anderen",
                .fr: "l'article {sku} n'a pas de prix {price}. TVA pour Visma.net, seulement l'autre",
            ],
            hint: [
                .en: "Set option vat-rate on the WooCommerce flow so Ferry converts the price, or option price on the target to the price the shop keeps.",
                .nl: "Zet optie vat-rate op de WooCommerce-flow zodat Ferry de prijs omrekent, of optie price op het target op de prijs die de shop bijhoudt.",
                .de: "Setzen Sie die Option vat-rate am WooCommerce-Flow, damit Ferry den Preis umrechnet, oder die Option price am Ziel auf den Preis, den der Shop führt.",
                .fr: "Définissez l'option vat-rate du flux WooCommerce pour que Ferry convertisse le prix, ou l'option price de la cible sur le prix que tient la boutique.",
            ]),
    ]
}
