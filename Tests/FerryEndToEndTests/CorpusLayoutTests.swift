import Foundation
import SharedFiles
import Testing

/// Real files no one here wrote, read in place from the shared corpus (FERRY_SHARED) through
/// the layouts of examples/woocommerce and examples/ubl-order.
@Suite(.needsSharedFolder) struct CorpusLayoutTests {
    @Test func wooCommerceProductExportsBecomeArticles() throws {
        let root = try FerryRoot(config: try Examples.config("woocommerce"))
        defer { root.remove() }
        try root.write("inbox/woo-products/woocommerce-sample_products.csv", try Examples.corpus("woocommerce-sample_products.csv"))
        try root.write("inbox/woo-products/woocommerce-sample-fashion-9-products-multiline.csv",
                       try Examples.corpus("woocommerce-sample-fashion-9-products-multiline.csv"))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(try root.statusRecord(for: "woocommerce-sample_products.csv").documents.count == 25)
        #expect(try root.statusRecord(for: "woocommerce-sample-fashion-9-products-multiline.csv").documents.count == 9)
        #expect(root.outbox("woo-products", "articles").count == 34)
        let folder = "outbox/woo-products/articles/"

        // A variable product: attribute columns with multi-value cells, a category, three images.
        let tee = try root.jsonObject(folder + "article_woo-vneck-tee.json")
        #expect(tee[path: "name"] as? String == "Awesome V-Neck T-Shirt")
        #expect(tee[path: "attributes.Color"] as? String == "Blue, Green, Red")
        #expect(tee[path: "categories"] as? [String] == ["Clothing > Tshirts"])
        #expect((tee[path: "imageURLs"] as? [String])?.count == 3)
        #expect(tee[path: "customFields.type"] as? String == "variable")
        #expect(tee[path: "customFields.wooId"] as? String == "44")
        #expect((tee[path: "weight"] as? NSNumber)?.decimalValue == Decimal(string: "0.227"), "0.5 lb in kg")

        // One of its variations: the parent's SKU, its own attribute value and price.
        let red = try root.jsonObject(folder + "article_woo-vneck-tee-red.json")
        #expect(red[path: "parentSku"] as? String == "woo-vneck-tee")
        #expect(red[path: "attributes.Color"] as? String == "Red")
        #expect((red[path: "priceInclVat"] as? NSNumber)?.decimalValue == 20)
        #expect(red[path: "customFields.type"] as? String == "variation")

        // The fashion export: a description with blank lines inside a quoted field, two attributes.
        let sweater = try root.jsonObject(folder + "article_woo-fashion-sweater.json")
        let description = try #require(sweater[path: "longDescription"] as? String)
        #expect(description.hasSuffix("leo.\n\nPhotography by @cottonbro."))
        #expect(sweater[path: "attributes.Size"] as? String == "Large, Medium, Small")
        #expect(sweater[path: "attributes.Color"] as? String == "Green, Beige")
        #expect((sweater[path: "stockAvailable"] as? NSNumber)?.decimalValue == 5)
        #expect(sweater[path: "customFields.salePrice"] as? String == "16")
        #expect((sweater[path: "imageURLs"] as? [String])?.count == 2)
        #expect(sweater[path: "customFields.wooId"] == nil, "this export has no ID column")
    }

    @Test func ublOrderBecomesACanonicalOrder() throws {
        let root = try FerryRoot(config: try Examples.config("ubl-order"))
        defer { root.remove() }
        try root.write("inbox/ubl-orders/ubl-2.1-Order-Example.xml", try Examples.corpus("ubl-2.1-Order-Example.xml"))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let order = try root.jsonObject("outbox/ubl-orders/erp/order_ubl_sales_34.json")
        #expect(order[path: "number"] as? String == "34")
        #expect(order[path: "currency"] as? String == "SEK")
        #expect(order[path: "orderDate"] as? String == "2010-01-20T11:30:00Z", "12:30 in Stockholm is 11:30 UTC")
        #expect(order[path: "buyer.identifiers.0.scheme"] as? String == "GLN")
        #expect(order[path: "buyer.identifiers.0.value"] as? String == "7300070011115")
        #expect(order[path: "buyer.identifiers.1.value"] as? String == "PartyID123")
        #expect(order[path: "buyer.companyName"] as? String == "Johnssons byggvaror")
        #expect(order[path: "buyer.contactName"] as? String == "Pelle Svensson")
        #expect(order[path: "buyer.email"] as? String == "pelle@johnsson.se")
        #expect(order[path: "seller.companyName"] as? String == "Moderna Produkter AB")
        #expect(order[path: "customFields.buyerGLN"] as? String == "7300072311115")
        #expect(order[path: "customFields.deliveryGLN"] as? String == "1234567890123")
        #expect(order[path: "billingAddress.street"] as? String == "Rådhusgatan")
        #expect(order[path: "shippingAddress.country"] as? String == "SE")
        let lines = try #require(order["lines"] as? [[String: Any]])
        #expect(lines.count == 2)
        #expect(lines[0][path: "sku"] as? String == "SItemNo001")
        #expect(lines[0][path: "gtin"] as? String == "1234567890123")
        #expect(lines[0][path: "description"] as? String == "Falu Rödfärg")
        #expect((lines[0][path: "quantity"] as? NSNumber)?.decimalValue == 120)
        #expect(lines[0][path: "unit"] as? String == "LTR")
        #expect((lines[0][path: "unitPriceExclVat"] as? NSNumber)?.decimalValue == 50)
        #expect(lines[0][path: "customFields.paintType"] as? String == "Acrylic")
        #expect(lines[1][path: "description"] as? String == "Pensel 20 mm")
        #expect((lines[1][path: "quantity"] as? NSNumber)?.decimalValue == 15)
    }

