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
}
