import Foundation
import SharedFiles
import Testing

/// WooCommerce products (the product CSV export, REST product and variation JSON) to Visma.net
/// inventory items through the real binary: simple and variable products with their
/// variations, mapped attributes, prices converted with the VAT rate, EAN as a barcode; an
/// unchanged product is not sent again, a changed one as an update (`_v2`).
@Suite struct WooCommerceVismaProductTests {
    static let config = """
        flows:
          - name: products
            kind: article
            source: woocommerce
            pickup: { settle: 0 }
            options: { prices-include-vat: true, vat-rate: "21" }
            targets:
              - name: visma-items
                system: visma-net
                format: json
                options:
                  item-class: WEB
                  attributes: { Maat: SIZE, Materiaal: MATERIAL, Color: COLOUR }
                  category-attribute: CATEGORY
        """

    static func item(_ root: FerryRoot, _ name: String) throws -> [String: Any] {
        try ConnectorFixtures.json(root, "outbox/products/visma-items/" + name)
    }

    static func attributes(_ item: [String: Any]) -> [String: String] {
        var result: [String: String] = [:]
        for line in item["attributeLines"] as? [[String: Any]] ?? [] {
            if let id = WooCommerceVismaTests.value(line, "attributeId") as? String,
               let value = WooCommerceVismaTests.value(line, "attributeValue") as? String { result[id] = value }
        }
        return result
    }

    @Test func productCSVBecomesInventoryItemsAndOnlyChangesAreSentAgain() throws {
        let root = try FerryRoot(config: Self.config)
        defer { root.remove() }
        let csv = try WooCommerceVismaTests.fixture("products-export.csv")
        try root.drop("products-1.csv", into: "products", csv)
        #expect(try root.ferry(["run"]).status == 0)
        #expect(ConnectorFixtures.names(root, "products", "visma-items") == [
            "article_POT-ZINK-L.visma-inventory.json", "article_POT-ZINK-M.visma-inventory.json", "article_POT-ZINK-S.visma-inventory.json",
            "article_POT-ZINK.visma-inventory.json", "article_VAAS-GL-30.visma-inventory.json",
        ])
        let vase = try Self.item(root, "article_VAAS-GL-30.visma-inventory.json")
        #expect(WooCommerceVismaTests.value(vase, "description") as? String == "Vaas glas helder 30 cm")
        #expect(WooCommerceVismaTests.value(vase, "body") as? String == "Heldere glazen vaas.\nHoogte 30 cm, vaatwasserbestendig.")
        // 24.20 including 21 % VAT is 20.00 excluding.
        #expect((WooCommerceVismaTests.value(vase, "defaultPrice") as? NSNumber)?.decimalValue == 20)
        #expect(WooCommerceVismaTests.value(vase, "itemClass") as? String == "WEB")
        let packaging = try #require(vase["packaging"] as? [String: Any])
        #expect((WooCommerceVismaTests.value(packaging, "baseItemWeight") as? NSNumber)?.decimalValue == Decimal(string: "1.2"))
        #expect(WooCommerceVismaTests.value(packaging, "weightUOM") as? String == "KG")
        #expect(Self.attributes(vase) == ["MATERIAL": "Glas", "CATEGORY": "Woonaccessoires > Vazen"])
        let reference = try #require((vase["crossReferences"] as? [[String: Any]])?.first)
        #expect(WooCommerceVismaTests.value(reference, "alternateType") as? String == "Barcode")
        #expect(WooCommerceVismaTests.value(reference, "alternateID") as? String == "8719988000013")
        // A variation: its own size, price and EAN; the parent (by `id:302` or by SKU) is an item too.
        let small = try Self.item(root, "article_POT-ZINK-S.visma-inventory.json")
        #expect(Self.attributes(small) == ["SIZE": "S"])
        #expect((WooCommerceVismaTests.value(small, "defaultPrice") as? NSNumber)?.decimalValue == 10)
        let large = try Self.item(root, "article_POT-ZINK-L.visma-inventory.json")
        #expect(large["crossReferences"] == nil)
        let parent = try Self.item(root, "article_POT-ZINK.visma-inventory.json")
        #expect(Self.attributes(parent) == ["SIZE": "S, M, L", "MATERIAL": "Zink", "CATEGORY": "Buiten > Potten"])

        // The same products again with one price changed: only that one goes, as an update.
        try root.drop("products-2.csv", into: "products", csv.replacingOccurrences(of: ",12.10,", with: ",13.31,"))
        #expect(try root.ferry(["run"]).status == 0)
        let names = ConnectorFixtures.names(root, "products", "visma-items")
        #expect(names.count == 6, "\(names)")
        let update = try Self.item(root, "article_POT-ZINK-S_v2.visma-inventory.json")
        #expect((WooCommerceVismaTests.value(update, "defaultPrice") as? NSNumber)?.decimalValue == 11)
        let record = String(decoding: try JSONSerialization.data(withJSONObject: try root.statusRecord(for: "products-2.csv")), as: UTF8.self)
        #expect(record.contains("already-exported"), "\(record)")
    }

    /// `update-product-information: false`: the create carries everything, an update only the
    /// price, and a change of texts alone sends nothing (they are kept as enriched in Visma.net).
    @Test func withoutProductInformationUpdatesCarryOnlyThePrice() throws {
        let config = Self.config + "\n          update-product-information: false"
        let root = try FerryRoot(config: config)
        defer { root.remove() }
        let csv = try WooCommerceVismaTests.fixture("products-export.csv")
        try root.drop("products-1.csv", into: "products", csv)
        #expect(try root.ferry(["run"]).status == 0)
        let created = try Self.item(root, "article_VAAS-GL-30.visma-inventory.json")
        #expect(WooCommerceVismaTests.value(created, "description") as? String == "Vaas glas helder 30 cm")

        // New texts only: nothing is sent.
        let texts = csv.replacingOccurrences(of: "Heldere glazen vaas.", with: "Heldere glazen vaas, mondgeblazen.")
        #expect(texts != csv)
        try root.drop("products-2.csv", into: "products", texts)
        #expect(try root.ferry(["run"]).status == 0)
        #expect(ConnectorFixtures.names(root, "products", "visma-items").count == 5)

        // A new price: an update with the number and the price only.
        try root.drop("products-3.csv", into: "products", texts.replacingOccurrences(of: ",24.20,\"Woonaccessoires", with: ",30.25,\"Woonaccessoires"))
        #expect(try root.ferry(["run"]).status == 0)
        let names = ConnectorFixtures.names(root, "products", "visma-items")
        #expect(names.count == 6, "\(names)")
        let update = try Self.item(root, "article_VAAS-GL-30_v2.visma-inventory.json")
        #expect(Set(update.keys) == ["inventoryNumber", "defaultPrice"], "\(update)")
        #expect((WooCommerceVismaTests.value(update, "defaultPrice") as? NSNumber)?.decimalValue == 25)
    }

    @Test func productsWithoutSKUFailLocatedAndCoded() throws {
        let root = try FerryRoot(config: Self.config)
        defer { root.remove() }
        let csv = try WooCommerceVismaTests.fixture("products-export.csv").replacingOccurrences(of: "305,variation,POT-ZINK-L,", with: "305,variation,,")
        try root.drop("products.csv", into: "products", csv)
        _ = try root.ferry(["run"])
        #expect(ConnectorFixtures.names(root, "products", "visma-items").count == 4)
        let record = String(decoding: try JSONSerialization.data(withJSONObject: try root.statusRecord(for: "products.csv")), as: UTF8.self)
        #expect(record.contains("VISMA-010"), "\(record)")
        #expect(record.contains("305"))
    }
}

