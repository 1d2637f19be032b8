import Canonical
@testable import Connectors
import Diagnostics
import Foundation
import Formats
import Mapping
import SharedFiles
import Testing

/// Invented webshop orders in the shape of the WooCommerce REST API v3.
enum WooSamples {
    static func order(id: Int = 5120, status: String = "completed", meta: String = "") -> String {
        """
        {"id": \(id), "parent_id": 0, "number": "\(id)", "status": "\(status)", "currency": "EUR",
         "date_created": "2026-03-01T10:12:00", "date_created_gmt": "2026-03-01T09:12:00",
         "shipping_total": "4.95", "total": "44.85", "customer_note": "",
         "billing": {"first_name": "Anna", "last_name": "de Vries", "company": "", "address_1": "Kerkstraat 12A",
                     "address_2": "", "city": "Utrecht", "state": "", "postcode": "3511 AB", "country": "NL",
                     "email": "anna@example.org", "phone": "+31600000000"},
         "shipping": {"first_name": "Anna", "last_name": "de Vries", "company": "", "address_1": "Kerkstraat 12A",
                      "address_2": "", "city": "Utrecht", "state": "", "postcode": "3511 AB", "country": "NL"},
         "payment_method": "channable", "payment_method_title": "bol",
         "meta_data": [{"id": 1, "key": "_channable_order_id", "value": "91823"}\(meta)],
         "line_items": [{"id": 9, "name": "Basic T-shirt red M", "product_id": 412, "variation_id": 415, "quantity": 2,
                         "subtotal": "32.98", "total": "32.98", "sku": "TS-RED-M", "price": 16.49}],
         "shipping_lines": [{"id": 10, "method_title": "PostNL", "method_id": "flat_rate", "total": "4.95"}]}
        """
    }

    static let trackingItems = #", {"id": 2, "key": "_wc_shipment_tracking_items", "value": [{"tracking_provider": "", "custom_tracking_provider": "", "tracking_number": "1Z999AA10123456784", "date_shipped": "1772409600"}]}"#
}

@Suite struct WooCommerceOrderTests {
    let connector = WooCommerceConnector()

    @Test func readsACompletedOrderWithItsTrackingCode() throws {
        let results = try Support.read("order.json", WooSamples.order(meta: WooSamples.trackingItems), connector: connector)
        let order = try #require(Support.documents(results, as: Order.self).first)
        #expect(order.key.rawValue == "woocommerce/sales/5120")
        #expect(order.status == .completed)
        #expect(order.sourceStatus == "completed")
        #expect(order.orderDate?.text == "2026-03-01T09:12:00Z")
        #expect(order.customFields["channable-order-id"] == "91823")
        #expect(order.customFields["tracking-number"] == "1Z999AA10123456784")
        #expect(order.customFields["tracking-provider"] == nil)
        #expect(order.shippingCost == Decimal(string: "4.95"))
        #expect(order.shippingMethod == "PostNL")
        #expect(order.lines.first?.sku == "TS-RED-M")
        #expect(order.lines.first?.unitPriceExclVat == Decimal(string: "16.49"))
        #expect(order.lines.first?.customFields["variation-id"] == "415")
        #expect(ChannableConnector().events(for: order) == [.shipped])

        let payload = try ChannableConnector().payload(for: [order], settings: TargetSettings(kind: .order, format: .json))
        let body = try #require(try Support.json(payload.bytes) as? [String: Any])
        #expect(body["tracking_code"] as? String == "1Z999AA10123456784")
        #expect(body["transporter"] as? String == "UPS")
    }

