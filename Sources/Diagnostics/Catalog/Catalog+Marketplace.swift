// Errors and operator texts of the marketplace connectors: Channable (marketplace orders,
// shipments, cancellations, stock) and WooCommerce (webshop orders). See docs/connectors/.
extension ErrorCode {
    /// A Channable file is none of the shapes the order connection API gives: one order with its
    /// events (`{"order", "events"}`), a list (`{"orders", "total"}`), a bare order, or the push form.
    public static let mktChannableShape = ErrorCode("MKT-001")
    /// A WooCommerce file holds something that is not an order (a refund, a product). Args: `found`.
    public static let mktWooCommerceNotOrder = ErrorCode("MKT-002")
    /// A stock level for Channable is not a whole number. Args: `sku`, `value`.
    public static let mktStockNotWhole = ErrorCode("MKT-003")
    /// A Channable shipping status Ferry does not know. Args: `value`, `allowed`.
    public static let mktChannableStatus = ErrorCode("MKT-004")
    /// An order for Channable carries no Channable order id (the webshop order was not created
    /// from a Channable order, or its meta data lost the id). Args: `order`, `field`.
    public static let mktNoChannableOrderId = ErrorCode("MKT-005")
    /// More stock updates than Channable takes in one call. Args: `count`, `limit`.
    public static let mktStockBatchTooLarge = ErrorCode("MKT-006")
    /// A webshop product that keeps no stock count (`manage_stock` false): no level to send. Args: `product`.
    public static let mktNoStockCount = ErrorCode("MKT-007")
    /// An order whose status asks nothing of the target system (a webshop order still
    /// `processing` for Channable; a shipped marketplace order for the webshop). Args: `status`, `system`, `acts`.
    public static let mktNothingToSend = ErrorCode("MKT-008")
    /// A webshop order read as a shipment carries no track & trace code. Args: `order`.
    public static let mktNoTrackingCode = ErrorCode("MKT-009")
    /// A `.csv` file in a WooCommerce order flow that reads the REST API's JSON (no `format: csv`):
    /// the order CSV export is read with its own bundled layout, chosen by the flow's format.
    public static let mktWooCommerceOrderCSVNeedsFormat = ErrorCode("MKT-010")

    /// A tracking code that matches no carrier pattern: sent with transporter `OTHER`.
    /// Args: `code`, `transporter`.
    public static let carrierUnknown = ErrorCode("carrier.unknown")
    /// Completed in the webshop without a track & trace code: the shipment waits for one. Args: `until`.
    public static let waitingTrackingCode = ErrorCode("waiting.tracking-code")
    /// A marketplace cancellation of an order the webshop target was never sent: nothing to
    /// cancel. Args: `target`.
    public static let cancelNeverSent = ErrorCode("status.filtered.cancel-never-sent")
}

