import Canonical
@testable import Connectors
import Diagnostics
import Foundation
import Formats
import SharedFiles
import Testing

/// Invented orders in the shapes of Channable's order connection API.
enum ChannableSamples {
    static func order(id: Int = 91823, status: String = "not_shipped", price: String = "19.95") -> String {
        """
        {"id": \(id), "channel_name": "bol", "channel_id": "1043965710", "platform_name": "woocommerce",
         "project_id": 1201, "status_paid": "paid", "status_shipped": "\(status)", "error": false,
         "created": "2026-03-01T09:12:00+00:00", "modified": "2026-03-01T09:12:00+00:00",
         "data": {
           "billing": {"first_name": "Anna", "last_name": "de Vries", "street": "Kerkstraat", "house_number": 12,
                       "house_number_ext": "A", "zip_code": "3511 AB", "city": "Utrecht", "country_code": "NL",
                       "email": "anna@example.org"},
           "shipping": {"first_name": "Anna", "last_name": "de Vries", "street": "Kerkstraat", "house_number": 12,
                        "house_number_ext": "A", "zip_code": "3511 AB", "city": "Utrecht", "country_code": "NL"},
           "customer": {"first_name": "Anna", "last_name": "de Vries", "email": "anna@example.org", "phone": "+31600000000"},
           "price": {"payment_method": "bol", "currency": "EUR", "subtotal": 39.9, "shipping": 4.95, "discount": 0, "total": 44.85},
           "products": [{"id": "TS-RED-M", "channable_order_item_id": 5551, "title": "Basic T-shirt red M",
                         "ean": "8712345678906", "price": \(price), "price_tax": 3.46, "quantity": 2}],
           "extra": {"memo": "Graag na 17:00 leveren"}
         }}
        """
    }
}

@Suite struct ChannableOrderTests {
    let connector = ChannableConnector()

    @Test func readsASingleOrderWithItsEvents() throws {
        let json = #"{"order": \#(ChannableSamples.order()), "events": [{"id": 1, "message": "Channable order processed: 91823", "created": "2026-03-01T09:12:01", "status": "info"}]}"#
        let orders = Support.documents(try Support.read("order.json", json, connector: connector), as: Order.self)
        let order = try #require(orders.first)
        #expect(orders.count == 1)
        #expect(order.number == "91823")
        #expect(order.key.rawValue == "channable/sales/91823")
        #expect(order.status == .open)
        #expect(order.sourceStatus == "not_shipped")
        #expect(order.orderDate?.text == "2026-03-01T09:12:00Z")
        #expect(order.currency == "EUR")
        #expect(order.shippingCost == Decimal(string: "4.95"))
        #expect(order.customFields["channel-order-id"] == "1043965710")
        #expect(order.customFields["channel"] == "bol")
        #expect(order.customFields["payment-status"] == "paid")
        #expect(order.shippingAddress?.street == "Kerkstraat")
        #expect(order.shippingAddress?.houseNumber == "12")
        #expect(order.shippingAddress?.houseNumberAddition == "A")
        #expect(order.shippingAddress?.name == "Anna de Vries")
        #expect(order.buyer?.phone == "+31600000000")
        #expect(order.notes == "Graag na 17:00 leveren")
        let line = try #require(order.lines.first)
        #expect(line.sku == "TS-RED-M")
        #expect(line.gtin == "8712345678906")
        #expect(line.quantity == 2)
        #expect(line.unitPriceInclVat == Decimal(string: "19.95"))
        #expect(line.unitPriceExclVat == Decimal(string: "16.49"))
        #expect(line.customFields["channable-order-item-id"] == "5551")
        #expect(connector.events(for: order) == [])
        #expect(WooCommerceConnector().events(for: order) == [.created])
    }

    @Test func readsAListWithItsWrapperAndTellsTheStatesApart() throws {
        let json = """
        {"orders": [\(ChannableSamples.order(id: 1, status: "not_shipped")), \(ChannableSamples.order(id: 2, status: "shipped")),
                    \(ChannableSamples.order(id: 3, status: "cancelled")), \(ChannableSamples.order(id: 4, status: "pending_cancellation"))],
         "total": 4, "error_count": 0}
        """
        let orders = Support.documents(try Support.read("orders.json", json, connector: connector), as: Order.self)
        #expect(orders.map(\.number) == ["1", "2", "3", "4"])
        #expect(orders.map(\.status) == [.open, .shipped, .cancelled, .open])
        let woo = WooCommerceConnector()
        #expect(orders.map { woo.events(for: $0) } == [[.created], [], [.cancelled], [.created]])
    }

