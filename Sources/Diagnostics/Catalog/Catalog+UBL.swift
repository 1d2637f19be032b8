// Errors and operator texts of the UBL connector (B2B order exchange): customer orders,
// cancellations, despatch advices read; supplier orders and order responses written.
// See docs/connectors/ubl.md.
extension ErrorCode {
    /// A file in a UBL flow is not one of the documents the flow's kind reads. Args: `found`,
    /// `namespace`, `expected`, `kind`.
    public static let ublNotExpectedDocument = ErrorCode("UBL-001")
    /// Order lines for a supplier with neither GTIN/EAN nor the supplier's article code. Args:
    /// `order`, `lines`, `supplier`.
    public static let ublLineUnidentified = ErrorCode("UBL-002")
    /// A purchase order for a supplier whose status is not `placed`. Args: `order`, `status`.
    public static let ublNotPlaced = ErrorCode("UBL-003")
    /// An order without an order date (UBL's IssueDate is required). Args: `order`.
    public static let ublNoIssueDate = ErrorCode("UBL-004")
    /// An order without the buyer or seller a UBL document must name. Args: `order`, `party`.
    public static let ublPartyMissing = ErrorCode("UBL-005")
    /// A despatch advice that names no order (OrderReference). Args: `despatch`.
    public static let ublDespatchWithoutOrder = ErrorCode("UBL-006")

    /// A customer cancelled an order before it was sent: nothing to export. Args: `order`, `cancellation`.
    public static let ublCancelledBeforeExport = ErrorCode("ubl.cancelled-before-export")
    /// A customer cancelled an order that was sent already. Args: `order`, `cancellation`.
    public static let ublCancelledAfterExport = ErrorCode("ubl.cancelled-after-export")
    /// A customer's order arriving after its own cancellation (remembered for the target): nothing
    /// to export. Args: `order`, `cancellation`.
    public static let ublOrderAfterCancellation = ErrorCode("ubl.order-after-cancellation")
}

