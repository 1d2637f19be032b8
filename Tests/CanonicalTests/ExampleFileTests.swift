import Canonical
@testable import Connectors
import Diagnostics
import Foundation
import Formats
import Testing

/// The demo files in Sources/ferry/Examples read as intended.
@Suite struct ExampleFileTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/ferry/Examples")

    func read(_ relative: String, kind: DocumentKind) throws -> [DecodeResult] {
        let path = Self.examples.appendingPathComponent(relative).path
        let name = (relative as NSString).lastPathComponent
        var source = try CanonicalConnector().openSource(path: path, displayName: name, settings: SourceSettings(kind: kind))
        var results: [DecodeResult] = []
        while let result = try source.next() { results.append(result) }
        return results
    }

    @Test(arguments: [
        ("articles/articles.csv", DocumentKind.article, 5), ("orders/orders.csv", .order, 2), ("orders/orders.json", .order, 2),
        ("orders/orders.xml", .order, 2), ("stock/stock.json", .stock, 4), ("shipments/shipments.csv", .shipment, 3),
    ])
    func goodExamplesReadWithoutErrors(file: String, kind: DocumentKind, count: Int) throws {
        let results = try read(file, kind: kind)
        #expect(Support.errors(results).isEmpty, "\(Support.errors(results))")
        #expect(Support.documents(results).count == count)
    }

    @Test func brokenExampleShowsOneLocatedCodedError() throws {
        let results = try read("orders/orders-broken.csv", kind: .order)
        #expect(Support.documents(results).count == 1)
        let errors = Support.errors(results)
        #expect(errors.map(\.code) == [.mapInvalidDecimal])
        #expect(errors.first?.location == Location(file: "orders-broken.csv", line: 3, field: "line.quantity"))
    }

    @Test func orderNumbersAreDistinctAcrossExampleFiles() throws {
        var numbers: [String] = []
        for file in ["orders/orders.csv", "orders/orders.json", "orders/orders.xml", "orders/orders-broken.csv"] {
            numbers += try read(file, kind: .order).compactMap { result -> String? in
                switch result {
                case .document(let document, _): return (document as? Order)?.number
                case .failure(let key, _, _): return key
                }
            }
        }
        #expect(Set(numbers).count == numbers.count)
    }
}
