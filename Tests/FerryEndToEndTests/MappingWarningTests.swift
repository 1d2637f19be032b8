import Foundation
import Testing

/// Issue 8, "nothing silent", through the real binary: a layout path that selects nothing
/// in any record is a warning of `ferry preview` and `ferry test` (MAP-121), arithmetic and
/// relative selectors reach the canonical document, and a coded value that belongs to
/// another field says so.
@Suite struct MappingWarningTests {
    static let config = """
        layouts:
          shop-orders:
            kind: order
            format: json
            groups:
              lines: $.line_items[*]
            fields:
              number: $.number
              sourceSystem: { value: shop }
              notes: $.customer_note
              status: $.status
              lines.sku: sku
              lines.quantity: quantity
              lines.unitPriceExclVat: { path: total, divide: quantity }
              lines.vatRate: { path: "taxes[0].rate", multiply: 100 }
              lines.customFields.color: "meta_data[?(@.key == 'pa_color')].value"
              lines.customFields.gift: "meta_data[?(@.key == 'gift_wrap')].value"
        flows:
          - name: shop
            kind: order
            layout: shop-orders
            pickup: { settle: 0 }
            targets:
              - { name: erp, format: json }
        """

    static let orders = """
        [{"number": "S-1", "status": "open", "line_items": [
           {"sku": "TEE", "quantity": 3, "total": "37.50", "taxes": [{"rate": "0.21"}],
            "meta_data": [{"key": "pa_color", "value": "Blue"}]}]},
         {"number": "S-2", "status": "approved", "line_items": [
           {"sku": "CAP", "quantity": 1, "total": "10.00", "taxes": [{"rate": "0.09"}], "meta_data": []}]}]
        """

