import Canonical
@testable import Connectors
import Diagnostics
import Mapping
import Testing

/// What the Robaws target does with a ProductFlow order, given what went out before
/// (`RobawsLifecycle.decide`, which the connector's `lifecycle(of:for:history:)` answers the engine with).
@Suite struct RobawsLifecycleTests {
    static func order(_ status: Order.Status) -> Order {
        Order(number: "pf-1", sourceSystem: "productflow", status: status,
              lines: [OrderLine(lineNumber: 1, sku: "KRAAN-MB-150", quantity: 2)])
    }

    @Test func aRegisteredOrderBooksItsStockChange() {
        #expect(RobawsLifecycle.decide(Self.order(.open), exported: []) == .export([.created]))
        #expect(RobawsLifecycle.decide(Self.order(.processing), exported: []) == .export([.created]))
        #expect(RobawsConnector().events(for: Self.order(.open)) == [.created])
    }

    @Test func aShippedOrderIsInvoiced() {
        #expect(RobawsLifecycle.decide(Self.order(.shipped), exported: [.created]) == .export([.shipped]))
        #expect(RobawsLifecycle.decide(Self.order(.completed), exported: []) == .export([.shipped]))
        #expect(RobawsConnector().events(for: Self.order(.shipped)) == [.shipped])
    }

    @Test func aCancellationReversesOnlyABookedStockChange() {
        #expect(RobawsLifecycle.decide(Self.order(.cancelled), exported: [.created]) == .export([.cancelled]))
        #expect(RobawsLifecycle.decide(Self.order(.cancelled), exported: [.created, .shipped]) == .export([.cancelled]))
        let nothing = RobawsLifecycle.decide(Self.order(.cancelled), exported: [])
        #expect(nothing == .skip(Note(.robawsSkipNothingToReverse)))
        if case .skip(let reason) = nothing {
            #expect(reason.text(in: .en) == "cancelled before its stock change was exported: nothing to reverse")
        }
    }

    @Test func theConnectorDecidesFromThisTargetsHistoryOnly() {
        let target = LifecycleTarget(name: "robaws", settings: TargetSettings(kind: .order, format: .json))
        let elsewhere = LifecycleHistory(kind: .order, key: "productflow/sales/pf-1",
                                         entries: [.init(target: "robaws-test", event: .created, exportedAt: nil)])
        #expect(RobawsConnector().lifecycle(of: Self.order(.cancelled), for: target, history: elsewhere)
            == .skip(Note(.robawsSkipNothingToReverse)))
        let here = LifecycleHistory(kind: .order, key: "productflow/sales/pf-1",
                                    entries: [.init(target: "robaws", event: .created, exportedAt: nil)])
        #expect(RobawsConnector().lifecycle(of: Self.order(.cancelled), for: target, history: here) == .export([.cancelled]))
        #expect(RobawsConnector().lifecycle(of: Self.order(.shipped), for: target, history: here) == .export([.shipped]))
    }

    @Test func payloadsAreNamedForTheirCall() throws {
        var settings = TargetSettings(kind: .order, format: .json)
        settings.options = ConnectorOptions(values: ["stock-location": .text("MAG-1"), "b2c-customer": .text("77")])
        var order = Self.order(.open)
        order.lines[0].unitPriceInclVat = 10
        let connector = RobawsConnector()
        #expect(try connector.payload(for: [order], settings: settings).fileExtension == "robaws-stock-change.json")
        order.status = .shipped
        #expect(try connector.payload(for: [order], settings: settings).fileExtension == "robaws-invoice.json")
        order.status = .cancelled
        #expect(try connector.payload(for: [order], settings: settings).fileExtension == "robaws-stock-change-reversal.json")
        // Settings made outside ferry.yml (which `ferry check` holds to CONFIG-080) without the option.
        settings.options.values["stock-location"] = nil
        #expect(throws: FerryError(.robawsOptionMissing, at: nil, ["option": "stock-location", "document": "stock change"])) {
            try connector.payload(for: [order], settings: settings)
        }
    }
}
