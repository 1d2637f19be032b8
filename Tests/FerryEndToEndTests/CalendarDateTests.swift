import Foundation
import Testing

/// Business dates keep their day: docs/mapping.md's own example (`21-11-2026` read with
/// `date: dd-MM-yyyy, zone: Europe/Amsterdam`) is the day 2026-11-21 in the canonical model
/// and in every payload, also one written in another zone; a value with a time is an instant.
@Suite struct CalendarDateTests {
    static let config = """
        layouts:
          erp-orders:
            kind: order
            format: csv
            group-by: Ordernummer
            groups:
              lines: row
            fields:
              number: Ordernummer
              orderDate: { column: Orderdatum, date: dd-MM-yyyy, zone: Europe/Amsterdam }
              lines.sku: Artikel
              lines.quantity: Aantal
          timed-orders:
            kind: order
            format: csv
            group-by: Ordernummer
            groups:
              lines: row
            fields:
              number: Ordernummer
              orderDate: { column: Orderdatum, date: "dd-MM-yyyy HH:mm", zone: Europe/Amsterdam }
              lines.sku: Artikel
              lines.quantity: Aantal
          us-partner:
            direction: target
            kind: order
            format: json
            fields:
              id: number
              ordered_on: { path: orderDate, date: dd-MM-yyyy, zone: America/New_York }
        flows:
          - name: erp-orders
            kind: order
            layout: erp-orders
            csv: { delimiter: ";" }
            pickup: { settle: 0 }
            targets:
              - { name: canonical, format: json }
              - { name: canonical-xml, format: xml }
              - { name: us, layout: us-partner }
          - name: timed
            kind: order
            layout: timed-orders
            csv: { delimiter: ";" }
            pickup: { settle: 0 }
            targets:
              - { name: timed-canonical, format: json }
        """

    @Test func aDateWithoutATimeStaysItsDayEndToEnd() throws {
        let root = try FerryRoot(config: Self.config)
        defer { root.remove() }
        try root.drop("erp.csv", into: "erp-orders", "Ordernummer;Orderdatum;Artikel;Aantal\n2026-0042;21-11-2026;ART-001;2\n")
        try root.drop("timed.csv", into: "timed", "Ordernummer;Orderdatum;Artikel;Aantal\nT-1;21-11-2026 00:30;ART-001;1\n")
        let run = try root.ferry(["run", "--no-wait"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")

        let canonical = try root.jsonObject("outbox/erp-orders/canonical/order_canonical_sales_2026-0042.json")
        #expect(canonical["orderDate"] as? String == "2026-11-21")
        let xml = try root.read("outbox/erp-orders/canonical-xml/order_canonical_sales_2026-0042.xml")
        #expect(xml.contains("<OrderDate>2026-11-21</OrderDate>"), "\(xml)")
        let us = try #require(root.outbox("erp-orders", "us").first)
        #expect(try root.jsonObject(us)["ordered_on"] as? String == "21-11-2026", "a day is not moved through a zone")

        // With a time of day, the value is an instant: 00:30 in Amsterdam is 23:30 UTC the day before.
        let timed = try #require(root.outbox("timed", "timed-canonical").first)
        #expect(try root.jsonObject(timed)["orderDate"] as? String == "2026-11-20T23:30:00Z")
    }
}
