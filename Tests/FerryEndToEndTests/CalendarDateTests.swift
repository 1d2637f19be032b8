import Foundation
import GRDB
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

    /// A ledger written before days were kept holds `2026-11-21T00:00:00Z` for such an order:
    /// the same order again after the upgrade is still `already-exported`, not amended.
    @Test func anOrderExportedBeforeTheUpgradeIsStillAlreadyExported() throws {
        let root = try FerryRoot(config: FerryRoot.erpConfig)
        defer { root.remove() }
        try root.drop("orders.csv", into: "orders", Samples.ordersCSV)
        #expect(try root.ferry(["run", "--no-wait"]).status == 0)
        let queue = try DatabaseQueue(path: root.path + "/.ferry/ledger.sqlite")
        let rewritten = try queue.write { db -> Int in
            var count = 0
            for row in try Row.fetchAll(db, sql: "SELECT id, documentJSON FROM export") {
                let json: String = row["documentJSON"]
                let old = json.replacingOccurrences(of: #""orderDate":"2026-11-21""#, with: #""orderDate":"2026-11-21T00:00:00Z""#)
                guard old != json else { continue }
                try db.execute(
                    sql: "UPDATE export SET documentJSON = ?, contentHash = ? WHERE id = ?",
                    arguments: [old, try CorrectedInputTests.sha256(old), row["id"] as Int64])
                count += 1
            }
            return count
        }
        #expect(rewritten == 2, "both orders were exported with a day as their date")
        let id = try #require(try root.statusRecord(for: "orders.csv")["id"] as? Int)
        let again = try root.ferry(["reprocess", "\(id)"])
        #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
        let record = try root.statusRecord(for: "orders.csv")
        #expect(record.outcome == "unchanged")
        #expect(record.documents.compactMap { $0["outcome"] as? String } == ["already-exported", "already-exported"])
    }
}