    @Test func readsAnArrayOfBareOrders() throws {
        let json = "[\(ChannableSamples.order(id: 7)), \(ChannableSamples.order(id: 8, status: "partial"))]"
        let orders = Support.documents(try Support.read("orders.json", json, connector: connector), as: Order.self)
        #expect(orders.map(\.number) == ["7", "8"])
        #expect(orders.map(\.status) == [.open, .shipped])
    }

    @Test func readsThePushForm() throws {
        let json = """
        {"channable_id": "44120", "channel_id": "AMZ-302-1", "channel_name": "amazon", "order_status": "not_shipped",
         "shipment_method": "Standard", "is_test": false,
         "customer": {"first_name": "Piet", "last_name": "Bakker", "email": "piet@example.org", "phone": "0301234567"},
         "billing": {"first_name": "Piet", "last_name": "Bakker", "address_line_1": null, "street": "Dorpsweg",
                     "house_number": 3, "house_number_ext": "", "zip_code": "1234 AB", "city": "Ede", "country_code": "NL"},
         "shipping": {"first_name": "Piet", "last_name": "Bakker", "street": "Dorpsweg", "house_number": 3,
                      "zip_code": "1234 AB", "city": "Ede", "country_code": "NL", "pickup_point_name": null},
         "price": {"currency": "EUR", "shipping": 0, "total": 10.00},
         "products": [{"id": 17, "quantity": 1, "price": 10.00, "ean": "8712345000011", "title": "Mok"}],
         "memo": "test"}
        """
        let order = try #require(Support.documents(try Support.read("push.json", json, connector: connector), as: Order.self).first)
        #expect(order.number == "44120")
        #expect(order.status == .open)
        #expect(order.shippingMethod == "Standard")
        #expect(order.customFields["channel-order-id"] == "AMZ-302-1")
        #expect(order.lines.first?.sku == "17")
        #expect(order.shippingAddress?.houseNumberAddition == nil)
    }

