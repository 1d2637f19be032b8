import Canonical
@testable import Connectors
import Diagnostics
import Foundation
import Formats
import Mapping
import SharedFiles
import Testing

@Suite struct PayloadTests {
    static let channableSpec = "channable/channable-order-connection-openapi.schemas-extract.yml"
    static let wooSpec = "woocommerce/woocommerce-rest-api-openapi-specification.yml"

    func channableOrder() throws -> Order {
        let results = try Support.read("order.json", ChannableSamples.order(), connector: ChannableConnector())
        return try #require(Support.documents(results, as: Order.self).first)
    }

    func webshopOrder(status: String = "completed", meta: String = WooSamples.trackingItems) throws -> Order {
        let results = try Support.read("woo.json", WooSamples.order(status: status, meta: meta), connector: WooCommerceConnector())
        return try #require(Support.documents(results, as: Order.self).first)
    }

    /// A `system: woocommerce` target with its own `layout:` writes the payload through the
    /// layout but keeps the system's events and lifecycle: a cancellation of an order it was
    /// never sent is still skipped with the reason, and one it was sent goes out.
    @Test func aTargetLayoutKeepsItsSystemsLifecycle() throws {
        var cancelled = try channableOrder()
        cancelled.status = .cancelled
        let layout = Layout(name: "shop-json", direction: .target, kind: .order, format: .json, origin: RuleOrigin("test"))
        let connector = LayoutConnector(target: layout, writesFor: WooCommerceConnector())
        #expect(connector.events(for: cancelled) == [.cancelled])
        let target = LifecycleTarget(name: "webshop", settings: TargetSettings(kind: .order, format: .json))
        let never = LifecycleHistory(kind: .order, key: cancelled.key.rawValue)
        guard case .skip(let reason) = connector.lifecycle(of: cancelled, for: target, history: never) else {
            Issue.record("a cancellation never sent must be skipped")
            return
        }
        #expect(reason.key == .cancelNeverSent)
        let sent = LifecycleHistory(
            kind: .order, key: cancelled.key.rawValue, entries: [.init(target: "webshop", event: .created, exportedAt: nil)])
        guard case .export(let events) = connector.lifecycle(of: cancelled, for: target, history: sent) else {
            Issue.record("a cancellation of an order that was sent must be exported")
            return
        }
        #expect(events == [.cancelled])
    }

    @Test func theWebshopOrderBodyCarriesAddressLinesAndTheMarketplaceIds() throws {
        let payload = try WooCommerceConnector().payload(for: [try channableOrder()], settings: try Support.targetSettings(system: "woocommerce"))
        let body = try #require(try Support.json(payload.bytes) as? [String: Any])
        #expect(body["status"] as? String == "processing")
        #expect(body["currency"] as? String == "EUR")
        #expect(body["set_paid"] as? Bool == true)
        #expect(body["payment_method_title"] as? String == "bol")
        #expect(body["customer_note"] as? String == "Graag na 17:00 leveren")
        let billing = try #require(body["billing"] as? [String: Any])
        #expect(billing["first_name"] as? String == "Anna")
        #expect(billing["last_name"] as? String == "de Vries")
        #expect(billing["address_1"] as? String == "Kerkstraat 12A")
        #expect(billing["postcode"] as? String == "3511 AB")
        #expect(billing["email"] as? String == "anna@example.org")
        let shipping = try #require(body["shipping"] as? [String: Any])
        #expect(shipping["email"] == nil)
        let lines = try #require(body["line_items"] as? [[String: Any]])
        #expect(lines.first?["sku"] as? String == "TS-RED-M")
        #expect(lines.first?["quantity"] as? Int == 2)
        #expect(lines.first?["total"] as? String == "32.98")
        let shippingLines = try #require(body["shipping_lines"] as? [[String: Any]])
        #expect(shippingLines.first?["total"] as? String == "4.95")
        let meta = try #require(body["meta_data"] as? [[String: Any]])
        #expect(meta.first?["key"] as? String == "_channable_order_id")
        #expect(meta.first?["value"] as? String == "91823")
    }

    /// `fields:` on the webshop target replaces single rows of the bundled layout; the connector
    /// completes only what the layout left empty, and without a layout there is no order body.
    @Test func fieldsOverTheBundledLayoutChangeTheWebshopOrderBody() throws {
        let fields = "          customer_note: { value: Via Ferry }\n          billing.last_name: { value: Smit }\n"
            + "          line_items.sku: { path: sku, prefix: \"CH-\" }\n"
        let settings = try Support.targetSettings(system: "woocommerce", fields: fields)
        #expect(settings.layout?.name == "woocommerce-order-create")
        let body = try #require(try Support.json(try WooCommerceConnector().payload(for: [try channableOrder()], settings: settings).bytes)
            as? [String: Any])
        #expect(body["customer_note"] as? String == "Via Ferry")
        let billing = try #require(body["billing"] as? [String: Any])
        #expect(billing["first_name"] as? String == "Anna")
        #expect(billing["last_name"] as? String == "Smit")
        let shipping = try #require(body["shipping"] as? [String: Any])
        #expect(shipping["last_name"] as? String == "de Vries")
        let lines = try #require(body["line_items"] as? [[String: Any]])
        #expect(lines.first?["sku"] as? String == "CH-TS-RED-M")
        #expect(lines.first?["total"] as? String == "32.98")

