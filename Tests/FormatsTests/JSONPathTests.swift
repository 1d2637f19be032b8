import Diagnostics
import Foundation
import OrderedCollections
import SharedFiles
import Testing
@testable import Formats

/// JSONPath subset over `Node` trees: small hand-written records, the WooCommerce corpus file, syntax errors.
@Suite struct JSONPathTests {
    static let sample = """
        {"id": 7, "name": "Order A",
         "billing": {"email": "a@example.com", "first name": "Ann"},
         "lines": [
           {"sku": "S1", "qty": 2, "price": "6.00", "gift": true},
           {"sku": "S2", "qty": 1, "price": "12.50", "gift": false, "note": null},
           {"sku": "S3", "qty": 10, "price": "0.99", "meta": {"sku": "inner"}}
         ],
         "tags": ["x", "y", "z"]}
        """

    static func sampleRoot() throws -> Node {
        try #require(try JSONTestSupport.readAll(sample).first).root
    }

    static let selections: [(String, [String])] = [
        ("$.billing.email", ["a@example.com"]),
        ("$.BILLING.Email", ["a@example.com"]),
        ("$['billing']['first name']", ["Ann"]),
        ("$[\"billing\"].email", ["a@example.com"]),
        ("$.id", ["7"]),
        ("$.lines[*].sku", ["S1", "S2", "S3"]),
        ("$.lines.*.sku", ["S1", "S2", "S3"]),
        ("$.lines[0].sku", ["S1"]),
        ("$.lines[-1].sku", ["S3"]),
        ("$.lines[5].sku", []),
        ("$.lines[-4].sku", []),
        ("$.billing[0]", []),
        ("$.tags[*]", ["x", "y", "z"]),
        ("$.tags.*", ["x", "y", "z"]),
        ("$.billing.*", ["a@example.com", "Ann"]),
        ("$..sku", ["S1", "S2", "S3", "inner"]),
        ("$.lines..sku", ["S1", "S2", "S3", "inner"]),
        ("$..[1]", ["y"]),
        ("$.missing.deeper", []),
        ("$.lines[?(@.qty > 1)].sku", ["S1", "S3"]),
        ("$.lines[?(@.qty>1)].sku", ["S1", "S3"]),
        ("$.lines[?@.qty > 1].sku", ["S1", "S3"]),
        ("$.lines[?(@.qty >= 2 && @.qty < 10)].sku", ["S1"]),
        ("$.lines[?(@.qty <= 2)].sku", ["S1", "S2"]),
        ("$.lines[?(@.qty == 1 || @.sku == 'S3')].sku", ["S2", "S3"]),
        ("$.lines[?((@.qty == 1 || @.qty == 2) && @.gift == false)].sku", ["S2"]),
        ("$.lines[?(@.price > 5)].sku", ["S1", "S2"]),
        ("$.lines[?(@.price == 6)].sku", ["S1"]),
        ("$.lines[?(@.price == '6.00')].sku", ["S1"]),
        ("$.lines[?(@.price == '6')].sku", []),
        ("$.lines[?(@.qty == 10.0)].sku", ["S3"]),
        ("$.lines[?(@.note)].sku", ["S2"]),
        ("$.lines[?(!@.note)].sku", ["S1", "S3"]),
        ("$.lines[?(@.note == null)].sku", ["S2"]),
        ("$.lines[?(@.gift == true)].sku", ["S1"]),
        ("$.lines[?(@.sku != 'S2')].sku", ["S1", "S3"]),
        ("$.lines[?(@.sku <= 'S2')].sku", ["S1", "S2"]),
        ("$.lines[?(@.meta.sku == 'inner')].sku", ["S3"]),
        ("$.lines[?(@['meta']['sku'] == \"inner\")].sku", ["S3"]),
        ("$.lines[?(@.qty > $.id)].sku", ["S3"]),
        ("$.lines[?(@.missing == 'x')].sku", []),
        ("$.lines[?(@.missing != 'x')].sku", ["S1", "S2", "S3"]),
        ("$.lines[?(@.meta > 1)].sku", []),
        ("$.tags[?(@ == 'y')]", ["y"]),
        ("$.billing[?(@ == 'Ann')]", ["Ann"]),
    ]