    @Test func theStatusComesFromTheNewestEventWhenTheOrderHasNone() throws {
        let order = ChannableSamples.order(id: 5).replacingOccurrences(of: #""status_shipped": "not_shipped","#, with: "")
        let json = """
        {"order": \(order), "events": [
          {"message": "Changed shipping status: not_shipped -> shipped", "created": "2026-03-02T10:00:00"},
          {"message": "Changed shipping status: shipped -> cancelled", "created": "2026-03-03T10:00:00"},
          {"message": "Channable order processed: 5", "created": "2026-03-01T10:00:00"}]}
        """
        let read = try #require(Support.documents(try Support.read("order.json", json, connector: connector), as: Order.self).first)
        #expect(read.status == .cancelled)
        #expect(read.sourceStatus == "cancelled")
    }

    @Test func anUnknownStatusAndAMissingIdAreLocatedErrors() throws {
        let unknown = try Support.read("order.json", ChannableSamples.order(status: "teleported"), connector: connector)
        #expect(Support.failureCodes(unknown) == ["MKT-004"])
        let noId = ChannableSamples.order().replacingOccurrences(of: #""id": 91823,"#, with: "")
        let missing = try Support.read("order.json", noId, connector: connector)
        #expect(Support.failureCodes(missing) == ["MAP-001"])
        if case .failure(_, let errors, _)? = missing.first { #expect(errors.first?.arguments["field"] == "number") }
    }

    @Test func fieldsOverTheBundledLayoutChangeOneFieldAndKeepTheRest() throws {
        let fields = "      lines.sku: ean\n      customFields.project: $.project_id\n"
        let results = try Support.read("order.json", ChannableSamples.order(), connector: connector, fields: fields)
        let order = try #require(Support.documents(results, as: Order.self).first)
        #expect(order.lines.first?.sku == "8712345678906")
        #expect(order.customFields["project"] == "1201")
        #expect(order.lines.first?.gtin == "8712345678906")
        #expect(order.number == "91823")
    }

    @Test func withoutTheLayoutTheConnectorRefuses() throws {
        let path = try Support.temporaryFile("o.json", Array(ChannableSamples.order().utf8))
        #expect(throws: FerryError.self) {
            _ = try connector.openSource(path: path, displayName: "o.json", settings: SourceSettings(kind: .order))
        }
    }

    @Test func anOrderWithoutProductsFails() throws {
        let noData = #"{"id": 1, "status_shipped": "not_shipped", "data": "oops"}"#
        #expect(Support.failureCodes(try Support.read("a.json", noData, connector: connector)) == ["MAP-001"])
        let emptyList = #"{"id": 1, "status_shipped": "not_shipped", "data": {"products": []}}"#
        #expect(Support.failureCodes(try Support.read("b.json", emptyList, connector: connector)) == ["MAP-001"])
        let notAList = #"{"id": 1, "status_shipped": "not_shipped", "data": {"products": {"id": "A"}}}"#
        #expect(Support.failureCodes(try Support.read("c.json", notAList, connector: connector)) == ["MAP-010"])
    }

    @Test func aFileOfAnotherShapeIsNotAnOrderFile() throws {
        let results = try Support.read("x.json", #"{"products": [], "count": 0}"#, connector: connector)
        #expect(Support.failureCodes(results) == ["MKT-001"])
    }

    @Test func otherKindsAreRefused() throws {
        let path = try Support.temporaryFile("s.json", Array("{}".utf8))
        #expect(throws: FerryError.self) { try Support.read(path: path, connector: connector, kind: .stock) }
    }

    // MARK: The vendor samples (corpus/vendors/channable), read in place

    @Test(.needsSharedFolder) func readsTheOrderWithEventsSample() throws {
        let path = try SharedFolder.path("corpus/vendors/channable/order-get-bol-nl-house-number-ext.json")
        let order = try #require(Support.documents(try Support.read(path: path, connector: connector, kind: .order), as: Order.self).first)
        #expect(order.number == "299623")
        #expect(order.status == .shipped)
        #expect(order.customFields["channel"] == "bol")
        #expect(order.customFields["channel-order-id"] == "123")
        #expect(order.orderDate?.text == "2017-08-02T14:31:48Z")
        #expect(order.shippingAddress?.street == "Shipmentstraat")
        #expect(order.shippingAddress?.houseNumber == "42")
        #expect(order.shippingAddress?.houseNumberAddition == "bis")
        #expect(order.shippingAddress?.postalCode == "1000 AA")
        #expect(order.billingAddress?.companyName == "Bol.com")
        #expect(order.shippingCost == 10)
        #expect(order.lines.count == 1)
        #expect(order.lines.first?.gtin == "9789062387410")
        #expect(order.lines.first?.unitPriceInclVat == Decimal(string: "61.72"))
        #expect(order.lines.first?.quantity == 2)
        // Arrives already shipped: nothing for the webshop.
        #expect(WooCommerceConnector().events(for: order) == [])
    }

    @Test(.needsSharedFolder) func readsTheThreeDecimalPriceSampleExactly() throws {
        let path = try SharedFolder.path("corpus/vendors/channable/order-get-unknown-ean-3-decimal-price.json")
        let order = try #require(Support.documents(try Support.read(path: path, connector: connector, kind: .order), as: Order.self).first)
        #expect(order.lines.first?.unitPriceInclVat == Decimal(string: "61.725"))
        #expect(order.lines.first?.gtin == "does_not_exist")
        #expect(order.shippingCost == 0)
    }

    @Test(.needsSharedFolder) func readsTheListSample() throws {
        let path = try SharedFolder.path("corpus/vendors/channable/orders-list-get-wrapper-total-error_count.json")
        let orders = Support.documents(try Support.read(path: path, connector: connector, kind: .order), as: Order.self)
        #expect(orders.count == 1)
        #expect(orders.first?.number == "299623")
        #expect(orders.first?.status == .open)
        #expect(orders.first?.customFields["platform-id"] == "49844744")
        #expect(orders.first?.lines.first?.sku == "11693020")
    }

    @Test(.needsSharedFolder) func readsThePushSample() throws {
        let path = try SharedFolder.path("corpus/vendors/channable/order-webhook-push-magento2-e2e.json")
        let order = try #require(Support.documents(try Support.read(path: path, connector: connector, kind: .order), as: Order.self).first)
        #expect(order.number == "000000")
        #expect(order.status == .open)
        #expect(order.customFields["channel-order-id"] == "E2E-000000")
        #expect(order.customFields["test-order"] == "true")
        #expect(order.shippingAddress?.street == "Ramstraat")
        #expect(order.shippingAddress?.houseNumber == "31")
        #expect(order.buyer?.companyName == "Magmodules B.V.")
        #expect(order.lines.first?.unitPriceInclVat == Decimal(string: "12.10"))
        #expect(order.lines.first?.sku == "1")
    }

    @Test(.needsSharedFolder) func everyChannableSampleIsReadWithoutError() throws {
        let folder = try SharedFolder.path("corpus/vendors/channable")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
        #expect(names.count == 4)
        for name in names {
            let results = try Support.read(path: folder + "/" + name, connector: connector, kind: .order)
            #expect(!results.isEmpty, "\(name)")
            #expect(Support.failureCodes(results).isEmpty, "\(name)")
        }
    }
}