    @Test func previewWarnsPerFieldAboutPathsThatNeverMatched() throws {
        let root = try FerryRoot(config: Self.config)
        defer { root.remove() }
        try root.write("orders.json", Self.orders)
        let result = try root.ferry(["preview", root.path + "/orders.json", "--flow", "shop", "--lang", "en"])
        #expect(result.stdout.contains("warning [MAP-121] orders.json: notes: the path $.customer_note selected nothing in any record of this file"), "\(result.stdout)")
        #expect(result.stdout.contains("warning [MAP-121] orders.json: lines.customFields.gift: "))
        #expect(!result.stdout.contains("orders.json: lines.customFields.color: the path"), "matched in one record: no warning")
        #expect(result.stdout.contains("2 documents: 1 converted, 0 filtered, 1 failed; 2 warnings"))
        // The converted order: relative filter, index and arithmetic.
        #expect(result.stdout.contains("\"unitPriceExclVat\": 12.5"))
        #expect(result.stdout.contains("\"vatRate\": 21"))
        #expect(result.stdout.contains("\"color\": \"Blue\""))
        // The failed one: `approved` is an approval, not a status.
        #expect(result.stdout.contains("[MAP-005]"))
        #expect(result.stdout.contains("fix: \"approved\" is a value of approval: write it there."))

        let json = try root.ferry(["preview", root.path + "/orders.json", "--flow", "shop", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let warnings = try #require(object["warnings"] as? [[String: Any]])
        #expect(warnings.map { $0["code"] as? String } == ["MAP-121", "MAP-121"])
        #expect((object["summary"] as? [String: Any])?["warnings"] as? Int == 2)
    }

    @Test func ferryTestWarnsWithoutFailing() throws {
        let root = try FerryRoot(config: Self.config)
        defer { root.remove() }
        try root.write("samples/shop/in/orders.json", Self.orders)
        _ = try root.ferry(["test", "--update"])
        let result = try root.ferry(["test"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("PASS shop"))
        #expect(result.stdout.contains("  warning [MAP-121] orders.json: notes: the path $.customer_note selected nothing"))
        let json = try root.ferry(["test", "--json"])
        let flows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect((flows.first?["warnings"] as? [Any])?.count == 2)
    }

    @Test func checkRefusesWhatCanNeverWork() throws {
        let broken = Self.config
            .replacingOccurrences(of: "status: $.status", with: "status: { path: $.status, map: { ok: approved } }")
            .replacingOccurrences(of: "lines.sku: sku", with: "lines.sku: { entries: [{ key: \"a[*].k\", value: \"a[*].v\" }] }")
        let root = try FerryRoot(config: broken)
        defer { root.remove() }
        let result = try root.ferry(["check"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("ferry.yml:11:"), "\(result.stdout)")
        #expect(result.stdout.contains("[MAP-005]"))
        #expect(result.stdout.contains("[CONFIG-046]"))
    }

    static let arithmeticConfig = """
        layouts:
          opentrans:
            kind: order
            format: xml
            record: ORDER
            groups:
              lines: ORDER_ITEM_LIST/ORDER_ITEM
            fields:
              number: ORDER_HEADER/ORDER_INFO/ORDER_ID
              lines.sku: PRODUCT_ID/SUPPLIER_PID
              lines.quantity: QUANTITY
              lines.unitPriceExclVat: PRODUCT_PRICE_FIX/PRICE_AMOUNT
              lines.vatRate: { path: PRODUCT_PRICE_FIX/TAX_DETAILS_FIX/TAX, multiply: 100 }
          partner:
            direction: target
            kind: order
            format: json
            groups:
              items: lines
            fields:
              id: number
              items.sku: sku
              items.total: { path: unitPriceExclVat, multiply: quantity, round: 2 }
          magento:
            kind: article
            format: csv
            fields:
              sku: sku
              attributes: { column: additional_attributes, key-value: true }
              customFields.weightKg: { column: weight, decimal: comma, divide: 1000 }
        flows:
          - name: ot
            kind: order
            layout: opentrans
            pickup: { settle: 0 }
            targets:
              - { name: p, layout: partner }
          - name: mag
            kind: article
            layout: magento
            pickup: { settle: 0 }
            csv: { delimiter: "," }
            targets:
              - { name: j, format: json }
        """

    @Test func arithmeticAndKeyValueStepsReachTheDocumentAndPayload() throws {
        let root = try FerryRoot(config: Self.arithmeticConfig)
        defer { root.remove() }
        try root.write("o.xml", """
            <ORDER><ORDER_HEADER><ORDER_INFO><ORDER_ID>PO-7</ORDER_ID></ORDER_INFO></ORDER_HEADER>
            <ORDER_ITEM_LIST><ORDER_ITEM><PRODUCT_ID><SUPPLIER_PID>A-1</SUPPLIER_PID></PRODUCT_ID><QUANTITY>3</QUANTITY>
            <PRODUCT_PRICE_FIX><PRICE_AMOUNT>12.50</PRICE_AMOUNT><TAX_DETAILS_FIX><TAX>0.19</TAX></TAX_DETAILS_FIX></PRODUCT_PRICE_FIX></ORDER_ITEM></ORDER_ITEM_LIST></ORDER>
            """)
        try root.write("m.csv", "sku,weight,additional_attributes\nM-1,\"1250,5\",\"color=Red,size=M,note=a, b\"\n")
        #expect(try root.ferry(["check"]).status == 0)
        let order = try root.ferry(["preview", root.path + "/o.xml", "--flow", "ot"])
        #expect(order.status == 0, "\(order.stdout)")
        #expect(order.stdout.contains("\"vatRate\": 19"), "openTRANS VAT factor 0.19 × 100")
        #expect(order.stdout.contains("\"total\": 37.50"), "quantity 3 × price 12.50 in the target")
        let article = try root.ferry(["preview", root.path + "/m.csv", "--flow", "mag"])
        #expect(article.status == 0, "\(article.stdout)")
        #expect(article.stdout.contains("\"note\": \"a, b\""))
        #expect(article.stdout.contains("\"size\": \"M\""))
        #expect(article.stdout.contains("\"weightKg\": \"1.2505\""), "a decimal step on a custom field")
    }
}