    @Test(arguments: selections)
    func selectsFromSample(_ expression: String, _ expected: [String]) throws {
        let path = try JSONPathExpression(expression)
        #expect(path.texts(in: try Self.sampleRoot()) == expected, "\(expression)")
    }

    @Test func rootAndStructuredSelections() throws {
        let root = try Self.sampleRoot()
        #expect(try JSONPathExpression("$").select(in: root) == [root])
        let lines = try JSONPathExpression("$.lines").select(in: root)
        #expect(lines.count == 1)
        #expect(lines.first?.items.count == 3)
        #expect(try JSONPathExpression("$.lines").texts(in: root).isEmpty)
        let second = try #require(try JSONPathExpression("$.lines[1]").select(in: root).first)
        #expect(second.location.path == "$.lines[1]")
        #expect(try JSONPathExpression("$.lines[?(@.qty > 1)]").select(in: root).count == 2)
    }

    /// XML and CSV give every value as text: numeric filters still compare as decimals.
    @Test func filtersScalarTextNumerically() throws {
        let here = Location(file: "hand")
        func scalar(_ text: String) -> Node { Node(.scalar(text), at: here) }
        let lines: [Node] = ["2", "1.5", "10", "abc"].map { quantity in
            Node(.object(["Quantity": scalar(quantity), "Sku": scalar("SKU-" + quantity)]), at: here)
        }
        let root = Node(.object(["Line": Node(.array(lines), at: here)]), at: here)
        let path = try JSONPathExpression("$.line[?(@.quantity > 1.75)].sku")
        #expect(path.texts(in: root) == ["SKU-2", "SKU-10"])
        #expect(try JSONPathExpression("$.Line[?(@.Quantity == 'abc')].Sku").texts(in: root) == ["SKU-abc"])
    }

    static let syntaxErrors: [(String, ErrorCode)] = [
        ("", .pathEmpty),
        ("   ", .pathEmpty),
        ("billing.email", .pathMissingRoot),
        ("@.sku", .pathMissingRoot),
        ("$.lines[", .pathUnexpectedEnd),
        ("$..", .pathUnexpectedEnd),
        ("$.lines[?(@.qty > 1)", .pathUnexpectedEnd),
        ("$.lines[?(@.qty > 1", .pathUnexpectedEnd),
        ("$.lines[?(@.qty > )]", .pathUnexpectedCharacter),
        ("$.lines[?(@.sku = 'S1')]", .pathUnexpectedCharacter),
        ("$.a]", .pathUnexpectedCharacter),
        ("$.a b", .pathUnexpectedCharacter),
        ("$.[0]", .pathUnexpectedCharacter),
        ("$.lines[?(hello)]", .pathUnexpectedCharacter),
        ("$['abc", .pathUnclosedString),
        ("$.lines[?(@.sku == 'S1)]", .pathUnclosedString),
        ("$.lines[1.5]", .pathInvalidIndex),
        ("$.lines[99999999999999999999]", .pathInvalidIndex),
        ("$.lines[0:2]", .pathUnsupported),
        ("$.lines[:2]", .pathUnsupported),
        ("$.lines[0,1]", .pathUnsupported),
        ("$['a','b']", .pathUnsupported),
        ("$.lines[?(@.sku =~ /S/)]", .pathUnsupported),
        ("$.lines.length()", .pathUnsupported),
        ("$.lines[?(length(@.sku) > 1)]", .pathUnsupported),
        ("$.lines[?(@..sku)]", .pathUnsupportedInFilter),
        ("$.lines[?(@.*)]", .pathUnsupportedInFilter),
        ("$.lines[?(@[*])]", .pathUnsupportedInFilter),
    ]

