import Canonical
import Configuration
@testable import Connectors
import Diagnostics
import Foundation
import Formats
import Mapping
import SharedFiles
import Testing

/// The order CSV of the Customer/Order CSV Export plugin ("Default - One Row per Item") read with
/// the bundled layout `woocommerce-order-csv`. Fixture: three invented orders (one with two lines
/// and a coupon, one cancelled; quotes and commas inside cells; a UTF-8 BOM) and the same orders
/// as the REST API returns them, in Tests/FerryEndToEndTests/Fixtures/woocommerce-order-csv.
@Suite struct WooCommerceOrderCSVTests {
    static let fixtures = SharedFolder.repository.appendingPathComponent("Tests/FerryEndToEndTests/Fixtures/woocommerce-order-csv")

    /// The results of reading `file` (a fixture) as a flow with `source: woocommerce`, `kind:
    /// order` and `format` reads it, with `fields` (lines of a `fields:` section) over the layout.
    static func read(_ file: String, format: FileFormat, fields: String = "") throws -> (layout: Layout, results: [DecodeResult]) {
        var yaml = "flows:\n  - name: f\n    kind: order\n    source: woocommerce\n    format: \(format.rawValue)\n"
        if !fields.isEmpty { yaml += "    fields:\n" + fields }
        let checked = ConfigLoader.check(yaml: yaml, knownSystems: Set(ConnectorRegistry.builtIn.keys), systems: ConnectorRegistry.profiles)
        let layout = try #require(checked.config?.flows.first?.systemLayout, "\(checked.issues)")
        var settings = SourceSettings(kind: .order, format: format)
        settings.layout = layout
        var source = try WooCommerceConnector().openSource(path: fixtures.appendingPathComponent(file).path, displayName: file, settings: settings)
        var results: [DecodeResult] = []
        while let result = try source.next() { results.append(result) }
        return (layout, results)
    }

    @Test func readsTheExportRowsAsOrdersWithTheirLines() throws {
        let (layout, results) = try Self.read("orders-export.csv", format: .csv)
        #expect(layout.name == "woocommerce-order-csv")
        let orders = Support.documents(results, as: Order.self)
        #expect(orders.map(\.key.rawValue) == ["woocommerce/sales/6201", "woocommerce/sales/6202", "woocommerce/sales/6203"])

        let first = try #require(orders.first)
        #expect(first.number == "6201")
        #expect(first.status == .processing)
        #expect(first.sourceStatus == "processing")
        // The export writes the shop's local time; the layout reads it in UTC (WordPress's default) unless told otherwise.
        #expect(first.orderDate?.text == "2026-11-23T10:14:05Z")
        #expect(first.currency == "EUR")
        #expect(first.paymentMethod == "mollie_wc_gateway_ideal")
        #expect(first.shippingMethod == "PostNL")
        #expect(first.shippingCost == Decimal(string: "6.95"))
        #expect(first.notes == "Achterom leveren, bel aan bij de zij-ingang")
        #expect(first.buyer?.companyName == "Bakkerij \"De Korenschoof\", Zwolle")
        #expect(first.buyer?.contactName == "Anouk Brinkman")
        #expect(first.buyer?.email == "inkoop@korenschoof.example")
        #expect(first.buyer?.phone == "+31385550123")
        #expect(first.billingAddress?.street == "Havenweg 41")
        #expect(first.billingAddress?.postalCode == "8011 AB")
        #expect(first.billingAddress?.city == "Zwolle")
        #expect(first.billingAddress?.country == "NL")
        #expect(first.shippingAddress?.companyName == "Bakkerij \"De Korenschoof\", Zwolle")
        #expect(first.customFields["woocommerce-id"] == "6201")
        #expect(first.customFields["customer-id"] == "412")
        // Two rows, one order; the coupon's share of the first line is its discount.
        #expect(first.lines.count == 2)
        let vase = try #require(first.lines.first)
        #expect(vase.sku == "VAAS-GL-30")
        #expect(vase.description == "Vaas glas helder 30 cm")
        #expect(vase.quantity == 2)
        #expect(vase.unitPriceExclVat == 20)
        #expect(vase.discount == 5)
        #expect(vase.customFields["tax"] == "7.35")
        let wire = try #require(first.lines.last)
        #expect(wire.sku == "BIND-GR-06")
        #expect(wire.description == "Bindraad groen 0,6 mm")
        #expect(wire.quantity == 4)
        #expect(wire.unitPriceExclVat == Decimal(string: "2.5"))
        #expect(wire.discount == nil)
        #expect(wire.customFields["tax"] == "2.10")

        let guest = try #require(orders.dropFirst().first)
        #expect(guest.status == .completed)
        #expect((guest.customFields["customer-id"] ?? "").isEmpty)
        #expect(guest.buyer?.companyName == nil)
        #expect(guest.shippingAddress?.country == "BE")
        #expect(guest.lines.map(\.description) == ["Kaars stomp ivoor, 7 x 10 cm"])
        #expect(guest.lines.first?.unitPriceExclVat == Decimal(string: "8.26"))
        #expect(orders.last?.status == .cancelled)
    }