/// The shared corpus, read in place: WooCommerce's own product CSV export and REST product and
/// variation samples become Visma.net inventory items valid against `InventoryUpdateDto`
/// (`--strict`: its `inventoryNumber` wrapper has no `type`).
@Suite(.needsSharedFolder) struct WooCommerceVismaProductCorpusTests {
    static func validate(_ root: FerryRoot, _ names: [String]) throws {
        for name in names {
            let item = try WooCommerceVismaProductTests.item(root, name)
            let result = try VismaNetSchemaTests.validate(item, spec: VismaNetSchemaTests.extract, schema: "InventoryUpdateDto", flags: ["--strict"])
            #expect(result.status == 0, "\(name): \(result.output)")
        }
    }

    @Test func sharedProductCSVExportBecomesValidInventoryItems() throws {
        let root = try FerryRoot(config: WooCommerceVismaProductTests.config)
        defer { root.remove() }
        let path = try SharedFolder.path("corpus/vendors/woocommerce/products-export-csv-classic-commerce-sample.csv")
        try root.drop("export.csv", into: "products", try String(contentsOfFile: path, encoding: .utf8))
        #expect(try root.ferry(["run"]).status == 0)
        let names = ConnectorFixtures.names(root, "products", "visma-items")
        #expect(names.count == 24, "\(names)")
        let hoodie = try WooCommerceVismaProductTests.item(root, "article_cc-hoodie-red.visma-inventory.json")
        #expect(WooCommerceVismaProductTests.attributes(hoodie)["COLOUR"] == "Red")
        try Self.validate(root, names)
        var broken = try WooCommerceVismaProductTests.item(root, "article_cc-belt.visma-inventory.json")
        broken["inventoryNumber"] = "cc-belt"
        #expect(try VismaNetSchemaTests.validate(broken, spec: VismaNetSchemaTests.extract, schema: "InventoryUpdateDto", flags: ["--strict"]).status == 1)
    }