    @Test func wooCommerceRESTOrdersBecomeCanonicalOrdersThroughJSONPaths() throws {
        let root = try FerryRoot(config: try Examples.config("woocommerce"))
        defer { root.remove() }
        try root.write("inbox/woo-orders/orders.json", try Examples.corpus("woocommerce-rest-v3-orders-list.json"))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(root.outbox("woo-orders", "erp").count == 2)
        let order = try root.jsonObject("outbox/woo-orders/erp/order_woocommerce_sales_727.json")
        #expect(order[path: "status"] as? String == "processing")
        #expect(order[path: "orderDate"] as? String == "2017-03-22T19:28:02Z")
        #expect(order[path: "buyer.email"] as? String == "john.doe@example.com")
        #expect(order[path: "buyer.contactName"] as? String == "John Doe")
        #expect(order[path: "shippingAddress.city"] as? String == "San Francisco")
        #expect(order[path: "shippingMethod"] as? String == "flat_rate")
        #expect((order[path: "shippingCost"] as? NSNumber)?.decimalValue == 10)
        #expect(order[path: "customFields.stockReduced"] as? String == "yes", "a JSONPath filter on meta_data")
        let lines = try #require(order["lines"] as? [[String: Any]])
        #expect(lines.count == 2)
        #expect(lines[1][path: "sku"] as? String == "Bar3")
        #expect((lines[0][path: "quantity"] as? NSNumber)?.decimalValue == 2)
        #expect((lines[1][path: "unitPriceExclVat"] as? NSNumber)?.decimalValue == 12)
    }
}

/// `ferry test` and `ferry preview` on every example layout: the bundled golden files pass,
/// and a changed mapping fails with a field-level diff.
@Suite struct ExampleGoldenTests {
    /// A copy of an example folder (ferry.yml and samples/) as a root.
    func copy(_ example: String) throws -> FerryRoot {
        let root = try FerryRoot(config: nil)
        try FileManager.default.removeItem(atPath: root.path)
        try FileManager.default.copyItem(atPath: Examples.repository.appendingPathComponent("examples/" + example).path, toPath: root.path)
        return root
    }

    @Test func everyExamplePassesItsGoldenFiles() throws {
        for example in ["dutch-erp", "woocommerce", "ubl-order"] {
            let root = try copy(example)
            defer { root.remove() }
            let result = try root.ferry(["test"])
            #expect(result.status == 0, "\(example): \(result.stdout)\(result.stderr)")
            #expect(result.stdout.contains("PASS"))
            #expect(!root.files(under: ".").contains { $0.contains("outbox/") }, "ferry test writes only in a temporary root")
        }
    }

    @Test func aChangedMappingFailsWithTheFieldsThatDiffer() throws {
        let root = try copy("dutch-erp")
        defer { root.remove() }
        let config = try root.read("ferry.yml").replacingOccurrences(of: "      state: status", with: "      state: sourceStatus")
        try root.write("ferry.yml", config)
        let result = try root.ferry(["test", "erp-orders"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL erp-orders"))
        #expect(result.stdout.contains("$.state: expected \"open\", got \"Goedgekeurd\""))
    }

    @Test func previewShowsTheLayoutsPayloadAndWritesNothing() throws {
        let root = try copy("ubl-order")
        defer { root.remove() }
        let before = root.files(under: ".")
        let result = try root.ferry(["preview", root.path + "/samples/ubl-orders/in/ORD-2026-0917.xml", "--flow", "ubl-orders"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"companyName\": \"Tuincentrum De Linde\""))
        #expect(result.stdout.contains("order_ubl_sales_ORD-2026-0917.json"))
        #expect(root.files(under: ".") == before)
    }
}