    /// `fields:` in the export's column names: the shop's time zone for `date`, and another column.
    @Test func fieldsOverTheCSVLayoutUseColumnNames() throws {
        let fields = "      orderDate: { column: date, date: \"yyyy-MM-dd HH:mm:ss\", zone: Europe/Amsterdam }\n"
            + "      notes: order_notes\n"
        let orders = Support.documents(try Self.read("orders-export.csv", format: .csv, fields: fields).results, as: Order.self)
        #expect(orders.first?.orderDate?.text == "2026-11-23T09:14:05Z")
        #expect(orders.first?.notes == "Betaling van EUR 62,86 voltooid via iDEAL")
        #expect(orders.first?.lines.count == 2)
    }

    /// The same orders from the REST API's JSON and from the CSV are the same canonical orders,
    /// apart from what only one of them carries: the payment method's title (the CSV has the
    /// gateway id) and per-line ids and tax.
    @Test func theCSVAndTheRESTJSONGiveTheSameOrders() throws {
        let zone = "      orderDate: { column: date, date: \"yyyy-MM-dd HH:mm:ss\", zone: Europe/Amsterdam }\n"
        let fromCSV = Support.documents(try Self.read("orders-export.csv", format: .csv, fields: zone).results, as: Order.self)
        let fromJSON = Support.documents(try Self.read("orders-export.json", format: .json).results, as: Order.self)
        #expect(fromCSV.count == 3)
        #expect(fromJSON.map { $0.paymentMethod ?? "" } == ["iDEAL", "Direct bank transfer", "Direct bank transfer"])
        func comparable(_ order: Order) -> Order {
            var order = order
            order.paymentMethod = nil
            for index in order.lines.indices { order.lines[index].customFields = [:] }
            return order
        }
        #expect(fromCSV.map(comparable) == fromJSON.map(comparable))
    }

    /// A quantity that is not a number fails that order with the cell's line and column; the
    /// other orders of the file are read.
    @Test func aBadQuantityFailsItsOrderAtTheCell() throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("orders-export.csv"), encoding: .utf8)
        let bad = text.replacingOccurrences(of: ",BIND-GR-06,4,", with: ",BIND-GR-06,vier,")
        let path = try Support.temporaryFile("bad.csv", Array(bad.utf8))
        var settings = SourceSettings(kind: .order, format: .csv)
        settings.layout = try Self.read("orders-export.csv", format: .csv).layout
        var source = try WooCommerceConnector().openSource(path: path, displayName: "bad.csv", settings: settings)
        var results: [DecodeResult] = []
        while let result = try source.next() { results.append(result) }
        #expect(results.count == 3)
        guard case .failure(let key, let errors, _) = results[0] else {
            Issue.record("expected the first order to fail: \(results[0])")
            return
        }
        #expect(key == "woocommerce/sales/6201")
        // One error for the cell, though `item_quantity` is read for the quantity and the unit price.
        #expect(errors.count == 1, "\(errors)")
        let error = try #require(errors.first)
        #expect(error.code == .mapInvalidDecimal)
        #expect(error.location?.file == "bad.csv")
        #expect(error.location?.line == 3)
        #expect(error.location?.field == "item_quantity")
        #expect(Support.documents(Array(results.dropFirst()), as: Order.self).map(\.number) == ["6202", "6203"])
    }

    /// A CSV dropped into an order flow that reads the REST JSON says what to set.
    @Test func aCSVInAJSONOrderFlowAsksForFormatCSV() throws {
        let layout = try #require(try Support.bundledLayout(system: "woocommerce", kind: .order))
        var settings = SourceSettings(kind: .order)
        settings.layout = layout
        #expect(throws: FerryError.self) {
            _ = try WooCommerceConnector().openSource(path: Self.fixtures.appendingPathComponent("orders-export.csv").path,
                                                      displayName: "orders-export.csv", settings: settings)
        }
        do {
            _ = try WooCommerceConnector().openSource(path: Self.fixtures.appendingPathComponent("orders-export.csv").path,
                                                      displayName: "orders-export.csv", settings: settings)
        } catch let error as FerryError {
            #expect(error.code == .mktWooCommerceOrderCSVNeedsFormat)
        }
    }
}
