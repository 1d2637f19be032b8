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

    @Test func aShippedOrderIsInvoicedAndGetsItsStockChangeWhenNoneWasBooked() {
        #expect(RobawsLifecycle.decide(Self.order(.shipped), exported: [.created]) == .export([.shipped]))
        #expect(RobawsLifecycle.decide(Self.order(.shipped), exported: []) == .export([.created, .shipped]))
        #expect(RobawsLifecycle.decide(Self.order(.completed), exported: []) == .export([.created, .shipped]))
        #expect(RobawsLifecycle.decide(Self.order(.shipped), exported: [.created, .shipped]) == .export([.shipped]))
        #expect(RobawsConnector().events(for: Self.order(.shipped)) == [.shipped])
        #expect(RobawsConnector().exportableEvents(for: Self.order(.shipped)) == [.created, .shipped])
        #expect(RobawsConnector().exportableEvents(for: Self.order(.open)) == [.created])
    }

    @Test func aCancellationReversesOnlyABookedStockChange() {
        #expect(RobawsLifecycle.decide(Self.order(.cancelled), exported: [.created]) == .export([.cancelled]))
        #expect(RobawsLifecycle.decide(Self.order(.cancelled), exported: [.created, .shipped]) == .export([.cancelled]))
        let nothing = RobawsLifecycle.decide(Self.order(.cancelled), exported: [])
        #expect(nothing == .record(.cancelled, Note(.robawsSkipNothingToReverse)))
        if case .record(_, let reason) = nothing {
            #expect(reason.text(in: .en) == "cancelled before its stock change was exported: nothing to reverse")
        }
    }

    @Test func nothingIsBookedOrInvoicedAfterACancellation() {
        let refused = RobawsLifecycle.Decision.skip(Note(.robawsSkipAfterCancellation, ["order": "pf-1", "event": "created"]))
        #expect(RobawsLifecycle.decide(Self.order(.open), exported: [], recorded: [.cancelled]) == refused)
        #expect(RobawsLifecycle.decide(Self.order(.open), exported: [.created, .cancelled]) == refused)
        #expect(RobawsLifecycle.decide(Self.order(.shipped), exported: [], recorded: [.cancelled])
            == .skip(Note(.robawsSkipAfterCancellation, ["order": "pf-1", "event": "shipped"])))
        #expect(RobawsLifecycle.decide(Self.order(.shipped), exported: [.created, .cancelled])
            == .skip(Note(.robawsSkipAfterCancellation, ["order": "pf-1", "event": "shipped"])))
        // A cancellation again: still nothing to reverse, or the reversal once more (the engine finds it exported).
        #expect(RobawsLifecycle.decide(Self.order(.cancelled), exported: [], recorded: [.cancelled])
            == .record(.cancelled, Note(.robawsSkipNothingToReverse)))
        #expect(RobawsLifecycle.decide(Self.order(.cancelled), exported: [.created, .cancelled]) == .export([.cancelled]))
    }

    @Test func theConnectorDecidesFromThisTargetsHistoryOnly() {
        let target = LifecycleTarget(name: "robaws", settings: TargetSettings(kind: .order, format: .json))
        let elsewhere = LifecycleHistory(kind: .order, key: "productflow/sales/pf-1",
                                         entries: [.init(target: "robaws-test", event: .created, exportedAt: nil)])
        #expect(RobawsConnector().lifecycle(of: Self.order(.cancelled), for: target, history: elsewhere)
            == .record(.cancelled, reason: Note(.robawsSkipNothingToReverse)))
        let cancelledElsewhere = LifecycleHistory(
            kind: .order, key: "productflow/sales/pf-1",
            recorded: [.init(target: "robaws-test", event: .cancelled, reason: Note(.robawsSkipNothingToReverse), recordedAt: nil)])
        #expect(RobawsConnector().lifecycle(of: Self.order(.open), for: target, history: cancelledElsewhere) == .export([.created]))
        let cancelledHere = LifecycleHistory(
            kind: .order, key: "productflow/sales/pf-1",
            recorded: [.init(target: "robaws", event: .cancelled, reason: Note(.robawsSkipNothingToReverse), recordedAt: nil)])
        #expect(RobawsConnector().lifecycle(of: Self.order(.open), for: target, history: cancelledHere)
            == .skip(Note(.robawsSkipAfterCancellation, ["order": "pf-1", "event": "created"])))
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
        // The stock change of an order first seen shipped is a call of its own; its invoice is the order's payload.
        let invoice = try connector.payload(for: [order], settings: settings)
        let target = LifecycleTarget(name: "robaws", settings: settings)
        let history = LifecycleHistory(kind: .order, key: order.key.rawValue)
        #expect(try connector.payload(for: order, event: .created, history: history, rendered: invoice, target: target).fileExtension
            == "robaws-stock-change.json")
        #expect(try connector.payload(for: order, event: .shipped, history: history, rendered: invoice, target: target).bytes == invoice.bytes)
        order.status = .cancelled
        #expect(try connector.payload(for: [order], settings: settings).fileExtension == "robaws-stock-change-reversal.json")
        // Settings made outside ferry.yml (which `ferry check` holds to CONFIG-080) without the option.
        settings.options.values["stock-location"] = nil
        #expect(throws: FerryError(.robawsOptionMissing, at: nil, ["option": "stock-location", "document": "stock change"])) {
            try connector.payload(for: [order], settings: settings)
        }
    }
}