        var options = ConnectorOptions()
        options.values["order-status"] = .text("on-hold")
        let held = try Support.json(try WooCommerceConnector().payload(
            for: [try channableOrder()], settings: try Support.targetSettings(system: "woocommerce", options: options)).bytes)
        #expect((held as? [String: Any])?["status"] as? String == "on-hold")
        #expect(throws: FerryError.self) {
            try WooCommerceConnector().payload(for: [try channableOrder()], settings: TargetSettings(kind: .order, format: .json))
        }
    }

    @Test func moneyAndNamesAreFormattedAsWooCommerceWantsThem() {
        #expect(WooCommercePayload.money(Decimal(string: "4.5") ?? 0) == "4.50")
        #expect(WooCommercePayload.money(10) == "10.00")
        #expect(WooCommercePayload.money(Decimal(string: "61.725") ?? 0) == "61.73")
        #expect(WooCommercePayload.splitName("Jan van Dijk") == ("Jan", "van Dijk"))
        #expect(WooCommercePayload.splitName("Cher") == ("Cher", nil))
        #expect(WooCommercePayload.streetLine(Address(street: "Shipmentstraat", houseNumber: "42", houseNumberAddition: "bis")) == "Shipmentstraat 42 bis")
    }

    @Test func aShipmentWithoutATrackingCodeCarriesNeither() throws {
        let order = try webshopOrder(meta: "")
        let shipment = try ChannablePayloads.shipment(for: order)
        #expect(shipment.channableOrderId == "91823")
        #expect(shipment.trackingCode == nil)
        let body = try #require(try Support.json(shipment.body) as? [String: Any])
        #expect(body["tracking_code"] is NSNull)
        #expect(body["transporter"] is NSNull)
    }

    @Test func anUnknownCarrierIsSentAsOtherWithAWarning() throws {
        let order = try webshopOrder(meta: #", {"key": "_tracking_number", "value": "XX-1"}"#)
        let shipment = try ChannablePayloads.shipment(for: order)
        #expect(shipment.carrier == .other)
        #expect(shipment.notes.map(\.key) == [.carrierUnknown])
        let body = try #require(try Support.json(shipment.body) as? [String: Any])
        #expect(body["transporter"] as? String == "OTHER")
    }

    @Test func aCancellationNamesTheChannableOrder() throws {
        let cancellation = try ChannablePayloads.cancellation(for: try webshopOrder(status: "cancelled"))
        #expect(cancellation.channableOrderId == "91823")
        let body = try #require(try Support.json(cancellation.body) as? [String: Any])
        #expect(body.keys.sorted() == ["order_item_ids"])
        #expect(body["order_item_ids"] is NSNull)
    }

    @Test func stockUpdatesAreAbsoluteWholeAndAtMostFifty() throws {
        let levels = (1...120).map { StockLevel(sku: "SKU-\($0)", available: Decimal($0)) }
        let batches = ChannablePayloads.stockBatches(levels)
        #expect(batches.map(\.count) == [50, 50, 20])
        #expect(batches.last?.first?.sku == "SKU-101")
        let body = try #require(try Support.json(try ChannablePayloads.stockUpdate(batches[2])) as? [[String: Any]])
        #expect(body.count == 20)
        #expect(body.first?["id"] as? String == "SKU-101")
        #expect(body.first?["stock"] as? Int == 101)
        #expect(throws: FerryError.self) { try ChannablePayloads.stockUpdate(batches[0] + batches[2]) }
        #expect(throws: FerryError(.mktStockNotWhole, at: nil, ["sku": "A", "value": "2.5"])) {
            try ChannablePayloads.stockUpdate([StockLevel(sku: "A", available: Decimal(string: "2.5") ?? 0)])
        }
        let oversold = try #require(try Support.json(try ChannablePayloads.stockUpdate([StockLevel(sku: "B", available: -3)])) as? [[String: Any]])
        #expect(oversold.first?["stock"] as? Int == 0)
    }

    // MARK: Validated against the vendors' schemas (reference/openapi, validate.py)

    @Test(.needsSharedFolder) func shipmentPayloadsAreValidChannableShippingPayloads() throws {
        for meta in [WooSamples.trackingItems, "", #", {"key": "_tracking_number", "value": "XX-1"}"#] {
            let body = try ChannablePayloads.shipment(for: try webshopOrder(meta: meta)).body
            let result = try Support.validate(body, spec: Self.channableSpec, schema: "ChannableShippingPayload", flags: ["--strict"])
            #expect(result.status == 0, "\(result.lines)")
        }
        // The validator does catch a wrong body.
        let wrong = Array(#"{"tracking_code": 12, "order_item_ids": ["a"]}"#.utf8)
        #expect(try Support.validate(wrong, spec: Self.channableSpec, schema: "ChannableShippingPayload").status == 1)
    }

    @Test(.needsSharedFolder) func cancellationPayloadsAreValid() throws {
        let body = try ChannablePayloads.cancellation(for: try webshopOrder(status: "cancelled")).body
        let result = try Support.validate(body, spec: Self.channableSpec, schema: "ChannableCancellationPayload", flags: ["--strict"])
        #expect(result.status == 0, "\(result.lines)")
    }

    @Test(.needsSharedFolder) func stockPayloadsAreValidAndFiftyOneAreNot() throws {
        let levels = (1...50).map { StockLevel(sku: "SKU-\($0)", available: Decimal($0 % 7)) }
        let body = try ChannablePayloads.stockUpdate(levels)
        let result = try Support.validate(body, spec: Self.channableSpec, schema: "ChannableStockUpdatePayload", flags: ["--strict"])
        #expect(result.status == 0, "\(result.lines)")
        // The schema's own limit agrees with Ferry's: 51 items are refused by both.
        var items = try #require(try Support.json(body) as? [[String: Any]])
        items.append(["id": "SKU-51", "stock": 1])
        let tooMany = try JSONSerialization.data(withJSONObject: items)
        #expect(try Support.validate(Array(tooMany), spec: Self.channableSpec, schema: "ChannableStockUpdatePayload").status == 1)
    }

    /// The community spec types `MetaData.value` as an object, while WooCommerce stores text
    /// (reference/openapi/SOURCES.md, section 4): the only violations allowed are those.
    @Test(.needsSharedFolder) func theWebshopOrderBodyIsValidApartFromTheSpecDefect() throws {
        let payload = try WooCommerceConnector().payload(for: [try channableOrder()], settings: try Support.targetSettings(system: "woocommerce"))
        let result = try Support.validate(payload.bytes, spec: Self.wooSpec, schema: "Order", flags: ["--no-formats"])
        let other = result.lines.filter { !($0.contains("meta_data") && $0.contains("value") && $0.contains("object")) }
        #expect(other.isEmpty, "\(result.lines)")
        #expect(result.lines.count == 3, "three meta entries hit the known defect: \(result.lines)")
        let cancel = try Support.validate(WooCommercePayload.cancellation(), spec: Self.wooSpec, schema: "Order", flags: ["--strict"])
        #expect(cancel.status == 0, "\(cancel.lines)")
    }

    /// Ferry's order body uses the same top-level keys as WooCommerce's own create-order example.
    @Test(.needsSharedFolder) func theWebshopOrderBodyHasTheShapeOfTheDocsExample() throws {
        let example = try #require(try JSONSerialization.jsonObject(
            with: SharedFolder.data("corpus/vendors/woocommerce/order-v3-create-request-paid-docs-example.json")) as? [String: Any])
        let payload = try WooCommerceConnector().payload(for: [try channableOrder()], settings: try Support.targetSettings(system: "woocommerce"))
        let body = try #require(try Support.json(payload.bytes) as? [String: Any])
        #expect(Set(example.keys).subtracting(body.keys).isEmpty, "\(Set(example.keys).subtracting(body.keys))")
        let exampleBilling = try #require(example["billing"] as? [String: Any])
        let billing = try #require(body["billing"] as? [String: Any])
        #expect(Set(billing.keys).subtracting(exampleBilling.keys).isEmpty)
    }
}

