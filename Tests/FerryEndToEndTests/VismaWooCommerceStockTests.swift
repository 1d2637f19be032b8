import Foundation
import SharedFiles
import Testing

/// Visma.net stock to WooCommerce stock updates through the real binary: available minus
/// reservations by default, `available` / `on-hand` by option, summed over warehouses (or one
/// warehouse), only changed levels sent again. Fixtures: invented `InventoryDto` items and
/// inventory summaries, Fixtures/woocommerce-visma.
@Suite struct VismaWooCommerceStockTests {
    static func config(flowOptions: String = "{}", targetOptions: String = "{}") -> String {
        """
        flows:
          - name: erp-stock
            kind: stock
            source: visma-net
            pickup: { settle: 0 }
            options: \(flowOptions)
            targets:
              - name: webshop-stock
                system: woocommerce
                format: json
                options: \(targetOptions)
        """
    }

    static func level(_ root: FerryRoot, _ name: String) throws -> [String: Any] {
        try ConnectorFixtures.json(root, "outbox/erp-stock/webshop-stock/" + name)
    }

    @Test func availableMinusReservationsByDefaultAndOnlyChangedLevelsAgain() throws {
        let root = try FerryRoot(config: Self.config())
        defer { root.remove() }
        let items = try WooCommerceVismaTests.fixture("inventory-items.json")
        try root.drop("items-1.json", into: "erp-stock", items)
        try root.drop("summary.json", into: "erp-stock", try WooCommerceVismaTests.fixture("inventory-summary.json"))
        #expect(try root.ferry(["run"]).status == 0)
        #expect(ConnectorFixtures.names(root, "erp-stock", "webshop-stock") == [
            "stock_BIND-GR-06.woocommerce-stock.json", "stock_POT-ZINK-S.woocommerce-stock.json", "stock_VAAS-GL-30.woocommerce-stock.json",
        ])
        let vase = try Self.level(root, "stock_VAAS-GL-30.woocommerce-stock.json")
        #expect(vase["sku"] as? String == "VAAS-GL-30")
        #expect(vase["manage_stock"] as? Bool == true)
        #expect(vase["stock_quantity"] as? Int == 14)  // 12 + 2 available for shipment
        // Summary rows: (40 - 7) + (5 - 0), the two warehouses of one item together.
        #expect(try Self.level(root, "stock_BIND-GR-06.woocommerce-stock.json")["stock_quantity"] as? Int == 38)

        let changed = items.replacingOccurrences(of: "\"availableForShipment\": 4.0", with: "\"availableForShipment\": 3.0")
            .replacingOccurrences(of: "2026-11-21T07:15:00.000Z", with: "2026-11-21T09:00:00.000Z")
        try root.drop("items-2.json", into: "erp-stock", changed)
        #expect(try root.ferry(["run"]).status == 0)
        let names = ConnectorFixtures.names(root, "erp-stock", "webshop-stock")
        #expect(names.count == 4, "\(names)")
        #expect(try Self.level(root, "stock_POT-ZINK-S_v2.woocommerce-stock.json")["stock_quantity"] as? Int == 3)
    }

    @Test func onHandOfOneWarehouseAndUnmanagedStock() throws {
        let root = try FerryRoot(config: Self.config(flowOptions: "{ stock: on-hand, warehouse: MAIN }", targetOptions: "{ manage-stock: false }"))
        defer { root.remove() }
        try root.drop("items.json", into: "erp-stock", try WooCommerceVismaTests.fixture("inventory-items.json"))
        #expect(try root.ferry(["run"]).status == 0)
        let vase = try Self.level(root, "stock_VAAS-GL-30.woocommerce-stock.json")
        #expect(vase["manage_stock"] as? Bool == false)
        #expect(vase["stock_status"] as? String == "instock")
        #expect(vase["stock_quantity"] == nil)

        let counted = try FerryRoot(config: Self.config(flowOptions: "{ stock: on-hand, warehouse: MAIN }"))
        defer { counted.remove() }
        try counted.drop("items.json", into: "erp-stock", try WooCommerceVismaTests.fixture("inventory-items.json"))
        #expect(try counted.ferry(["run"]).status == 0)
        #expect(try Self.level(counted, "stock_VAAS-GL-30.woocommerce-stock.json")["stock_quantity"] as? Int == 16)
    }
}

/// The shared Visma.net `InventoryDto` sample read in place; the stock update validated against
/// the WooCommerce `Product` schema (`--strict`).
@Suite(.needsSharedFolder) struct VismaWooCommerceStockCorpusTests {
    @Test func vendorInventorySampleBecomesAValidStockUpdate() throws {
        let root = try FerryRoot(config: VismaWooCommerceStockTests.config())
        defer { root.remove() }
        let path = try SharedFolder.path("corpus/vendors/visma-net/inventory-get-dto-swagger-example.json")
        try root.drop("item.json", into: "erp-stock", try String(contentsOfFile: path, encoding: .utf8))
        #expect(try root.ferry(["run"]).status == 0)
        // Swagger's example values: inventory number "string", 0 available for shipment.
        #expect(ConnectorFixtures.names(root, "erp-stock", "webshop-stock") == ["stock_string.woocommerce-stock.json"])
        let level = try VismaWooCommerceStockTests.level(root, "stock_string.woocommerce-stock.json")
        #expect(level["stock_quantity"] as? Int == 0)
        let file = root.url("outbox/erp-stock/webshop-stock/stock_string.woocommerce-stock.json").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", try SharedFolder.path("reference/openapi/validate.py"), "--strict",
                             try SharedFolder.path("reference/openapi/woocommerce/woocommerce-rest-api-openapi-specification.yml"), "Product", file]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
    }
}