    @Test(arguments: syntaxErrors)
    func rejectsSyntax(_ expression: String, _ code: ErrorCode) {
        #expect(throws: FerryError.self) { try JSONPathExpression(expression) }
        do {
            _ = try JSONPathExpression(expression)
        } catch let error as FerryError {
            #expect(error.code == code, "\(expression): \(error)")
            #expect(error.arguments["expression"] == expression)
        } catch {
            Issue.record("not a FerryError: \(error)")
        }
    }

    @Test func syntaxErrorIsLocatedAndPositioned() throws {
        let place = Location(file: "ferry.yml", line: 12, field: "email")
        do {
            _ = try JSONPathExpression("$.a]", at: place)
            Issue.record("no error")
        } catch let error as FerryError {
            #expect(error.location == place)
            #expect(error.arguments["position"] == "4")
            #expect(error.arguments["character"] == "]")
            #expect(error.message(in: .nl) == "onverwacht teken \"]\" op positie 4 in het pad $.a]")
        }
        do {
            _ = try JSONPathExpression("$.a[")
            Issue.record("no error")
        } catch let error as FerryError {
            #expect(error.location?.file == "JSONPath")
        }
    }

    // MARK: - Real WooCommerce REST export (shared corpus)

    static func wooOrders() throws -> [Node] {
        var reader = try JSONRecordReader(
            path: try SharedFolder.path("corpus/woocommerce-rest-v3-orders-list.json"), displayName: "orders.json")
        var roots: [Node] = []
        while let record = try reader.next() { roots.append(record.root) }
        return roots
    }

    static let wooSelections: [(Int, String, [String])] = [
        (0, "$.id", ["727"]),
        (0, "$.billing.email", ["john.doe@example.com"]),
        (1, "$.billing.email", ["joao.silva@example.com"]),
        (0, "$.line_items[*].sku", ["", "Bar3"]),
        (1, "$.line_items[*].name", ["Woo Album #2", "Woo Ninja"]),
        (0, "$.line_items[?(@.quantity > 1)].name", ["Woo Single #1"]),
        (1, "$.line_items[?(@.quantity > 1)].name", []),
        (0, "$.meta_data[?(@.key == '_order_stock_reduced')].value", ["yes"]),
        (1, "$.meta_data[?(@.key == '_order_stock_reduced')].value", []),
        (0, "$.meta_data[?(@.key == '_download_permissions_granted')].id", ["13106"]),
        (0, "$.line_items[?(@.sku == 'Bar3')].meta_data[?(@.key == 'pa_color')].value", ["black"]),
        (0, "$.line_items[?(@.variation_id != 0)].product_id", ["22"]),
        (0, "$.line_items[-1].id", ["316"]),
        (0, "$.line_items[?(@.total >= 10)].total", ["12.00"]),
        (0, "$.line_items[0].taxes[0].total", ["0.45"]),
        (0, "$.shipping.city", ["San Francisco"]),
        (0, "$.date_completed", []),
        (0, "$.prices_include_tax", ["false"]),
    ]

    @Test(.needsSharedFolder, arguments: wooSelections)
    func selectsFromWooCommerceOrders(_ record: Int, _ expression: String, _ expected: [String]) throws {
        let orders = try Self.wooOrders()
        #expect(orders.count == 2)
        let root = try #require(orders.indices.contains(record) ? orders[record] : nil)
        #expect(try JSONPathExpression(expression).texts(in: root) == expected, "\(expression)")
    }

    @Test(.needsSharedFolder) func recursiveDescentOverWooCommerceOrder() throws {
        let order = try #require(try Self.wooOrders().first)
        let keys = try JSONPathExpression("$..meta_data[*].key").texts(in: order)
        #expect(keys == ["_download_permissions_granted", "_order_stock_reduced", "pa_color", "size"])
        let nulls = try JSONPathExpression("$.date_completed").select(in: order)
        #expect(nulls.count == 1)
        #expect(nulls.first?.value == .null)
    }
}
