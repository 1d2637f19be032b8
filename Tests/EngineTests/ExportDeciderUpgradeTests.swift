import Canonical
import Foundation
import Testing

@testable import Engine

/// An order exported by an older Ferry, read again after an upgrade that changed its canonical
/// form, is still `already-exported`; a real change is still `amended-after-export`.
@Suite struct ExportDeciderUpgradeTests {
    static let paid = Order(
        number: "SO-1", status: .processing, orderDate: .day("2026-11-21"), currency: "EUR",
        lines: [OrderLine(sku: "A", quantity: 2, unitPriceExclVat: Decimal(string: "9.95"))],
        payment: Payment(amount: Decimal(string: "24.08") ?? 0, paidAt: Date(timeIntervalSince1970: 1_795_000_000), transactionId: "tx-1"))

    /// The history of one export whose stored hash is that of `stored`.
    func history(of stored: Order) -> [ExportRecord] {
        let json = CanonicalJSON.encode(stored)
        return [
            ExportRecord(
                id: 1, target: "erp", kind: "order", key: "canonical/sales/SO-1", event: "created", generation: 0, state: .done,
                fileId: 1, attempt: 1, owner: "", contentHash: FileIO.sha256(Array(json.utf8)), documentJSON: json, tempPath: "",
                outputPath: "outbox/orders/erp/o.json", copyPath: "", asOf: nil, forced: false, createdAt: Date(), exportedAt: Date()),
        ]
    }

    static func isAlreadyExported(_ decision: ExportDecision) -> Bool {
        if case .alreadyExported = decision { true } else { false }
    }

    static func isAmended(_ decision: ExportDecision) -> Bool {
        if case .amended = decision { true } else { false }
    }

    func decision(_ document: Order, after stored: Order) -> ExportDecision {
        let json = CanonicalJSON.encode(document)
        return ExportDecider.decide(
            history: history(of: stored),
            unit: ExportUnit(target: "erp", kind: .order, key: "canonical/sales/SO-1", event: .created), document: document,
            contentHash: FileIO.sha256(Array(json.utf8)), fileId: 2, attempt: 1, forced: false)
    }

    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func anOrderStoredByAnOlderFerryIsAlreadyExported(instantDate: Bool, withoutPayment: Bool) {
        var stored = Self.paid
        if instantDate, let start = stored.orderDate?.start { stored.orderDate = .instant(start) }
        if withoutPayment { stored.payment = nil }
        let decided = decision(Self.paid, after: stored)
        #expect(Self.isAlreadyExported(decided), "expected already-exported, got \(decided)")
    }

    @Test func aChangedOrderIsAmendedWhateverFerryStoredIt() {
        var stored = Self.paid
        stored.payment = nil
        var changed = Self.paid
        changed.lines[0].quantity = 3
        let decided = decision(changed, after: stored)
        #expect(Self.isAmended(decided), "expected amended, got \(decided)")
        // A paid order stored as paid with another amount is a change too.
        var otherAmount = Self.paid
        otherAmount.payment?.amount = 10
        #expect(Self.isAmended(decision(otherAmount, after: Self.paid)), "expected amended for another amount")
    }
}
