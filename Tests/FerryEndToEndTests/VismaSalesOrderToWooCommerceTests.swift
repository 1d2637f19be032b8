import Foundation
import SharedFiles
import Testing

/// Visma.net sales orders to WooCommerce orders through the real binary: open ones become
/// create-order bodies, others are filtered with the reason (option `statuses`).
@Suite struct VismaSalesOrderToWooCommerceTests {
    static let config = """
        flows:
          - name: erp-orders
            kind: order
            source: visma-net
            pickup: { settle: 0 }
            targets:
              - name: webshop
                system: woocommerce
                format: json
                options: { order-status: processing, set-paid: false, customer-id: 42, payment-methods: { "Bank transfer": bacs } }
        """

    @Test func openSalesOrdersBecomeWebshopOrdersAndCompletedOnesAreFiltered() throws {
        let root = try FerryRoot(config: Self.config)
        defer { root.remove() }
        try root.drop("salesorders.json", into: "erp-orders", try WooCommerceVismaTests.fixture("salesorders.json"))
        #expect(try root.ferry(["run"]).status == 0)
        #expect(ConnectorFixtures.names(root, "erp-orders", "webshop") == ["order_visma-net_sales_000412.woocommerce-order.json"])
        let body = try ConnectorFixtures.json(root, "outbox/erp-orders/webshop/order_visma-net_sales_000412.woocommerce-order.json")
        #expect(body["status"] as? String == "processing")
        #expect(body["currency"] as? String == "EUR")
        #expect(body["payment_method_title"] as? String == "Bank transfer")
        #expect(body["payment_method"] as? String == "bacs")
        #expect(body["customer_id"] as? Int == 42)
        #expect(body["customer_note"] as? String == "Levering voor 10:00")
        let billing = try #require(body["billing"] as? [String: Any])
        #expect(billing["email"] as? String == "inkoop@delinde.example")
        #expect(billing["address_1"] as? String == "Lindelaan 2")
        let shipping = try #require(body["shipping"] as? [String: Any])
        #expect(shipping["address_1"] as? String == "Industrieweg 40")
        let lines = try #require(body["line_items"] as? [[String: Any]])
        #expect(lines.map { $0["sku"] as? String } == ["VAAS-GL-30", "POT-ZINK-M"])
        #expect(lines.map { $0["quantity"] as? Int } == [12, 6])
        let record = String(decoding: try JSONSerialization.data(withJSONObject: try root.statusRecord(for: "salesorders.json")), as: UTF8.self)
        #expect(record.contains("filtered"), "\(record)")
    }
}

/// The shared Visma.net `SalesOrderDto` sample read in place, its WooCommerce order validated
/// against the community `Order` schema (its known defect: `MetaData.value` typed object).
@Suite(.needsSharedFolder) struct VismaSalesOrderCorpusTests {
    @Test func vendorSalesOrderSampleBecomesAValidWebshopOrder() throws {
        let root = try FerryRoot(config: VismaSalesOrderToWooCommerceTests.config)
        defer { root.remove() }
        let path = try SharedFolder.path("corpus/vendors/visma-net/salesorder-get-dto-swagger-example.json")
        try root.drop("so.json", into: "erp-orders", try String(contentsOfFile: path, encoding: .utf8))
        #expect(try root.ferry(["run"]).status == 0)
        // Swagger's example values: order number "string", status Open, one line of quantity 0.
        #expect(ConnectorFixtures.names(root, "erp-orders", "webshop") == ["order_visma-net_sales_string.woocommerce-order.json"])
        let file = root.url("outbox/erp-orders/webshop/order_visma-net_sales_string.woocommerce-order.json").path
        let body = try ConnectorFixtures.json(root, "outbox/erp-orders/webshop/order_visma-net_sales_string.woocommerce-order.json")
        #expect((body["line_items"] as? [[String: Any]])?.first?["sku"] as? String == "string")
        let result = try MarketplacePayloadSchemaTests.validate(file, spec: MarketplacePayloadSchemaTests.woocommerce, schema: "Order", flags: ["--no-formats"])
        #expect(result.lines.allSatisfy { $0.contains("meta_data") && $0.contains("object") }, "\(result.lines)")
    }
}
