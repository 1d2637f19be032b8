import Diagnostics
import SharedFiles
import Testing

@testable import Formats

/// Real exports from shop systems, read in place from the shared corpus (FERRY_SHARED).
@Suite("CSV reader: real files", .needsSharedFolder)
struct CSVCorpusTests {
    typealias Support = CSVTestSupport

    @Test func wooCommerceFashionWithBlankLinesInsideQuotes() throws {
        let contents = try Support.read(Support.corpus("woocommerce-sample-fashion-9-products-multiline.csv"))
        #expect(contents.reader.delimiter == ",")
        #expect(contents.reader.header.count == 50)
        #expect(contents.reader.header.prefix(3) == ["Type", "SKU", "Name"])
        #expect(contents.records.count == 9)
        let first = contents.records[0].root
        #expect(first["sku"]?.text == "woo-fashion-sweater")
        #expect(first["Name"]?.text == "Sweater")
        #expect(first["Regular price"]?.text == "18")
        #expect(first["Attribute 1 value(s)"]?.text == "Green, Beige")
        let description = try #require(first["Description"]?.text)
        #expect(description.hasPrefix("Pellentesque habitant morbi"))
        #expect(description.hasSuffix("leo.\n\nPhotography by @cottonbro."))
        // Each product spans three physical lines.
        #expect(contents.lines == [2, 5, 8, 11, 14, 17, 20, 23, 26])
        let last = contents.records[8].root
        #expect(last["SKU"]?.text == "woo-fashion-hat")
        #expect(last["Categories"]?.text == "Clothing > Accessories")
        #expect(last["Categories"]?.location == Location(file: "input.csv", line: 26, field: "Categories"))
    }

    @Test func prestaShopSemicolonCRLFWithTrailingDelimiters() throws {
        let contents = try Support.read(Support.corpus("prestashop-1.4-products_import-semicolon-crlf.csv"))
        #expect(contents.reader.delimiter == ";")
        #expect(contents.reader.header.count == 39)
        #expect(contents.reader.header.first == "id")
        #expect(contents.reader.header.last == "Feature:Battery Life")
        #expect(contents.records.count == 2)
        #expect(contents.lines == [2, 3])
        let nano = contents.records[0].root
        #expect(nano["Name*"]?.text == "iPod Nano")
        #expect(nano["Reference #"]?.text == "92458844")
        #expect(nano["Categories (x,y,z,...)"]?.text == "Home, iPods")
        #expect(nano["Short description"]?.text == "New design. New features. Now i\u{2026}.")
        #expect(nano["Feature:Battery Life"]?.text == "12h")
        let shuffle = contents.records[1].root
        #expect(shuffle["name*"]?.text == "iPod shuffle")
        #expect(shuffle["Price tax excl."]?.text == "66.05")
        #expect(shuffle["Wholesale price"]?.text == "79")
        #expect(shuffle["Short description"]?.text == "iPod shuffle, the world\u{2019}s most wearabl\u{2026}.")
    }

    @Test func prestaShopAddressesKeepTrailingSpaces() throws {
        let contents = try Support.read(Support.corpus("prestashop-1.4-addresses_import-semicolon-crlf.csv"))
        #expect(contents.reader.delimiter == ";")
        #expect(contents.reader.header.count == 19)
        #expect(contents.records.count == 3)
        #expect(contents.records[0].root["City*"]?.text == "PARIS ")
        #expect(contents.records[0].root["Address 1*"]?.text == "16, Main street")
    }

    @Test func magentoCRLFWithDoubledQuotesAndNoFinalNewline() throws {
        let contents = try Support.read(Support.corpus("magento2-sample-catalog_product.csv"))
        #expect(contents.reader.header.count == 74)
        #expect(contents.records.count == 6)
        #expect(contents.records.map { $0.root["sku"]?.text } == [
            "24-WG085", "24-WG086", "24-WG087", "24-WG085_Group", "24-WG085-bundle-dynamic", "24-WG085-bundle-fixed",
        ])
        #expect(contents.records[0].root["name"]?.text == "Sprite Yoga Strap 6 foot")
        #expect(contents.records[0].root["price"]?.text == "14")
        let html = try #require(contents.records[1].root["description"]?.text)
        #expect(html.hasPrefix("<p>The Sprite Yoga Strap is your untiring partner"))
        #expect(html.contains("\""))
        #expect(!html.contains("\"\""))
    }
}
