import Foundation
import GRDB
import SharedFiles
import Testing

/// The Robaws ↔ ProductFlow integration through the real binary (docs/connectors/robaws-productflow.md):
/// Robaws articles to ProductFlow products, ProductFlow orders to Robaws stock changes, invoices
/// and reversals, the article-number and VAT rules with their six messages. Fixtures: invented
/// files in the shapes defined from the reference page, Fixtures/robaws.
@Suite struct RobawsProductFlowTests {
    static func config(sendSalePrice: Bool = true) -> String {
        """
        reference:
          vat-rates:
            - { code: H, rate: 21, inclusive: true, description: BTW 21% incl. }
            - { code: L, rate: 6, description: BTW 6% excl. }
        flows:
          - name: robaws-articles
            kind: article
            source: robaws
            pickup: { settle: 0 }
            rules:
              - robaws-article
            targets:
              - name: productflow
                system: productflow
                format: json
        \(sendSalePrice ? "        options: { send-sale-price: true }" : "")
          - name: productflow-orders
            kind: order
            source: productflow
            pickup: { settle: 0 }
            rules:
              - robaws-article
              - robaws-vat
            targets:
              - name: robaws
                system: robaws
                format: json
                options: { stock-location: MAG-GENT, b2c-customer: "5001" }
        """
    }

    static func fixture(_ name: String) throws -> String {
        let resources = try #require(Bundle.module.resourceURL)
        return String(decoding: try Data(contentsOf: resources.appendingPathComponent("Fixtures/robaws/" + name)), as: UTF8.self)
    }

    /// (target, key, event) of every done export, in the order they were made.
    static func exports(_ root: FerryRoot) throws -> [String] {
        try root.ledger { db in
            try Row.fetchAll(db, sql: "SELECT target, key, event FROM export WHERE state = 'done' ORDER BY id").map {
                "\($0["target"] as String? ?? "") \($0["key"] as String? ?? "") \($0["event"] as String? ?? "")"
            }
        }
    }

    static func outcomes(_ record: [String: Any]) -> [String] {
        record.documents.map { "\($0["key"] as? String ?? "-") \($0["outcome"] as? String ?? "")" }
    }

    /// The error `code` of `document`, in every language.
    static func messages(_ document: [String: Any], _ code: String) -> [String: String] {
        let errors = document["errors"] as? [[String: Any]] ?? []
        return errors.first { $0["code"] as? String == code }?["messages"] as? [String: String] ?? [:]
    }

    static func hint(_ document: [String: Any], _ code: String) -> String? {
        let errors = document["errors"] as? [[String: Any]] ?? []
        return errors.first { $0["code"] as? String == code }?["hint"] as? String
    }

    // MARK: Articles Robaws → ProductFlow

    @Test func articlesFlaggedForProductFlowBecomeProductPayloadsAndTheOthersAreFiltered() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        try root.drop("articles.json", into: "robaws-articles", try Self.fixture("robaws-articles.json"))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")