@Suite struct ShipmentReadinessTests {
    func order(status: String, meta: String) throws -> Order {
        let results = try Support.read("woo.json", WooSamples.order(status: status, meta: meta), connector: WooCommerceConnector())
        return try #require(Support.documents(results, as: Order.self).first)
    }

    let completedAt = Date(timeIntervalSince1970: 1_796_000_000)

    @Test func aCodeMakesTheShipmentReady() throws {
        let order = try order(status: "completed", meta: WooSamples.trackingItems)
        #expect(ChannableConnector.readiness(of: order, completedAt: completedAt, options: ConnectorOptions()) == .ready)
    }

    @Test func withoutACodeItWaitsThreeHoursByDefaultOrAsConfigured() throws {
        let order = try order(status: "completed", meta: "")
        let byDefault = ChannableConnector.readiness(of: order, completedAt: completedAt, options: ConnectorOptions())
        #expect(byDefault == .waitForTrackingCode(until: completedAt.addingTimeInterval(3 * 3600)))
        #expect(byDefault.note?.key == .waitingTrackingCode)
        #expect(byDefault.note?.arguments["until"] == "2026-11-30T03:53:20Z")
        let seconds = ConnectorOptions(values: ["tracking-wait": .duration(45)])
        #expect(ChannableConnector.readiness(of: order, completedAt: completedAt, options: seconds)
                == .waitForTrackingCode(until: completedAt.addingTimeInterval(45)))
        let none = ConnectorOptions(values: ["tracking-wait": .duration(0)])
        #expect(ChannableConnector.readiness(of: order, completedAt: completedAt, options: none) == .ready)
    }

    @Test func aCancellationNeverWaits() throws {
        let order = try order(status: "cancelled", meta: "")
        #expect(ChannableConnector.readiness(of: order, completedAt: completedAt, options: ConnectorOptions()) == .ready)
    }
}