    /// The WooCommerce product CSVs of the shared corpus (the current sample, the 3.5-era metric one,
    /// the multi-line fashion one without `ID`), each with the UTF-8 byte order mark the exporter
    /// writes: every row an item, valid against `InventoryUpdateDto`.
    @Test func sharedCorpusProductCSVsBecomeValidInventoryItems() throws {
        let cases: [(file: String, count: Int, sku: String, attribute: String, weight: String?)] = [
            ("woocommerce-sample_products.csv", 25, "woo-vneck-tee", "Blue, Green, Red", "0.227"),
            ("woocommerce-3.5-sample_products-metric.csv", 24, "cc-tee", "Blue, Green, Red", nil),
            ("woocommerce-sample-fashion-9-products-multiline.csv", 9, "woo-fashion-sweater", "Green, Beige", "0.363"),
        ]
        for sample in cases {
            let root = try FerryRoot(config: WooCommerceVismaProductTests.config)
            defer { root.remove() }
            let text = try String(contentsOfFile: try SharedFolder.path("corpus/" + sample.file), encoding: .utf8)
            try root.drop(sample.file, into: "products", "\u{FEFF}" + text)
            #expect(try root.ferry(["run"]).status == 0, "\(sample.file)")
            let names = ConnectorFixtures.names(root, "products", "visma-items")
            #expect(names.count == sample.count, "\(sample.file): \(names)")
            let item = try WooCommerceVismaProductTests.item(root, "article_\(sample.sku).visma-inventory.json")
            #expect(WooCommerceVismaProductTests.attributes(item)["COLOUR"] == sample.attribute, "\(sample.file)")
            // Weights in pounds are converted to kilograms (0.5 lbs = 0.227 kg).
            let written = try String(contentsOf: root.url("outbox/products/visma-items/article_\(sample.sku).visma-inventory.json"), encoding: .utf8)
            if let weight = sample.weight {
                #expect(written.contains("\"baseItemWeight\": {\n      \"value\": \(weight)\n"), "\(sample.file): \(written)")
            } else {
                #expect(!written.contains("baseItemWeight"), "\(sample.file)")
            }
            try Self.validate(root, names)
        }
    }

    /// WooCommerce's documented product and variations carry no SKU: each fails with VISMA-010
    /// naming its id. Given a SKU (in memory, at test time) they become valid items.
    @Test func sharedRESTProductAndVariationsFailWithoutSKUAndBecomeValidItemsWithOne() throws {
        let root = try FerryRoot(config: WooCommerceVismaProductTests.config)
        defer { root.remove() }
        let samples = ["product-v3-retrieve-docs-example.json", "product-variations-v3-list-docs-example.json"]
        var texts: [String: String] = [:]
        for sample in samples {
            texts[sample] = try String(contentsOfFile: try SharedFolder.path("corpus/vendors/woocommerce/" + sample), encoding: .utf8)
            try root.drop(sample, into: "products", texts[sample] ?? "")
        }
        _ = try root.ferry(["run"])
        #expect(ConnectorFixtures.names(root, "products", "visma-items").isEmpty)
        for (sample, ids) in [(samples[0], ["794"]), (samples[1], ["733", "732"])] {
            let record = String(decoding: try JSONSerialization.data(withJSONObject: try root.statusRecord(for: sample)), as: UTF8.self)
            #expect(record.contains("VISMA-010"), "\(record)")
            for id in ids { #expect(record.contains("product \(id) has no SKU"), "\(record)") }
        }

        func withSKUs(_ object: Any, _ prefix: String) -> Any {
            if let list = object as? [Any] { return list.enumerated().map { withSKUs($0.element, prefix + "-\($0.offset)") } }
            guard var product = object as? [String: Any] else { return object }
            product["sku"] = prefix
            return product
        }
        let product = withSKUs(try JSONSerialization.jsonObject(with: Data((texts[samples[0]] ?? "").utf8)), "PREMIUM")
        let variations = withSKUs(try JSONSerialization.jsonObject(with: Data((texts[samples[1]] ?? "").utf8)), "SHIRT")
        try root.drop("p.json", into: "products", String(decoding: try JSONSerialization.data(withJSONObject: product), as: UTF8.self))
        try root.drop("v.json", into: "products", String(decoding: try JSONSerialization.data(withJSONObject: variations), as: UTF8.self))
        #expect(try root.ferry(["run"]).status == 0)
        let names = ConnectorFixtures.names(root, "products", "visma-items")
        #expect(names == ["article_PREMIUM.visma-inventory.json", "article_SHIRT-0.visma-inventory.json", "article_SHIRT-1.visma-inventory.json"])
        let premium = try WooCommerceVismaProductTests.item(root, "article_PREMIUM.visma-inventory.json")
        #expect(WooCommerceVismaTests.value(premium, "description") as? String == "Premium Quality")
        // 21.99 including 21 % VAT is 18.17 excluding.
        let text = try String(contentsOf: root.url("outbox/products/visma-items/article_PREMIUM.visma-inventory.json"), encoding: .utf8)
        #expect(text.contains("\"defaultPrice\": {\n    \"value\": 18.17\n"), "\(text)")
        #expect(WooCommerceVismaProductTests.attributes(premium)["CATEGORY"] == "Clothing, T-shirts")
        let green = try WooCommerceVismaProductTests.item(root, "article_SHIRT-0.visma-inventory.json")
        #expect(WooCommerceVismaProductTests.attributes(green)["COLOUR"] == "Green")
        try Self.validate(root, names)
    }
}
