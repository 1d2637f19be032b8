import Canonical
@testable import Connectors
import Diagnostics
import Foundation
import Formats
import Mapping
import Testing

/// WooCommerce group prices from product meta data as canonical prices (`WooCommercePriceReading`),
/// and the customer-specific refusal of every price source (docs/connectors/woocommerce.md).
@Suite struct WooCommercePriceTests {
    static func options(_ categories: [String: String], currency: String? = "eur") -> ConnectorOptions {
        var options = ConnectorOptions()
        options.values["price-categories"] = .mapping(categories)
        if let currency { options.values["currency"] = .text(currency) }
        return options
    }

    /// Every result of reading `json` as WooCommerce prices (no bundled layout: the connector reads them).
    static func read(_ json: String, _ options: ConnectorOptions) throws -> [DecodeResult] {
        var settings = SourceSettings(kind: .price)
        settings.options = options
        var source = try WooCommerceConnector().openSource(
            path: try Support.temporaryFile("p.json", Array(json.utf8)), displayName: "p.json", settings: settings)
        var results: [DecodeResult] = []
        while let result = try source.next() { results.append(result) }
        return results
    }

    static func prices(_ results: [DecodeResult]) -> [SalesPrice] {
        results.compactMap { result in
            if case .document(let document, _) = result { return document as? SalesPrice }
            return nil
        }
    }

    @Test func aRoleReadsItsWholesaleSuiteKeyBeforeAWholeMetaKey() throws {
        let json = """
            {"id": 301, "sku": "VAAS-GL-30",
             "meta_data": [{"key": "dealer", "value": "19.00"}, {"key": "dealer_wholesale_price", "value": "18.95"},
                           {"key": "b2bking_regular_product_price_group_7", "value": " 17.5 "},
                           {"key": "vip_wholesale_price", "value": ""}]}
            """
        let results = try Self.read(json, Self.options(["dealer": "DEALER", "b2bking_regular_product_price_group_7": "B2B", "vip": "VIP"]))
        let prices = Self.prices(results)
        #expect(prices.map(\.priceCategory) == ["B2B", "DEALER"])
        #expect(prices.map(\.price) == [Decimal(string: "17.5"), Decimal(string: "18.95")])
        #expect(prices.allSatisfy { $0.currency == "EUR" && $0.sku == "VAAS-GL-30" && $0.customer == nil })
        #expect(prices.first?.key.rawValue == "VAAS-GL-30/B2B/EUR")
    }

    @Test func aPriceThatIsNoNumberFailsNamingItsMetaKey() throws {
        let json = #"[{"sku": "A-1", "meta_data": [{"key": "dealer_wholesale_price", "value": "op aanvraag"}]}, {"id": 9, "sku": ""}]"#
        let results = try Self.read(json, Self.options(["dealer": "DEALER"]))
        var codes: [ErrorCode] = []
        for case .failure(_, let errors, _) in results { codes += errors.map(\.code) }
        #expect(codes == [.mapInvalidDecimal, .vismaProductWithoutSKU])
        #expect(Self.prices(results).isEmpty)
    }

    @Test func aCustomerSpecificPriceStopsTheSourceWithItsLocation() throws {
        let csv = "sku;priceCategory;price;customer\nA-1;DEALER;3.00;\nA-2;DEALER;4.00;WC318\n"
        let path = try Support.temporaryFile("prices.csv", Array(csv.utf8))
        var source = try CanonicalConnector().openSource(path: path, displayName: "prices.csv", settings: SourceSettings(kind: .price))
        #expect(try source.skip())
        do {
            _ = try source.skip()
            Issue.record("a customer-specific price was read")
        } catch let error as FerryError {
            #expect(error.code == .priceCustomerSpecific)
            #expect(error.arguments["customer"] == "WC318")
            #expect(error.location?.field == "customer")
            #expect(error.location?.line == 3)
        }
    }
}