extension Catalog {
    static let marketplaceEntries: [ErrorCode: CatalogEntry] = [
        .mktChannableShape: CatalogEntry(
            message: [
                .en: "this is not a Channable order file: expected an order with events, a list of orders, or a pushed order",
                .nl: "dit is geen Channable-orderbestand: verwacht een order met events, een lijst van orders of een gepushte order",
                .de: "dies ist keine Channable-Auftragsdatei: erwartet wird ein Auftrag mit Events, eine Auftragsliste oder ein gepushter Auftrag",
                .fr: "ce n'est pas un fichier de commandes Channable : attendu une commande avec ses événements, une liste de commandes ou une commande poussée",
            ],
            hint: [
                .en: "Drop the JSON exactly as Channable's order connection API returns it ({\"order\": …, \"events\": […]} or {\"orders\": […], \"total\": …}), or as its webhook pushes it.",
                .nl: "Lever de JSON precies zoals de order-API van Channable hem teruggeeft ({\"order\": …, \"events\": […]} of {\"orders\": […], \"total\": …}), of zoals de webhook hem pusht.",
                .de: "Legen Sie das JSON genau so ab, wie die Auftrags-API von Channable es liefert ({\"order\": …, \"events\": […]} oder {\"orders\": […], \"total\": …}) oder wie der Webhook es sendet.",
                .fr: "Déposez le JSON tel que l'API de commandes de Channable le renvoie ({\"order\": …, \"events\": […]} ou {\"orders\": […], \"total\": …}), ou tel que son webhook le pousse.",
            ]),
        .mktWooCommerceNotOrder: CatalogEntry(
            message: [
                .en: "this WooCommerce file holds a {found}, not an order",
                .nl: "dit WooCommerce-bestand bevat een {found}, geen order",
                .de: "diese WooCommerce-Datei enthält ein(e) {found}, keinen Auftrag",
                .fr: "ce fichier WooCommerce contient un(e) {found}, pas une commande",
            ],
            hint: [
                .en: "Drop the responses of GET /wp-json/wc/v3/orders or /orders/{id} into this flow's inbox; refunds and products belong elsewhere.",
                .nl: "Lever de antwoorden van GET /wp-json/wc/v3/orders of /orders/{id} in de inbox van deze flow; refunds en producten horen elders.",
                .de: "Legen Sie die Antworten von GET /wp-json/wc/v3/orders oder /orders/{id} in den Eingang dieses Flows; Erstattungen und Produkte gehören woandershin.",
                .fr: "Déposez les réponses de GET /wp-json/wc/v3/orders ou /orders/{id} dans la boîte d'entrée de ce flux ; remboursements et produits vont ailleurs.",
            ]),
        .mktStockNotWhole: CatalogEntry(
            message: [
                .en: "stock {value} of article {sku} is not a whole number; Channable takes whole units only",
                .nl: "voorraad {value} van artikel {sku} is geen geheel getal; Channable accepteert alleen hele eenheden",
                .de: "Bestand {value} von Artikel {sku} ist keine ganze Zahl; Channable nimmt nur ganze Einheiten an",
                .fr: "le stock {value} de l'article {sku} n'est pas un nombre entier ; Channable n'accepte que des unités entières",
            ],
            hint: [
                .en: "Correct the stock file (or its mapping) so that it counts whole pieces, then run `ferry reprocess --failed`.",
                .nl: "Corrigeer het voorraadbestand (of de mapping) zodat het hele stuks telt, en draai daarna `ferry reprocess --failed`.",
                .de: "Korrigieren Sie die Bestandsdatei (oder ihr Mapping), sodass sie ganze Stück zählt, und führen Sie dann `ferry reprocess --failed` aus.",
                .fr: "Corrigez le fichier de stock (ou son mapping) pour qu'il compte des pièces entières, puis lancez `ferry reprocess --failed`.",
            ]),
        .mktChannableStatus: CatalogEntry(
            message: [
                .en: "Channable shipping status \"{value}\" is unknown",
                .nl: "Channable-verzendstatus \"{value}\" is onbekend",
                .de: "Channable-Versandstatus \"{value}\" ist unbekannt",
                .fr: "le statut d'expédition Channable « {value} » est inconnu",
            ],
            hint: [
                .en: "Known values: {allowed}. Check that the file comes from Channable's order API unchanged.",
                .nl: "Bekende waarden: {allowed}. Controleer of het bestand ongewijzigd uit de order-API van Channable komt.",
                .de: "Bekannte Werte: {allowed}. Prüfen Sie, ob die Datei unverändert aus der Auftrags-API von Channable stammt.",
                .fr: "Valeurs connues : {allowed}. Vérifiez que le fichier vient tel quel de l'API de commandes de Channable.",
            ]),
        .mktNoChannableOrderId: CatalogEntry(
            message: [
                .en: "order {order} carries no Channable order id ({field}), so Channable cannot be told about it",
                .nl: "order {order} heeft geen Channable-order-id ({field}), dus Channable kan er niet over worden geïnformeerd",
                .de: "Auftrag {order} trägt keine Channable-Auftrags-ID ({field}); Channable kann nicht informiert werden",
                .fr: "la commande {order} ne porte pas d'identifiant de commande Channable ({field}) ; Channable ne peut pas en être informé",
            ],
            hint: [
                .en: "Only webshop orders created from Channable orders (which carry this meta data) go back to Channable; keep the meta data when editing the order in the webshop.",
                .nl: "Alleen webshoporders die uit Channable-orders zijn aangemaakt (met deze metadata) gaan terug naar Channable; laat de metadata staan bij het bewerken van de order in de webshop.",
                .de: "Nur Webshop-Aufträge, die aus Channable-Aufträgen entstanden (mit diesen Metadaten), gehen an Channable zurück; behalten Sie die Metadaten beim Bearbeiten im Webshop.",
                .fr: "Seules les commandes de la boutique créées depuis Channable (qui portent ces métadonnées) repartent vers Channable ; gardez ces métadonnées en modifiant la commande.",
            ]),
        .mktStockBatchTooLarge: CatalogEntry(
            message: [
                .en: "{count} stock updates in one payload; Channable takes at most {limit} per call",
                .nl: "{count} voorraadupdates in één payload; Channable neemt er hoogstens {limit} per aanroep",
                .de: "{count} Bestandsaktualisierungen in einer Nutzlast; Channable nimmt höchstens {limit} pro Aufruf",
                .fr: "{count} mises à jour de stock dans une charge utile ; Channable en accepte au plus {limit} par appel",
            ],
            hint: [
                .en: "Leave the Channable stock target in its default one-payload-per-document mode, or let Ferry split the batch.",
                .nl: "Laat het Channable-voorraaddoel in de standaardmodus van één payload per document, of laat Ferry de batch splitsen.",
                .de: "Lassen Sie das Channable-Bestandsziel im Standardmodus (eine Nutzlast je Dokument) oder lassen Sie Ferry den Stapel teilen.",
                .fr: "Laissez la cible de stock Channable dans son mode par défaut (une charge utile par document), ou laissez Ferry découper le lot.",
            ]),
        .mktNoStockCount: CatalogEntry(
            message: [
                .en: "product {product} keeps no stock count (manage_stock is off), so there is no stock level to send",
                .nl: "product {product} houdt geen voorraad bij (manage_stock staat uit), dus er is geen voorraadstand om te sturen",
                .de: "Produkt {product} führt keinen Bestand (manage_stock ist aus); es gibt keinen Bestand zu senden",
                .fr: "le produit {product} ne gère pas de stock (manage_stock désactivé) ; aucun niveau de stock à envoyer",
            ],
            hint: [
                .en: "Turn on stock management for the product in WooCommerce, or let the fetch job export only products that manage their stock.",
                .nl: "Zet voorraadbeheer aan voor het product in WooCommerce, of laat de ophaaltaak alleen producten met voorraadbeheer exporteren.",
                .de: "Aktivieren Sie die Bestandsverwaltung für das Produkt in WooCommerce, oder lassen Sie den Abrufjob nur Produkte mit Bestandsverwaltung exportieren.",
                .fr: "Activez la gestion de stock du produit dans WooCommerce, ou faites exporter uniquement les produits qui gèrent leur stock.",
            ]),
        .mktNothingToSend: CatalogEntry(
            message: [
                .en: "an order with status {status} asks nothing of {system}",
                .nl: "een order met status {status} vraagt niets van {system}",
                .de: "ein Auftrag mit Status {status} verlangt nichts von {system}",
                .fr: "une commande au statut {status} ne demande rien à {system}",
            ],
            hint: [
                .en: "{system} is sent orders with status {acts}; leave the others out with a filter on the flow (filters: - status: [{acts}]).",
                .nl: "{system} krijgt orders met status {acts}; laat de andere weg met een filter op de flow (filters: - status: [{acts}]).",
                .de: "{system} erhält Aufträge mit Status {acts}; lassen Sie die anderen mit einem Filter am Flow weg (filters: - status: [{acts}]).",
                .fr: "{system} reçoit les commandes au statut {acts} ; écartez les autres par un filtre sur le flux (filters: - status: [{acts}]).",
            ]),
        .mktNoTrackingCode: CatalogEntry(
            message: [
                .en: "webshop order {order} carries no track & trace code, so there is no parcel to report",
                .nl: "webshoporder {order} heeft geen track & trace-code, dus er is geen zending om te melden",
                .de: "Webshop-Auftrag {order} trägt keine Sendungsnummer; es gibt kein Paket zu melden",
                .fr: "la commande {order} de la boutique ne porte pas de numéro de suivi ; aucun colis à signaler",
            ],
            hint: [
                .en: "Drop the order again once the code is in its meta data (Shipment Tracking, or a key named in tracking-meta-keys), then run `ferry reprocess --failed`.",
                .nl: "Lever de order opnieuw aan zodra de code in de metadata staat (Shipment Tracking, of een sleutel uit tracking-meta-keys), en draai dan `ferry reprocess --failed`.",
                .de: "Legen Sie den Auftrag erneut ab, sobald die Nummer in den Metadaten steht (Shipment Tracking oder ein Schlüssel aus tracking-meta-keys), dann `ferry reprocess --failed`.",
                .fr: "Redéposez la commande dès que le numéro est dans ses métadonnées (Shipment Tracking, ou une clé de tracking-meta-keys), puis lancez `ferry reprocess --failed`.",
            ]),
        .mktWooCommerceOrderCSVNeedsFormat: CatalogEntry(
            message: [
                .en: "this WooCommerce order flow reads the REST API's JSON, and this file is a CSV export",
                .nl: "deze WooCommerce-orderflow leest de JSON van de REST API, en dit bestand is een CSV-export",
                .de: "dieser WooCommerce-Auftragsflow liest das JSON der REST-API, und diese Datei ist ein CSV-Export",
                .fr: "ce flux de commandes WooCommerce lit le JSON de l'API REST, et ce fichier est un export CSV",
            ],
            hint: [
                .en: "Give the order CSV export a flow of its own with `format: csv` (docs/connectors/woocommerce.md), or drop only JSON here.",
                .nl: "Geef de order-CSV-export een eigen flow met `format: csv` (docs/connectors/woocommerce.md), of lever hier alleen JSON aan.",
                .de: "Geben Sie dem Auftrags-CSV-Export einen eigenen Flow mit `format: csv` (docs/connectors/woocommerce.md), oder legen Sie hier nur JSON ab.",
                .fr: "Donnez à l'export CSV des commandes un flux à lui avec `format: csv` (docs/connectors/woocommerce.md), ou ne déposez ici que du JSON.",
            ]),
        .carrierUnknown: CatalogEntry(text: [
            .en: "tracking code {code} matches no known carrier; sent with transporter {transporter}",
            .nl: "trackingcode {code} past bij geen bekende vervoerder; verstuurd met vervoerder {transporter}",
            .de: "Sendungsnummer {code} passt zu keinem bekannten Versanddienst; gesendet mit Transporteur {transporter}",
            .fr: "le numéro de suivi {code} ne correspond à aucun transporteur connu ; envoyé avec le transporteur {transporter}",
        ]),
        .waitingTrackingCode: CatalogEntry(text: [
            .en: "completed without a track & trace code: the shipment waits for one until {until}",
            .nl: "afgerond zonder track & trace-code: de zending wacht daarop tot {until}",
            .de: "ohne Sendungsnummer abgeschlossen: die Sendung wartet darauf bis {until}",
            .fr: "terminée sans numéro de suivi : l'expédition en attend un jusqu'à {until}",
        ]),
        .cancelNeverSent: CatalogEntry(text: [
            .en: "cancelled before it was ever sent to {target}: nothing to cancel",
            .nl: "geannuleerd voordat de order ooit naar {target} is gestuurd: niets te annuleren",
            .de: "storniert, bevor die Bestellung je an {target} gesendet wurde: nichts zu stornieren",
            .fr: "annulée avant d'avoir jamais été envoyée à {target} : rien à annuler",
        ]),
    ]
}