        #expect(root.outbox("robaws-articles", "productflow") == [
            "outbox/robaws-articles/productflow/article_DOUCHEKOP-R250.productflow-product.json",
            "outbox/robaws-articles/productflow/article_KRAAN-MB-150.productflow-product.json",
        ])
        let product = try root.jsonObject("outbox/robaws-articles/productflow/article_KRAAN-MB-150.productflow-product.json")
        #expect(product["product_id"] as? String == "KRAAN-MB-150")
        #expect(product["name"] as? String == "Mengkraan badkamer chroom")
        #expect(product["description"] as? String == "Thermostatische mengkraan voor bad en douche, hartafstand 150 mm")
        #expect(product["stock_available"] as? Int == 14)
        #expect((product["cost_price"] as? NSNumber)?.doubleValue == 82.5)
        #expect((product["sale_price"] as? NSNumber)?.decimalValue == Decimal(149))
        #expect(Set(product.keys) == ["product_id", "name", "description", "stock_available", "cost_price", "sale_price"])

        let record = try root.statusRecord(for: "articles.json")
        #expect(Self.outcomes(record) == ["KRAAN-MB-150 exported", "SIFON-32 filtered", "DOUCHEKOP-R250 exported", "MONTAGE-UUR filtered"])
        #expect((record.documents[1]["reason"] as? String)?.contains("customFields.productflow") == true)
        #expect((record.documents[3]["reason"] as? String)?.contains("customFields.productflow") == true)
    }

    @Test func theSalePriceGoesOnlyWhenTheFlowAsksForIt() throws {
        let root = try FerryRoot(config: Self.config(sendSalePrice: false))
        defer { root.remove() }
        try root.drop("articles.json", into: "robaws-articles", try Self.fixture("robaws-articles.json"))
        #expect(try root.ferry(["run"]).status == 0)
        let product = try root.jsonObject("outbox/robaws-articles/productflow/article_DOUCHEKOP-R250.productflow-product.json")
        #expect(product["sale_price"] == nil)
        #expect((product["cost_price"] as? NSNumber)?.doubleValue == 41.2)
        #expect(product["stock_available"] as? Int == 6)
    }

    @Test func aRobawsCSVExportIsReadLikeTheAPI() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        try root.drop("artikels.csv", into: "robaws-articles", try Self.fixture("robaws-articles.csv"))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let record = try root.statusRecord(for: "artikels.csv")
        #expect(Self.outcomes(record) == ["TEGEL-6060-GR exported", "VOEG-5KG filtered", "LIJM-FLEX-25 exported"])
        let product = try root.jsonObject("outbox/robaws-articles/productflow/article_TEGEL-6060-GR.productflow-product.json")
        #expect(product["name"] as? String == "Vloertegel 60x60 grijs")
        #expect(product["description"] as? String == "Keramische vloertegel, mat, per doos van 1,44 m²")
        #expect(product["stock_available"] as? Int == 38)
        #expect((product["cost_price"] as? NSNumber)?.doubleValue == 21.4)
        #expect((product["sale_price"] as? NSNumber)?.doubleValue == 34.95)
        let glue = try root.jsonObject("outbox/robaws-articles/productflow/article_LIJM-FLEX-25.productflow-product.json")
        #expect(glue["description"] == nil)
    }

    @Test func aChangedArticleIsSentAgainAndAnUnchangedOneIsNot() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        let first = try Self.fixture("robaws-articles.json")
        try root.drop("articles-1.json", into: "robaws-articles", first)
        #expect(try root.ferry(["run"]).status == 0)
        // The next page fetched later: the tap's stock went down, the shower head is as it was.
        let later = first
            .replacingOccurrences(of: "\"availableStock\": 14", with: "\"availableStock\": 12")
            .replacingOccurrences(of: "\"updatedAt\": \"2026-11-28T15:04:00+01:00\"", with: "\"updatedAt\": \"2026-12-02T09:00:00+01:00\"")
        #expect(later != first)
        try root.drop("articles-2.json", into: "robaws-articles", later)
        #expect(try root.ferry(["run"]).status == 0)

        #expect(root.outbox("robaws-articles", "productflow") == [
            "outbox/robaws-articles/productflow/article_DOUCHEKOP-R250.productflow-product.json",
            "outbox/robaws-articles/productflow/article_KRAAN-MB-150.productflow-product.json",
            "outbox/robaws-articles/productflow/article_KRAAN-MB-150_v2.productflow-product.json",
        ])
        let changed = try root.jsonObject("outbox/robaws-articles/productflow/article_KRAAN-MB-150_v2.productflow-product.json")
        #expect(changed["stock_available"] as? Int == 12)
        let record = try root.statusRecord(for: "articles-2.json")
        #expect(Self.outcomes(record) == [
            "KRAAN-MB-150 exported", "SIFON-32 filtered", "DOUCHEKOP-R250 already-exported", "MONTAGE-UUR filtered",
        ])
    }

    /// Both directions are bundled layouts (`robaws-article`, `productflow-product`): `ferry
    /// mapping show` prints them with their origin, and `fields:` changes what is read and written.
    @Test func theBundledLayoutsAreShownAndFieldsOverrideThem() throws {
        let config = """
            flows:
              - name: robaws-articles
                kind: article
                source: robaws
                pickup: { settle: 0 }
                fields:
                  customFields.supplier: $.extraFields.Leverancier.stringValue
                targets:
                  - name: productflow
                    system: productflow
                    format: json
                    fields:
                      brand: brand
                      supplier: customFields.supplier
            """
        let root = try FerryRoot(config: config)
        defer { root.remove() }
        #expect(try root.ferry(["check"]).status == 0)
        let shown = try root.ferry(["mapping", "show", "robaws-articles"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let lines = shown.stdout.split(separator: "\n").map(String.init)
        #expect(shown.stdout.contains("source layout robaws-article (json) → canonical article"), "\(shown.stdout)")
        #expect(shown.stdout.contains("canonical article → layout productflow-product (json)"), "\(shown.stdout)")
        let sku = try #require(lines.first { $0.contains("  sku ") })
        #expect(sku.contains("$.articleNumber") && sku.contains("[robaws (built in):"), "\(sku)")
        let productId = try #require(lines.first { $0.contains("product_id") })
        #expect(productId.contains("sku") && productId.contains("[productflow (built in):"), "\(productId)")
        let supplierIn = try #require(lines.first { $0.contains("customFields.supplier ") && $0.contains("$.extraFields") })
        #expect(supplierIn.contains("[ferry.yml:7]"), "\(supplierIn)")
        let supplierOut = try #require(lines.first { $0.contains("  supplier ") })
        #expect(supplierOut.contains("[ferry.yml:14]"), "\(supplierOut)")

        try root.drop("articles.json", into: "robaws-articles", try Self.fixture("robaws-articles.json"))
        #expect(try root.ferry(["run"]).status == 0)
        let product = try root.jsonObject("outbox/robaws-articles/productflow/article_KRAAN-MB-150.productflow-product.json")
        #expect(product["brand"] as? String == "Aquanova")
        #expect(product["supplier"] as? String == "Aquanova BV")
        #expect(product["product_id"] as? String == "KRAAN-MB-150")
    }

    // MARK: Article number rules

    @Test func articleNumbersMustBeUniqueInTheFileAndWellFormed() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        try root.drop("duplicates.json", into: "robaws-articles", try Self.fixture("robaws-articles-duplicates.json"))
        #expect(try root.ferry(["run"]).status != 0)
        let record = try root.statusRecord(for: "duplicates.json")
        #expect(Self.outcomes(record) == ["BOILER-80L failed", "RADIATOR-600 exported", "boiler-80l failed", "KRAAN KEUKEN/2 failed"])
        #expect(root.outbox("robaws-articles", "productflow") == [
            "outbox/robaws-articles/productflow/article_RADIATOR-600.productflow-product.json",
        ])

        // ROBAWS-005, each of the two articles sharing a number, in every language.
        #expect(Self.messages(record.documents[0], "ROBAWS-005") == [
            "en": "The following article(s) are not unique in Robaws: BOILER-80L",
            "nl": "Volgende artikel(s) zijn niet uniek in Robaws: BOILER-80L",
            "de": "Der/die folgende(n) Artikel ist/sind in Robaws nicht eindeutig: BOILER-80L",
            "fr": "Le ou les articles suivants ne sont pas uniques dans Robaws : BOILER-80L",
        ])
        #expect(Self.messages(record.documents[2], "ROBAWS-005")["en"] == "The following article(s) are not unique in Robaws: boiler-80l")
        #expect(Self.hint(record.documents[0], "ROBAWS-005")?.contains("own article number") == true)

        // ROBAWS-006, the number with a space and a slash, in every language.
        #expect(Self.messages(record.documents[3], "ROBAWS-006") == [
            "en": "The following article number(s) contains invalid characters: KRAAN KEUKEN/2",
            "nl": "Volgende artikelnummer(s) bevatten ongeldige tekens: KRAAN KEUKEN/2",
            "de": "Die folgende(n) Artikelnummer(n) enthält/enthalten ungültige Zeichen: KRAAN KEUKEN/2",
            "fr": "Le ou les numéros d'article suivants contiennent des caractères non valides : KRAAN KEUKEN/2",
        ])
        #expect(Self.hint(record.documents[3], "ROBAWS-006")?.contains("letters, digits") == true)
    }

    @Test func anArticleNumberAnotherCatalogArticleHasIsNotUnique() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        try root.drop("articles.json", into: "robaws-articles", try Self.fixture("robaws-articles.json"))
        #expect(try root.ferry(["run"]).status == 0)
        // Two other Robaws articles: one with the tap's number in lower case, one with the shower
        // head's very number but another id; a third with a number of its own goes through.
        try root.drop("clash.json", into: "robaws-articles", """
            [{"id": 30001, "articleNumber": "kraan-mb-150", "name": "Mengkraan (kopie)", "availableStock": 1, "costPrice": 80,
              "extraFields": {"ProductFlow": {"booleanValue": true}}},
             {"id": 30002, "articleNumber": "DOUCHEKOP-R250", "name": "Regendouchekop (kopie)", "availableStock": 1, "costPrice": 40,
              "extraFields": {"ProductFlow": {"booleanValue": true}}},
             {"id": 30003, "articleNumber": "SPIEGEL-60", "name": "Badkamerspiegel 60 cm", "availableStock": 4, "costPrice": 38,
              "extraFields": {"ProductFlow": {"booleanValue": true}}}]
            """)
        #expect(try root.ferry(["run"]).status != 0)
        let record = try root.statusRecord(for: "clash.json")
        #expect(Self.outcomes(record) == ["kraan-mb-150 failed", "DOUCHEKOP-R250 failed", "SPIEGEL-60 exported"])
        #expect(Self.messages(record.documents[0], "ROBAWS-005")["en"] == "The following article(s) are not unique in Robaws: kraan-mb-150, KRAAN-MB-150")
        #expect(Self.messages(record.documents[1], "ROBAWS-005")["nl"] == "Volgende artikel(s) zijn niet uniek in Robaws: DOUCHEKOP-R250")
        #expect(root.outbox("robaws-articles", "productflow").count == 3)
    }

    // MARK: Orders ProductFlow → Robaws

    @Test func anOrderLowersStockIsInvoicedWhenShippedAndReversedWhenCancelled() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        try root.drop("articles.json", into: "robaws-articles", try Self.fixture("robaws-articles.json"))
        #expect(try root.ferry(["run"]).status == 0)

        // Registered in ProductFlow: a stock change lowering stock per line at the stock location.
        try root.drop("order-open.json", into: "productflow-orders", try Self.fixture("productflow-order-open.json"))
        let opened = try root.ferry(["run"])
        #expect(opened.status == 0, "\(opened.stdout)\(opened.stderr)")
        let stockChange = "outbox/productflow-orders/robaws/order_productflow_sales_pf-5f21c9.robaws-stock-change.json"
        #expect(root.outbox("productflow-orders", "robaws") == [stockChange])
        let change = try root.jsonObject(stockChange)
        #expect(change["stockLocation"] as? String == "MAG-GENT")
        #expect(change["reference"] as? String == "BOL-1184220931")
        #expect(change["date"] as? String == "2026-12-01T09:42:00Z")
        let lines = try #require(change["lines"] as? [[String: Any]])
        #expect(lines.map { $0["articleNumber"] as? String } == ["KRAAN-MB-150", "DOUCHEKOP-R250"])
        #expect(lines.map { $0["articleId"] as? Int } == [10231, 10240])
        #expect(lines.map { $0["quantity"] as? Int } == [-1, -2])

        // The same order fetched again, unchanged: nothing more.
        try root.drop("order-open-again.json", into: "productflow-orders", try Self.fixture("productflow-order-open.json") + "\n")
        #expect(try root.ferry(["run"]).status == 0)
        #expect(root.outbox("productflow-orders", "robaws").count == 1)

        // Shipped: an invoice for the B2C customer, prices including VAT at the Robaws rate.
        try root.drop("order-shipped.json", into: "productflow-orders", try Self.fixture("productflow-order-shipped.json"))
        #expect(try root.ferry(["run"]).status == 0)
        let invoicePath = "outbox/productflow-orders/robaws/order_productflow_sales_pf-5f21c9.robaws-invoice.json"
        #expect(root.outbox("productflow-orders", "robaws").contains(invoicePath))
        let invoice = try root.jsonObject(invoicePath)
        #expect(invoice["clientId"] as? Int == 5001)
        #expect(invoice["clientReference"] as? String == "BOL-1184220931")
        #expect(invoice["vatIncluded"] as? Bool == true)
        #expect(invoice["status"] as? String == "DRAFT")
        let items = try #require(invoice["lineItems"] as? [[String: Any]])
        #expect(items.map { ($0["unitPrice"] as? NSNumber)?.decimalValue } == [Decimal(149), Decimal(89)])
        #expect(items.map { $0["vatTariff"] as? String } == ["H", "H"])
        #expect(items.map { $0["vatRate"] as? Int } == [21, 21])
        #expect(items.map { $0["quantity"] as? Int } == [1, 2])
        #expect((invoice["totalIncBTW"] as? NSNumber)?.decimalValue == Decimal(327))

        // Cancelled after its stock change was exported: the stock goes back up.
        try root.drop("order-cancelled.json", into: "productflow-orders", try Self.fixture("productflow-order-cancelled.json"))
        #expect(try root.ferry(["run"]).status == 0)
        let reversalPath = "outbox/productflow-orders/robaws/order_productflow_sales_pf-5f21c9.robaws-stock-change-reversal.json"
        let reversal = try root.jsonObject(reversalPath)
        #expect(reversal["stockLocation"] as? String == "MAG-GENT")
        #expect((reversal["lines"] as? [[String: Any]])?.map { $0["quantity"] as? Int } == [1, 2])
        #expect(try Self.exports(root).filter { $0.hasPrefix("robaws ") } == [
            "robaws productflow/sales/pf-5f21c9 created",
            "robaws productflow/sales/pf-5f21c9 shipped",
            "robaws productflow/sales/pf-5f21c9 cancelled",
        ])
        #expect(root.outbox("productflow-orders", "robaws").count == 3)
    }

    /// Decided by `RobawsLifecycle.decide` from the order's history at the target, which the
    /// engine reads from the ledger: no stock change went out, so there is nothing to reverse;
    /// the cancellation is remembered, so the order arriving after it (in later files, in later
    /// processes, and when reprocessed) books nothing and invoices nothing.
    @Test func anOrderThatArrivesCancelledWritesNothingAndIsRefusedWhenItArrivesLater() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        try root.drop("articles.json", into: "robaws-articles", try Self.fixture("robaws-articles.json"))
        #expect(try root.ferry(["run"]).status == 0)
        try root.drop("order-cancelled.json", into: "productflow-orders", try Self.fixture("productflow-order-cancelled.json"))
        #expect(try root.ferry(["run"]).status == 0)
        let document = try #require(try root.statusRecord(for: "order-cancelled.json").documents.first)
        #expect(root.outbox("productflow-orders", "robaws").isEmpty)
        #expect(document["outcome"] as? String == "filtered")
        #expect(document["reason"] as? String == "cancelled before its stock change was exported: nothing to reverse")
        #expect(try Self.exports(root).filter { $0.hasPrefix("robaws ") }.isEmpty)
        #expect(try root.ledger { db in
            try Row.fetchAll(db, sql: "SELECT target, key, event FROM lifecycleState").map {
                "\($0["target"] as String? ?? "") \($0["key"] as String? ?? "") \($0["event"] as String? ?? "")"
            }
        } == ["robaws productflow/sales/pf-5f21c9 cancelled"])

        // The order shows up afterwards, registered, then shipped (a fetch job's files arriving late):
        // each is refused with the reason, in its own run.
        try root.drop("order-open.json", into: "productflow-orders", try Self.fixture("productflow-order-open.json"))
        #expect(try root.ferry(["run"]).status == 0)
        try root.drop("order-shipped.json", into: "productflow-orders", try Self.fixture("productflow-order-shipped.json"))
        #expect(try root.ferry(["run"]).status == 0)
        for name in ["order-open.json", "order-shipped.json"] {
            let late = try #require(try root.statusRecord(for: name).documents.first)
            #expect(late["outcome"] as? String == "filtered", "\(name): \(late)")
            #expect(late["reason"] as? String
                    == "order pf-5f21c9 was cancelled earlier: nothing is booked or invoiced after its cancellation", "\(name)")
        }
        // Reprocessing the registered order does not book it either; nor does a second cancellation reverse anything.
        let id = try #require(try root.statusRecord(for: "order-open.json")["id"] as? Int)
        #expect(try root.ferry(["reprocess", String(id)]).status == 0)
        try root.drop("order-cancelled-again.json", into: "productflow-orders", try Self.fixture("productflow-order-cancelled.json") + "\n")
        #expect(try root.ferry(["run"]).status == 0)
        #expect(root.outbox("productflow-orders", "robaws").isEmpty)
        #expect(try Self.exports(root).filter { $0.hasPrefix("robaws ") }.isEmpty)
        let log = try root.ferry(["log", "--key", "pf-5f21c9"])
        #expect(log.stdout.contains("lifecycle-recorded"), "\(log.stdout)")

        // A ledger rebuilt from the archive remembers the cancellation too (decided again from the
        // archived input); the next article fetch refills the catalog, the order is still refused.
        let rebuild = try root.ferry(["ledger", "rebuild"])
        #expect(rebuild.status == 0, "\(rebuild.stdout)\(rebuild.stderr)")
        #expect(try root.ledger { db in
            try Row.fetchAll(db, sql: "SELECT target, key, event FROM lifecycleState").map {
                "\($0["target"] as String? ?? "") \($0["key"] as String? ?? "") \($0["event"] as String? ?? "")"
            }
        } == ["robaws productflow/sales/pf-5f21c9 cancelled"])
        try root.drop("articles-again.json", into: "robaws-articles", try Self.fixture("robaws-articles.json") + "\n")
        #expect(try root.ferry(["run"]).status == 0)
        try root.drop("order-open-after-rebuild.json", into: "productflow-orders", try Self.fixture("productflow-order-open.json") + "\n")
        #expect(try root.ferry(["run"]).status == 0)
        #expect(try root.statusRecord(for: "order-open-after-rebuild.json").documents.first?["outcome"] as? String == "filtered")
        #expect(root.outbox("productflow-orders", "robaws").isEmpty)
    }

    /// Every ProductFlow order was registered: one first seen shipped gets its stock change as
    /// well as its invoice (two calls, each once), and a cancellation after that reverses the
    /// stock change, also after the ledger was rebuilt from the archive.
    @Test func anOrderFirstSeenShippedGetsItsStockChangeAndItsInvoiceOnce() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        try root.drop("articles.json", into: "robaws-articles", try Self.fixture("robaws-articles.json"))
        #expect(try root.ferry(["run"]).status == 0)
        // `ferry preview` shows both calls.
        try root.write("preview/order-shipped.json", try Self.fixture("productflow-order-shipped.json"))
        let preview = try root.ferry(["preview", root.path + "/preview/order-shipped.json", "--flow", "productflow-orders"])
        #expect(preview.status == 0, "\(preview.stdout)\(preview.stderr)")
        #expect(preview.stdout.contains("order_productflow_sales_pf-5f21c9.robaws-stock-change.json"), "\(preview.stdout)")
        #expect(preview.stdout.contains("order_productflow_sales_pf-5f21c9.robaws-invoice.json"), "\(preview.stdout)")
        try root.drop("order-shipped.json", into: "productflow-orders", try Self.fixture("productflow-order-shipped.json"))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let stockChange = "outbox/productflow-orders/robaws/order_productflow_sales_pf-5f21c9.robaws-stock-change.json"
        let invoice = "outbox/productflow-orders/robaws/order_productflow_sales_pf-5f21c9.robaws-invoice.json"
        #expect(root.outbox("productflow-orders", "robaws") == [invoice, stockChange])
        let change = try root.jsonObject(stockChange)
        #expect(change["stockLocation"] as? String == "MAG-GENT")
        #expect((change["lines"] as? [[String: Any]])?.map { $0["quantity"] as? Int } == [-1, -2])
        #expect(try root.jsonObject(invoice)["clientId"] as? Int == 5001)
        #expect(try Self.exports(root).filter { $0.hasPrefix("robaws ") } == [
            "robaws productflow/sales/pf-5f21c9 created", "robaws productflow/sales/pf-5f21c9 shipped",
        ])
        let record = try #require(try root.statusRecord(for: "order-shipped.json").documents.first)
        #expect(record["outcome"] as? String == "exported")
        #expect(Set(record["outputs"] as? [String] ?? []) == [stockChange, invoice])

        // Fetched again: nothing twice.
        try root.drop("order-shipped-again.json", into: "productflow-orders", try Self.fixture("productflow-order-shipped.json") + "\n")
        #expect(try root.ferry(["run"]).status == 0)
        #expect(root.outbox("productflow-orders", "robaws").count == 2)
        #expect(try root.statusRecord(for: "order-shipped-again.json").documents.first?["outcome"] as? String == "already-exported")

        // A ledger rebuilt from the archive gives each of the two files its own event.
        let rebuild = try root.ferry(["ledger", "rebuild"])
        #expect(rebuild.status == 0, "\(rebuild.stdout)\(rebuild.stderr)")
        #expect(try root.ledger { db in
            try Row.fetchAll(db, sql: "SELECT event, outputPath FROM export WHERE target = 'robaws' AND state = 'done' ORDER BY event").map {
                "\($0["event"] as String? ?? "") \($0["outputPath"] as String? ?? "")"
            }
        } == ["created " + stockChange, "shipped " + invoice])

        // Cancelled afterwards: its stock change is reversed (no credit note for the invoice). A
        // rebuild does not bring the catalog back: the next article fetch fills it again.
        try root.drop("articles-again.json", into: "robaws-articles", try Self.fixture("robaws-articles.json") + "\n")
        #expect(try root.ferry(["run"]).status == 0)
        try root.drop("order-cancelled.json", into: "productflow-orders", try Self.fixture("productflow-order-cancelled.json"))
        let cancelled = try root.ferry(["run"])
        #expect(cancelled.status == 0, "\(cancelled.stdout)\(cancelled.stderr)")
        let reversal = "outbox/productflow-orders/robaws/order_productflow_sales_pf-5f21c9.robaws-stock-change-reversal.json"
        #expect(Set(root.outbox("productflow-orders", "robaws")) == [invoice, stockChange, reversal])
        #expect((try root.jsonObject(reversal)["lines"] as? [[String: Any]])?.map { $0["quantity"] as? Int } == [1, 2])
    }

    @Test func anOrderWithoutAStatusIsARegisteredOrder() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        try root.drop("articles.json", into: "robaws-articles", try Self.fixture("robaws-articles.json"))
        #expect(try root.ferry(["run"]).status == 0)
        let order = try Self.fixture("productflow-order-open.json").replacingOccurrences(of: "\"status\": \"open\",", with: "")
        #expect(!order.contains("\"status\""))
        try root.drop("order.json", into: "productflow-orders", order)
        #expect(try root.ferry(["run"]).status == 0)
        #expect(root.outbox("productflow-orders", "robaws") == [
            "outbox/productflow-orders/robaws/order_productflow_sales_pf-5f21c9.robaws-stock-change.json",
        ])
    }

    @Test func theFourOrderErrorsNameTheLinesInEveryLanguage() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        try root.drop("articles.json", into: "robaws-articles", try Self.fixture("robaws-articles.json"))
        #expect(try root.ferry(["run"]).status == 0)
        try root.drop("problems.json", into: "productflow-orders", try Self.fixture("productflow-order-problems.json"))
        #expect(try root.ferry(["run"]).status != 0)
        #expect(root.outbox("productflow-orders", "robaws").isEmpty)
        let document = try #require(try root.statusRecord(for: "problems.json").documents.first)
        #expect(document["outcome"] as? String == "failed")
        let codes = (document["errors"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(Set(codes) == ["ROBAWS-001", "ROBAWS-002", "ROBAWS-003", "ROBAWS-004"])

        #expect(Self.messages(document, "ROBAWS-001") == [
            "en": "The following article(s) could not be found in Robaws: MONTAGESET-9",
            "nl": "Volgende artikel(s) konden niet worden gevonden in Robaws: MONTAGESET-9",
            "de": "Der/die folgende(n) Artikel konnte(n) nicht in Robaws gefunden werden: MONTAGESET-9",
            "fr": "Le ou les articles suivants n'ont pas pu être trouvés dans Robaws : MONTAGESET-9",
        ])
        #expect(Self.messages(document, "ROBAWS-002") == [
            "en": "The following order lines from ProductFlow do not contain a VAT code: 1 (KRAAN-MB-150)",
            "nl": "Volgende artikel(s) bevatten geen BTW code: 1 (KRAAN-MB-150)",
            "de": "Die folgenden Auftragszeilen aus ProductFlow enthalten keinen MwSt.-Code: 1 (KRAAN-MB-150)",
            "fr": "Les lignes de commande suivantes provenant de ProductFlow ne contiennent pas de code TVA : 1 (KRAAN-MB-150)",
        ])
        #expect(Self.messages(document, "ROBAWS-003") == [
            "en": "Following VAT rates were found but are not VAT inclusive: L",
            "nl": "Volgende BTW tarieven werden gevonden maar zijn niet BTW inclusief: L",
            "de": "Folgende MwSt.-Sätze wurden gefunden, sind aber nicht inklusive MwSt.: L",
            "fr": "Les taux de TVA suivants ont été trouvés mais ne sont pas TVA comprise : L",
        ])
        #expect(Self.messages(document, "ROBAWS-004") == [
            "en": "For the following order line 2 (DOUCHEKOP-R250), there is no corresponding VAT rate in Robaws (CODE: Z)",
            "nl": "Voor de volgende orderregel 2 (DOUCHEKOP-R250) is er geen overeenkomstig BTW tarief in Robaws (CODE: Z)",
            "de": "Für die folgende Auftragszeile 2 (DOUCHEKOP-R250) gibt es keinen entsprechenden MwSt.-Satz in Robaws (CODE: Z)",
            "fr": "Pour la ligne de commande suivante 2 (DOUCHEKOP-R250), il n'existe aucun taux de TVA correspondant dans Robaws (CODE : Z)",
        ])
        #expect(Self.hint(document, "ROBAWS-001")?.contains("Create the article in Robaws") == true)
        #expect(Self.hint(document, "ROBAWS-002")?.contains("VAT group in ProductFlow") == true)
        #expect(Self.hint(document, "ROBAWS-003")?.contains("VAT-inclusive") == true)
        #expect(Self.hint(document, "ROBAWS-004")?.contains("reference.vat-rates") == true)
    }

    @Test func checkAsksForTheStockLocationAndTheB2CCustomer() throws {
        let config = Self.config().replacingOccurrences(of: "options: { stock-location: MAG-GENT, b2c-customer: \"5001\" }",
                                                         with: "options: { invoice-status: final }")
        let root = try FerryRoot(config: config)
        defer { root.remove() }
        let check = try root.ferry(["check"])
        #expect(check.status == 2)
        let text = check.stdout + check.stderr
        #expect(text.contains("[CONFIG-080] the system `robaws` needs the option `stock-location`"), "\(text)")
        #expect(text.contains("[CONFIG-080] the system `robaws` needs the option `b2c-customer`"), "\(text)")
        let lines = config.split(separator: "\n", omittingEmptySubsequences: false)
        let optionsLine = try #require(lines.firstIndex { $0.contains("options: { invoice-status: final }") }) + 1
        let systemLine = try #require(lines.firstIndex { $0.contains("system: robaws") }) + 1
        #expect(text.contains("ferry.yml:\(optionsLine):"), "\(text)")

        // Without any `options:`, at the `system:` line.
        try root.write("ferry.yml", config.replacingOccurrences(of: "\n        options: { invoice-status: final }", with: ""))
        #expect(try root.read("ferry.yml").contains("invoice-status") == false)
        let bare = try root.ferry(["check"])
        #expect(bare.status == 2)
        #expect((bare.stdout + bare.stderr).contains("ferry.yml:\(systemLine):"), "\(bare.stdout)\(bare.stderr)")
    }

    @Test func checkKnowsWhatEachSystemReadsWritesAndTakes() throws {
        let wrong = Self.config()
            .replacingOccurrences(of: "options: { send-sale-price: true }", with: "options: { send-sale-prices: true }")
            .replacingOccurrences(of: "kind: order\n    source: productflow", with: "kind: stock\n    source: productflow")
        let root = try FerryRoot(config: wrong)
        defer { root.remove() }
        let check = try root.ferry(["check"])
        #expect(check.status != 0)
        let text = check.stdout + check.stderr
        #expect(text.contains("send-sale-prices") && text.contains("send-sale-price"), "\(text)")
        #expect(text.contains("productflow") && text.contains("stock"), "\(text)")
    }
}

/// The README's ferry.yml for this integration passes `ferry check` as written.
@Suite struct RobawsReadmeTests {
    @Test func theReadmeConfigurationIsValid() throws {
        let readme = try String(contentsOf: SharedFolder.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let marker = "# ferry.yml — Robaws articles to ProductFlow, ProductFlow orders to Robaws"
        let start = try #require(readme.range(of: marker))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let root = try FerryRoot(config: String(readme[start.lowerBound..<end.lowerBound]))
        defer { root.remove() }
        let check = try root.ferry(["check"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("2 flows"), "\(check.stdout)")
    }
}