extension Catalog {
    static let ublEntries: [ErrorCode: CatalogEntry] = [
        .ublNotExpectedDocument: CatalogEntry(
            message: [
                .en: "this is a {found} document (namespace {namespace}); a {kind} flow reading UBL takes {expected}",
                .nl: "dit is een {found}-document (namespace {namespace}); een {kind}-flow die UBL leest neemt {expected}",
                .de: "dies ist ein {found}-Dokument (Namensraum {namespace}); ein {kind}-Flow, der UBL liest, nimmt {expected}",
                .fr: "ceci est un document {found} (espace de noms {namespace}) ; un flux {kind} lisant de l'UBL prend {expected}",
            ],
            hint: [
                .en: "Route UBL Orders and OrderCancellations to a flow of kind order and DespatchAdvices to a flow of kind shipment; other documents belong elsewhere.",
                .nl: "Stuur UBL Orders en OrderCancellations naar een flow van soort order en DespatchAdvices naar een flow van soort shipment; andere documenten horen elders.",
                .de: "Leiten Sie UBL-Orders und OrderCancellations an einen Flow der Art order und DespatchAdvices an einen Flow der Art shipment; andere Dokumente gehören woandershin.",
                .fr: "Dirigez les Order et OrderCancellation UBL vers un flux de type order et les DespatchAdvice vers un flux de type shipment ; les autres documents vont ailleurs.",
            ]),
        .ublLineUnidentified: CatalogEntry(
            message: [
                .en: "order {order}: line(s) {lines} name their article by neither GTIN/EAN nor the article code of supplier {supplier}",
                .nl: "order {order}: regel(s) {lines} noemen hun artikel niet met GTIN/EAN of de artikelcode van leverancier {supplier}",
                .de: "Auftrag {order}: Zeile(n) {lines} nennen ihren Artikel weder mit GTIN/EAN noch mit der Artikelnummer von Lieferant {supplier}",
                .fr: "commande {order} : la ou les lignes {lines} ne désignent leur article ni par GTIN/EAN ni par le code article du fournisseur {supplier}",
            ],
            hint: [
                .en: "Give the article an EAN or a supplier code for {supplier} in the catalog (column supplierCode.{supplier}) and add the rule supplier-code-from-catalog to the flow, then run `ferry reprocess --failed`.",
                .nl: "Geef het artikel in de catalogus een EAN of een leverancierscode voor {supplier} (kolom supplierCode.{supplier}) en zet de regel supplier-code-from-catalog op de flow; draai dan `ferry reprocess --failed`.",
                .de: "Geben Sie dem Artikel im Katalog eine EAN oder eine Lieferantennummer für {supplier} (Spalte supplierCode.{supplier}) und nehmen Sie die Regel supplier-code-from-catalog in den Flow auf; dann `ferry reprocess --failed`.",
                .fr: "Donnez à l'article dans le catalogue un EAN ou un code fournisseur pour {supplier} (colonne supplierCode.{supplier}) et ajoutez la règle supplier-code-from-catalog au flux, puis lancez `ferry reprocess --failed`.",
            ]),
        .ublNotPlaced: CatalogEntry(
            message: [
                .en: "purchase order {order} has status {status}; only placed orders go to a supplier",
                .nl: "inkooporder {order} heeft status {status}; alleen geplaatste orders gaan naar een leverancier",
                .de: "Bestellung {order} hat den Status {status}; nur aufgegebene Bestellungen gehen an einen Lieferanten",
                .fr: "la commande d'achat {order} a le statut {status} ; seules les commandes passées vont au fournisseur",
            ],
            hint: [
                .en: "Keep the others out with a filter on the flow (filters: - status: [placed]).",
                .nl: "Laat de andere weg met een filter op de flow (filters: - status: [placed]).",
                .de: "Lassen Sie die anderen mit einem Filter am Flow weg (filters: - status: [placed]).",
                .fr: "Écartez les autres par un filtre sur le flux (filters: - status: [placed]).",
            ]),
        .ublNoIssueDate: CatalogEntry(
            message: [
                .en: "order {order} has no order date, which a UBL Order requires (IssueDate)",
                .nl: "order {order} heeft geen orderdatum, die een UBL Order vereist (IssueDate)",
                .de: "Auftrag {order} hat kein Auftragsdatum, das eine UBL-Order verlangt (IssueDate)",
                .fr: "la commande {order} n'a pas de date, qu'une Order UBL exige (IssueDate)",
            ],
            hint: [
                .en: "Fill orderDate in the purchase order (or map it with fields:), then run `ferry reprocess --failed`.",
                .nl: "Vul orderDate in de inkooporder (of koppel het met fields:) en draai dan `ferry reprocess --failed`.",
                .de: "Füllen Sie orderDate in der Bestellung (oder ordnen Sie es mit fields: zu), dann `ferry reprocess --failed`.",
                .fr: "Renseignez orderDate dans la commande (ou mappez-le avec fields:), puis lancez `ferry reprocess --failed`.",
            ]),
        .ublPartyMissing: CatalogEntry(
            message: [
                .en: "order {order} has no {party}, which a UBL document must name",
                .nl: "order {order} heeft geen {party}, die een UBL-document moet noemen",
                .de: "Auftrag {order} hat keinen {party}, den ein UBL-Dokument nennen muss",
                .fr: "la commande {order} n'a pas de {party}, qu'un document UBL doit nommer",
            ],
            hint: [
                .en: "Fill the order's {party} (name, GLN or VAT number) in the source or with fields:, then run `ferry reprocess --failed`.",
                .nl: "Vul de {party} van de order (naam, GLN of btw-nummer) in de bron of met fields: en draai dan `ferry reprocess --failed`.",
                .de: "Füllen Sie den {party} des Auftrags (Name, GLN oder USt-IdNr.) in der Quelle oder mit fields:, dann `ferry reprocess --failed`.",
                .fr: "Renseignez le {party} de la commande (nom, GLN ou numéro de TVA) dans la source ou avec fields:, puis lancez `ferry reprocess --failed`.",
            ]),
        .ublDespatchWithoutOrder: CatalogEntry(
            message: [
                .en: "despatch advice {despatch} names no order (cac:OrderReference/cbc:ID)",
                .nl: "verzendbericht {despatch} noemt geen order (cac:OrderReference/cbc:ID)",
                .de: "Lieferavis {despatch} nennt keinen Auftrag (cac:OrderReference/cbc:ID)",
                .fr: "l'avis d'expédition {despatch} ne désigne aucune commande (cac:OrderReference/cbc:ID)",
            ],
            hint: [
                .en: "Ask the supplier to send the despatch advice with the order it ships; a shipment without its order cannot be booked.",
                .nl: "Vraag de leverancier het verzendbericht te sturen met de order die verzonden wordt; een zending zonder order kan niet worden geboekt.",
                .de: "Bitten Sie den Lieferanten, das Lieferavis mit dem versandten Auftrag zu senden; eine Sendung ohne Auftrag kann nicht gebucht werden.",
                .fr: "Demandez au fournisseur d'envoyer l'avis avec la commande expédiée ; une expédition sans commande ne peut être comptabilisée.",
            ]),
        .ublCancelledBeforeExport: CatalogEntry(text: [
            .en: "order {order} was cancelled by the customer (cancellation {cancellation}) before it was sent: nothing to export",
            .nl: "order {order} is door de klant geannuleerd (annulering {cancellation}) voordat hij verstuurd was: niets te exporteren",
            .de: "Auftrag {order} wurde vom Kunden storniert (Stornierung {cancellation}), bevor er gesendet war: nichts zu exportieren",
            .fr: "la commande {order} a été annulée par le client (annulation {cancellation}) avant son envoi : rien à exporter",
        ]),
        .ublCancelledAfterExport: CatalogEntry(text: [
            .en: "order {order} was cancelled by the customer (cancellation {cancellation}) after it was sent: pass the cancellation on",
            .nl: "order {order} is door de klant geannuleerd (annulering {cancellation}) nadat hij verstuurd was: geef de annulering door",
            .de: "Auftrag {order} wurde vom Kunden storniert (Stornierung {cancellation}), nachdem er gesendet war: geben Sie die Stornierung weiter",
            .fr: "la commande {order} a été annulée par le client (annulation {cancellation}) après son envoi : transmettez l'annulation",
        ]),
        .ublOrderAfterCancellation: CatalogEntry(text: [
            .en: "order {order} arrived after the customer had cancelled it (cancellation {cancellation}): nothing to export",
            .nl: "order {order} kwam binnen nadat de klant hem had geannuleerd (annulering {cancellation}): niets te exporteren",
            .de: "Auftrag {order} kam an, nachdem der Kunde ihn storniert hatte (Stornierung {cancellation}): nichts zu exportieren",
            .fr: "la commande {order} est arrivée après son annulation par le client (annulation {cancellation}) : rien à exporter",
        ]),
    ]
}
