import Canonical
@testable import Connectors
import Diagnostics
import Foundation
import Formats
import Testing

/// Canonical CSV: grouping rows into orders, conflicts, reappearance, number formats.
@Suite struct CSVLayoutTests {
    static let header = "number;orderDate;currency;buyer.companyName;buyer.gln;shippingAddress.country;custom.channel;line.sku;line.quantity;line.unitPriceExclVat;line.custom.engraving"

    @Test func groupsConsecutiveRowsIntoOrders() throws {
        let csv = """
            \(Self.header)
            SO-1;2026-11-20;EUR;Korenbloem;8712345000004;nl;web;A;1;10.00;
            SO-1;;;;;;;B;2;5.50;Anouk
            SO-2;2026-11-21;EUR;Jansen;;BE;;C;3;1;

            """
        let results = try Support.read("orders.csv", csv, kind: .order)
        #expect(Support.errors(results).isEmpty, "\(Support.errors(results))")
        let orders = Support.documents(results).compactMap { $0 as? Order }
        #expect(orders.map(\.number) == ["SO-1", "SO-2"])
        let first = try #require(orders.first)
        #expect(first.lines.map(\.sku) == ["A", "B"])
        #expect(first.lines[1].customFields == ["engraving": "Anouk"])
        #expect(first.buyer?.identifiers == [PartyIdentifier(scheme: "GLN", value: "8712345000004")])
        #expect(first.shippingAddress?.country == "NL")
        #expect(first.customFields == ["channel": "web"])
        if case .document(_, let location) = results[0] { #expect(location.line == 2) }
    }

    @Test func reappearingOrderIsALocatedErrorForTheLaterGroup() throws {
        let csv = "number;line.sku;line.quantity\nSO-1;A;1\nSO-2;B;1\nSO-1;C;1\n"
        let results = try Support.read("orders.csv", csv, kind: .order)
        #expect(Support.documents(results).count == 2)
        guard case .failure(let key, let errors, let location) = try #require(results.last) else {
            Issue.record("expected a failure")
            return
        }
        #expect(key == "canonical/sales/SO-1")
        #expect(errors.map(\.code) == [.mapOrderReappears])
        #expect(errors.first?.location == Location(file: "orders.csv", line: 4, field: "number"))
        #expect(errors.first?.arguments["firstLine"] == "2")
        #expect(location.line == 4)
    }

    @Test func conflictingOrderLevelValuesAreLocated() throws {
        let csv = "number;currency;line.sku;line.quantity\nSO-1;EUR;A;1\nSO-1;USD;B;1\n"
        let results = try Support.read("orders.csv", csv, kind: .order)
        let errors = Support.errors(results)
        #expect(errors.map(\.code) == [.mapConflictingValue])
        #expect(errors.first?.location == Location(file: "orders.csv", line: 3, field: "currency"))
        #expect(errors.first?.arguments == ["field": "currency", "value": "USD", "first": "EUR"])
    }

    @Test func decimalCommaWithThousandsSeparators() throws {
        let csv = "sku;priceExclVat;weight;categories;attribute.colour;supplierCode.ACME\nBIKE-1;1.249,50;0,75;Fietsen | E-bikes;rood;A-1\n"
        let results = try Support.read(
            "articles.csv", csv, kind: .article,
            numberFormat: NumberFormat(decimalSeparator: ",", groupingSeparator: "."))
        let article = try #require(Support.documents(results).first as? Article)
        #expect(article.priceExclVat == Decimal(string: "1249.50"))
        #expect(article.weight == Decimal(string: "0.75"))
        #expect(article.categories == ["Fietsen", "E-bikes"])
        #expect(article.attributes == ["colour": "rood"])
        #expect(article.supplierCodes == [SupplierCode(supplier: "ACME", code: "A-1")])
    }

    @Test func orderWithoutLinesIsOneRowAndReadsBack() throws {
        let results = try Support.read("orders.csv", "number;status\nSO-9;open\n", kind: .order)
        let order = try #require(Support.documents(results).first as? Order)
        #expect(order.lines.isEmpty)
        #expect(order.status == .open)
    }
}