    /// The order mapping is the bundled layout: a flow's `fields:` replaces one row (here the
    /// notes read from the payment method, the line's description from its SKU) and leaves the
    /// rest, including what the connector adds (tracking code, Channable id), as it was.
    @Test func fieldsOverTheBundledLayoutChangeWhatIsRead() throws {
        let layout = try #require(try Support.bundledLayout(system: "woocommerce", kind: .order))
        #expect(layout.name == "woocommerce-order")
        let fields = "      notes: $.payment_method\n      lines.description: { path: sku, prefix: \"SKU \" }\n"
        let results = try Support.read("order.json", WooSamples.order(meta: WooSamples.trackingItems), connector: connector, fields: fields)
        let order = try #require(Support.documents(results, as: Order.self).first)
        #expect(order.notes == "channable")
        #expect(order.lines.first?.description == "SKU TS-RED-M")
        #expect(order.paymentMethod == "bol")
        #expect(order.customFields["tracking-number"] == "1Z999AA10123456784")
        #expect(order.customFields["channable-order-id"] == "91823")
        let plain = try #require(Support.documents(try Support.read("order.json", WooSamples.order(), connector: connector), as: Order.self).first)
        #expect(plain.notes == nil)
        #expect(plain.lines.first?.description == "Basic T-shirt red M")
        // A status WooCommerce has and the canonical model lacks leaves the status empty (`unmapped: empty`).
        let refunded = try #require(Support.documents(try Support.read("r.json", WooSamples.order(status: "Refunded"), connector: connector),
                                                      as: Order.self).first)
        #expect(refunded.status == nil)
        #expect(refunded.sourceStatus == "refunded")
    }

    @Test func aPlainMetaKeyAndAProviderNameAreRead() throws {
        let meta = #", {"key": "_tracking_number", "value": " 3SABCD0123456 "}"#
        let order = try #require(Support.documents(try Support.read("o.json", WooSamples.order(meta: meta), connector: connector), as: Order.self).first)
        #expect(order.customFields["tracking-number"] == "3SABCD0123456")
        let withProvider = #", {"key": "_wc_shipment_tracking_items", "value": [{"tracking_provider": "dpd", "tracking_number": "1234567890"}]}"#
        let dpd = try #require(Support.documents(try Support.read("o.json", WooSamples.order(meta: withProvider), connector: connector), as: Order.self).first)
        #expect(dpd.customFields["tracking-provider"] == "dpd")
        #expect(try ChannablePayloads.shipment(for: dpd).carrier == .dpd)
    }

    @Test func aConfiguredMetaKeyIsSearched() throws {
        let meta = #", {"key": "ppnl_barcode", "value": "3SABCD0123456"}"#
        let options = ConnectorOptions(values: ["tracking-meta-keys": .text("ppnl_barcode, other_key")])
        let order = try #require(Support.documents(try Support.read("o.json", WooSamples.order(meta: meta), connector: connector, options: options), as: Order.self).first)
        #expect(order.customFields["tracking-number"] == "3SABCD0123456")
        let plain = try #require(Support.documents(try Support.read("o.json", WooSamples.order(meta: meta), connector: connector), as: Order.self).first)
        #expect(plain.customFields["tracking-number"] == nil)
    }

    @Test func statusesMapToEventsForChannable() throws {
        let json = "[\(WooSamples.order(id: 1, status: "completed")), \(WooSamples.order(id: 2, status: "cancelled")), \(WooSamples.order(id: 3, status: "processing")), \(WooSamples.order(id: 4, status: "refunded"))]"
        let orders = Support.documents(try Support.read("list.json", json, connector: connector), as: Order.self)
        #expect(orders.map(\.status) == [.completed, .cancelled, .processing, nil])
        let channable = ChannableConnector()
        #expect(orders.map { channable.events(for: $0) } == [[.shipped], [.cancelled], [], []])
        #expect(throws: FerryError.self) {
            try channable.payload(for: [orders[2]], settings: TargetSettings(kind: .order, format: .json))
        }
    }

    @Test func ordersWithACodeAreReadAsShipments() throws {
        let json = "[\(WooSamples.order(id: 1, meta: WooSamples.trackingItems)), \(WooSamples.order(id: 2))]"
        let results = try Support.read("list.json", json, connector: connector, kind: .shipment)
        #expect(results.count == 2)
        guard case .document(let shipment as Shipment, _)? = results.first else { Issue.record("no shipment"); return }
        #expect(shipment.orderNumber == "91823")
        #expect(shipment.trackingNumber == "1Z999AA10123456784")
        #expect(shipment.carrier == "ups")
        #expect(shipment.key.rawValue == "woocommerce/91823/1Z999AA10123456784")
        #expect(Support.failureCodes(Array(results.dropFirst())) == ["MKT-009"])
    }

    @Test func aRefundOrAProductIsNotAnOrder() throws {
        let refund = #"{"id": 726, "amount": "10.00", "reason": "", "refunded_by": 1, "line_items": []}"#
        #expect(Support.failureCodes(try Support.read("r.json", refund, connector: connector)) == ["MKT-002"])
        let product = #"{"id": 794, "name": "Mok", "sku": "MOK-1", "regular_price": "9.95"}"#
        #expect(Support.failureCodes(try Support.read("p.json", product, connector: connector)) == ["MKT-002"])
    }

    @Test func productsWithManagedStockAreStockLevels() throws {
        let json = """
        [{"id": 412, "sku": "TS-RED-M", "manage_stock": true, "stock_quantity": 7},
         {"id": 413, "sku": "TS-RED-L", "manage_stock": false, "stock_quantity": null}]
        """
        let results = try Support.read("stock.json", json, connector: connector, kind: .stock)
        #expect(results.count == 2)
        guard case .document(let level as StockLevel, _)? = results.first else { Issue.record("no level"); return }
        #expect(level.sku == "TS-RED-M")
        #expect(level.available == 7)
        #expect(Support.failureCodes(Array(results.dropFirst())) == ["MKT-007"])
    }

    // MARK: The vendor samples (corpus/vendors/woocommerce), read in place

    @Test(.needsSharedFolder) func readsTheRetrieveSample() throws {
        let path = try SharedFolder.path("corpus/vendors/woocommerce/order-v3-retrieve-processing-docs-example.json")
        let order = try #require(Support.documents(try Support.read(path: path, connector: connector, kind: .order), as: Order.self).first)
        #expect(order.number == "727")
        #expect(order.status == .processing)
        #expect(order.currency == "USD")
        #expect(order.orderDate?.text == "2017-03-22T19:28:02Z")
        #expect(order.shippingCost == 10)
        #expect(order.billingAddress?.street == "969 Market")
        #expect(order.billingAddress?.region == "CA")
        #expect(order.buyer?.email == "john.doe@example.com")
        #expect(order.lines.map(\.sku) == [nil, "Bar3"])
        #expect(order.lines.map(\.quantity) == [2, 1])
        #expect(order.lines.last?.unitPriceExclVat == 12)
        #expect(order.customFields["tracking-number"] == nil)
        #expect(order.customFields["channable-order-id"] == nil)
    }

    @Test(.needsSharedFolder) func readsTheListAndBatchSamples() throws {
        let list = try SharedFolder.path("corpus/vendors/woocommerce/orders-v3-list-docs-example.json")
        let orders = Support.documents(try Support.read(path: list, connector: connector, kind: .order), as: Order.self)
        #expect(orders.map(\.number) == ["727", "723"])
        #expect(orders.map(\.status) == [.processing, .completed])
        let batch = try SharedFolder.path("corpus/vendors/woocommerce/orders-v3-batch-response-docs-example.json")
        let batched = Support.documents(try Support.read(path: batch, connector: connector, kind: .order), as: Order.self)
        #expect(batched.map(\.number) == ["728", "729", "727", "723"])
        #expect(batched.map(\.sourceStatus) == ["pending", "processing", "completed", "completed"])
    }

    @Test(.needsSharedFolder) func aCompletedSampleWithoutChannableIdCannotGoToChannable() throws {
        let path = try SharedFolder.path("corpus/vendors/woocommerce/order-v3-update-status-completed-docs-example.json")
        let order = try #require(Support.documents(try Support.read(path: path, connector: connector, kind: .order), as: Order.self).first)
        #expect(order.status == .completed)
        #expect(throws: FerryError(.mktNoChannableOrderId, at: nil, ["order": "727", "field": "_channable_order_id"])) {
            try ChannableConnector().payload(for: [order], settings: TargetSettings(kind: .order, format: .json))
        }
    }

    @Test(.needsSharedFolder) func everyWooCommerceOrderSampleIsRead() throws {
        let folder = "corpus/vendors/woocommerce/"
        for name in ["order-v3-retrieve-processing-docs-example.json", "orders-v3-list-docs-example.json",
                     "order-v3-update-status-completed-docs-example.json", "order-v3-delete-response-docs-example.json",
                     "orders-v3-batch-response-docs-example.json"] {
            let results = try Support.read(path: try SharedFolder.path(folder + name), connector: connector, kind: .order)
            #expect(!results.isEmpty, "\(name)")
            #expect(Support.failureCodes(results).isEmpty, "\(name)")
        }
        // The refund sample is a refund, not an order: refused by name, not misread.
        let refund = try SharedFolder.path(folder + "order-refund-v3-create-response-docs-example.json")
        #expect(Support.failureCodes(try Support.read(path: refund, connector: connector, kind: .order)) == ["MKT-002"])
        // Product samples keep no stock count: each is refused with the product named.
        let product = try SharedFolder.path(folder + "product-variations-v3-list-docs-example.json")
        let levels = try Support.read(path: product, connector: connector, kind: .stock)
        #expect(Support.failureCodes(levels) == ["MKT-007", "MKT-007"])
        if case .failure(_, let errors, _)? = levels.first { #expect(errors.first?.arguments["product"] == "733") }
    }
}
